#!/usr/bin/env node
// @ts-check
/**
 * What an editor pays per keystroke: ESLint's Node API lints one file of a bench project, then lints
 * it again `--edits` times with a small change each time (as the ESLint language server does, every
 * edit gives typescript-eslint a new program), with the project's base config and with lawful added.
 * Each configuration runs in its own process; the median and the spread of the re-lints are printed.
 *
 *   node scripts/bench/editor-relint.mjs [project folder] [--edits N] [--file src/…/x.ts]
 *
 * The project folder defaults to bench-results/projects/generated-1000 (made by `pnpm bench`).
 * A benchmark, not a test: nothing here asserts a time.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CONFIGS = ['eslint.base.config.mjs', 'eslint.lawful.config.mjs'];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { edits: { type: 'string' }, file: { type: 'string' }, child: { type: 'string' } },
});
const projectDir = path.resolve(positionals[0] ?? path.join(REPO_ROOT, 'bench-results/projects/generated-1000'));
const edits = Number(values.edits ?? 12);
if (!Number.isInteger(edits) || edits < 1) throw new Error(`--edits: expected a positive whole number; got ${values.edits}`);

if (values.child) {
  await measureInThisProcess(values.child);
} else {
  for (const config of CONFIGS) {
    if (!fs.existsSync(path.join(projectDir, config))) {
      process.stderr.write(`editor-relint: ${path.join(projectDir, config)} is missing; run pnpm bench first to generate the project\n`);
      process.exit(2);
    }
  }
  const args = [fileURLToPath(import.meta.url), projectDir, '--edits', String(edits), ...(values.file ? ['--file', values.file] : [])];
  for (const config of CONFIGS) {
    const child = spawnSync(process.execPath, [...args, '--child', config], { cwd: projectDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (child.status !== 0) process.exit(child.status ?? 1);
    process.stdout.write(child.stdout);
  }
}

/** Lints the file once (start-up: program, types), then `edits` times after a change; prints ms. */
async function measureInThisProcess(config) {
  const require = createRequire(path.join(REPO_ROOT, 'package.json'));
  /** @type {typeof import('eslint')} */
  const { ESLint } = require('eslint');
  const file = path.resolve(projectDir, values.file ?? defaultFile(projectDir));
  const text = fs.readFileSync(file, 'utf8');
  const eslint = new ESLint({ overrideConfigFile: config, cwd: projectDir });
  let started = performance.now();
  await eslint.lintFiles([file]);
  const first = performance.now() - started;
  const times = [];
  for (let edit = 0; edit < edits; edit++) {
    started = performance.now();
    await eslint.lintText(`${text}\nexport const editorRelint${edit} = ${edit};\n`, { filePath: file });
    times.push(performance.now() - started);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  process.stdout.write(
    `${config.padEnd(26)} first lint ${first.toFixed(0)} ms; re-lint after an edit: median ${median.toFixed(0)} ms ` +
      `(min ${sorted[0]?.toFixed(0)}, max ${sorted[sorted.length - 1]?.toFixed(0)}, ${edits} edits) — ${path.relative(projectDir, file)}\n`,
  );
}

/** The service file of the first feature folder of a generated project: it has sinks and callers. */
function defaultFile(dir) {
  const features = path.join(dir, 'src/features');
  const first = fs.existsSync(features) ? fs.readdirSync(features).sort()[0] : undefined;
  if (first && fs.existsSync(path.join(features, first, 'service.ts'))) return path.join(features, first, 'service.ts');
  throw new Error(`no src/features/*/service.ts in ${dir}; pass --file`);
}
