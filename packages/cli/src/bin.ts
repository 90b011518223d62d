#!/usr/bin/env node
import module from 'node:module';

// Node 22+: keep V8's compiled code of TypeScript and lawful between runs (about 0.25 s per run);
// Node 20 has no compile cache, and this is a no-op there.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const { runCli } = await import('./cli.js');

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  showProgress: Boolean(process.stderr.isTTY) && !process.env.CI,
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`lawful: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
