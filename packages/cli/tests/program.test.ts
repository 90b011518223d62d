import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { absolutePath, collectUnreadableProblems, projectFileNames, relativePath } from '../src/program.js';
import type { ProjectSpec } from '../src/projects.js';

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

describe('projectFileNames with a cached listing', () => {
  function project(): { dir: string; spec: ProjectSpec } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawful-listing-'));
    fs.mkdirSync(path.join(dir, 'src/lib'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true }, include: ['src'] }));
    fs.writeFileSync(path.join(dir, 'src/a.ts'), 'export const a = 1;\n');
    fs.writeFileSync(path.join(dir, 'src/lib/b.ts'), 'export const b = 2;\n');
    return { dir, spec: { tsconfig: path.join(dir, 'tsconfig.json'), dir } };
  }
  /** Moves a directory's mtime without changing its entries, as an editor's save-by-rename or a cache write does. */
  function touchDirectory(dir: string): void {
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(dir, later, later);
  }

  it('keeps the list when a directory was touched but lists the same entries, and remembers the new mtime', () => {
    const { dir, spec } = project();
    const first = projectFileNames(spec);
    expect(first.files.map((file) => relativePath(dir, file))).toEqual(['src/a.ts', 'src/lib/b.ts']);
    const listing = first.listing!;
    touchDirectory(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, '.lawfulcache'), '{}');
    touchDirectory(dir);
    const second = projectFileNames(spec, listing);
    expect(second.listing).toBe(listing);
    expect(second.files).toEqual(first.files);
    const srcRecord = listing.dirs.find(([recorded]) => recorded === path.join(dir, 'src'));
    expect(srcRecord?.[1]).toBe(fs.statSync(path.join(dir, 'src')).mtimeMs);
  });

  it('walks again when a directory gained, lost or renamed an entry', () => {
    const { dir, spec } = project();
    const listing = projectFileNames(spec).listing!;
    fs.writeFileSync(path.join(dir, 'src/lib/c.ts'), 'export const c = 3;\n');
    touchDirectory(path.join(dir, 'src/lib'));
    const added = projectFileNames(spec, listing);
    expect(added.listing).not.toBe(listing);
    expect(added.files.map((file) => relativePath(dir, file))).toEqual(['src/a.ts', 'src/lib/b.ts', 'src/lib/c.ts']);
    fs.renameSync(path.join(dir, 'src/a.ts'), path.join(dir, 'src/z.ts'));
    touchDirectory(path.join(dir, 'src'));
    const renamed = projectFileNames(spec, added.listing);
    expect(renamed.files.map((file) => relativePath(dir, file))).toEqual(['src/lib/b.ts', 'src/lib/c.ts', 'src/z.ts']);
  });
});
