/**
 * Progress on a terminal for scans longer than a second (DESIGN.md "CLI"): phase, project and files
 * done / total, redrawn at most every 100 ms. Silent in CI and when output is piped. Written to stderr
 * so it never mixes with a report on stdout.
 */
import type { CliIO } from './cli.js';
import type { ScanProgress } from './scan.js';

const DELAY_MS = 1000;
const REDRAW_MS = 100;

export function createProgressReporter(
  io: Pick<CliIO, 'isTTY' | 'showProgress' | 'stderr'>,
  now: () => number = Date.now,
): { update: (progress: ScanProgress) => void; done: () => void } {
  if (!(io.showProgress ?? io.isTTY)) return { update: () => undefined, done: () => undefined };
  const started = now();
  let shown = false;
  let lastDrawn = 0;
  return {
    update(progress) {
      const time = now();
      if (time - started < DELAY_MS || time - lastDrawn < REDRAW_MS) return;
      shown = true;
      lastDrawn = time;
      const where = progress.project ? ` ${progress.project}` : '';
      const unit = progress.unit === 'files' ? ' files' : '';
      io.stderr(`\r\x1b[2Klawful: ${progress.phase}${where} (${progress.done}/${progress.total}${unit})`);
    },
    done() {
      if (shown) io.stderr('\r\x1b[2K');
    },
  };
}
