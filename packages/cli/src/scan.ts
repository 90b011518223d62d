/**
 * `lawful scan` as a function: load config, build each project's program, run the analyzer, evaluate
 * the policy. Pure orchestration — every decision lives in @lawful/core or @lawful/analyzer.
 */
import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import {
  compareFlows,
  compareLocations,
  loadBuiltinTaxonomy,
  loadConfig,
  checkFlows,
  type Flow,
  type Finding,
  type LoadedConfig,
  type Problem,
  type ScanResult,
  type TaxonomyLike,
} from '@lawful/core';
import { ts } from 'ts-morph';
import { createAnalyzer, loadAnalyzerCatalog, withTaxonomy, type AnalyzerCatalog, type AnalyzerOptions, type AnnotationUse } from '@lawful/analyzer';
import { discoverProjects, UsageError, type ProjectSpec } from './projects.js';
import { collectParseProblems, loadProgram, relativePath } from './program.js';
import { version } from './version.js';

export interface ScanOptions {
  /** The directory to scan (absolute, or relative to `cwd`). */
  dir: string;
  cwd?: string;
  configFile?: string;
  project?: string;
  /** Called with progress for long scans. */
  onProgress?: (progress: ScanProgress) => void;
  /** Ignore any lawful config: raw flows only (what `lawful init` drafts from). */
  noConfig?: boolean;
  /** Analyse only shard `index` (1-based) of `total`; `lawful merge` combines the shards. */
  shard?: { index: number; total: number };
}

export interface ScanProgress {
  phase: 'loading' | 'analysing' | 'checking';
  done: number;
  total: number;
  project?: string;
}

export interface ScanOutcome {
  result: ScanResult;
  config: LoadedConfig | null;
  taxonomy: TaxonomyLike;
  rootDir: string;
  /** How many source files were analysed (0 means nothing could be scanned). */
  filesAnalyzed: number;
  /** What the analyzer saw, before policy: what a shard hands to `lawful merge`. */
  raw: RawScan;
  /** Relative paths of every analysed file. */
  scannedFiles: ReadonlySet<string>;
  /** Text of each analysed file by relative path (code frames, suppressions, fingerprints). */
  readFile: (file: string) => string | undefined;
}

export async function scan(options: ScanOptions): Promise<ScanOutcome> {
  const { cwd, rootDir, config, taxonomy } = await prepareScan(options);

  const specs = discoverProjects(rootDir, options.project);
  const catalog = analyzerCatalogFor(config, taxonomy);
  const exclude = config?.config.exclude?.length ? picomatch(config.config.exclude, { dot: true }) : undefined;
  const configDir = config ? path.dirname(config.filepath) : rootDir;
  const analysed = new Set<string>();
  const texts = new Map<string, string>();
  const flows: Flow[] = [];
  const annotations: AnnotationUse[] = [];
  const problems: Problem[] = [];
  let filesAnalyzed = 0;
  const guards = (config?.config.activities ?? []).flatMap((activity) => (activity.consent ? [activity.consent.guard] : []));

  // Many projects: a shard takes whole projects (no program is built twice); few: it takes files.
  const shard = options.shard;
  const shardByProject = shard && specs.length >= shard.total ? shard : undefined;
  const shardByFile = shard && !shardByProject ? shard : undefined;
  for (const [index, spec] of specs.entries()) {
    if (shardByProject && (index % shardByProject.total) + 1 !== shardByProject.index) continue;
    options.onProgress?.({ phase: 'loading', done: index, total: specs.length, project: describe(spec, rootDir) });
    const loaded = loadProgram(spec, rootDir);
    problems.push(...loaded.problems);
    // Project files are followed across packages (summaries); each is reported by the first project that has it.
    const isProjectFile = (fileName: string): boolean => {
      const normalised = path.resolve(fileName);
      if (normalised.includes(`${path.sep}node_modules${path.sep}`) || /\.d\.[cm]?ts$/.test(normalised)) return false;
      if (!normalised.startsWith(rootDir + path.sep)) return false;
      if (exclude && exclude(path.relative(configDir, normalised).split(path.sep).join('/'))) return false;
      return true;
    };
    const isOwnFile = (fileName: string): boolean =>
      !analysed.has(path.resolve(fileName)) &&
      isProjectFile(fileName) &&
      (!shardByFile || shardOf(relativePath(rootDir, fileName), shardByFile.total) === shardByFile.index);
    const ownFiles = loaded.program.getSourceFiles().filter((sourceFile) => isOwnFile(sourceFile.fileName));
    for (const sourceFile of ownFiles) texts.set(relativePath(rootDir, sourceFile.fileName), sourceFile.text);
    problems.push(...collectParseProblems(loaded.program, rootDir, isOwnFile));
    const analyzer = createAnalyzer({
      // ts-morph bundles the same TypeScript 6.0 the analyzer is typed against.
      ts: ts as unknown as AnalyzerOptions['ts'],
      program: loaded.program as unknown as AnalyzerOptions['program'],
      rootDir,
      catalog,
      heuristics: config?.config.detect?.heuristics ?? true,
      sanitizers: config?.config.sanitizers ?? [],
      guards,
      isFileIncluded: isProjectFile,
      isFileReported: isOwnFile,
    });
    options.onProgress?.({ phase: 'analysing', done: index, total: specs.length, project: describe(spec, rootDir) });
    const analysis = analyzer.analyzeProgram();
    filesAnalyzed += analysis.filesAnalyzed;
    flows.push(...analysis.flows);
    annotations.push(...analysis.annotations);
    problems.push(...analysis.problems);
    for (const sourceFile of ownFiles) analysed.add(path.resolve(sourceFile.fileName));
  }

  const raw: RawScan = { flows, annotations, problems, filesAnalyzed, files: [...texts.keys()].sort() };
  return finishScan({ cwd, rootDir, config, taxonomy }, raw, (file) => texts.get(file), options.onProgress);
}

/** Flows and annotations as the analyzer reported them, before any policy. */
export interface RawScan {
  flows: Flow[];
  annotations: AnnotationUse[];
  problems: Problem[];
  filesAnalyzed: number;
  /** Relative paths of the analysed files. */
  files: string[];
}

export interface ScanContext {
  cwd: string;
  rootDir: string;
  config: LoadedConfig | null;
  taxonomy: TaxonomyLike;
}

/** Loads the config (and the taxonomy it extends) that applies to a scan root. */
export async function prepareScan(options: { dir: string; cwd?: string; configFile?: string; noConfig?: boolean }): Promise<ScanContext> {
  const cwd = options.cwd ?? process.cwd();
  const rootDir = path.resolve(cwd, options.dir);
  if (!fs.existsSync(rootDir) || !fs.statSync(rootDir).isDirectory()) {
    throw new UsageError(`${options.dir}: not a directory`);
  }
  const builtinTaxonomy = loadBuiltinTaxonomy();
  const configFile = options.configFile ? { configFile: path.resolve(cwd, options.configFile) } : {};
  const config = options.noConfig ? null : await loadConfig({ cwd: rootDir, taxonomy: builtinTaxonomy, ...configFile });
  const taxonomy = config?.config.taxonomy?.extend?.length ? builtinTaxonomy.extend(config.config.taxonomy.extend) : builtinTaxonomy;
  return { cwd, rootDir, config, taxonomy };
}

/** Policy evaluation and deterministic ordering: the same for a whole scan and for merged shards. */
export function finishScan(
  context: ScanContext,
  raw: RawScan,
  readFile: (file: string) => string | undefined,
  onProgress?: (progress: ScanProgress) => void,
): ScanOutcome {
  const { config, taxonomy, rootDir, cwd } = context;
  // Projects of a monorepo can report the same schema-level annotation or problem: count each once.
  raw = mergeRawScans([raw]);
  let findings: Finding[] = [];
  // Sorted before the policy sees them, so occurrence-based fingerprints do not depend on analysis order.
  const sortedFlows = [...raw.flows].sort(compareFlows);
  let checkedFlows = sortedFlows;
  if (config) {
    onProgress?.({ phase: 'checking', done: 1, total: 1 });
    const evaluated = checkFlows({ flows: sortedFlows, annotations: raw.annotations, config, taxonomy, rootDir, readFile });
    findings = evaluated.findings;
    checkedFlows = evaluated.flows;
  }
  const result: ScanResult = {
    tool: { name: 'lawful', version },
    root: relativePath(cwd, rootDir),
    flows: [...checkedFlows].sort(compareFlows),
    findings,
    problems: [...raw.problems].sort(
      (a, b) =>
        compareLocations({ file: a.file, line: a.line ?? 0, column: a.column ?? 0 }, { file: b.file, line: b.line ?? 0, column: b.column ?? 0 }) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
    ),
  };
  return { result, config, taxonomy, rootDir, readFile, filesAnalyzed: raw.filesAnalyzed, scannedFiles: new Set(raw.files), raw };
}

/** Stable shard of a relative path (FNV-1a), so every shard agrees without talking to the others. */
export function shardOf(relativeFile: string, total: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < relativeFile.length; i++) {
    hash ^= relativeFile.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % total) + 1;
}

function describe(spec: ProjectSpec, rootDir: string): string {
  return spec.tsconfig ? relativePath(rootDir, spec.tsconfig) : relativePath(rootDir, spec.dir);
}

/** Shards' raw scans as one: flows reported by two shards (a file in two projects) count once. */
export function mergeRawScans(raws: readonly RawScan[]): RawScan {
  const flows = new Map<string, Flow>();
  const annotations = new Map<string, AnnotationUse>();
  const problems = new Map<string, Problem>();
  const files = new Set<string>();
  let filesAnalyzed = 0;
  for (const raw of raws) {
    for (const flow of raw.flows) flows.set(JSON.stringify([flow.location, flow.sink.id, flow.category]), flow);
    for (const annotation of raw.annotations) annotations.set(JSON.stringify([annotation.location, annotation.raw]), annotation);
    for (const problem of raw.problems) problems.set(JSON.stringify(problem), problem);
    for (const file of raw.files) files.add(file);
    filesAnalyzed += raw.filesAnalyzed;
  }
  return {
    flows: [...flows.values()].sort(compareFlows),
    annotations: [...annotations.values()].sort((a, b) => compareLocations(a.location, b.location)),
    problems: [...problems.values()],
    filesAnalyzed: Math.min(filesAnalyzed, files.size),
    files: [...files].sort(),
  };
}

/** The built-in catalogs seen through the config: its `taxonomy.extend` categories and `detect` names. */
export function analyzerCatalogFor(config: LoadedConfig | null, taxonomy: TaxonomyLike): AnalyzerCatalog {
  const catalog = loadAnalyzerCatalog();
  const detect = config?.config.detect;
  if (!config || (!config.config.taxonomy?.extend?.length && !detect?.names && !detect?.ignoreNames)) return catalog;
  return withTaxonomy(catalog, taxonomy, {
    ...(detect?.names ? { extraNames: detect.names } : {}),
    ...(detect?.ignoreNames ? { ignoreNames: detect.ignoreNames } : {}),
  });
}
