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
import { scan, type ScanOutcome } from './scan.js';
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

async function runScan(dir: string, values: CliValues, io: CliIO): Promise<ScanOutcome> {
  const progress = createProgressReporter(io);
  try {
    return await scan({
      dir,
      cwd: io.cwd,
      ...(values.config ? { configFile: values.config } : {}),
      ...(values.project ? { project: values.project } : {}),
      onProgress: progress.update,
    });
  } finally {
    progress.done();
  }
}

const scanCommand: CommandHandler = async (dir, values, io) => {
  const format = pickFormat(values.format, SCAN_FORMATS, 'stylish');
  const maxWarnings = values['max-warnings'] === undefined ? -1 : Number(values['max-warnings']);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) {
    throw new UsageError(`--max-warnings ${values['max-warnings']}: expected a whole number`);
  }
  if (values['update-baseline'] && !values.baseline) {
    throw new UsageError('--update-baseline needs --baseline <file> to know where to write');
  }
  const outcome = await runScan(dir, values, io);
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
    hasConfig: outcome.config !== null,
    notes,
  });
  writeOutput(text, values.output, io);

  if (outcome.filesAnalyzed === 0) {
    io.stderr(`lawful: no TypeScript or JavaScript file could be scanned in ${dir}\n`);
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
};

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
  const outcome = await runScan(dir, values, io);
  const text = draftConfig(outcome.result.flows, readSinkCatalogRecipients(), outcome.taxonomy);
  const written = writeDraftConfig(outcome.rootDir, text, { force: Boolean(values.force) });
  if (!written.written) {
    io.stderr(`lawful: ${written.message}\n`);
    return EXIT_USAGE;
  }
  io.stdout(`${written.message}\n`);
  return EXIT_OK;
};

export const commands: Record<'scan' | 'map' | 'ropa' | 'init', CommandHandler> = {
  scan: scanCommand,
  map: mapCommand,
  ropa: ropaCommand,
  init: initCommand,
};
