/**
 * The one policy entry point both front-ends call: the CLI for a whole scan, the ESLint plugin for
 * one file. It supplies what `evaluatePolicy` needs from the built-in catalogs (legal rules, which
 * npm modules provide each sink) so the two front-ends cannot diverge.
 */
import path from 'node:path';
import type { SinkFile } from './catalog/types.js';
import { builtinLegalRules } from './catalog/legal.js';
import { loadBuiltinTaxonomy } from './catalog/taxonomy.js';
import { loadYamlRules } from './catalog/rules-dir.js';
import type { LoadedConfig } from './config/types.js';
import type { Flow, SinkRef } from './model.js';
import type { TaxonomyLike } from './catalog/types.js';
import { evaluatePolicy, type AnnotationRef, type PolicyResult } from './policy/evaluate.js';
import type { SinkModulesLookup } from './policy/match.js';

export interface CheckFlowsInput {
  flows: Flow[];
  annotations?: AnnotationRef[];
  config: LoadedConfig;
  taxonomy: TaxonomyLike;
  /** Absolute folder that flow and annotation files are relative to. */
  rootDir: string;
  /** Source text by relative file: inline suppressions and fingerprint snippets. */
  readFile?: (file: string) => string | undefined;
  /** See `PolicyInput.codeFindingsOnly`: skip the checks located in the config (one-file front-ends). */
  codeFindingsOnly?: boolean;
}

/** The built-in taxonomy plus the config's `taxonomy.extend` categories. */
export function taxonomyForConfig(config: LoadedConfig | null): TaxonomyLike {
  const builtin = loadBuiltinTaxonomy();
  const extensions = config?.config.taxonomy?.extend ?? [];
  return extensions.length > 0 ? builtin.extend(extensions) : builtin;
}

export function checkFlows(input: CheckFlowsInput): PolicyResult {
  const lineCache = new Map<string, string[] | undefined>();
  const lineText = (file: string, line: number): string | undefined => {
    if (!lineCache.has(file)) lineCache.set(file, input.readFile?.(file)?.split('\n'));
    return lineCache.get(file)?.[line - 1];
  };
  return evaluatePolicy({
    flows: input.flows,
    config: input.config,
    taxonomy: input.taxonomy,
    ...(input.annotations ? { annotations: input.annotations } : {}),
    rootDir: input.rootDir,
    configFileRelative: path.relative(input.rootDir, input.config.filepath).split(path.sep).join('/'),
    legal: builtinLegalRules,
    lineText,
    ...(input.readFile ? { readFile: input.readFile } : {}),
    sinkModules: builtinSinkModules(),
    ...(input.codeFindingsOnly ? { codeFindingsOnly: true } : {}),
  });
}

let cachedLookup: SinkModulesLookup | undefined;

/** Which npm modules provide each built-in sink (`rules/sinks`), loaded once per process. */
export function builtinSinkModules(): SinkModulesLookup {
  cachedLookup ??= sinkModulesFromCatalog(loadYamlRules<SinkFile>('sinks').map((file) => file.data));
  return cachedLookup;
}

/** Sink id (or the fixed prefix of a templated id) → npm modules that provide it. */
export function sinkModulesFromCatalog(files: readonly Pick<SinkFile, 'sinks'>[]): SinkModulesLookup {
  const index = new Map<string, string[]>();
  for (const file of files) {
    for (const sink of file.sinks ?? []) {
      const key = sink.id.includes('{') ? templatePrefix(sink.id) : sink.id;
      const list = index.get(key) ?? [];
      for (const module of sink.modules ?? []) if (!list.includes(module)) list.push(module);
      index.set(key, list);
    }
  }
  return (sink: SinkRef) => index.get(sink.id) ?? index.get(templatePrefix(sink.id)) ?? [];
}

/** `db/prisma/{1:pascal}` and `db/prisma/User` both → `db/prisma`. */
function templatePrefix(id: string): string {
  const brace = id.indexOf('{');
  const fixed = brace >= 0 ? id.slice(0, brace) : id.slice(0, id.lastIndexOf('/') + 1);
  return fixed.replace(/\/$/, '');
}
