import type { ScanResult } from '@lawful/core';

export interface ReporterOptions {
  /** ANSI colours (stylish only). Default false: output is plain text unless asked. */
  color?: boolean;
  /** Source text of a scanned file (path relative to the root), for code frames; undefined when unreadable. */
  readFile?: (file: string) => string | undefined;
  /** False when no lawful config applies: reporters then list the flows seen and point at `lawful init`. */
  hasConfig?: boolean;
  /** Extra lines for people (e.g. "baseline can be pruned"), printed by stylish and markdown. */
  notes?: readonly string[];
}

/** A pure function from a scan result to the text to print (CONVENTIONS.md item 10). */
export type Reporter = (result: ScanResult, options?: ReporterOptions) => string;
