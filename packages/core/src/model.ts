/**
 * The report model shared by every part of lawful: the analyzer produces `Flow`s,
 * policy evaluation turns them into `Finding`s, reporters print a `ScanResult`.
 * This is the JSON contract of `../../shared/DESIGN.md` ("JSON output"): keep field names stable.
 */

/** The storage kinds, as opposed to `log` and `third-party`. */
export const STORAGE_SINK_KINDS = ['database', 'cache', 'file', 'cookie', 'browser-storage', 'object-storage'] as const;

/** `sink.kind` values of the JSON contract. */
export const SINK_KINDS = ['log', ...STORAGE_SINK_KINDS, 'third-party'] as const;
export type SinkKind = (typeof SINK_KINDS)[number];

/** 1-based line and column; `file` relative to the scan root with `/` separators. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export interface TraceStep extends SourceLocation {
  /** What happens at this step, e.g. `@personal user.contact.email`, `passed to track()`. */
  note: string;
}

export interface SinkRef {
  /** `kind/library[/target]`, e.g. `log/pino`, `db/prisma/User`, `sdk/segment`, `http/api.example.com`. */
  id: string;
  kind: SinkKind;
  /** Catalog recipient key for third-party sinks (`segment`, `sentry`, or the host for `http/…`). */
  recipient?: string;
}

/** `annotated`: an explicit mark (JSDoc, brand, decorator, Prisma comment) or a framework source; `inferred`: a name heuristic. */
export type Confidence = 'annotated' | 'inferred';

export interface Flow {
  /** Taxonomy key, e.g. `user.contact.email`. */
  category: string;
  confidence: Confidence;
  sink: SinkRef;
  /** Start of the sink call expression. */
  location: SourceLocation;
  /** The enclosing `@activity` (JSDoc on function/class/file) if any; set by the analyzer. */
  activity?: string;
  /** From the source to the sink, in order; the last step is the sink itself. */
  trace: TraceStep[];
  /**
   * Consent guards (function names, as called) whose truthy result every path to this sink depends on,
   * either in the enclosing function or at every call site. Filled by the analyzer; the policy compares
   * them with `activities[].consent.guard`. Not part of the printed JSON contract.
   */
  guards?: string[];
  /** True when a `lawful-ignore` comment silences every finding of this flow. Set by policy evaluation. */
  suppressed?: boolean;
}

export type Severity = 'error' | 'warning';

export const FINDING_IDS = [
  'undeclared-sharing',
  'undeclared-storage',
  'undeclared-logging',
  'missing-retention',
  'missing-legal-basis',
  'consent-not-checked',
  'unsafe-transfer',
  'purpose-mismatch',
  'stale-declaration',
  'unknown-category',
] as const;
export type FindingId = (typeof FINDING_IDS)[number];

export interface Finding {
  ruleId: FindingId | 'invalid-suppression';
  severity: Severity;
  message: string;
  category?: string;
  sink?: SinkRef;
  location: SourceLocation;
  trace: TraceStep[];
  /** Stable across runs and across moving code within a file. */
  fingerprint: string;
  /** The activity concerned, where one is. */
  activity?: string;
}

export type ProblemKind = 'parse' | 'read' | 'analysis' | 'config';

export interface Problem {
  file: string;
  message: string;
  kind: ProblemKind;
  line?: number;
  column?: number;
}

export interface ScanResult {
  tool: { name: 'lawful'; version: string };
  /** The scanned directory as given on the command line, normally `.`. */
  root: string;
  flows: Flow[];
  findings: Finding[];
  problems: Problem[];
}

/** Deterministic ordering of locations: file, line, column. */
export function compareLocations(a: SourceLocation, b: SourceLocation): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}

/** Deterministic ordering of flows: location, then sink id, then category. */
export function compareFlows(a: Flow, b: Flow): number {
  return (
    compareLocations(a.location, b.location) ||
    compareStrings(a.sink.id, b.sink.id) ||
    compareStrings(a.category, b.category)
  );
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
