import { describe, expect, it } from 'vitest';
import { createProgressReporter } from '../src/progress.js';

describe('progress', () => {
  it('stays silent when stderr is not a terminal (CI, pipes)', () => {
    let written = '';
    const progress = createProgressReporter({ isTTY: false, stderr: (text) => (written += text) }, () => 5_000);
    progress.update({ phase: 'analysing', done: 1, total: 10, unit: 'files' });
    progress.done();
    expect(written).toBe('');
  });

  it('on a terminal: nothing in the first second, then files done / total, throttled, cleared at the end', () => {
    let written = '';
    let time = 0;
    const progress = createProgressReporter({ isTTY: true, stderr: (text) => (written += text) }, () => time);
    progress.update({ phase: 'loading', done: 0, total: 1, project: 'tsconfig.json' });
    expect(written).toBe('');
    time = 1_200;
    progress.update({ phase: 'analysing', done: 40, total: 5000, unit: 'files', project: 'tsconfig.json' });
    expect(written).toContain('lawful: analysing tsconfig.json (40/5000 files)');
    const before = written;
    time = 1_250;
    progress.update({ phase: 'analysing', done: 41, total: 5000, unit: 'files' });
    expect(written).toBe(before);
    progress.done();
    expect(written.endsWith('\r\x1b[2K')).toBe(true);
  });
});
