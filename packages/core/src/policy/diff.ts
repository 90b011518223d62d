/**
 * `--diff <git-ref>`: report only findings on lines changed since the ref. The CLI runs
 * `git diff --unified=0 <ref>` and passes its text here.
 */
import type { Finding } from '../model.js';

/** Changed (added or modified) lines of the new version of each file, keyed by `/`-separated path. */
export type ChangedLines = Map<string, Set<number>>;

const HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

function unquoteGitPath(raw: string): string {
  const trimmed = raw.replace(/\t.*$/, '').trim();
  if (!trimmed.startsWith('"')) return trimmed;
  // git quotes paths with unusual characters C-style; JSON parsing covers the common escapes.
  try {
    return JSON.parse(trimmed) as string;
  } catch {
    return trimmed.slice(1, -1);
  }
}

/**
 * Parses a unified diff (any context size); deleted files and pure deletions add no lines.
 * Hunk bodies are consumed by the line counts of their header, so an added line that itself starts
 * with `++ ` is never mistaken for a file header.
 */
export function parseUnifiedDiff(text: string): ChangedLines {
  const changed: ChangedLines = new Map();
  let currentFile: string | undefined;
  let newLine = 0;
  let oldRemaining = 0;
  let newRemaining = 0;
  for (const line of text.split(/\r?\n/)) {
    if (oldRemaining > 0 || newRemaining > 0) {
      if (line.startsWith('+')) {
        if (currentFile !== undefined) {
          const lines = changed.get(currentFile) ?? new Set<number>();
          lines.add(newLine);
          changed.set(currentFile, lines);
        }
        newLine++;
        newRemaining--;
      } else if (line.startsWith('-')) {
        oldRemaining--;
      } else if (line.startsWith(' ') || line === '') {
        newLine++;
        newRemaining--;
        oldRemaining--;
      }
      // "\ No newline at end of file" belongs to the hunk but counts for neither side.
      continue;
    }
    if (line.startsWith('+++ ')) {
      const target = unquoteGitPath(line.slice(4));
      currentFile = target === '/dev/null' ? undefined : target.replace(/^b\//, '');
      continue;
    }
    const header = HUNK_HEADER.exec(line);
    if (header) {
      oldRemaining = header[1] === undefined ? 1 : Number(header[1]);
      newLine = Number(header[2]);
      newRemaining = header[3] === undefined ? 1 : Number(header[3]);
    }
  }
  return changed;
}

/**
 * Keeps findings whose line changed. `pathPrefix` maps diff paths (relative to the git root) to
 * finding paths (relative to the scan root): with the scan root at `packages/app`, pass `packages/app/`.
 */
export function filterFindingsToChangedLines(
  findings: readonly Finding[],
  changed: ChangedLines,
  pathPrefix = '',
): Finding[] {
  return findings.filter((finding) =>
    changed.get(`${pathPrefix}${finding.location.file}`)?.has(finding.location.line),
  );
}
