import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { absolutePath, collectUnreadableProblems, relativePath } from '../src/program.js';

describe('collectUnreadableProblems', () => {
  it('names every listed file the program could not load, and only those', () => {
    const program = { getSourceFile: (fileName: string) => (fileName === '/app/src/a.ts' ? ({} as never) : undefined) };
    const files = ['/app/src/a.ts', '/app/src/gone.ts', '/app/node_modules/x/index.ts'];
    const problems = collectUnreadableProblems(program, files, '/app', (fileName) => !fileName.includes('node_modules'));
    expect(problems).toEqual([{ file: 'src/gone.ts', message: 'the file could not be read, so it was not scanned', kind: 'read' }]);
  });
});

describe('relativePath and absolutePath', () => {
  const cases: [string, string][] = [
    ['/app', '/app/src/a.ts'],
    ['/app', '/app'],
    ['/app', '/application/a.ts'],
    ['/app', '/other/a.ts'],
    ['/app', '/app/src/../lib/a.ts'],
    ['/app', '/app/./src/a.ts'],
    ['/app', '/app//src/a.ts'],
    ['/app', '/app/.github/x.ts'],
    ['/app/', '/app/src/a.ts'],
    ['/app/src/..', '/app/lib/a.ts'],
    ['/', '/a.ts'],
  ];
  it.each(cases)('relativePath(%s, %s) agrees with path.relative', (rootDir, file) => {
    const expected = path.relative(rootDir, file).split(path.sep).join('/') || '.';
    expect(relativePath(rootDir, file)).toBe(expected);
  });
  it.each(['/app/src/a.ts', '/app/src/../a.ts', '/app/./a.ts', '/app//a.ts', '/app/', '/', 'src/a.ts', '/app/..'])(
    'absolutePath(%s) agrees with path.resolve',
    (file) => {
      expect(absolutePath(file)).toBe(path.resolve(file));
    },
  );
});
