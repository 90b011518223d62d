#!/usr/bin/env node
import module from 'node:module';

// Keep V8's compiled code of lawful's modules between runs: Node 22+ has a built-in compile cache; on
// Node 20 v8-compile-cache does the same for CommonJS modules. TypeScript itself gets a better one
// (code-cache.ts). DISABLE_V8_COMPILE_CACHE=1 turns all of them off (docs/cli.md).
if (!process.env.DISABLE_V8_COMPILE_CACHE) {
  const { enableCompileCache } = module as { enableCompileCache?: () => unknown };
  if (enableCompileCache) enableCompileCache();
  else module.createRequire(import.meta.url)('v8-compile-cache');
}

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
