/**
 * Progress on a terminal for scans longer than a second (DESIGN.md "CLI"); silent in CI and when
 * output is piped. Written to stderr so it never mixes with a report on stdout.
 */
import type { CliIO } from './cli.js';
import type { ScanProgress } from './scan.js';

const DELAY_MS = 1000;

export function createProgressReporter(io: CliIO): { update: (progress: ScanProgress) => void; done: () => void } {
  if (!io.isTTY) return { update: () => undefined, done: () => undefined };
  const started = Date.now();
  let shown = false;
  return {
    update(progress) {
      if (Date.now() - started < DELAY_MS) return;
      shown = true;
      const where = progress.project ? ` ${progress.project}` : '';
      io.stderr(`\r\x1b[2Klawful: ${progress.phase}${where} (${progress.done}/${progress.total})`);
    },
    done() {
      if (shown) io.stderr('\r\x1b[2K');
    },
  };
}
