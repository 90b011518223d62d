#!/usr/bin/env node
// @ts-check
/**
 * `pnpm bench`: lawful against the cost a TypeScript team already pays (issue 8, issue 6).
 *
 * Generates synthetic projects (scripts/bench/generate.mjs), then in the same run measures wall
 * time and peak RSS of `tsc --noEmit`, `lawful scan`, ESLint with typescript-eslint's type-checked
 * recommended config alone and with `lawful.configs.recommended` added, and a warm `lawful scan
 * --cache` after editing one file. Each tool runs `--runs` times, interleaved (in reverse order every
 * other round) so that drift on a shared machine hits every tool alike; the median is reported, and
 * the ESLint overhead also as the median of back-to-back pairs. Results go to the terminal as a
 * Markdown table and to `bench-results/bench.json`.
 *
 * A benchmark, not a test: nothing here asserts a time, and CI does not run it.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GENERATOR_VERSION, eslintConfigFiles, generateProject, readProjectMarker } from './bench/generate.mjs';
import { prepareFixtureProject, findLargestFixtureApp } from './bench/fixture.mjs';
import { median, formatReport } from './bench/report.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_DIR = path.join(REPO_ROOT, 'bench-results');
const PROJECTS_DIR = path.join(RESULTS_DIR, 'projects');
const TSC_BIN = path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
const ESLINT_BIN = path.join(REPO_ROOT, 'node_modules/eslint/bin/eslint.js');
const LAWFUL_BIN = path.join(REPO_ROOT, 'packages/cli/dist/bin.js');
/** A single run longer than this is a hang, not a measurement. */
const RUN_TIMEOUT_MS = 20 * 60 * 1000;

export const TOOLS = ['tsc', 'lawful', 'eslint', 'eslint+lawful', 'lawful-cache'];

const USAGE = `Usage: node scripts/bench.mjs [--runs N] [--sizes 1000,5000] [--only ${TOOLS.join(',')}]
                              [--seed N] [--quick] [--no-fixture]
  --runs N      runs per tool and project, median reported (default 3)
  --sizes list  generated project sizes in files (default 1000,5000)
  --only list   tools to measure (default all)
  --seed N      generator seed (default 1)
  --quick       sizes 200,1000 and 1 run, for a fast look
  --no-fixture  skip the largest fixture app
`;

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string' },
      sizes: { type: 'string' },
      only: { type: 'string' },
      seed: { type: 'string' },
      quick: { type: 'boolean' },
      'no-fixture': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const positiveInteger = (text, name) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} expects a positive integer, got "${text}"`);
    return value;
  };
  const runs = values.runs !== undefined ? positiveInteger(values.runs, 'runs') : values.quick ? 1 : 3;
  const sizes = (values.sizes ?? (values.quick ? '200,1000' : '1000,5000'))
    .split(',')
    .map((size) => positiveInteger(size.trim(), 'sizes'));
  const tools = values.only ? values.only.split(',').map((tool) => tool.trim()) : TOOLS;
  for (const tool of tools) {
    if (!TOOLS.includes(tool)) throw new Error(`--only: unknown tool "${tool}"; expected some of ${TOOLS.join(', ')}`);
  }
  const seed = values.seed !== undefined ? positiveInteger(values.seed, 'seed') : 1;
  return { runs, sizes, tools, seed, fixture: !values['no-fixture'], quick: Boolean(values.quick) };
}

// ---------------------------------------------------------------------------------------------
// Measuring one process

/** GNU time reports the peak RSS of the process it waits for; fall back to polling /proc. */
function detectGnuTime() {
  if (!fs.existsSync('/usr/bin/time')) return false;
  const probe = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /^\d+(\.\d+)? \d+ \d+(\.\d+)? \d+(\.\d+)?\s*$/m.test(probe.stderr);
}

const HAS_GNU_TIME = detectGnuTime();

/**
 * Runs `node <args>` in `cwd` and returns wall seconds, peak RSS in MB, CPU seconds (user + system,
 * with GNU time only), exit code and the tails of stdout and stderr (the tools' reports are not
 * what is measured).
 */
function measure(args, cwd) {
  return new Promise((resolve, reject) => {
    const timeFile = path.join(os.tmpdir(), `lawful-bench-${process.pid}-${Math.random().toString(36).slice(2)}.time`);
    const command = HAS_GNU_TIME ? '/usr/bin/time' : process.execPath;
    const commandArgs = HAS_GNU_TIME ? ['-o', timeFile, '-f', '%e %M %U %S', process.execPath, ...args] : args;
    const started = process.hrtime.bigint();
    const child = spawn(command, commandArgs, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      // CI=1 keeps progress output off; colour codes would only pad stderr
      env: { ...process.env, CI: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    // only the tails are kept: enough to explain a failure, bounded for 5,000-file ESLint reports
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout = (stdout + chunk.toString()).slice(-4000);
    });
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    let polledPeakKb = 0;
    const poller = HAS_GNU_TIME
      ? undefined
      : setInterval(() => {
          // VmHWM is the process's own high-water mark, so the last reading before exit is the peak
          try {
            const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
            const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
            if (match) polledPeakKb = Math.max(polledPeakKb, Number(match[1]));
          } catch {
            // the process has just exited
          }
        }, 25);
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const wallS = Number(process.hrtime.bigint() - started) / 1e9;
      clearTimeout(timer);
      if (poller) clearInterval(poller);
      let peakKb = polledPeakKb;
      let cpuS;
      let exitCode = code ?? (signal ? 128 : 1);
      if (HAS_GNU_TIME) {
        const report = fs.existsSync(timeFile) ? fs.readFileSync(timeFile, 'utf8') : '';
        fs.rmSync(timeFile, { force: true });
        // GNU time prefixes "Command exited with non-zero status N" on its own line
        const match = /(\d+(?:\.\d+)?) (\d+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)\s*$/.exec(report.trim());
        if (match) {
          peakKb = Number(match[2]);
          cpuS = round(Number(match[3]) + Number(match[4]), 2);
        }
      }
      resolve({ wallS: round(wallS, 3), peakRssMB: round(peakKb / 1024, 1), ...(cpuS !== undefined ? { cpuS } : {}), exitCode, signal, stdout, stderr });
    });
  });
}

const round = (value, digits) => Math.round(value * 10 ** digits) / 10 ** digits;

// ---------------------------------------------------------------------------------------------
// Tools

/** How each tool is run on a project, and which exit codes mean "it worked". */
function toolCommand(tool, project) {
  switch (tool) {
    case 'tsc':
      if (!project.hasTsconfig) return undefined;
      // a generated project must type-check (its test says so); a fixture app has no dependencies
      // installed, so its unresolved imports are type errors, yet tsc still checks every file
      return { args: [TSC_BIN, '--noEmit', '-p', project.dir], cwd: project.dir, okExitCodes: project.kind === 'generated' ? [0] : [0, 1, 2] };
    case 'lawful': {
      // findings exit 1; only usage/config errors (2) or crashes are failures. The report goes to a
      // file rather than /dev/null so each run is checked to be a real lawful report: a crash while
      // loading the CLI also exits 1.
      const output = scanOutputPath(project, 'scan');
      return {
        args: [LAWFUL_BIN, 'scan', project.dir, '--format', 'json', '--output', output],
        cwd: project.dir,
        okExitCodes: [0, 1],
        before: () => fs.rmSync(output, { force: true }),
        validate: () => checkLawfulReport(output),
      };
    }
    case 'eslint':
      return { args: [ESLINT_BIN, '--config', 'eslint.base.config.mjs', '.'], cwd: project.dir, okExitCodes: [0, 1] };
    case 'eslint+lawful':
      return { args: [ESLINT_BIN, '--config', 'eslint.lawful.config.mjs', '.'], cwd: project.dir, okExitCodes: [0, 1] };
    default:
      return undefined;
  }
}

function scanOutputPath(project, label) {
  return path.join(RESULTS_DIR, 'scans', `${project.name}.${label}.json`);
}

/** Returns a failure message unless `file` holds a lawful JSON report; else counts for bench.json. */
function checkLawfulReport(file) {
  let report;
  try {
    report = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    return { failure: `no JSON report at ${path.relative(REPO_ROOT, file)} (${error instanceof Error ? error.message : String(error)})` };
  }
  if (report?.tool?.name !== 'lawful' || !Array.isArray(report.flows) || !Array.isArray(report.findings)) {
    return { failure: `${path.relative(REPO_ROOT, file)} is not a lawful JSON report` };
  }
  return { counts: { flows: report.flows.length, findings: report.findings.length, problems: report.problems?.length ?? 0 } };
}

const CACHE_UNSUPPORTED = /unknown option.*--cache|unknown option '--cache'/i;

/**
 * Warm re-scans. `fillCache` runs one `--cache` scan (the cold start of a cache, reported for
 * information); then each round `measureWarmCacheScan` edits one file (new code, so its hash changes
 * and re-analysis is needed) and times the `--cache` re-scan. The warm runs take their turn in the
 * same rounds as the other tools, right after the cold `lawful scan`, so that drift on a shared
 * machine hits the warm and the cold scan alike and their ratio stays meaningful.
 */
async function fillCache(project) {
  const output = scanOutputPath(project, 'cache');
  fs.rmSync(path.join(project.dir, '.lawfulcache'), { force: true });
  const fill = await measure([LAWFUL_BIN, 'scan', project.dir, '--cache', '--format', 'json', '--output', output], project.dir);
  if (fill.exitCode === 2 && CACHE_UNSUPPORTED.test(fill.stderr)) return { supported: false };
  if (![0, 1].includes(fill.exitCode)) return { supported: true, failure: describeFailure(fill) };
  const filled = checkLawfulReport(output);
  if (filled.failure) return { supported: true, failure: `${filled.failure}; ${describeFailure(fill)}` };
  return { supported: true, fill };
}

async function measureWarmCacheScan(project) {
  const output = scanOutputPath(project, 'cache');
  const edited = path.join(project.dir, project.fileToEdit);
  project.originalText ??= fs.readFileSync(edited, 'utf8');
  fs.writeFileSync(edited, `${project.originalText}\nexport const benchEdit${project.editCounter} = ${project.editCounter++};\n`);
  fs.rmSync(output, { force: true });
  const warm = await measure([LAWFUL_BIN, 'scan', project.dir, '--cache', '--format', 'json', '--output', output], project.dir);
  if (![0, 1].includes(warm.exitCode)) return { failure: describeFailure(warm) };
  const checked = checkLawfulReport(output);
  if (checked.failure) return { failure: `${checked.failure}; ${describeFailure(warm)}` };
  return { warm };
}

function restoreEditedFile(project) {
  if (project.originalText !== undefined) fs.writeFileSync(path.join(project.dir, project.fileToEdit), project.originalText);
}

function describeFailure(run) {
  // the message, not the stack: stack frames say where, the first lines say what
  const meaningful = (text) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0 && !line.startsWith('at ') && line !== '^');
  const lines = [...meaningful(run.stderr), ...meaningful(run.stdout)];
  return `exit ${run.exitCode}${run.signal ? ` (${run.signal})` : ''}: ${lines.slice(0, 5).join(' | ') || 'no output'}`;
}

// ---------------------------------------------------------------------------------------------
// Projects

function ensureGeneratedProject(size, seed) {
  const dir = path.join(PROJECTS_DIR, `generated-${size}`);
  const marker = readProjectMarker(dir);
  const upToDate = marker && marker.generatorVersion === GENERATOR_VERSION && marker.files === size && marker.seed === seed;
  if (!upToDate) {
    process.stderr.write(`generating ${size}-file project (seed ${seed}) in ${path.relative(REPO_ROOT, dir)}\n`);
    generateProject(dir, { files: size, seed, repoRoot: REPO_ROOT });
  } else {
    // the configs hold absolute URLs into this checkout; rewriting them keeps a moved repo working
    for (const [file, content] of eslintConfigFiles(REPO_ROOT)) fs.writeFileSync(path.join(dir, file), content);
  }
  return {
    name: `generated-${size}`,
    kind: 'generated',
    files: size,
    dir,
    hasTsconfig: true,
    fileToEdit: 'src/features/signup-0000/service.ts',
    editCounter: 0,
  };
}

function machineInfo() {
  const cpus = os.cpus();
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' });
  return {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpuCount: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    totalMemMB: Math.round(os.totalmem() / 1024 / 1024),
    peakRssSource: HAS_GNU_TIME ? '/usr/bin/time %M' : '/proc/<pid>/status VmHWM (polled)',
    commit: commit.status === 0 ? commit.stdout.trim() : 'unknown',
  };
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  for (const [bin, what] of [
    [TSC_BIN, 'typescript'],
    [ESLINT_BIN, 'eslint'],
  ]) {
    if (!fs.existsSync(bin)) throw new Error(`${what} is not installed at ${bin}; run pnpm install`);
  }
  if (!fs.existsSync(LAWFUL_BIN)) process.stderr.write(`bench: ${path.relative(REPO_ROOT, LAWFUL_BIN)} is missing; run pnpm build (lawful runs will fail)\n`);

  fs.mkdirSync(PROJECTS_DIR, { recursive: true });
  fs.mkdirSync(path.join(RESULTS_DIR, 'scans'), { recursive: true });
  const projects = options.sizes.map((size) => ensureGeneratedProject(size, options.seed));
  if (options.fixture) {
    const fixture = findLargestFixtureApp(REPO_ROOT);
    if (fixture) projects.push(prepareFixtureProject(fixture, PROJECTS_DIR, REPO_ROOT));
    else process.stderr.write('bench: no fixtures/apps/* found; skipping the fixture measurement\n');
  }

  const timedTools = options.tools.filter((tool) => tool !== 'lawful-cache');
  /** @type {Map<string, { project: string, tool: string, runs: any[], failure?: string, skipped?: string }>} */
  const results = new Map();
  const key = (project, tool) => `${project.name}\u0000${tool}`;
  for (const project of projects) {
    for (const tool of timedTools) {
      const command = toolCommand(tool, project);
      results.set(key(project, tool), {
        project: project.name,
        tool,
        runs: [],
        ...(command ? {} : { skipped: 'no tsconfig.json' }),
      });
    }
  }

  /** @type {Record<string, any>} */
  const cache = {};
  const warmCache = options.tools.includes('lawful-cache');
  try {
    for (const project of projects) {
      if (warmCache) {
        process.stderr.write(`[${project.name}] filling the --cache … `);
        const filled = await fillCache(project);
        if (!filled.supported) {
          cache[project.name] = { supported: false };
          process.stderr.write('n/a (the CLI has no --cache option yet)\n');
        } else if (filled.failure) {
          cache[project.name] = { supported: true, failure: filled.failure };
          process.stderr.write(`failed (${filled.failure})\n`);
        } else {
          cache[project.name] = { supported: true, fill: { wallS: filled.fill.wallS, peakRssMB: filled.fill.peakRssMB }, runs: [] };
          process.stderr.write(`${filled.fill.wallS.toFixed(2)} s\n`);
        }
      }
      for (let run = 1; run <= options.runs; run++) {
        // Every other round runs the tools in reverse order: a tool that always ran second (after a
        // long run heated the machine, or after another tool filled the page cache) would be
        // measured slower than one that always ran first.
        const order = run % 2 === 1 ? timedTools : [...timedTools].reverse();
        for (const tool of order) {
          const entry = results.get(key(project, tool));
          const command = toolCommand(tool, project);
          if (!entry || !command || entry.failure) continue;
          process.stderr.write(`[${project.name}] run ${run}/${options.runs} ${tool} … `);
          command.before?.();
          const outcome = await measure(command.args, command.cwd);
          const checked = command.okExitCodes.includes(outcome.exitCode) ? (command.validate?.() ?? {}) : { failure: describeFailure(outcome) };
          if (checked.failure) {
            entry.failure = command.okExitCodes.includes(outcome.exitCode) ? `${checked.failure}; ${describeFailure(outcome)}` : checked.failure;
            process.stderr.write(`failed (${entry.failure})\n`);
            continue;
          }
          entry.runs.push({
            wallS: outcome.wallS,
            peakRssMB: outcome.peakRssMB,
            ...(outcome.cpuS !== undefined ? { cpuS: outcome.cpuS } : {}),
            exitCode: outcome.exitCode,
            ...(checked.counts ? { report: checked.counts } : {}),
          });
          process.stderr.write(`${outcome.wallS.toFixed(2)} s, ${outcome.peakRssMB.toFixed(0)} MB\n`);
          // the warm re-scan right after the cold one (see fillCache)
          const warmEntry = cache[project.name];
          if (tool === 'lawful' && warmEntry?.runs && !warmEntry.failure) await measureWarmTurn(project, warmEntry, run);
        }
        const warmEntry = cache[project.name];
        if (!timedTools.includes('lawful') && warmEntry?.runs && !warmEntry.failure) await measureWarmTurn(project, warmEntry, run);
      }
      const warmEntry = cache[project.name];
      if (warmEntry?.runs?.length > 0 && !warmEntry.failure) warmEntry.median = summarize(warmEntry.runs);
    }
  } finally {
    for (const project of projects) restoreEditedFile(project);
  }

  async function measureWarmTurn(project, warmEntry, run) {
    process.stderr.write(`[${project.name}] run ${run}/${options.runs} lawful scan --cache after editing ${project.fileToEdit} … `);
    const outcome = await measureWarmCacheScan(project);
    if (outcome.failure) {
      warmEntry.failure = outcome.failure;
      delete warmEntry.runs;
      process.stderr.write(`failed (${outcome.failure})\n`);
      return;
    }
    warmEntry.runs.push({ wallS: outcome.warm.wallS, peakRssMB: outcome.warm.peakRssMB, exitCode: outcome.warm.exitCode });
    process.stderr.write(`${outcome.warm.wallS.toFixed(2)} s, ${outcome.warm.peakRssMB.toFixed(0)} MB\n`);
  }

  const measurements = [...results.values()].map((entry) => ({
    ...entry,
    median: entry.runs.length > 0 && !entry.failure ? summarize(entry.runs) : undefined,
  }));
  const report = {
    tool: 'lawful bench',
    generatorVersion: GENERATOR_VERSION,
    seed: options.seed,
    runsPerTool: options.runs,
    machine: machineInfo(),
    projects: projects.map((project) => ({
      name: project.name,
      kind: project.kind,
      files: project.files,
      dir: path.relative(REPO_ROOT, project.dir).split(path.sep).join('/'),
      ...(project.source ? { source: project.source } : {}),
    })),
    measurements,
    cache,
    ratios: computeRatios(projects, measurements, cache),
  };
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const jsonPath = path.join(RESULTS_DIR, 'bench.json');
  fs.writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(formatReport(report));
  process.stdout.write(`\nRaw runs, medians and ratios: ${path.relative(REPO_ROOT, jsonPath)}\n`);
}

function summarize(runs) {
  return { wallS: round(median(runs.map((run) => run.wallS)), 3), peakRssMB: round(median(runs.map((run) => run.peakRssMB)), 1) };
}

/** Per-round ratios of two tools that ran back to back, and their medians (wall, and CPU when measured). */
function pairedRatios(numeratorRuns, denominatorRuns) {
  if (!numeratorRuns?.length || numeratorRuns.length !== denominatorRuns?.length) return null;
  const pairs = numeratorRuns.map((run, index) => ({
    wall: round(run.wallS / denominatorRuns[index].wallS, 3),
    ...(run.cpuS && denominatorRuns[index].cpuS ? { cpu: round(run.cpuS / denominatorRuns[index].cpuS, 3) } : {}),
  }));
  const cpus = pairs.flatMap((pair) => (pair.cpu !== undefined ? [pair.cpu] : []));
  return { wall: round(median(pairs.map((pair) => pair.wall)), 3), ...(cpus.length === pairs.length ? { cpu: round(median(cpus), 3) } : {}), pairs };
}

function computeRatios(projects, measurements, cache) {
  const medianOf = (project, tool) => measurements.find((entry) => entry.project === project && entry.tool === tool)?.median;
  const runsOf = (project, tool) => measurements.find((entry) => entry.project === project && entry.tool === tool && !entry.failure)?.runs;
  const ratio = (numerator, denominator) =>
    numerator && denominator ? { wall: round(numerator.wallS / denominator.wallS, 2), rss: round(numerator.peakRssMB / denominator.peakRssMB, 2) } : null;
  /** @type {Record<string, any>} */
  const ratios = {};
  for (const project of projects) {
    const lawful = medianOf(project.name, 'lawful');
    const warmRuns = cache[project.name]?.runs;
    const coldRuns = measurements.find((entry) => entry.project === project.name && entry.tool === 'lawful' && !entry.failure)?.runs;
    ratios[project.name] = {
      lawfulOverTsc: ratio(lawful, medianOf(project.name, 'tsc')),
      eslintLawfulOverEslint: ratio(medianOf(project.name, 'eslint+lawful'), medianOf(project.name, 'eslint')),
      // Paired: ESLint alone and with lawful run back to back in every round; the median of those ratios.
      eslintLawfulOverEslintPaired: pairedRatios(runsOf(project.name, 'eslint+lawful'), runsOf(project.name, 'eslint')),
      // Paired: each warm run ran right after a cold run of the same round; the median of those ratios.
      warmCacheOverColdScan:
        warmRuns?.length > 0 && coldRuns?.length === warmRuns.length
          ? round(median(warmRuns.map((run, index) => run.wallS / coldRuns[index].wallS)), 3)
          : null,
    };
  }
  return ratios;
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
