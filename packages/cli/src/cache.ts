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
import { writeFileAtomically, type Flow, type Problem } from '@lawful/core';
import type { AnnotationUse } from '@lawful/analyzer';
import type { FileListing } from './program.js';

export const CACHE_FORMAT = 'lawful-cache/5';

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

/** 128 bits of SHA-256, hex: plenty to tell two versions of a file apart, and half the size on disk. */
export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** The per-file lists, left out of the file when empty (most files have no flows). */
const FILE_LISTS = ['deps', 'flows', 'annotations', 'problems'] as const;

export function readCache(location: string): CacheFile {
  try {
    const parsed = JSON.parse(fs.readFileSync(location, 'utf8')) as CacheFile;
    if (parsed.format === CACHE_FORMAT && isObject(parsed.projects)) {
      // a cache file is input like any other: what does not have the expected shape is dropped
      for (const [id, project] of Object.entries(parsed.projects)) {
        if (!isObject(project) || typeof project.key !== 'string' || !isObject(project.files) || !isObject(project.programLevel)) {
          delete parsed.projects[id];
          continue;
        }
        project.programLevel.annotations ??= [];
        project.programLevel.problems ??= [];
        for (const [file, entry] of Object.entries(project.files)) {
          if (!isObject(entry) || typeof entry.hash !== 'string') {
            delete project.files[file];
            continue;
          }
          for (const list of FILE_LISTS) if (!Array.isArray(entry[list])) (entry[list] as unknown[]) = [];
        }
      }
      return parsed;
    }
  } catch {
    // Missing or unreadable: start cold, it is only a cache.
  }
  return { format: CACHE_FORMAT, projects: {} };
}

export function writeCache(location: string, cache: CacheFile): void {
  const compact = {
    ...cache,
    projects: Object.fromEntries(
      Object.entries(cache.projects).map(([id, project]) => [
        id,
        {
          ...project,
          files: Object.fromEntries(
            Object.entries(project.files).map(([file, entry]) => {
              const stored: Partial<CachedFile> = { ...entry };
              for (const list of FILE_LISTS) if (entry[list].length === 0) delete stored[list];
              return [file, stored];
            }),
          ),
        },
      ]),
    ),
  };
  writeFileAtomically(location, JSON.stringify(compact));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed JSON value being checked, field by field
function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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

/**
 * Which cached files' analysis read a file: the reverse of each file's `deps`. A warm scan asks for a
 * few files only, so the first questions scan the entries; many questions (a cold or a large
 * re-analysis) build a reverse index, then kept current through `set`. The caller updates
 * `cache.files` first, then calls `set`.
 */
export class DependentsIndex {
  #index: Map<string, Set<string>> | undefined;
  #deps = new Map<string, readonly string[]>();
  #questions = 0;

  constructor(private readonly cache: ProjectCache) {}

  /** Sorted. */
  of(file: string): string[] {
    if (!this.#index && ++this.#questions <= 16) {
      return Object.entries(this.cache.files)
        .filter(([, entry]) => entry.deps.includes(file))
        .map(([dependent]) => dependent)
        .sort();
    }
    this.#index ??= this.#build();
    return [...(this.#index.get(file) ?? [])].sort();
  }

  /** `file` now reads `deps` (none when it was removed). */
  set(file: string, deps: readonly string[]): void {
    if (this.#index) this.#link(this.#index, file, deps);
  }

  #build(): Map<string, Set<string>> {
    const index = new Map<string, Set<string>>();
    for (const [file, entry] of Object.entries(this.cache.files)) this.#link(index, file, entry.deps);
    return index;
  }

  #link(index: Map<string, Set<string>>, file: string, deps: readonly string[]): void {
    for (const dep of this.#deps.get(file) ?? []) index.get(dep)?.delete(file);
    this.#deps.set(file, deps);
    for (const dep of deps) {
      let set = index.get(dep);
      if (!set) index.set(dep, (set = new Set()));
      set.add(file);
    }
  }
}

/** The hash of everything a project's results depend on besides its files' texts. */
export function projectCacheKey(parts: readonly (string | undefined)[]): string {
  return hashText(JSON.stringify(parts));
}
