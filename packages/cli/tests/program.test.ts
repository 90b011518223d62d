import { describe, expect, it } from 'vitest';
import { collectUnreadableProblems } from '../src/program.js';

describe('collectUnreadableProblems', () => {
  it('names every included file the program could not load, and only those', () => {
    const program = {
      getRootFileNames: () => ['/app/src/a.ts', '/app/src/gone.ts', '/app/node_modules/x/index.ts'],
      getSourceFile: (fileName: string) => (fileName === '/app/src/a.ts' ? ({} as never) : undefined),
    };
    const problems = collectUnreadableProblems(program, '/app', (fileName) => !fileName.includes('node_modules'));
    expect(problems).toEqual([{ file: 'src/gone.ts', message: 'the file could not be read, so it was not scanned', kind: 'read' }]);
  });
});
