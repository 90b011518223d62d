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
  compareStrings,
  findRulesDir,
  hashRulesDir,
  sortFindings,
  loadBuiltinTaxonomy,
  loadConfig,
  checkFlows,
  taxonomyForConfig,
  type Flow,
  type Finding,
  type LoadedConfig,
  type Problem,
  type ScanResult,
  type TaxonomyLike,
} from '@lawful/core';
import { saveCodeCaches, ts, type TS } from './compiler.js';
import { catalogForConfig, createAnalyzer, type AnalyzerOptions, type AnnotationUse } from '@lawful/analyzer';
import { discoverProjects, UsageError, type ProjectSpec } from './projects.js';
import {
  absolutePath,
  collectParseProblems,
  collectUnreadableProblems,
  loadProgram,
  notScannedProblem,
  projectFileNames,
  relativePath,
  type ProjectFiles,
} from './program.js';
import {
  DependentsIndex,
  hashText,
  initialDirtySet,
  projectCacheKey,
  readCache,
  writeCache,
  type CacheFile,
  type CachedFile,
  type ProjectCache,
} from './cache.js';
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
  /**
   * Reuse per-file results from a previous scan (`--cache`); default location `<dir>/.lawfulcache`.
   * A location that is a directory (or ends with `/`) holds a `.lawfulcache` file, as in ESLint.
   */
  cache?: { location?: string };
  /** Something the user should know that does not change the result (a cache that could not be written). */
  onWarning?: (message: string) => void;
  /** Analyse only shard `index` (1-based) of `total`; `lawful merge` combines the shards. */
  shard?: { index: number; total: number };
}

export interface ScanProgress {
  phase: 'loading' | 'analysing' | 'checking';
  /** Projects done, or files done while analysing. */
  done: number;
  total: number;
  unit?: 'projects' | 'files';
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
  if (options.cache) debugCache('scan starts');
  const context = await prepareScan(options);
  if (options.cache) debugCache('config loaded');
  const { rootDir } = context;
  const specs = discoverProjects(rootDir, options.project);
  const analysed = new Set<string>();
  const texts = new Map<string, string | undefined>();
  const configOf: Record<string, string> = {};
  const flows: Flow[] = [];
  const annotations: AnnotationUse[] = [];
  const problems: Problem[] = [];
  let filesAnalyzed = 0;

  if (options.cache && options.shard) throw new UsageError('--cache and --shard cannot be combined: each shard job starts from a clean checkout');
  const cacheFile = options.cache ? cacheLocation(context.cwd, rootDir, options.cache.location) : undefined;
  if (cacheFile) debugCache('reading the cache');
  const cache = cacheFile ? { location: cacheFile, file: readCache(cacheFile) } : undefined;
  if (cacheFile) debugCache('read');
  // Many projects: a shard takes whole projects (no program is built twice); few: it takes files.
  const shard = options.shard;
  const shardByProject = shard && specs.length >= shard.total ? shard : undefined;
  const shardByFile = shard && !shardByProject ? shard : undefined;
  // Every project's file list first: a file in some project's list is reported by that project (with
  // the config nearest to it), even when another project's program reaches it by import first.
  const listings = specs.map((spec) => projectFileNames(spec, cache?.file.projects[describe(spec, rootDir)]?.listing));
  const listedAnywhere = new Set(listings.flatMap((listed) => listed.files));
  for (const [index, spec] of specs.entries()) {
    if (shardByProject && (index % shardByProject.total) + 1 !== shardByProject.index) continue;
    const listed = listings[index]!;
    const listedHere = new Set(listed.files);
    options.onProgress?.({ phase: 'loading', done: index, total: specs.length, project: describe(spec, rootDir) });
    // The config nearest to a package applies to it (DESIGN "What is scanned").
    const scope = await context.scopeFor(spec.dir);
    // Project files are followed across packages (summaries). Each is reported once: by the first
    // project whose list has it, or, when no list has it (imported, yet excluded by every tsconfig),
    // by the first project whose program reaches it.
    const rootPrefix = rootDir + path.sep;
    const nodeModules = `${path.sep}node_modules${path.sep}`;
    const isNormalisedProjectFile = (normalised: string): boolean =>
      normalised.startsWith(rootPrefix) && !normalised.includes(nodeModules) && !/\.d\.[cm]?ts$/.test(normalised) && !scope.isExcluded(normalised);
    const isProjectFile = (fileName: string): boolean => isNormalisedProjectFile(absolutePath(fileName));
    // called for every file of every project: one normalisation, cheapest tests first
    const isOwnFile = (fileName: string): boolean => {
      const normalised = absolutePath(fileName);
      return (
        (listedHere.has(normalised) || !listedAnywhere.has(normalised)) &&
        !analysed.has(normalised) &&
        isNormalisedProjectFile(normalised) &&
        (!shardByFile || shardOf(relativePath(rootDir, normalised), shardByFile.total) === shardByFile.index)
      );
    };
    const project: ProjectInput = { spec, scope, rootDir, listed, isProjectFile, isOwnFile };
    options.onProgress?.({ phase: 'analysing', done: index, total: specs.length, project: describe(spec, rootDir) });
    const onFile = (done: number, total: number) =>
      options.onProgress?.({ phase: 'analysing', done, total, unit: 'files', project: describe(spec, rootDir) });
    const analysis = cache ? analyseProjectCached(project, cache, onFile) : analyseProject(project, onFile);
    filesAnalyzed += analysis.files.size;
    for (const [file, text] of analysis.files) {
      texts.set(file, text);
      analysed.add(path.resolve(rootDir, file));
      if (scope.config) configOf[file] = relativePath(rootDir, scope.config.filepath);
    }
    flows.push(...analysis.flows);
    annotations.push(...analysis.annotations);
    problems.push(...analysis.problems);
  }
  saveCodeCaches();
  if (cache) {
    debugCache('writing the cache');
    try {
      writeCache(cache.location, cache.file);
      debugCache('written');
    } catch (error) {
      // The scan is complete; only the next one loses its head start.
      options.onWarning?.(`could not write the cache to ${cache.location} (${(error as Error).message}); the next scan starts cold`);
    }
  }

  const raw: RawScan = { flows, annotations, problems, filesAnalyzed, files: [...texts.keys()].sort(), configOf };
  const readFile = (file: string): string | undefined => {
    let text = texts.get(file);
    if (text === undefined && texts.has(file)) {
      try {
        text = fs.readFileSync(path.join(rootDir, file), 'utf8');
        texts.set(file, text);
      } catch {
        return undefined;
      }
    }
    return text;
  };
  return finishScan(context, raw, readFile, options.onProgress);
}

/** Flows and annotations as the analyzer reported them, before any policy. */
export interface RawScan {
  flows: Flow[];
  annotations: AnnotationUse[];
  problems: Problem[];
  filesAnalyzed: number;
  /** Relative paths of the analysed files. */
  files: string[];
  /** The config (path relative to the root) that applies to each analysed file that has one. */
  configOf: Record<string, string>;
}

export interface ScanContext {
  cwd: string;
  rootDir: string;
  /** The config that applies at the scan root (what `ropa`, `map` and messages describe). */
  config: LoadedConfig | null;
  taxonomy: TaxonomyLike;
  /** The config scope that applies in a folder: the nearest config, or `--config` for all. */
  scopeFor(dir: string): Promise<ConfigScope>;
  /** The scope of an already loaded config file (absolute path). */
  scopeOfFile(configPath: string): Promise<ConfigScope>;
}

/** A config with everything derived from it once: taxonomy, analyzer options, exclusions. */
export interface ConfigScope {
  config: LoadedConfig | null;
  taxonomy: TaxonomyLike;
  analyzerOptions: Pick<AnalyzerOptions, 'catalog' | 'heuristics' | 'sanitizers' | 'guards'>;
  isExcluded(absoluteFile: string): boolean;
}

/** Loads the config (and the taxonomy it extends) that applies to a scan root, and per folder below it. */
export async function prepareScan(options: { dir: string; cwd?: string; configFile?: string; noConfig?: boolean }): Promise<ScanContext> {
  const cwd = options.cwd ?? process.cwd();
  const rootDir = path.resolve(cwd, options.dir);
  if (!fs.existsSync(rootDir) || !fs.statSync(rootDir).isDirectory()) {
    throw new UsageError(`${options.dir}: not a directory`);
  }
  const builtinTaxonomy = loadBuiltinTaxonomy();
  const explicit = options.configFile ? path.resolve(cwd, options.configFile) : undefined;
  const scopes = new Map<string, Promise<ConfigScope>>();
  const scopeOf = (config: LoadedConfig | null): Promise<ConfigScope> => {
    const key = config?.filepath ?? '';
    let scope = scopes.get(key);
    if (!scope) {
      scope = Promise.resolve(makeScope(config));
      scopes.set(key, scope);
    }
    return scope;
  };
  const load = async (dir: string): Promise<LoadedConfig | null> =>
    options.noConfig ? null : loadConfig({ cwd: dir, taxonomy: builtinTaxonomy, ...(explicit ? { configFile: explicit } : {}) });
  const rootScope = await scopeOf(await load(rootDir));
  return {
    cwd,
    rootDir,
    config: rootScope.config,
    taxonomy: rootScope.taxonomy,
    scopeFor: async (dir) => (explicit || options.noConfig || dir === rootDir ? rootScope : scopeOf(await load(dir))),
    scopeOfFile: async (configPath) =>
      (rootScope.config?.filepath === configPath ? rootScope : scopeOf(await loadConfig({ cwd: rootDir, configFile: configPath, taxonomy: builtinTaxonomy }))),
  };
}

function makeScope(config: LoadedConfig | null): ConfigScope {
  const taxonomy = taxonomyForConfig(config);
  const exclude = config?.config.exclude?.length ? picomatch(config.config.exclude, { dot: true }) : undefined;
  const configDir = config ? path.dirname(config.filepath) : '';
  return {
    config,
    taxonomy,
    analyzerOptions: {
      catalog: catalogForConfig(config, taxonomy),
      heuristics: config?.config.detect?.heuristics ?? true,
      sanitizers: config?.config.sanitizers ?? [],
      guards: (config?.config.activities ?? []).flatMap((activity) => (activity.consent ? [activity.consent.guard] : [])),
    },
    isExcluded: (absoluteFile) => Boolean(exclude?.(relativePath(configDir, absoluteFile))),
  };
}

/** Policy evaluation and deterministic ordering: the same for a whole scan and for merged shards. */
export async function finishScan(
  context: ScanContext,
  raw: RawScan,
  readFile: (file: string) => string | undefined,
  onProgress?: (progress: ScanProgress) => void,
): Promise<ScanOutcome> {
  const { rootDir, cwd } = context;
  // Projects of a monorepo can report the same schema-level annotation or problem: count each once.
  raw = mergeRawScans([raw]);
  const rootConfig = context.config ? relativePath(rootDir, context.config.filepath) : undefined;
  // Each file is checked against the config that applies to it; files under no config are not checked.
  const groups = new Map<string | undefined, { flows: Flow[]; annotations: AnnotationUse[] }>();
  const groupOf = (file: string) => {
    const key = raw.configOf[file] ?? rootConfig;
    let group = groups.get(key);
    if (!group) {
      group = { flows: [], annotations: [] };
      groups.set(key, group);
    }
    return group;
  };
  for (const flow of raw.flows) groupOf(flow.location.file).flows.push(flow);
  for (const annotation of raw.annotations) groupOf(annotation.location.file).annotations.push(annotation);
  if (rootConfig) groupOf(rootConfig);

  const flows: Flow[] = [];
  const findings: Finding[] = [];
  for (const [configFile, group] of [...groups].sort(([a], [b]) => compareStrings(a ?? '', b ?? ''))) {
    if (configFile === undefined) {
      flows.push(...group.flows);
      continue;
    }
    onProgress?.({ phase: 'checking', done: 1, total: 1 });
    const scope = await context.scopeOfFile(path.resolve(rootDir, configFile));
    const evaluated = checkFlows({ flows: group.flows, annotations: group.annotations, config: scope.config!, taxonomy: scope.taxonomy, rootDir, readFile });
    flows.push(...evaluated.flows);
    findings.push(...evaluated.findings);
  }
  const result: ScanResult = {
    tool: { name: 'lawful', version },
    root: relativePath(cwd, rootDir),
    flows: flows.sort(compareFlows),
    findings: groups.size > 1 ? sortFindings(findings) : findings,
    problems: [...raw.problems].sort(
      (a, b) =>
        compareLocations({ file: a.file, line: a.line ?? 0, column: a.column ?? 0 }, { file: b.file, line: b.line ?? 0, column: b.column ?? 0 }) ||
        compareStrings(a.message, b.message),
    ),
  };
  return {
    result,
    config: context.config,
    taxonomy: context.taxonomy,
    rootDir,
    readFile,
    filesAnalyzed: raw.filesAnalyzed,
    scannedFiles: new Set(raw.files),
    raw,
  };
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
  const configOf: Record<string, string> = {};
  let filesAnalyzed = 0;
  for (const raw of raws) {
    Object.assign(configOf, raw.configOf);
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
    configOf: Object.fromEntries(Object.entries(configOf).sort(([a], [b]) => compareStrings(a, b))),
  };
}

interface ProjectInput {
  spec: ProjectSpec;
  scope: ConfigScope;
  rootDir: string;
  /** The project's file list (tsconfig include/exclude/files) and what TypeScript said about its tsconfig. */
  listed: ProjectFiles;
  /** Followed across imports (summaries). */
  isProjectFile: (fileName: string) => boolean;
  /** Reported by this project. */
  isOwnFile: (fileName: string) => boolean;
}

interface ProjectAnalysis {
  /** Text of each reported file, by relative path; undefined where it was not read (unchanged, cached). */
  files: Map<string, string | undefined>;
  flows: Flow[];
  annotations: AnnotationUse[];
  problems: Problem[];
}

function analyserFor(project: ProjectInput, program: TS.Program, isFileReported: (fileName: string) => boolean) {
  return createAnalyzer({
    // ts-morph bundles the same TypeScript 6.0 the analyzer is typed against.
    ts: ts as unknown as AnalyzerOptions['ts'],
    program: program as unknown as AnalyzerOptions['program'],
    rootDir: project.rootDir,
    ...project.scope.analyzerOptions,
    isFileIncluded: project.isProjectFile,
    isFileReported,
  });
}

/** One project, whole: build its program and analyse every file it reports. */
function analyseProject(project: ProjectInput, onFile?: (done: number, total: number) => void): ProjectAnalysis {
  const { listed, rootDir } = project;
  const program = loadProgram(project.spec, listed.files);
  const ownFiles = program.getSourceFiles().filter((sourceFile) => project.isOwnFile(sourceFile.fileName));
  const files = new Map(ownFiles.map((sourceFile) => [relativePath(rootDir, sourceFile.fileName), sourceFile.text] as const));
  const analysis = analyserFor(project, program, project.isOwnFile).analyzeProgram(onFile ? { onProgress: onFile } : {});
  return {
    files,
    flows: analysis.flows,
    annotations: analysis.annotations,
    problems: [
      ...configProblems(project),
      ...collectUnreadableProblems(program, listed.files, rootDir, project.isOwnFile),
      ...collectParseProblems(program, rootDir, project.isOwnFile),
      ...analysis.problems,
    ],
  };
}

/** What TypeScript said about the project's tsconfig, as problems of that file. */
function configProblems({ spec, listed, rootDir }: ProjectInput): Problem[] {
  const file = spec.tsconfig ? relativePath(rootDir, spec.tsconfig) : '.';
  return listed.configProblems.map((message) => ({ file, message, kind: 'config' as const }));
}

let rulesHash: string | undefined;

/** `LAWFUL_DEBUG_CACHE=1`: what the cache did and when (ms since the process started), on stderr. */
function debugCache(message: string): void {
  if (process.env.LAWFUL_DEBUG_CACHE) process.stderr.write(`lawful cache: [${Math.round(performance.now())} ms] ${message}\n`);
}
/** "3 [a.ts, b.ts, c.ts]" for debug output; only the count for larger sets. */
const describeFiles = (files: ReadonlySet<string>): string => `${files.size}${files.size <= 5 ? ` [${[...files].sort().join(", ")}]` : ""}`;

/**
 * One project through the cache (see cache.ts): unchanged files reuse their results; edited files,
 * and files whose dependencies' interface changed, are re-analysed on a program built from them alone.
 */
function analyseProjectCached(
  project: ProjectInput,
  cache: { location: string; file: CacheFile },
  onFile?: (done: number, total: number) => void,
): ProjectAnalysis {
  const { rootDir, spec, scope, listed } = project;
  const projectId = describe(spec, rootDir);
  rulesHash ??= hashRulesDir(findRulesDir());
  const previous = cache.file.projects[projectId];
  const key = projectCacheKey([
    version,
    rulesHash,
    scope.config ? fs.readFileSync(scope.config.filepath, 'utf8') : undefined,
    // the tsconfig and every config it extends: compiler options change what the analyzer sees
    ...listed.configFiles.map((file) => readTextOrUndefined(file)),
    JSON.stringify([scope.analyzerOptions.heuristics, scope.analyzerOptions.sanitizers, scope.analyzerOptions.guards]),
  ]);
  const entry: ProjectCache =
    previous && previous.key === key ? previous : { key, files: {}, programLevel: { annotations: [], problems: [] } };
  if (listed.listing) entry.listing = listed.listing;
  else delete entry.listing;

  // Text of each file read now; undefined for files known unchanged (read on demand, for code frames).
  const files = new Map<string, string | undefined>();
  const hashes = new Map<string, string>();
  const stats = new Map<string, { mtimeMs: number; size: number }>();
  const unreadable: Problem[] = [];
  /** Files reported here that no tsconfig lists: reached by import (see `scan`). */
  const extras = new Set<string>();
  /** Hashes one file (or trusts its cached hash when size and mtime are unchanged, like ESLint's cache). */
  const track = (fileName: string): boolean => {
    const file = relativePath(rootDir, fileName);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(fileName);
    } catch {
      unreadable.push(notScannedProblem(file));
      return false;
    }
    stats.set(file, { mtimeMs: stat.mtimeMs, size: stat.size });
    const known = entry.files[file];
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) {
      files.set(file, undefined);
      hashes.set(file, known.hash);
      return true;
    }
    let text: string;
    try {
      text = fs.readFileSync(fileName, 'utf8');
    } catch {
      unreadable.push(notScannedProblem(file));
      return false;
    }
    files.set(file, text);
    hashes.set(file, hashText(text));
    return true;
  };
  for (const fileName of listed.files) if (project.isOwnFile(fileName)) track(fileName);
  for (const file of entry.extras ?? []) {
    const fileName = path.resolve(rootDir, file);
    if (!hashes.has(file) && project.isOwnFile(fileName) && fs.existsSync(fileName) && track(fileName)) extras.add(file);
  }

  const dependents = new DependentsIndex(entry);
  const { dirty, removed } = initialDirtySet(entry, hashes, dependents);
  debugCache(`${projectId}: ${hashes.size} file(s) checked, ${dirty.size} to re-analyse`);
  for (const file of removed) {
    delete entry.files[file];
    dependents.set(file, []);
  }

  const done = new Set<string>();
  const roots = new Set<string>();
  const addRoots = (file: string) => {
    roots.add(path.resolve(rootDir, file));
    // What its analysis read last time: callees, types, callers consulted for consent guards.
    for (const dep of entry.files[file]?.deps ?? []) roots.add(path.resolve(rootDir, dep));
  };
  let current: { program: TS.Program; roots: ReadonlySet<string>; analyzer: ReturnType<typeof analyserFor> } | undefined;
  let toAnalyse = dirty;
  while (toAnalyse.size > 0) {
    const batch = toAnalyse;
    let results: { flows: Flow[]; annotations: AnnotationUse[]; problems: Problem[] };
    const reusable = current && [...batch].every((file) => current!.roots.has(path.resolve(rootDir, file)));
    if (!current || !reusable) {
      // The batch, plus (speculatively) the files that depend on it: if an edit changes what they can
      // observe, their re-analysis then needs no second program.
      for (const file of batch) {
        addRoots(file);
        for (const dependent of dependents.of(file)) addRoots(dependent);
      }
      const whole = roots.size >= hashes.size;
      const rootFiles = whole ? [...hashes.keys()].map((file) => path.resolve(rootDir, file)) : [...roots];
      const program = loadProgram(spec, rootFiles.sort());
      debugCache(`${projectId}: program built`);
      // Files no tsconfig lists that this program reaches by import are reported here, as in a cold scan.
      for (const sourceFile of program.getSourceFiles()) {
        const file = relativePath(rootDir, sourceFile.fileName);
        if (hashes.has(file) || !project.isOwnFile(sourceFile.fileName)) continue;
        if (track(sourceFile.fileName)) {
          extras.add(file);
          batch.add(file);
        }
      }
      const isReported = (fileName: string) => batch.has(relativePath(rootDir, fileName)) && project.isOwnFile(fileName);
      const analyzer = analyserFor(project, program, isReported);
      current = { program, roots: whole ? new Set([...hashes.keys()].map((file) => path.resolve(rootDir, file))) : new Set(roots), analyzer };
      const analysis = analyzer.analyzeProgram(onFile ? { onProgress: onFile } : {});
      results = { ...analysis, problems: [...collectParseProblems(program, rootDir, isReported), ...analysis.problems] };
      entry.programLevel = {
        annotations: analysis.annotations.filter((annotation) => !hashes.has(annotation.location.file)),
        problems: analysis.problems.filter((problem) => !hashes.has(problem.file)),
      };
    } else {
      const analyses = [...batch].sort().map((file) => current!.analyzer.analyzeFile(path.resolve(rootDir, file)));
      const inBatch = (fileName: string) => batch.has(relativePath(rootDir, fileName));
      results = {
        flows: analyses.flatMap((analysis) => analysis.flows),
        annotations: analyses.flatMap((analysis) => analysis.annotations),
        problems: [...collectParseProblems(current.program, rootDir, inBatch), ...analyses.flatMap((analysis) => analysis.problems)],
      };
    }
    const { program, analyzer } = current;
    const next = new Set<string>();
    for (const file of [...batch].sort()) {
      const fileName = path.resolve(rootDir, file);
      if (!program.getSourceFile(fileName)) {
        // listed and hashed, yet the program could not load it
        unreadable.push(notScannedProblem(file));
        files.delete(file);
        continue;
      }
      const before = entry.files[file];
      const result: CachedFile = {
        hash: hashes.get(file)!,
        ...stats.get(file)!,
        // stored like file hashes, 128 bits (compared for equality only)
        fingerprint: analyzer.interfaceFingerprint(fileName).slice(0, 32),
        deps: analyzer
          .fileDependencies(fileName)
          .filter((dep) => project.isProjectFile(dep))
          .map((dep) => relativePath(rootDir, dep)),
        flows: results.flows.filter((flow) => flow.location.file === file),
        annotations: results.annotations.filter((annotation) => annotation.location.file === file),
        problems: results.problems.filter((problem) => problem.file === file),
      };
      entry.files[file] = result;
      dependents.set(file, result.deps);
      if (!before || before.fingerprint !== result.fingerprint) {
        for (const dependent of dependents.of(file)) if (!done.has(dependent) && !batch.has(dependent)) next.add(dependent);
      }
    }
    for (const file of batch) done.add(file);
    debugCache(`${projectId}: re-analysed ${describeFiles(batch)}${reusable ? ' on the same program' : `, program of ${roots.size} root file(s)`}`);
    toAnalyse = next;
  }
  if (extras.size > 0) entry.extras = [...extras].sort();
  else delete entry.extras;
  cache.file.projects[projectId] = entry;

  const flows: Flow[] = [];
  const annotations: AnnotationUse[] = [...entry.programLevel.annotations];
  const problems: Problem[] = [...configProblems(project), ...entry.programLevel.problems, ...unreadable];
  for (const file of [...files.keys()].sort()) {
    const cached = entry.files[file];
    if (!cached) continue;
    flows.push(...cached.flows);
    annotations.push(...cached.annotations);
    problems.push(...cached.problems);
  }
  return { files, flows, annotations, problems };
}

function readTextOrUndefined(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Where `--cache` keeps its file (see `ScanOptions.cache`). */
export function cacheLocation(cwd: string, rootDir: string, location: string | undefined): string {
  if (location === undefined) return path.join(rootDir, '.lawfulcache');
  const resolved = path.resolve(cwd, location);
  let isDirectory = /[\\/]$/.test(location);
  try {
    isDirectory ||= fs.statSync(resolved).isDirectory();
  } catch {
    // not there yet: a file of that name
  }
  return isDirectory ? path.join(resolved, '.lawfulcache') : resolved;
}
