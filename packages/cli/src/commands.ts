/** The four commands. Each returns an exit code; output goes through `CliIO`. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  applyBaseline,
  builtinSinkModules,
  createBaseline,
  filterFindingsToChangedLines,
  formatBaseline,
  parseBaseline,
  type Baseline,
  parseUnifiedDiff,
  type Finding,
  type ScanResult,
} from '@lawful/core';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, writeOutput, type CliIO, type CliValues } from './cli.js';
import { createProgressReporter } from './progress.js';
import { UsageError } from './projects.js';
import { reporters } from './reporters/index.js';
import { finishScan, mergeRawScans, prepareScan, scan, type RawScan, type ScanOutcome } from './scan.js';
import { buildMapModel, renderMapHtml, renderMapJson, renderMermaid } from './map/index.js';
import { buildRopa, renderRopaCsv, renderRopaJson, renderRopaMarkdown } from './ropa/index.js';
import { draftConfig, readSinkCatalogRecipients, writeDraftConfig } from './init/index.js';

type CommandHandler = (dir: string, values: CliValues, io: CliIO) => Promise<number>;

const SCAN_FORMATS = ['stylish', 'json', 'sarif', 'markdown'] as const;
const MAP_FORMATS = ['html', 'mermaid', 'json'] as const;
const ROPA_FORMATS = ['markdown', 'csv', 'json'] as const;

function pickFormat<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--format ${value}: expected one of ${allowed.join(', ')}`);
  }
  return value as T;
}

async function runScan(
  dir: string,
  values: CliValues,
  io: CliIO,
  extra: { shard?: { index: number; total: number }; noConfig?: boolean } = {},
): Promise<ScanOutcome> {
  const progress = createProgressReporter(io);
  try {
    return await scan({
      dir,
      cwd: io.cwd,
      ...extra,
      ...(values.cache || values['cache-location'] ? { cache: values['cache-location'] ? { location: values['cache-location'] } : {} } : {}),
      ...(values.config ? { configFile: values.config } : {}),
      ...(values.project ? { project: values.project } : {}),
      onProgress: progress.update,
      onWarning: (message) => io.stderr(`lawful: warning: ${message}\n`),
    });
  } finally {
    progress.done();
  }
}

interface ReportOptions {
  format: (typeof SCAN_FORMATS)[number];
  /** -1: no limit. */
  maxWarnings: number;
}

/** The reporting options of `scan` and `merge`, checked before any work so usage errors come first. */
function reportOptions(values: CliValues): ReportOptions {
  const format = pickFormat(values.format, SCAN_FORMATS, 'stylish');
  const maxWarnings = values['max-warnings'] === undefined ? -1 : Number(values['max-warnings']);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) {
    throw new UsageError(`--max-warnings ${values['max-warnings']}: expected a whole number`);
  }
  if (values['update-baseline'] && !values.baseline) {
    throw new UsageError('--update-baseline needs --baseline <file> to know where to write');
  }
  return { format, maxWarnings };
}

const scanCommand: CommandHandler = async (dir, values, io) => {
  reportOptions(values);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (shard) {
    if (!values.output) throw new UsageError('--shard needs --output <file>: a shard is an input for `lawful merge`, not a report');
    const outcome = await runScan(dir, values, io, { shard });
    writeOutput(formatShard(outcome, shard), values.output, io);
    io.stderr(`lawful: wrote shard ${shard.index}/${shard.total} (${outcome.filesAnalyzed} file(s), ${outcome.raw.flows.length} flow(s)) to ${values.output}\n`);
    return EXIT_OK;
  }
  const outcome = await runScan(dir, values, io);
  return report(outcome, values, io);
};

/** Prints a scan's findings in the chosen format (after baseline and diff filters) and picks the exit code. */
async function report(outcome: ScanOutcome, values: CliValues, io: CliIO): Promise<number> {
  const { format, maxWarnings } = reportOptions(values);
  let findings: Finding[] = outcome.result.findings;
  const notes: string[] = [];

  if (values.baseline) {
    const baselinePath = path.resolve(io.cwd, values.baseline);
    if (values['update-baseline']) {
      fs.writeFileSync(baselinePath, formatBaseline(createBaseline(findings)));
      io.stderr(`lawful: wrote baseline of ${findings.length} finding(s) to ${values.baseline}\n`);
      return EXIT_OK;
    }
    if (!fs.existsSync(baselinePath)) throw new UsageError(`--baseline ${values.baseline}: no such file (create it with --update-baseline)`);
    let baseline: Baseline;
    try {
      baseline = parseBaseline(fs.readFileSync(baselinePath, 'utf8'), values.baseline);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const applied = applyBaseline(findings, baseline, outcome.scannedFiles);
    findings = applied.findings;
    if (applied.unused.length > 0) notes.push(`baseline has ${applied.unused.length} entr${applied.unused.length === 1 ? 'y' : 'ies'} no longer needed; run with --update-baseline to prune`);
  }

  if (values.diff) {
    const changed = changedLines(values.diff, outcome.rootDir);
    findings = filterFindingsToChangedLines(findings, changed);
  }

  const result: ScanResult = { ...outcome.result, findings };
  const text = reporters[format](result, {
    color: shouldColor(values, io) && !values.output,
    readFile: outcome.readFile,
    hasConfig: outcome.config !== null || Object.keys(outcome.raw.configOf).length > 0,
    notes,
  });
  writeOutput(text, values.output, io);

  if (outcome.filesAnalyzed === 0) {
    io.stderr(`lawful: no TypeScript or JavaScript file could be scanned in ${outcome.result.root}\n`);
    return EXIT_USAGE;
  }
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  if (errors > 0) return EXIT_FINDINGS;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`lawful: ${warnings} warning(s), more than --max-warnings ${maxWarnings}\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

/** Lines changed since `ref` per file (relative to the scan root), from `git diff --unified=0`. */
function changedLines(ref: string, rootDir: string): Map<string, Set<number>> {
  let diff: string;
  try {
    // --relative makes paths relative to the scan root, like findings' paths.
    diff = execFileSync('git', ['diff', '--unified=0', '--no-color', '--relative', ref, '--', '.'], {
      cwd: rootDir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    throw new UsageError(`--diff ${ref}: git diff failed (${((error as { stderr?: string }).stderr ?? (error as Error).message).trim()})`);
  }
  return parseUnifiedDiff(diff);
}

function shouldColor(values: CliValues, io: CliIO): boolean {
  if (values['no-color'] || io.env.NO_COLOR) return false;
  if (values.color || io.env.FORCE_COLOR) return true;
  return io.isTTY;
}

const mapCommand: CommandHandler = async (dir, values, io) => {
  const format = pickFormat(values.format, MAP_FORMATS, 'html');
  const outcome = await runScan(dir, values, io);
  const model = buildMapModel(outcome.result, outcome.config, outcome.taxonomy, { readFile: outcome.readFile, modulesOf: builtinSinkModules() });
  const text =
    format === 'html'
      ? renderMapHtml(model, { title: `lawful data-flow map — ${path.basename(outcome.rootDir)}` })
      : format === 'mermaid'
        ? renderMermaid(model)
        : renderMapJson(model);
  const output = values.output ?? (format === 'html' ? 'lawful-map.html' : undefined);
  writeOutput(text, output, io);
  if (output) io.stderr(`lawful: wrote ${format} map of ${outcome.result.flows.length} flow(s) to ${output}\n`);
  return EXIT_OK;
};

const ropaCommand: CommandHandler = async (dir, values, io) => {
  const format = pickFormat(values.format, ROPA_FORMATS, 'markdown');
  const outcome = await runScan(dir, values, io);
  if (!outcome.config) throw new UsageError(`no lawful config found for ${dir}: the record of processing is built from it; run \`lawful init ${dir}\` first`);
  const ropa = buildRopa(outcome.config, outcome.result, outcome.taxonomy, { modulesOf: builtinSinkModules() });
  const text =
    format === 'markdown' ? renderRopaMarkdown(ropa) : format === 'csv' ? renderRopaCsv(ropa, { bom: Boolean(values.bom) }) : renderRopaJson(ropa);
  writeOutput(text, values.output, io);
  return EXIT_OK;
};

const initCommand: CommandHandler = async (dir, values, io) => {
  // The draft describes what the code does, not what an existing config already says.
  const outcome = await runScan(dir, values, io, { noConfig: true });
  const text = draftConfig(outcome.result.flows, readSinkCatalogRecipients(), outcome.taxonomy);
  const written = writeDraftConfig(outcome.rootDir, text, { force: Boolean(values.force) });
  if (!written.written) {
    io.stderr(`lawful: ${written.message}\n`);
    return EXIT_USAGE;
  }
  io.stdout(`${written.message}\n`);
  return EXIT_OK;
};

function parseShard(text: string): { index: number; total: number } {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total) throw new UsageError(`--shard ${text}: expected i/n with 1 ≤ i ≤ n, e.g. --shard 2/4`);
  return { index, total };
}

const SHARD_FORMAT = 'lawful-shard/1';

interface ShardFile {
  format: typeof SHARD_FORMAT;
  tool: { name: 'lawful'; version: string };
  root: string;
  shard: { index: number; total: number };
  raw: RawScan;
}

function formatShard(outcome: ScanOutcome, shard: { index: number; total: number }): string {
  const file: ShardFile = { format: SHARD_FORMAT, tool: outcome.result.tool, root: outcome.result.root, shard, raw: outcome.raw };
  return `${JSON.stringify(file)}\n`;
}

/** `lawful merge`: the shards' flows together, checked once against the config — the output of one scan. */
export async function mergeCommand(files: string[], values: CliValues, io: CliIO): Promise<number> {
  reportOptions(values);
  if (files.length === 0) throw new UsageError('merge needs the shard files written by `lawful scan --shard i/n --output f`');
  const shards = files.map((file) => {
    let parsed: ShardFile;
    try {
      parsed = JSON.parse(fs.readFileSync(path.resolve(io.cwd, file), 'utf8')) as ShardFile;
    } catch (error) {
      throw new UsageError(`${file}: not a readable shard file (${(error as Error).message})`);
    }
    if (parsed.format !== SHARD_FORMAT) throw new UsageError(`${file}: not a lawful shard file (expected format ${SHARD_FORMAT})`);
    return { file, shard: parsed };
  });
  const first = shards[0]!.shard;
  const seen = new Set<number>();
  for (const { file, shard } of shards) {
    if (shard.root !== first.root) throw new UsageError(`${file}: scanned ${shard.root}, but ${files[0]} scanned ${first.root}`);
    if (shard.shard.total !== first.shard.total) throw new UsageError(`${file}: shard of ${shard.shard.total}, but ${files[0]} is a shard of ${first.shard.total}`);
    if (shard.tool.version !== first.tool.version) throw new UsageError(`${file}: written by lawful ${shard.tool.version}, ${files[0]} by ${first.tool.version}`);
    seen.add(shard.shard.index);
  }
  const missing = Array.from({ length: first.shard.total }, (_, i) => i + 1).filter((index) => !seen.has(index));
  if (missing.length > 0) throw new UsageError(`missing shard(s) ${missing.map((index) => `${index}/${first.shard.total}`).join(', ')}`);

  const context = await prepareScan({ dir: first.root, cwd: io.cwd, ...(values.config ? { configFile: values.config } : {}) });
  const raw = mergeRawScans(shards.map(({ shard }) => shard.raw));
  const readFile = (file: string): string | undefined => {
    try {
      return fs.readFileSync(path.join(context.rootDir, file), 'utf8');
    } catch {
      return undefined;
    }
  };
  return report(await finishScan(context, raw, readFile), values, io);
}

export const commands: Record<'scan' | 'map' | 'ropa' | 'init', CommandHandler> = {
  scan: scanCommand,
  map: mapCommand,
  ropa: ropaCommand,
  init: initCommand,
};
