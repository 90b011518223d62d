/**
 * Baseline for adopting lawful on an existing codebase, in ESLint's bulk-suppression shape
 * (`{ "<file>": { "<ruleId>": { "count": n } } }`, CONVENTIONS.md item 13) and with ESLint's
 * semantics (eslint `lib/services/suppressions-service.js`):
 * - only error-severity findings are counted and suppressed; warnings are never baselined;
 * - per file and rule, when the number of errors is at most the recorded count, all of them are
 *   suppressed; when it is higher, ALL of them are reported (there is no way to tell which are new);
 * - an entry whose count is higher than today's errors is partly unused and can be pruned.
 */
import type { Finding } from '../model.js';
import { compareStrings } from '../model.js';

export type Baseline = Record<string, Record<string, { count: number }>>;

function countErrors(findings: readonly Finding[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const finding of findings) {
    if (finding.severity !== 'error') continue;
    const byRule = counts.get(finding.location.file) ?? new Map<string, number>();
    byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
    counts.set(finding.location.file, byRule);
  }
  return counts;
}

/** The baseline that suppresses exactly today's errors; keys sorted for stable files. */
export function createBaseline(findings: readonly Finding[]): Baseline {
  const counts = countErrors(findings);
  const baseline: Baseline = {};
  for (const file of [...counts.keys()].sort(compareStrings)) {
    const byRule = counts.get(file) as Map<string, number>;
    const entry: Record<string, { count: number }> = {};
    for (const ruleId of [...byRule.keys()].sort(compareStrings)) entry[ruleId] = { count: byRule.get(ruleId) as number };
    baseline[file] = entry;
  }
  return baseline;
}

export interface UnusedBaselineEntry {
  file: string;
  ruleId: string;
  /** How many of the recorded count are no longer needed. */
  count: number;
}

export interface ApplyBaselineResult {
  /** Findings still reported. */
  findings: Finding[];
  /** Findings the baseline suppressed. */
  suppressed: Finding[];
  /** Entries that can be pruned (`lawful scan --update-baseline`), sorted. */
  unused: UnusedBaselineEntry[];
}

/**
 * Applies a baseline. `scannedFiles`, when given, limits unused-entry reporting to files that were
 * scanned (like ESLint, which only prunes entries of files it linted): a file with no findings left
 * makes its whole entry unused only if it was actually scanned.
 */
export function applyBaseline(
  findings: readonly Finding[],
  baseline: Baseline,
  scannedFiles?: ReadonlySet<string>,
): ApplyBaselineResult {
  const counts = countErrors(findings);
  const suppressedKeys = new Set<string>();
  const unused: UnusedBaselineEntry[] = [];
  for (const file of Object.keys(baseline).sort(compareStrings)) {
    const recorded = baseline[file] ?? {};
    const current = counts.get(file);
    if (!current && scannedFiles && !scannedFiles.has(file)) continue;
    for (const ruleId of Object.keys(recorded).sort(compareStrings)) {
      const allowed = recorded[ruleId]?.count ?? 0;
      const actual = current?.get(ruleId) ?? 0;
      if (actual > 0 && actual <= allowed) suppressedKeys.add(`${file}\u0000${ruleId}`);
      if (actual < allowed) unused.push({ file, ruleId, count: allowed - actual });
    }
  }
  const remaining: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const finding of findings) {
    const isBaselined =
      finding.severity === 'error' && suppressedKeys.has(`${finding.location.file}\u0000${finding.ruleId}`);
    (isBaselined ? suppressed : remaining).push(finding);
  }
  return { findings: remaining, suppressed, unused };
}

/** Reads a baseline file's JSON, throwing a message a person can act on when the shape is wrong. */
export function parseBaseline(text: string, source = 'baseline'): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`${source}: expected an object { "<file>": { "<ruleId>": { "count": n } } }`);
  }
  for (const [file, rules] of Object.entries(data)) {
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
      throw new Error(`${source}: "${file}" must map rule ids to { "count": n }`);
    }
    for (const [ruleId, entry] of Object.entries(rules as Record<string, unknown>)) {
      const count = (entry as { count?: unknown } | null)?.count;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
        throw new Error(`${source}: "${file}" → "${ruleId}" needs { "count": <non-negative integer> }`);
      }
    }
  }
  return data as Baseline;
}

/** The baseline file's text: two-space JSON and a final newline, like ESLint writes it. */
export function formatBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}
