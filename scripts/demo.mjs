#!/usr/bin/env node
// The README's first command: scan the bundled example, print its findings, write its data-flow map.
// `lawful scan` exits 1 when it has findings — the example has some on purpose — so 0 and 1 are success here.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const example = 'fixtures/apps/express-prisma-shop';

function lawful(...args) {
  console.log(`\n$ lawful ${args.join(' ')}`);
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0 && run.status !== 1) process.exit(run.status ?? 2);
  return run.status;
}

lawful('scan', example);
lawful('map', example, '--output', 'lawful-map.html');
console.log('\nOpen lawful-map.html in a browser to explore the data-flow map.');
