/**
 * Inline suppressions (DESIGN.md "Precise semantics: Suppression"):
 * `// lawful-ignore <id>[, <id>] -- <reason>` or the same in a block comment, on the sink's line or
 * the line above. The reason is required: a suppression without one is reported and silences nothing.
 */
import type { Finding, Flow } from '../model.js';
import { FINDING_IDS, compareStrings } from '../model.js';
import { assignFingerprints, normaliseSnippet, type DraftFinding } from './fingerprint.js';

export interface Suppression {
  /** 1-based line where the comment starts. */
  line: number;
  /** 1-based line where the comment ends (equals `line` for `//` comments). */
  endLine: number;
  /** 1-based column of the comment's start. */
  column: number;
  /** Ids as written (validated by `applySuppressions`). */
  ruleIds: string[];
  /** Text after `--`, trimmed; undefined when missing or empty. */
  reason?: string;
  /** The comment's text, for messages and fingerprints. */
  text: string;
}

const SUPPRESSION_COMMENT = /\/\/[ \t]*lawful-ignore(?![\w-])([^\n\r]*)|\/\*[\s*]*lawful-ignore(?![\w-])([\s\S]*?)\*\//g;

/** Finds every `lawful-ignore` comment in a source file. */
export function parseSuppressions(fileText: string): Suppression[] {
  const lineStarts = [0];
  for (let index = 0; index < fileText.length; index++) {
    if (fileText[index] === '\n') lineStarts.push(index + 1);
  }
  const positionOf = (offset: number): { line: number; column: number } => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };

  const suppressions: Suppression[] = [];
  for (const match of fileText.matchAll(SUPPRESSION_COMMENT)) {
    const body = (match[1] ?? match[2] ?? '').replace(/^\s*\*\s?/gm, ' ');
    const separator = body.indexOf('--');
    const idsPart = separator >= 0 ? body.slice(0, separator) : body;
    const reason = separator >= 0 ? body.slice(separator + 2).replace(/\s+/g, ' ').trim() : '';
    const ruleIds = idsPart
      .split(/[\s,]+/)
      .map((id) => id.trim())
      .filter((id) => id.length > 0);
    const start = positionOf(match.index);
    const end = positionOf(match.index + match[0].length - 1);
    suppressions.push({
      line: start.line,
      endLine: end.line,
      column: start.column,
      ruleIds,
      ...(reason ? { reason } : {}),
      text: match[0],
    });
  }
  return suppressions;
}

/** True when the suppression is on the finding's line or ends on the line just above it. */
export function suppressionCoversLine(suppression: Suppression, line: number): boolean {
  return (line >= suppression.line && line <= suppression.endLine) || line === suppression.endLine + 1;
}

export interface ApplySuppressionsInput {
  flows: Flow[];
  findings: Finding[];
  /** Suppressions of a file (relative path as in findings), e.g. `parseSuppressions(readFile(file))`. */
  suppressionsOf: (file: string) => readonly Suppression[] | undefined;
  /** Files to check for invalid suppressions; default: every file with a flow or a finding. */
  files?: readonly string[];
}

export interface ApplySuppressionsResult {
  flows: Flow[];
  /** Findings left after suppression, plus one `invalid-suppression` per bad comment. */
  findings: Finding[];
  /** Findings silenced by a valid suppression. */
  suppressed: Finding[];
}

const KNOWN_IDS = new Set<string>(FINDING_IDS);

function flowKey(file: string, line: number, column: number, sinkId: string, category: string): string {
  return [file, line, column, sinkId, category].join('\u0000');
}

/**
 * Silences findings covered by a valid suppression and marks their flows `suppressed: true` (the flow
 * stays: the map shows reality). Reports suppressions without a reason and unknown ids.
 */
export function applySuppressions(input: ApplySuppressionsInput): ApplySuppressionsResult {
  const files =
    input.files ??
    [...new Set([...input.flows.map((flow) => flow.location.file), ...input.findings.map((f) => f.location.file)])].sort(
      compareStrings,
    );

  const invalid: DraftFinding[] = [];
  const validByFile = new Map<string, Suppression[]>();
  for (const file of files) {
    const valid: Suppression[] = [];
    for (const suppression of input.suppressionsOf(file) ?? []) {
      const location = { file, line: suppression.line, column: suppression.column };
      const anchor = normaliseSnippet(suppression.text);
      const unknownIds = suppression.ruleIds.filter((id) => !KNOWN_IDS.has(id));
      if (suppression.ruleIds.length === 0) {
        invalid.push({
          ruleId: 'invalid-suppression',
          severity: 'error',
          message: `This lawful-ignore names no finding id. Write \`// lawful-ignore <id> -- <reason>\`, e.g. \`// lawful-ignore undeclared-logging -- value is hashed upstream\`.`,
          location,
          trace: [],
          anchor,
        });
        continue;
      }
      if (unknownIds.length > 0) {
        invalid.push({
          ruleId: 'invalid-suppression',
          severity: 'error',
          message: `Unknown finding id${unknownIds.length > 1 ? 's' : ''} ${unknownIds.map((id) => `\`${id}\``).join(', ')} in lawful-ignore. Known ids: ${FINDING_IDS.join(', ')}.`,
          location,
          trace: [],
          anchor,
        });
      }
      if (!suppression.reason) {
        invalid.push({
          ruleId: 'invalid-suppression',
          severity: 'error',
          message: `lawful-ignore ${suppression.ruleIds.join(', ')} has no reason, so it suppresses nothing. Add one after \`--\`: \`// lawful-ignore ${suppression.ruleIds.join(', ')} -- <why this is fine>\`.`,
          location,
          trace: [],
          anchor,
        });
        continue;
      }
      valid.push(suppression);
    }
    if (valid.length > 0) validByFile.set(file, valid);
  }

  const remaining: Finding[] = [];
  const suppressed: Finding[] = [];
  const findingCountByFlow = new Map<string, { total: number; silenced: number }>();
  for (const finding of input.findings) {
    const isSilenced = (validByFile.get(finding.location.file) ?? []).some(
      (suppression) =>
        suppression.ruleIds.includes(finding.ruleId) && suppressionCoversLine(suppression, finding.location.line),
    );
    if (finding.sink && finding.category !== undefined) {
      const key = flowKey(
        finding.location.file,
        finding.location.line,
        finding.location.column,
        finding.sink.id,
        finding.category,
      );
      const counts = findingCountByFlow.get(key) ?? { total: 0, silenced: 0 };
      counts.total++;
      if (isSilenced) counts.silenced++;
      findingCountByFlow.set(key, counts);
    }
    (isSilenced ? suppressed : remaining).push(finding);
  }

  const flows = input.flows.map((flow) => {
    const counts = findingCountByFlow.get(
      flowKey(flow.location.file, flow.location.line, flow.location.column, flow.sink.id, flow.category),
    );
    return counts && counts.total > 0 && counts.silenced === counts.total ? { ...flow, suppressed: true } : flow;
  });

  return { flows, findings: [...remaining, ...assignFingerprints(invalid)], suppressed };
}
