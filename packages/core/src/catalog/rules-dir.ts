/**
 * Finding and reading the declarative catalogs in the repository's `rules/` folder.
 * The folder sits next to `packages/`, so it is found by walking up from this module: that works
 * from `src/` under vitest and from `dist/` once built, without any configuration.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';

export type RulesSubdir = 'categories' | 'sinks' | 'sources' | 'sanitizers';

export interface LoadedRuleFile<T> {
  /** File name inside the subdirectory, e.g. `contact.yaml`. */
  file: string;
  /** Absolute path, for error messages and tools; never put into deterministic outputs. */
  path: string;
  data: T;
}

/** Raised for an unreadable or malformed catalog file; the message starts with `file:line:column`. */
export class RulesFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    detail: string,
  ) {
    super(`${file}:${line}:${column}: ${detail}`);
    this.name = 'RulesFileError';
  }
}

const moduleDirectory = dirname(fileURLToPath(import.meta.url));

/**
 * The absolute path of the `rules/` folder: the first ancestor of `from` (default: this module's
 * folder) that holds `rules/categories`. Throws when there is none, because without the catalogs
 * nothing can be detected and silently continuing would report a clean scan.
 */
export function findRulesDir(from: string = moduleDirectory): string {
  let current = resolve(from);
  for (;;) {
    const candidate = join(current, 'rules');
    if (isDirectory(join(candidate, 'categories'))) return candidate;
    const parent = dirname(current);
    if (parent === current) {
      throw new Error(`lawful: no rules/categories folder found above ${from}`);
    }
    current = parent;
  }
}

/**
 * Every `*.yaml` / `*.yml` file of `rules/<subdir>`, parsed, sorted by file name. Files whose name
 * starts with `_` are templates to copy and are skipped. A missing subdirectory yields `[]` (not every
 * checkout has every catalog); a YAML error throws a `RulesFileError` with the file and line.
 */
export function loadYamlRules<T>(subdir: RulesSubdir, rulesDir: string = findRulesDir()): LoadedRuleFile<T>[] {
  const folder = join(rulesDir, subdir);
  if (!isDirectory(folder)) return [];
  const fileNames = readdirSync(folder)
    .filter((name) => /\.ya?ml$/i.test(name) && !name.startsWith('_'))
    .sort();
  // Parsing YAML with positions is the slowest part of starting lawful; the parsed catalog is kept in
  // memory per process and on disk keyed by each file's size and mtime, so an edited or added rule
  // file is always read again.
  const stamp = stampOf(folder, fileNames);
  const memoKey = `${folder}\0${stamp}`;
  const memoised = memo.get(memoKey);
  if (memoised) return memoised as LoadedRuleFile<T>[];
  const diskCache = join(rulesDir, '..', 'node_modules', '.cache', 'lawful', `rules-${subdir}.json`);
  const stored = readDiskCache(diskCache, stamp) as T[] | undefined;
  const loaded = fileNames.map((file, index) => {
    const path = join(folder, file);
    const data = stored ? (stored[index] as T) : parseYamlFile<T>(readFileSync(path, 'utf8'), `${subdir}/${file}`);
    return { file, path, data };
  });
  if (!stored) writeDiskCache(diskCache, stamp, loaded.map((entry) => entry.data));
  memo.set(memoKey, loaded);
  return loaded;
}

const memo = new Map<string, LoadedRuleFile<unknown>[]>();

/** Name, size and mtime of each file: what the on-disk caches of this folder are keyed by. */
function stampOf(folder: string, files: readonly string[]): string {
  return JSON.stringify(
    files.map((file) => {
      const stats = statSync(join(folder, file));
      return [file, stats.size, stats.mtimeMs];
    }),
  );
}

/**
 * SHA-256 of every YAML file under `rulesDir` (names and contents): results cached by `--cache` are
 * only valid for the catalogs they were computed with. Contents, not modification times, so a cache
 * restored on another machine stays valid; the hash itself is kept on disk by the files' sizes and
 * mtimes, like the parsed catalogs, so an unchanged folder is not read again.
 */
export function hashRulesDir(rulesDir: string = findRulesDir()): string {
  const files: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else if (/\.ya?ml$/.test(entry.name)) files.push(`${prefix}${entry.name}`);
    }
  };
  walk(rulesDir, '');
  const stamp = stampOf(rulesDir, files);
  const diskCache = join(rulesDir, '..', 'node_modules', '.cache', 'lawful', 'rules-hash.json');
  const stored = readDiskCache(diskCache, stamp);
  if (typeof stored?.[0] === 'string') return stored[0];
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(readFileSync(join(rulesDir, file)));
  const digest = hash.digest('hex');
  writeDiskCache(diskCache, stamp, [digest]);
  return digest;
}

function readDiskCache(file: string, stamp: string): unknown[] | undefined {
  try {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as { stamp?: string; data?: unknown[] };
    return cached.stamp === stamp && Array.isArray(cached.data) ? cached.data : undefined;
  } catch {
    return undefined;
  }
}

function writeDiskCache(file: string, stamp: string, data: unknown[]): void {
  try {
    writeFileAtomically(file, JSON.stringify({ stamp, data }));
  } catch {
    // A read-only install simply parses the YAML every time.
  }
}

/**
 * Writes `file` (creating its folder) through a temporary file and a rename, so a concurrent reader
 * sees the old or the new content, never half of it. Throws what the file system throws; the
 * temporary file is removed either way.
 */
export function writeFileAtomically(file: string, data: string | NodeJS.ArrayBufferView): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Parses one YAML text; `displayName` is what errors call the file (relative, for stable messages). */
export function parseYamlFile<T>(text: string, displayName: string): T {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const firstError = document.errors[0];
  if (firstError) {
    const offset = firstError.pos[0];
    const { line, col } = lineCounter.linePos(offset);
    throw new RulesFileError(displayName, line, col, firstError.message.split('\n')[0] ?? firstError.message);
  }
  return document.toJS() as T;
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
