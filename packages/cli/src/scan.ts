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
import { createAnalyzer, loadAnalyzerCatalog, type AnalyzerOptions, type AnnotationUse } from '@lawful/analyzer';
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
  /** Relative paths of every analysed file. */
  scannedFiles: ReadonlySet<string>;
  /** Text of each analysed file by relative path (code frames, suppressions, fingerprints). */
  readFile: (file: string) => string | undefined;
}

export async function scan(options: ScanOptions): Promise<ScanOutcome> {
  const cwd = options.cwd ?? process.cwd();
  const rootDir = path.resolve(cwd, options.dir);
  if (!fs.existsSync(rootDir) || !fs.statSync(rootDir).isDirectory()) {
    throw new UsageError(`${options.dir}: not a directory`);
  }
  const builtinTaxonomy = loadBuiltinTaxonomy();
  const config = await loadConfig({
    cwd: rootDir,
    taxonomy: builtinTaxonomy,
    ...(options.configFile ? { configFile: path.resolve(cwd, options.configFile) } : {}),
  });
  const taxonomy = config?.config.taxonomy?.extend?.length
    ? builtinTaxonomy.extend(config.config.taxonomy.extend)
    : builtinTaxonomy;

  const specs = discoverProjects(rootDir, options.project);
  const catalog = loadAnalyzerCatalog();
  const exclude = config?.config.exclude?.length ? picomatch(config.config.exclude, { dot: true }) : undefined;
  const configDir = config ? path.dirname(config.filepath) : rootDir;
  const analysed = new Set<string>();
  const texts = new Map<string, string>();
  const flows: Flow[] = [];
  const annotations: AnnotationUse[] = [];
  const problems: Problem[] = [];
  let filesAnalyzed = 0;
  const guards = (config?.config.activities ?? []).flatMap((activity) => (activity.consent ? [activity.consent.guard] : []));

  for (const [index, spec] of specs.entries()) {
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
    const isOwnFile = (fileName: string): boolean => !analysed.has(path.resolve(fileName)) && isProjectFile(fileName);
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

  const readFile = (file: string) => texts.get(file);
  let findings: Finding[] = [];
  let checkedFlows = flows;
  if (config) {
    options.onProgress?.({ phase: 'checking', done: specs.length, total: specs.length });
    const evaluated = checkFlows({ flows, annotations, config, taxonomy, rootDir, readFile });
    findings = evaluated.findings;
    checkedFlows = evaluated.flows;
  }

  const result: ScanResult = {
    tool: { name: 'lawful', version },
    root: relativePath(cwd, rootDir),
    flows: [...checkedFlows].sort(compareFlows),
    findings,
    problems: [...problems].sort(
      (a, b) => compareLocations({ file: a.file, line: a.line ?? 0, column: a.column ?? 0 }, { file: b.file, line: b.line ?? 0, column: b.column ?? 0 }) || (a.message < b.message ? -1 : 1),
    ),
  };
  return { result, config, taxonomy, rootDir, readFile, filesAnalyzed, scannedFiles: new Set(texts.keys()) };
}

function describe(spec: ProjectSpec, rootDir: string): string {
  return spec.tsconfig ? relativePath(rootDir, spec.tsconfig) : relativePath(rootDir, spec.dir);
}
