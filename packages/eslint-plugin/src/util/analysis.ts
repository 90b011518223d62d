/**
 * Runs the shared analyzer and policy for one linted file. Everything expensive is cached:
 * the config per directory (reloaded when the file changes — editor sessions last hours), the
 * analyzer per (program, config) so callee summaries in other files are computed once per program,
 * and the findings per source file so the seven rules share one evaluation.
 */
import path from 'node:path';
import type ts from 'typescript';
import {
  ConfigError,
  checkFlows,
  createConfigResolver,
  taxonomyForConfig,
  type Finding,
  type Flow,
  type LoadedConfig,
  type TaxonomyLike,
} from '@lawful/core';
import { catalogForConfig, createAnalyzer, type Analyzer, type AnalyzerCatalog } from '@lawful/analyzer';

export interface FileResult {
  findings: Finding[];
  flows: Flow[];
  /** A config that failed to load: reported once per config version, on the first linted file. */
  configError?: { error: ConfigError; key: string };
}

interface AnalyzerEntry {
  analyzer: Analyzer;
  byFile: WeakMap<ts.SourceFile, FileResult>;
}

const configResolver = createConfigResolver();
// A reloaded config is a new object, so keying on it drops analyzers made for the old version.
const analyzers = new WeakMap<ts.Program, WeakMap<LoadedConfig, AnalyzerEntry>>();
const taxonomies = new WeakMap<LoadedConfig, TaxonomyLike>();
const reportedConfigErrors = new Set<string>();

function taxonomyFor(config: LoadedConfig): TaxonomyLike {
  let taxonomy = taxonomies.get(config);
  if (!taxonomy) {
    taxonomy = taxonomyForConfig(config);
    taxonomies.set(config, taxonomy);
  }
  return taxonomy;
}

const catalogs = new WeakMap<LoadedConfig, AnalyzerCatalog>();

/** The built-in catalogs seen through the config (`taxonomy.extend`, `detect`), one per config version. */
function catalogFor(config: LoadedConfig): AnalyzerCatalog {
  let catalog = catalogs.get(config);
  if (!catalog) {
    catalog = catalogForConfig(config, taxonomyFor(config));
    catalogs.set(config, catalog);
  }
  return catalog;
}

function analyzerFor(tsInstance: typeof ts, program: ts.Program, config: LoadedConfig): AnalyzerEntry {
  let perConfig = analyzers.get(program);
  if (!perConfig) {
    perConfig = new WeakMap();
    analyzers.set(program, perConfig);
  }
  let entry = perConfig.get(config);
  if (!entry) {
    const activities = config.config.activities ?? [];
    entry = {
      analyzer: createAnalyzer({
        ts: tsInstance,
        program,
        rootDir: path.dirname(config.filepath),
        catalog: catalogFor(config),
        heuristics: config.config.detect?.heuristics ?? true,
        sanitizers: config.config.sanitizers ?? [],
        guards: activities.flatMap((activity) => (activity.consent ? [activity.consent.guard] : [])),
      }),
      byFile: new WeakMap(),
    };
    perConfig.set(config, entry);
  }
  return entry;
}

/**
 * The result for the lint pass under way: the seven rules each ask for the file being linted, one
 * after the other, so six of seven questions are answered here without a config lookup. Keyed by
 * the pass's own syntax tree, so linting the file again (after a config edit) asks afresh.
 */
const passResults = new WeakMap<object, FileResult>();

/**
 * Findings located in `fileName` (absolute), or nothing when no config applies to it. `pass`
 * identifies one lint of the file (its ESTree root).
 */
export function analyseLintedFile(tsInstance: typeof ts, program: ts.Program, fileName: string, pass: object): FileResult {
  let result = passResults.get(pass);
  if (!result) {
    result = analyseFile(tsInstance, program, fileName);
    passResults.set(pass, result);
  }
  return result;
}

function analyseFile(tsInstance: typeof ts, program: ts.Program, fileName: string): FileResult {
  const resolved = configResolver.forFile(fileName);
  if (resolved instanceof ConfigError) {
    const key = `${resolved.message}`;
    return { findings: [], flows: [], configError: { error: resolved, key } };
  }
  if (!resolved) return { findings: [], flows: [] };
  const sourceFile = program.getSourceFile(fileName);
  if (!sourceFile) return { findings: [], flows: [] };
  const entry = analyzerFor(tsInstance, program, resolved);
  const cached = entry.byFile.get(sourceFile);
  if (cached) return cached;

  const rootDir = path.dirname(resolved.filepath);
  const relative = path.relative(rootDir, fileName).split(path.sep).join('/');
  const analysis = entry.analyzer.analyzeFile(fileName);
  const checked = checkFlows({
    flows: analysis.flows,
    annotations: analysis.annotations,
    config: resolved,
    taxonomy: taxonomyFor(resolved),
    rootDir,
    readFile: (file) => (file === relative ? sourceFile.text : program.getSourceFile(path.resolve(rootDir, file))?.text),
    // Findings in the config file are the CLI's to report.
    codeFindingsOnly: true,
  });
  const result: FileResult = {
    findings: checked.findings.filter((finding) => finding.location.file === relative),
    flows: checked.flows,
  };
  entry.byFile.set(sourceFile, result);
  return result;
}

/** True the first time a given config error is seen in this process (it is reported once). */
export function claimConfigErrorReport(key: string): boolean {
  if (reportedConfigErrors.has(key)) return false;
  reportedConfigErrors.add(key);
  return true;
}
