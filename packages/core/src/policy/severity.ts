/** Default severities and the config's `rules:` overrides. */
import type { FindingId, Severity } from '../model.js';
import type { LawfulConfig } from '../config/types.js';

/** Every finding is an error except a declaration nothing uses, which is only a hint. */
export const DEFAULT_SEVERITIES: Readonly<Record<FindingId, Severity>> = {
  'undeclared-sharing': 'error',
  'undeclared-storage': 'error',
  'undeclared-logging': 'error',
  'missing-retention': 'error',
  'missing-legal-basis': 'error',
  'consent-not-checked': 'error',
  'unsafe-transfer': 'error',
  'purpose-mismatch': 'error',
  'stale-declaration': 'warning',
  'unknown-category': 'error',
};

/**
 * The severity a finding of `ruleId` gets: the config's `rules:` setting when present (`off` →
 * undefined, the finding is dropped), otherwise the finding's own default (some findings of an
 * error-level id are warnings by nature, e.g. a recipient with an unknown country).
 */
export function effectiveSeverity(
  ruleId: FindingId,
  naturalSeverity: Severity,
  rules: LawfulConfig['rules'],
): Severity | undefined {
  const configured = rules?.[ruleId];
  if (configured === 'off') return undefined;
  return configured ?? naturalSeverity;
}
