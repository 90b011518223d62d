/** Small helpers shared by the reporters. */
import type { Finding } from '@lawful/core';
import { compareStrings } from '@lawful/core';

export interface Counts {
  errors: number;
  warnings: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Items grouped by file, files sorted, items in their given (already deterministic) order. */
export function groupByFile<T>(items: readonly T[], fileOf: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const file = fileOf(item);
    const group = groups.get(file);
    if (group) group.push(item);
    else groups.set(file, [item]);
  }
  return [...groups].sort(([a], [b]) => compareStrings(a, b));
}

/** Source line `line` (1-based) of a file, without its line break. */
export function sourceLine(readFile: ((file: string) => string | undefined) | undefined, file: string, line: number): string | undefined {
  const text = readFile?.(file);
  if (text === undefined) return undefined;
  return text.split(/\r?\n/)[line - 1];
}

export const NO_CONFIG_HINT =
  'No lawful config found: these are the personal-data flows lawful sees. Run `lawful init` to draft a config from them.';
