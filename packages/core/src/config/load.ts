/**
 * Finding and loading a lawful config (DESIGN.md "Config"). cosmiconfig finds the file and runs the
 * loaders for code configs (`.ts`, `.mjs`, `.cjs`); YAML and JSON go through our own position-aware
 * loader, so they never execute code and every key path has a line and column.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { cosmiconfig, cosmiconfigSync, defaultLoaders, defaultLoadersSync } from 'cosmiconfig';
import type { CosmiconfigResult, Loader, LoaderSync } from 'cosmiconfig';
import type { TaxonomyLike } from '../catalog/types.js';
import { ConfigError, relativeFile } from './errors.js';
import type { ConfigProblem } from './errors.js';
import { parseConfigSource } from './source.js';
import type { ParsedSource } from './source.js';
import type { LawfulConfig, LoadedConfig } from './types.js';
import { validateConfig } from './validate.js';

export { ConfigError } from './errors.js';
export type { ConfigProblem } from './errors.js';

/** Looked for in each directory, in this order; the first one that exists (and is not empty) wins. */
export const CONFIG_SEARCH_PLACES = [
  'lawful.config.yaml',
  'lawful.config.yml',
  'lawful.config.json',
  'lawful.config.ts',
  'lawful.config.mjs',
  'lawful.config.cjs',
  '.lawfulrc',
  '.lawfulrc.yaml',
  '.lawfulrc.yml',
  '.lawfulrc.json',
  'package.json',
] as const;

export const PACKAGE_JSON_KEY = 'lawful';

export interface LoadConfigOptions {
  /** Where the search starts; printed file names are relative to it. */
  cwd: string;
  /** Load this file instead of searching (relative to `cwd`). */
  configFile?: string;
  /**
   * Last directory searched. Default: the nearest directory (from `cwd` up) that contains `.git`,
   * else the filesystem root.
   */
  stopDir?: string;
  /** When given, categories are checked against it (see `LoadedConfig.unknownCategories`). */
  taxonomy?: TaxonomyLike;
}

/** Finds and loads the config for `cwd`: null when there is none; throws `ConfigError` when it is invalid. */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig | null> {
  const cwd = path.resolve(options.cwd);
  const sources = new Map<string, ParsedSource>();
  const explorer = cosmiconfig('lawful', {
    searchPlaces: [...CONFIG_SEARCH_PLACES],
    searchStrategy: 'none',
    packageProp: PACKAGE_JSON_KEY,
    cache: false,
    loaders: {
      '.yaml': positionAwareLoader(sources, cwd),
      '.yml': positionAwareLoader(sources, cwd),
      '.json': positionAwareLoader(sources, cwd),
      noExt: positionAwareLoader(sources, cwd),
      '.ts': defaultLoaders['.ts'],
      '.mjs': defaultLoaders['.mjs'],
      '.cjs': defaultLoaders['.cjs'],
    },
  });
  let result: CosmiconfigResult;
  try {
    if (options.configFile !== undefined) {
      const filepath = path.resolve(cwd, options.configFile);
      result = await explorer.load(filepath);
      if (result === null) throw missingPackageKey(filepath, cwd);
    } else {
      result = null;
      for (const directory of searchDirectories(cwd, options.stopDir)) {
        result = await explorer.search(directory);
        if (result) break;
      }
    }
  } catch (error) {
    throw toConfigError(error, cwd, options.configFile);
  }
  return result ? finishLoad(result, sources, cwd, options.taxonomy) : null;
}

/**
 * Synchronous `loadConfig` for the ESLint plugin (ESLint rules run synchronously). YAML, JSON,
 * package.json, `.cjs` and `.ts` load; `.mjs` cannot be loaded synchronously and throws a ConfigError.
 */
export function loadConfigSync(options: LoadConfigOptions): LoadedConfig | null {
  const cwd = path.resolve(options.cwd);
  const session = createSyncSession(cwd);
  let result: CosmiconfigResult;
  try {
    if (options.configFile !== undefined) {
      const filepath = path.resolve(cwd, options.configFile);
      result = session.explorer.load(filepath);
      if (result === null) throw missingPackageKey(filepath, cwd);
    } else {
      result = null;
      for (const directory of searchDirectories(cwd, options.stopDir)) {
        result = session.explorer.search(directory);
        if (result) break;
      }
    }
  } catch (error) {
    throw toConfigError(error, cwd, options.configFile);
  }
  return result ? finishLoad(result, session.sources, cwd, options.taxonomy) : null;
}

export interface ConfigResolverOptions {
  /** See `LoadConfigOptions.stopDir`. */
  stopDir?: string;
  taxonomy?: TaxonomyLike;
  /** Printed file names in errors are relative to it. Default: `process.cwd()`. */
  cwd?: string;
}

export interface ConfigResolver {
  /**
   * The config that applies to a source file: the nearest one from the file's directory up.
   * Returns the error instead of throwing, so one broken config does not stop linting other files.
   */
  forFile(filePath: string): LoadedConfig | null | ConfigError;
  /** Forgets everything (for example when the editor reports new files). */
  clear(): void;
}

interface CachedOutcome {
  filepath: string;
  mtimeMs: number;
  size: number;
  outcome: LoadedConfig | ConfigError;
}

/**
 * A synchronous, cached per-directory lookup for the ESLint plugin. A config is reloaded when its
 * mtime or size changes; a config file created after a directory was first looked up is only
 * noticed after `clear()` (checking every search place on every lint would be too slow).
 */
export function createConfigResolver(options: ConfigResolverOptions = {}): ConfigResolver {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  /** Directory → config file that applies there (null: none). */
  const configForDirectory = new Map<string, string | null>();
  const outcomes = new Map<string, CachedOutcome>();

  const loadFile = (filepath: string, stats: { mtimeMs: number; size: number }): LoadedConfig | ConfigError => {
    let outcome: LoadedConfig | ConfigError;
    try {
      const loaded = loadConfigSync({ cwd, configFile: filepath, ...taxonomyOption(options.taxonomy) });
      outcome = loaded ?? missingPackageKey(filepath, cwd);
    } catch (error) {
      outcome = toConfigError(error, cwd, filepath);
    }
    outcomes.set(filepath, { filepath, mtimeMs: stats.mtimeMs, size: stats.size, outcome });
    return outcome;
  };

  /** The config for `directory`; every directory walked on the way up is remembered with the answer. */
  const search = (directory: string): string | null => {
    const walked: string[] = [];
    let found: string | null = null;
    search: for (const candidateDirectory of searchDirectories(directory, options.stopDir)) {
      const known = configForDirectory.get(candidateDirectory);
      if (known !== undefined) {
        found = known;
        break;
      }
      walked.push(candidateDirectory);
      for (const place of CONFIG_SEARCH_PLACES) {
        const candidate = path.join(candidateDirectory, place);
        if (!isNonEmptyFile(candidate)) continue;
        if (place === 'package.json' && !packageJsonHasConfig(candidate)) continue;
        found = candidate;
        break search;
      }
    }
    for (const walkedDirectory of walked) configForDirectory.set(walkedDirectory, found);
    return found;
  };

  const forFile = (filePath: string): LoadedConfig | null | ConfigError => {
    const directory = path.dirname(path.resolve(cwd, filePath));
    const known = configForDirectory.get(directory);
    const filepath = known === undefined ? search(directory) : known;
    if (filepath === null) return null;
    const stats = statOrUndefined(filepath);
    if (!stats) {
      // The config was deleted: forget every directory that used it and look again.
      for (const [cachedDirectory, cachedFile] of configForDirectory) {
        if (cachedFile === filepath) configForDirectory.delete(cachedDirectory);
      }
      outcomes.delete(filepath);
      return forFile(filePath);
    }
    const cached = outcomes.get(filepath);
    if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached.outcome;
    return loadFile(filepath, stats);
  };

  return {
    forFile,
    clear() {
      configForDirectory.clear();
      outcomes.clear();
    },
  };
}

/**
 * Directories searched from `start` upwards: up to `stopDir` when given, else up to the nearest
 * directory containing `.git` (the repository root), else up to the filesystem root.
 */
export function searchDirectories(start: string, stopDir?: string): string[] {
  const stop = stopDir === undefined ? undefined : path.resolve(stopDir);
  const directories: string[] = [];
  let current = path.resolve(start);
  for (;;) {
    directories.push(current);
    if (stop !== undefined ? current === stop : existsSync(path.join(current, '.git'))) break;
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return directories;
}

/* ------------------------------------------------------------------------------------------------ */

function taxonomyOption(taxonomy: TaxonomyLike | undefined): { taxonomy?: TaxonomyLike } {
  return taxonomy ? { taxonomy } : {};
}

function createSyncSession(cwd: string) {
  const sources = new Map<string, ParsedSource>();
  const loader = positionAwareLoader(sources, cwd);
  const explorer = cosmiconfigSync('lawful', {
    searchPlaces: [...CONFIG_SEARCH_PLACES],
    searchStrategy: 'none',
    packageProp: PACKAGE_JSON_KEY,
    cache: false,
    loaders: {
      '.yaml': loader,
      '.yml': loader,
      '.json': loader,
      noExt: loader,
      '.ts': defaultLoadersSync['.ts'],
      '.cjs': defaultLoadersSync['.cjs'],
      '.mjs': (filepath: string) => {
        throw new ConfigError(
          [
            problemAtStart(
              filepath,
              'an .mjs config cannot be loaded synchronously, as the ESLint plugin must; use lawful.config.yaml, .json, .cjs or .ts',
            ),
          ],
          cwd,
        );
      },
    },
  });
  return { sources, explorer };
}

/**
 * Loader for YAML, JSON, `.lawfulrc` and package.json: parses without executing anything and keeps
 * the parsed source (for positions) in `sources`. Syntax errors become a ConfigError right here.
 */
function positionAwareLoader(sources: Map<string, ParsedSource>, cwd: string): Loader & LoaderSync {
  return (filepath: string, content: string) => {
    const isPackageJson = path.basename(filepath) === 'package.json';
    const parsed = parseConfigSource(content, isPackageJson ? [PACKAGE_JSON_KEY] : []);
    if (parsed.syntaxErrors.length > 0) {
      if (isPackageJson) {
        // A broken package.json is only our problem if it might hold our config.
        if (!content.includes(`"${PACKAGE_JSON_KEY}"`)) return {};
      }
      throw new ConfigError(
        parsed.syntaxErrors.map((error) => ({
          file: filepath,
          line: error.line,
          column: error.column,
          path: '',
          message: `invalid ${path.extname(filepath) === '.json' ? 'JSON' : 'YAML'}: ${error.message}`,
        })),
        cwd,
      );
    }
    sources.set(filepath, parsed);
    if (isPackageJson) return parsed.value === undefined ? {} : { [PACKAGE_JSON_KEY]: withoutImport(parsed.value) };
    return withoutImport(parsed.value);
  };
}

/** cosmiconfig merges files named by `$import`; lawful configs are one file, so the key is reported as unknown instead. */
function withoutImport(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !('$import' in value)) return value;
  const { $import: _ignored, ...rest } = value as Record<string, unknown>;
  return rest;
}

function finishLoad(
  result: NonNullable<CosmiconfigResult>,
  sources: ReadonlyMap<string, ParsedSource>,
  cwd: string,
  taxonomy: TaxonomyLike | undefined,
): LoadedConfig {
  const filepath = result.filepath;
  if (result.isEmpty) {
    throw new ConfigError([problemAtStart(filepath, 'the config file is empty; expected at least "version: 1"')], cwd);
  }
  const source: Pick<ParsedSource, 'value' | 'positionOf'> = sources.get(filepath) ?? {
    value: result.config,
    // Code configs have no key positions.
    positionOf: () => ({ line: 1, column: 1 }),
  };
  const validation = validateConfig({ filepath, value: source.value, positionOf: source.positionOf, ...taxonomyOption(taxonomy) });
  if (validation.problems.length > 0) throw new ConfigError(validation.problems, cwd);
  return {
    filepath,
    config: source.value as LawfulConfig,
    positionOf: source.positionOf,
    ...(taxonomy ? { unknownCategories: validation.unknownCategories } : {}),
  };
}

function problemAtStart(file: string, message: string): ConfigProblem {
  return { file, line: 1, column: 1, path: '', message };
}

function missingPackageKey(filepath: string, cwd: string): ConfigError {
  const message =
    path.basename(filepath) === 'package.json'
      ? `no "${PACKAGE_JSON_KEY}" key in package.json`
      : 'the config file is empty; expected at least "version: 1"';
  return new ConfigError([problemAtStart(filepath, message)], cwd);
}

/** Any failure while finding or loading (a throwing .ts config, a missing --config file) as a ConfigError. */
function toConfigError(error: unknown, cwd: string, configFile: string | undefined): ConfigError {
  if (error instanceof ConfigError) return error;
  const failure = error as NodeJS.ErrnoException & { filepath?: string };
  const filepath = failure.filepath ?? failure.path ?? (configFile === undefined ? cwd : path.resolve(cwd, configFile));
  if (failure.code === 'ENOENT') return new ConfigError([problemAtStart(filepath, 'config file not found')], cwd);
  if (failure.code === 'EISDIR') return new ConfigError([problemAtStart(filepath, 'expected a config file; got a directory')], cwd);
  // Loader messages embed the absolute path; print it relative so output is the same everywhere.
  const rawMessage = String(failure.message ?? error).split(filepath).join(relativeFile(filepath, cwd));
  const message = rawMessage.startsWith('No loader specified')
    ? `unsupported config file type; use one of ${CONFIG_SEARCH_PLACES.join(', ')}`
    : `could not load the config: ${rawMessage.split('\n').filter(Boolean).join(' ')}`;
  return new ConfigError([problemAtStart(filepath, message)], cwd);
}

function statOrUndefined(filepath: string): { mtimeMs: number; size: number } | undefined {
  try {
    // No exception for a missing file: most search places are missing, and a throw costs 3× the stat.
    const stats = statSync(filepath, { throwIfNoEntry: false });
    return stats?.isFile() ? { mtimeMs: stats.mtimeMs, size: stats.size } : undefined;
  } catch {
    return undefined;
  }
}

function isNonEmptyFile(filepath: string): boolean {
  const stats = statOrUndefined(filepath);
  return stats !== undefined && stats.size > 0;
}

function packageJsonHasConfig(filepath: string): boolean {
  const parsed = parseConfigSource(readTextOrEmpty(filepath), [PACKAGE_JSON_KEY]);
  return parsed.syntaxErrors.length === 0 && parsed.value !== undefined;
}

function readTextOrEmpty(filepath: string): string {
  try {
    return readFileSync(filepath, 'utf8');
  } catch {
    return '';
  }
}
