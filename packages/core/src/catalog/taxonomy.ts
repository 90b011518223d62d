/**
 * The resolved taxonomy: the built-in catalog in `rules/categories`, optionally extended by a
 * config's `taxonomy.extend`. Keys are fideslang's dotted keys; a key's parent is the key without
 * its last segment (or the `parent` an extension names), and a parent covers all its descendants.
 */
import type { TaxonomyExtension } from '../config/types.js';
import type { CategoryEntry, CategoryFile, TaxonomyLike } from './types.js';
import { findRulesDir, loadYamlRules } from './rules-dir.js';

/** A taxonomy that cannot be built: duplicate key or alias, missing parent, bad extension. */
export class TaxonomyError extends Error {
  constructor(
    message: string,
    /** Index in the `taxonomy.extend` list when the problem comes from a config extension. */
    readonly extensionIndex?: number,
  ) {
    super(message);
    this.name = 'TaxonomyError';
  }
}

export class Taxonomy implements TaxonomyLike {
  private readonly entriesByKey: ReadonlyMap<string, CategoryEntry>;
  private readonly parentByKey: ReadonlyMap<string, string | undefined>;
  private readonly keyByAlias: ReadonlyMap<string, string>;
  private readonly sortedKeys: readonly string[];
  private readonly specialCache = new Map<string, boolean>();

  private constructor(entries: ReadonlyMap<string, CategoryEntry>, parents: ReadonlyMap<string, string | undefined>) {
    this.entriesByKey = entries;
    this.parentByKey = parents;
    this.sortedKeys = [...entries.keys()].sort();
    this.keyByAlias = indexAliases(entries);
  }

  /**
   * Builds a taxonomy from catalog entries. Every key except a root must have its dotted parent
   * among the entries; keys and aliases must be unique (aliases case-insensitively).
   */
  static fromEntries(entries: readonly CategoryEntry[]): Taxonomy {
    const byKey = new Map<string, CategoryEntry>();
    for (const entry of entries) {
      if (byKey.has(entry.key)) throw new TaxonomyError(`duplicate category key "${entry.key}"`);
      byKey.set(entry.key, entry);
    }
    const parents = new Map<string, string | undefined>();
    for (const key of byKey.keys()) {
      const parent = dottedParent(key);
      if (parent !== undefined && !byKey.has(parent)) {
        throw new TaxonomyError(`category "${key}" has no parent "${parent}" in the catalog`);
      }
      parents.set(key, parent);
    }
    return new Taxonomy(byKey, parents);
  }

  resolve(keyOrAlias: string): string | undefined {
    const trimmed = keyOrAlias.trim();
    if (this.entriesByKey.has(trimmed)) return trimmed;
    const lower = trimmed.toLowerCase();
    if (this.entriesByKey.has(lower)) return lower;
    return this.keyByAlias.get(normaliseAlias(lower));
  }

  keys(): string[] {
    return [...this.sortedKeys];
  }

  get(key: string): CategoryEntry | undefined {
    return this.entriesByKey.get(key);
  }

  /** Every entry, sorted by key. */
  entries(): CategoryEntry[] {
    return this.sortedKeys.map((key) => this.entriesByKey.get(key) as CategoryEntry);
  }

  has(key: string): boolean {
    return this.entriesByKey.has(key);
  }

  parentOf(key: string): string | undefined {
    return this.parentByKey.get(key);
  }

  /** `key` and its ancestors, nearest first: `user.contact.email`, `user.contact`, `user`. */
  lineage(key: string): string[] {
    const chain: string[] = [];
    const seen = new Set<string>();
    for (let current: string | undefined = key; current !== undefined && !seen.has(current); current = this.parentByKey.get(current)) {
      seen.add(current);
      chain.push(current);
    }
    return chain;
  }

  covers(ancestor: string, key: string): boolean {
    const resolvedAncestor = this.resolve(ancestor) ?? ancestor;
    const resolvedKey = this.resolve(key) ?? key;
    if (resolvedAncestor === resolvedKey) return true;
    if (!this.entriesByKey.has(resolvedKey)) {
      // An unknown key still nests by its dots, so a declared `user.contact` covers a typo-free custom key below it.
      return resolvedKey.startsWith(`${resolvedAncestor}.`);
    }
    return this.lineage(resolvedKey).includes(resolvedAncestor);
  }

  isSpecial(key: string): boolean {
    const resolved = this.resolve(key) ?? key;
    const cached = this.specialCache.get(resolved);
    if (cached !== undefined) return cached;
    const special = this.lineage(resolved).some((k) => this.entriesByKey.get(k)?.special === true);
    this.specialCache.set(resolved, special);
    return special;
  }

  /** Direct children of `key`, sorted. */
  childrenOf(key: string): string[] {
    return this.sortedKeys.filter((candidate) => this.parentByKey.get(candidate) === key);
  }

  /**
   * Up to `limit` keys closest to a misspelt key or alias, for "did you mean" messages.
   * Far-off inputs get no suggestion rather than a misleading one.
   */
  closest(input: string, limit = 3): string[] {
    const needle = input.trim().toLowerCase();
    if (needle === '') return [];
    const threshold = Math.max(2, Math.ceil(needle.length * 0.4));
    const bestDistanceByKey = new Map<string, number>();
    const consider = (candidate: string, key: string): void => {
      const distance = boundedEditDistance(needle, candidate.toLowerCase(), threshold);
      if (distance > threshold) return;
      const previous = bestDistanceByKey.get(key);
      if (previous === undefined || distance < previous) bestDistanceByKey.set(key, distance);
    };
    for (const key of this.sortedKeys) {
      consider(key, key);
      // `user.contact.emial` is far from every full key only by its last segment; `emial` likewise.
      const lastSegment = key.slice(key.lastIndexOf('.') + 1);
      if (!needle.includes('.')) consider(lastSegment, key);
    }
    for (const [alias, key] of this.keyByAlias) consider(alias, key);
    return [...bestDistanceByKey.entries()]
      .sort(([keyA, distA], [keyB, distB]) => distA - distB || keyA.localeCompare(keyB))
      .slice(0, Math.max(0, limit))
      .map(([key]) => key);
  }

  /**
   * A new taxonomy with a config's `taxonomy.extend` entries added. An extension may name a parent
   * defined by another extension, in any order. Throws `TaxonomyError` (with the extension's index)
   * for a duplicate key or alias, or a parent that exists nowhere.
   */
  extend(extensions: readonly TaxonomyExtension[]): Taxonomy {
    if (extensions.length === 0) return this;
    const entries = new Map(this.entriesByKey);
    const parents = new Map(this.parentByKey);
    const pending = extensions.map((extension, index) => ({ extension, index }));
    for (const { extension, index } of pending) {
      if (entries.has(extension.key)) {
        throw new TaxonomyError(`taxonomy.extend[${index}]: category "${extension.key}" already exists`, index);
      }
      if (pending.some((other) => other.index < index && other.extension.key === extension.key)) {
        throw new TaxonomyError(`taxonomy.extend[${index}]: category "${extension.key}" is extended twice`, index);
      }
    }
    const extensionKeys = new Set(extensions.map((extension) => extension.key));
    for (const { extension, index } of pending) {
      const parent = entries.has(extension.parent) ? extension.parent : this.resolve(extension.parent) ?? extension.parent;
      if (!entries.has(parent) && !extensionKeys.has(parent)) {
        throw new TaxonomyError(`taxonomy.extend[${index}]: parent "${extension.parent}" of "${extension.key}" is not a category`, index);
      }
      const entry: CategoryEntry = {
        key: extension.key,
        name: extension.name,
        description: extension.description ?? extension.name,
        ...(extension.names !== undefined ? { names: [...extension.names] } : {}),
        ...(extension.special !== undefined ? { special: extension.special } : {}),
      };
      entries.set(extension.key, entry);
      parents.set(extension.key, parent);
    }
    for (const { extension, index } of pending) {
      const seen = new Set<string>();
      for (let current: string | undefined = extension.key; current !== undefined; current = parents.get(current)) {
        if (seen.has(current)) throw new TaxonomyError(`taxonomy.extend[${index}]: "${extension.key}" is its own ancestor`, index);
        seen.add(current);
      }
    }
    return new Taxonomy(entries, parents);
  }
}

let builtinTaxonomy: Taxonomy | undefined;

/** The catalog of `rules/categories`, loaded once per process. */
export function loadBuiltinTaxonomy(): Taxonomy {
  builtinTaxonomy ??= loadTaxonomyFrom(findRulesDir());
  return builtinTaxonomy;
}

/** Loads `rules/categories` of a given rules folder, uncached (tests, tools). */
export function loadTaxonomyFrom(rulesDir: string): Taxonomy {
  const files = loadYamlRules<CategoryFile>('categories', rulesDir);
  return Taxonomy.fromEntries(files.flatMap((file) => file.data?.categories ?? []));
}

function dottedParent(key: string): string | undefined {
  const lastDot = key.lastIndexOf('.');
  return lastDot === -1 ? undefined : key.slice(0, lastDot);
}

/** Aliases compare case-insensitively, and `-`, `_` and spaces are interchangeable (`e-mail` = `e_mail`). */
function normaliseAlias(alias: string): string {
  return alias.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

function indexAliases(entries: ReadonlyMap<string, CategoryEntry>): Map<string, string> {
  const byAlias = new Map<string, string>();
  for (const entry of entries.values()) {
    for (const alias of entry.aliases ?? []) {
      const normalised = normaliseAlias(alias);
      const existing = byAlias.get(normalised);
      if (existing !== undefined && existing !== entry.key) {
        throw new TaxonomyError(`alias "${alias}" names both "${existing}" and "${entry.key}"`);
      }
      if (entries.has(normalised) && normalised !== entry.key) {
        throw new TaxonomyError(`alias "${alias}" of "${entry.key}" is another category's key`);
      }
      byAlias.set(normalised, entry.key);
    }
  }
  return byAlias;
}

/** Levenshtein distance, giving up (returning `limit + 1`) once every path exceeds `limit`. */
function boundedEditDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}
