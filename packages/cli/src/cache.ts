/**
 * `lawful scan --cache`: per-file results stored by content hash, so a re-scan after an edit
 * re-analyses only the edited files and the files whose analysis depends on them.
 *
 * A file's result depends on its own text and on what the analyzer read elsewhere
 * (`fileDependencies`: callee summaries, marked declarations, wrapper modules, call sites). An edit
 * of file X re-analyses X; when X's `interfaceFingerprint` (what other files can observe of it)
 * changes, the files depending on X are re-analysed too, and so on. Nothing else is parsed: the
 * program is built from the files to re-analyse and what they import.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Flow, Problem } from '@lawful/core';
import type { AnnotationUse } from '@lawful/analyzer';
import type { FileListing } from './program.js';

export const CACHE_FORMAT = 'lawful-cache/3';

export interface CachedFile {
  /** SHA-256 of the file's text. */
  hash: string;
  /** Size and modification time when it was hashed: unchanged means unchanged content. */
  mtimeMs: number;
  size: number;
  /** The analyzer's interface fingerprint of the file. */
  fingerprint: string;
  /** Files (relative to the scan root) this file's analysis read. */
  deps: string[];
  flows: Flow[];
  annotations: AnnotationUse[];
  problems: Problem[];
}

export interface ProjectCache {
  /** Everything besides file texts that results depend on: lawful version, rules, config, tsconfig. */
  key: string;
  files: Record<string, CachedFile>;
  /** Results that belong to no source file (Prisma schema marks, catalog problems). */
  programLevel: { annotations: AnnotationUse[]; problems: Problem[] };
  /** The tsconfig's file list and what it was computed from (program.ts `FileListing`). */
  listing?: FileListing;
  /**
   * Files reported with this project that no tsconfig lists (excluded, yet imported). Found whenever a
   * program is built; one that is no longer imported stays until the cache is discarded.
   */
  extras?: string[];
}

export interface CacheFile {
  format: typeof CACHE_FORMAT;
  projects: Record<string, ProjectCache>;
}

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function readCache(location: string): CacheFile {
  try {
    const parsed = JSON.parse(fs.readFileSync(location, 'utf8')) as CacheFile;
    if (parsed.format === CACHE_FORMAT && parsed.projects && typeof parsed.projects === 'object') return parsed;
  } catch {
    // Missing or unreadable: start cold, it is only a cache.
  }
  return { format: CACHE_FORMAT, projects: {} };
}

export function writeCache(location: string, cache: CacheFile): void {
  fs.mkdirSync(path.dirname(location), { recursive: true });
  const temporary = `${location}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, JSON.stringify(cache));
    fs.renameSync(temporary, location);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

/**
 * Which files to re-analyse first: new and edited files. `removed` files make their dependents dirty
 * at once, since no fingerprint comparison is possible for them.
 */
export function initialDirtySet(
  cache: ProjectCache,
  hashes: ReadonlyMap<string, string>,
  dependents: DependentsIndex,
): { dirty: Set<string>; removed: string[] } {
  const dirty = new Set<string>();
  for (const [file, hash] of hashes) if (cache.files[file]?.hash !== hash) dirty.add(file);
  const removed = Object.keys(cache.files).filter((file) => !hashes.has(file));
  for (const file of removed) for (const dependent of dependents.of(file)) if (hashes.has(dependent)) dirty.add(dependent);
  return { dirty, removed };
}

/** Which cached files' analysis read a file: the reverse of each file's `deps`, kept current as results change. */
export class DependentsIndex {
  readonly #dependents = new Map<string, Set<string>>();
  readonly #deps = new Map<string, readonly string[]>();

  constructor(cache: ProjectCache) {
    for (const [file, entry] of Object.entries(cache.files)) this.set(file, entry.deps);
  }

  /** Sorted. */
  of(file: string): string[] {
    return [...(this.#dependents.get(file) ?? [])].sort();
  }

  /** `file` now reads `deps` (none when it was removed). */
  set(file: string, deps: readonly string[]): void {
    for (const dep of this.#deps.get(file) ?? []) this.#dependents.get(dep)?.delete(file);
    this.#deps.set(file, deps);
    for (const dep of deps) {
      let set = this.#dependents.get(dep);
      if (!set) this.#dependents.set(dep, (set = new Set()));
      set.add(file);
    }
  }
}

/** The hash of everything a project's results depend on besides its files' texts. */
export function projectCacheKey(parts: readonly (string | undefined)[]): string {
  return hashText(JSON.stringify(parts));
}
