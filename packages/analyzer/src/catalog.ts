/**
 * What the engine knows about the outside world: sinks, framework sources, sanitizers, the taxonomy
 * and the name matcher. Built from plain data (`rules/`), so tests can pass small inline catalogs.
 */
import type {
  LoadedConfig,
  NameMatcher,
  NameMatcherOptions,
  SanitizerRule,
  SinkFile,
  SinkPathSegment,
  SinkRule,
  TaxonomyLike,
  CallPattern,
} from '@lawful/core';
import { createNameMatcher, findRulesDir, loadBuiltinTaxonomy, loadTaxonomyFrom, loadYamlRules, parseSinkPath } from '@lawful/core';
import type { SanitizerFile } from '@lawful/core';

/**
 * `rules/sources/*.yaml`: framework values that are personal data whatever their name
 * (`req.ip`, `navigator.userAgent`). See `rules/sources/_template.yaml`.
 */
export interface SourceFile {
  library: string;
  docs?: string;
  sources?: SourceRule[];
  /** Untyped callback parameters that a framework types (`app.get('/', (req, res) => …)`). */
  handlers?: HandlerRule[];
}

export interface SourceRule {
  /** Taxonomy key (or alias) of the value read. */
  category: string;
  /** Import specifiers providing the object; omit with `global: true`. */
  modules?: string[];
  global?: boolean;
  /**
   * Paths in the sink-path language whose VALUE is personal: `new Request().ip`,
   * `headers().get()` (a call: its result), `new Request().headers.user-agent` is spelled with
   * `header` below because header names are not identifiers.
   */
  reads?: SourceRead[];
  /** Parameter decorators that inject the value: `Ip` (`@Ip() ip`), `Headers` with `when`. */
  decorators?: SourceDecorator[];
  /** Callbacks whose parameter receives the value: `navigator.geolocation.getCurrentPosition(cb)`. */
  callbacks?: SourceCallback[];
}

export interface SourceRead {
  path: string;
  /** For a call path: argument literals that must match (`{ '0': [user-agent, User-Agent] }`, case-insensitive). */
  when?: Record<string, string | string[]>;
  /** For a path ending at an object of headers: the header name read from it (`headers['user-agent']`, `headers.get('user-agent')`). */
  header?: string | string[];
}

export interface SourceDecorator {
  name: string;
  when?: Record<string, string | string[]>;
}

export interface SourceCallback {
  /** Path of the function receiving the callback (a call path without the final `()`). */
  path: string;
  /** Index of the callback argument. */
  arg: number;
  /** Index of the callback's parameter that receives the value. */
  param: number;
}

export interface HandlerRule {
  modules: string[];
  /** Calls registering a handler: `{default,Router}().{get,post,use}`, `new Router().get`. */
  calls: string[];
  /** Type names given to the handler's parameters, in order: `[Request, Response, NextFunction]`. */
  params: string[];
}

/**
 * Category an identifier's name suggests (DESIGN "Names"); `personLike` says whether its owner is a
 * person-like object or a type marked personal (needed for bare `name`, `age`, …).
 */
export type IdentifierCategoryMatcher = (name: string, personLike: boolean) => string | undefined;

/** A sink rule with its paths parsed once. */
export interface CompiledSinkRule {
  rule: SinkRule;
  file: SinkFile;
  calls: { pattern: CallPattern; segments: SinkPathSegment[] }[];
  assignments: SinkPathSegment[][];
}

export interface CompiledSanitizer {
  rule: SanitizerRule;
  segments: SinkPathSegment[];
}

export interface CompiledSource {
  rule: SourceRule;
  category: string;
  reads: { read: SourceRead; segments: SinkPathSegment[] }[];
  callbacks: { callback: SourceCallback; segments: SinkPathSegment[] }[];
}

export interface CompiledHandler {
  rule: HandlerRule;
  calls: SinkPathSegment[][];
}

export interface AnalyzerCatalog {
  taxonomy: TaxonomyLike;
  matchName: IdentifierCategoryMatcher;
  sinks: CompiledSinkRule[];
  sources: CompiledSource[];
  handlers: CompiledHandler[];
  sanitizers: CompiledSanitizer[];
  /** Problems met while compiling catalog entries (bad paths): reported, never thrown. */
  errors: string[];
}

export interface AnalyzerCatalogInput {
  taxonomy: TaxonomyLike;
  sinkFiles: SinkFile[];
  sourceFiles?: SourceFile[];
  sanitizers?: SanitizerRule[];
  /** Defaults to core's `createNameMatcher(taxonomy)`. */
  matchName?: IdentifierCategoryMatcher;
}

/** Compiles catalog data once; bad entries become `errors` rather than exceptions. */
export function createAnalyzerCatalog(input: AnalyzerCatalogInput): AnalyzerCatalog {
  const errors: string[] = [];
  const parse = (path: string, where: string): SinkPathSegment[] | undefined => {
    try {
      return parseSinkPath(path);
    } catch (error) {
      errors.push(`${where}: ${(error as Error).message}`);
      return undefined;
    }
  };
  const sinks: CompiledSinkRule[] = [];
  for (const file of input.sinkFiles) {
    for (const rule of file.sinks ?? []) {
      const calls: CompiledSinkRule['calls'] = [];
      for (const pattern of rule.calls ?? []) {
        const segments = parse(pattern.path, `sink ${rule.id} (${file.library})`);
        if (segments) calls.push({ pattern, segments });
      }
      const assignments: SinkPathSegment[][] = [];
      for (const path of rule.assignments ?? []) {
        const segments = parse(path, `sink ${rule.id} (${file.library})`);
        if (segments) assignments.push(segments);
      }
      sinks.push({ rule, file, calls, assignments });
    }
  }
  const sources: CompiledSource[] = [];
  const handlers: CompiledHandler[] = [];
  for (const file of input.sourceFiles ?? []) {
    for (const rule of file.sources ?? []) {
      const category = input.taxonomy.resolve(rule.category);
      if (!category) {
        errors.push(`source in ${file.library}: unknown category ${rule.category}`);
        continue;
      }
      const reads: CompiledSource['reads'] = [];
      for (const read of rule.reads ?? []) {
        const segments = parse(read.path, `source ${rule.category} (${file.library})`);
        if (segments) reads.push({ read, segments });
      }
      const callbacks: CompiledSource['callbacks'] = [];
      for (const callback of rule.callbacks ?? []) {
        const segments = parse(callback.path, `source ${rule.category} (${file.library})`);
        if (segments) callbacks.push({ callback, segments });
      }
      sources.push({ rule, category, reads, callbacks });
    }
    for (const rule of file.handlers ?? []) {
      const calls: SinkPathSegment[][] = [];
      for (const path of rule.calls) {
        const segments = parse(path, `handler (${file.library})`);
        if (segments) calls.push(segments);
      }
      handlers.push({ rule, calls });
    }
  }
  const sanitizers: CompiledSanitizer[] = [];
  for (const rule of input.sanitizers ?? []) {
    const segments = parse(rule.path, `sanitizer ${rule.path}`);
    if (segments) sanitizers.push({ rule, segments });
  }
  return {
    taxonomy: input.taxonomy,
    matchName: input.matchName ?? matcherOf(createNameMatcher(input.taxonomy)),
    sinks,
    sources,
    handlers,
    sanitizers,
    errors,
  };
}

/** Adapts core's name matcher to the engine's call shape. */
export function matcherOf(matcher: NameMatcher): IdentifierCategoryMatcher {
  return (name, personLike) => matcher.match(name, { personLike })?.category;
}

const catalogCache = new Map<string, AnalyzerCatalog>();

/**
 * The built-in catalog from `rules/` (categories, sinks, sources, sanitizers), cached per process
 * and folder. Throws a `RulesFileError` naming the file and line when a catalog file is malformed.
 */
export function loadAnalyzerCatalog(rulesDir?: string): AnalyzerCatalog {
  const folder = rulesDir ?? findRulesDir();
  const cached = catalogCache.get(folder);
  if (cached) return cached;
  const taxonomy = rulesDir ? loadTaxonomyFrom(folder) : loadBuiltinTaxonomy();
  const catalog = createAnalyzerCatalog({
    taxonomy,
    sinkFiles: loadYamlRules<SinkFile>('sinks', folder).map((file) => file.data),
    sourceFiles: loadYamlRules<SourceFile>('sources', folder).map((file) => file.data),
    sanitizers: loadYamlRules<SanitizerFile>('sanitizers', folder).flatMap((file) => file.data.sanitizers ?? []),
  });
  catalogCache.set(folder, catalog);
  return catalog;
}

/**
 * The same catalog with a config's taxonomy (`taxonomy.extend`) and name options (`detect.names`,
 * `detect.ignoreNames`), so annotations can name the config's own categories.
 */
export function withTaxonomy(catalog: AnalyzerCatalog, taxonomy: TaxonomyLike, nameOptions?: NameMatcherOptions): AnalyzerCatalog {
  return {
    ...catalog,
    taxonomy,
    matchName: matcherOf(createNameMatcher(taxonomy, nameOptions)),
    sources: catalog.sources.map((source) => ({ ...source, category: taxonomy.resolve(source.rule.category) ?? source.category })),
  };
}

/**
 * The built-in catalogs seen through a config: its `taxonomy.extend` categories (in `taxonomy`) and its
 * `detect.names` / `detect.ignoreNames`. Without such keys the shared built-in catalog is returned, so
 * analyzers memoised per catalog stay shared.
 */
export function catalogForConfig(config: LoadedConfig | null, taxonomy: TaxonomyLike): AnalyzerCatalog {
  const catalog = loadAnalyzerCatalog();
  const detect = config?.config.detect;
  if (!config || (!config.config.taxonomy?.extend?.length && !detect?.names && !detect?.ignoreNames)) return catalog;
  return withTaxonomy(catalog, taxonomy, {
    ...(detect?.names ? { extraNames: detect.names } : {}),
    ...(detect?.ignoreNames ? { ignoreNames: detect.ignoreNames } : {}),
  });
}
