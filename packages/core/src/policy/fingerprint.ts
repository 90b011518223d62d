/**
 * Finding fingerprints: stable across runs and across moving code within a file (DESIGN.md
 * "JSON output"). They never include a line number: the identity of a finding is its rule, file,
 * sink, category and the normalised text of the line (or, for config findings, the key it is about),
 * plus an occurrence index that separates identical findings in one file.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../model.js';
import { compareLocations } from '../model.js';

/** A finding before its fingerprint is known; `anchor` is what identifies it besides its location. */
export type DraftFinding = Omit<Finding, 'fingerprint'> & { anchor: string };

/** Whitespace-insensitive form of a source line, so re-indenting keeps fingerprints. */
export function normaliseSnippet(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

export function hashFingerprint(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

/**
 * Fingerprints drafts and strips their anchors. Identical drafts (same identity) are numbered in
 * location order, so the n-th identical finding in a file keeps its fingerprint when lines move.
 */
export function assignFingerprints(drafts: readonly DraftFinding[]): Finding[] {
  const identityOf = (draft: DraftFinding): string[] => [
    'lawful/v1',
    draft.ruleId,
    draft.location.file,
    draft.sink?.id ?? '',
    draft.category ?? '',
    draft.anchor,
  ];
  const byIdentity = new Map<string, DraftFinding[]>();
  for (const draft of drafts) {
    const key = identityOf(draft).join('\u0000');
    const group = byIdentity.get(key);
    if (group) group.push(draft);
    else byIdentity.set(key, [draft]);
  }
  const fingerprints = new Map<DraftFinding, string>();
  for (const group of byIdentity.values()) {
    const ordered = [...group].sort((a, b) => compareLocations(a.location, b.location));
    ordered.forEach((draft, occurrence) => {
      fingerprints.set(draft, hashFingerprint([...identityOf(draft), String(occurrence)]));
    });
  }
  return drafts.map((draft) => {
    const { anchor: _anchor, ...finding } = draft;
    return { ...finding, fingerprint: fingerprints.get(draft) ?? hashFingerprint(identityOf(draft)) };
  });
}
