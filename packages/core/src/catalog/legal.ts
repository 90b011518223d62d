/**
 * Data-protection rules that the checks need beyond the config: where a transfer needs a safeguard
 * (DESIGN.md "Transfers"), which codes are countries, and how long a retention is.
 */
import type { Retention, TransferMechanism } from '../config/types.js';
import type { LegalRules } from '../policy/legal.js';
import {
  ADEQUACY_DECISIONS,
  EEA_COUNTRIES,
  EEA_REGION_CODES,
  ISO_3166_ALPHA2,
  type AdequacyDecision,
} from './legal-data.js';

export * from './legal-data.js';

const isoCodes = new Set(ISO_3166_ALPHA2);
const eeaCodes = new Set<string>([...EEA_COUNTRIES, ...EEA_REGION_CODES]);
const adequacyByCountry = new Map(ADEQUACY_DECISIONS.map((decision) => [decision.country, decision]));

/** ISO 3166-1 alpha-2 code (any case) or the region codes `EU` / `EEA`. */
export function isCountryCode(code: string): boolean {
  const upper = code.trim().toUpperCase();
  return isoCodes.has(upper) || (EEA_REGION_CODES as readonly string[]).includes(upper);
}

/** EU or EEA member state, or the region codes `EU` / `EEA`. */
export function isEea(country: string): boolean {
  return eeaCodes.has(country.trim().toUpperCase());
}

export function adequacyDecisionFor(country: string): AdequacyDecision | undefined {
  return adequacyByCountry.get(country.trim().toUpperCase());
}

/**
 * True when an adequacy decision covers recipients in the country without further conditions a
 * config could state. Canada and Japan count (their decisions cover private-sector recipients, which
 * is what a recipient in a config is); the United States does not (only DPF-certified recipients).
 */
export function hasGeneralAdequacy(country: string): boolean {
  const decision = adequacyDecisionFor(country);
  return decision !== undefined && decision.scope !== 'certified';
}

export type TransferAssessmentReason =
  | 'eea'
  | 'adequacy'
  | 'dpf'
  | 'safeguard'
  | 'no-safeguard'
  | 'dpf-outside-us'
  | 'adequacy-not-available'
  | 'unknown-country';

export interface TransferAssessment {
  /** True when the transfer lacks what the GDPR requires (an `unsafe-transfer` finding). */
  needsSafeguard: boolean;
  reason: TransferAssessmentReason;
  /** One sentence for the finding message. */
  explanation: string;
}

/**
 * Whether sending data to a recipient in `country` with the stated `transfer:` mechanism is safe:
 * EEA countries and those with a general adequacy decision need nothing; a US recipient must state
 * `dpf` (certified) or a safeguard; everywhere else needs `scc`, `bcr` or a `derogation`. A stated
 * mechanism that cannot apply (`dpf` outside the US, `adequacy` where there is none) does not count.
 * An unknown code is reported as needing a safeguard: the config validator names the bad code.
 */
export function assessTransfer(country: string, transfer?: TransferMechanism): TransferAssessment {
  const code = country.trim().toUpperCase();
  if (isEea(code)) {
    return { needsSafeguard: false, reason: 'eea', explanation: `${code} is in the EEA: no transfer safeguard needed.` };
  }
  if (!isCountryCode(code)) {
    return { needsSafeguard: true, reason: 'unknown-country', explanation: `"${country}" is not an ISO 3166-1 alpha-2 country code.` };
  }
  const decision = adequacyDecisionFor(code);
  if (decision && decision.scope !== 'certified') {
    return { needsSafeguard: false, reason: 'adequacy', explanation: `${decision.name} has an EU adequacy decision.` };
  }
  switch (transfer) {
    case 'scc':
    case 'bcr':
    case 'derogation':
      return { needsSafeguard: false, reason: 'safeguard', explanation: `Transfer to ${code} relies on ${transfer}.` };
    case 'dpf':
      return code === 'US'
        ? { needsSafeguard: false, reason: 'dpf', explanation: 'The recipient is certified under the EU–US Data Privacy Framework.' }
        : { needsSafeguard: true, reason: 'dpf-outside-us', explanation: `The EU–US Data Privacy Framework does not cover recipients in ${code}.` };
    case 'adequacy':
      return {
        needsSafeguard: true,
        reason: 'adequacy-not-available',
        explanation:
          code === 'US'
            ? 'The US adequacy decision covers only DPF-certified recipients: state `transfer: dpf` or a safeguard.'
            : `${code} has no EU adequacy decision.`,
      };
    case undefined:
      return {
        needsSafeguard: true,
        reason: 'no-safeguard',
        explanation:
          code === 'US'
            ? 'A US recipient needs `transfer: dpf` (certified) or another safeguard (scc, bcr, derogation).'
            : `${code} is outside the EEA without an adequacy decision: state a transfer safeguard (scc, bcr, derogation).`,
      };
  }
}

/** True when the transfer lacks a valid safeguard; see `assessTransfer` for the reason. */
export function transferNeedsSafeguard(country: string, transfer?: TransferMechanism): boolean {
  return assessTransfer(country, transfer).needsSafeguard;
}

export interface IsoDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const ISO_DURATION =
  /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

/**
 * Parses an ISO-8601 duration (`P14D`, `P6M`, `P1Y6M`, `PT12H`, `P2W`); undefined when invalid,
 * including the empty `P` and a `T` with nothing after it.
 */
export function parseIsoDuration(text: string): IsoDuration | undefined {
  const trimmed = text.trim().toUpperCase();
  const match = ISO_DURATION.exec(trimmed);
  if (!match || trimmed === 'P' || trimmed.endsWith('T')) return undefined;
  const parts = match.slice(1).map((part) => (part === undefined ? 0 : Number(part.replace(',', '.'))));
  const [years, months, weeks, days, hours, minutes, seconds] = parts as [number, number, number, number, number, number, number];
  return { years, months, weeks, days, hours, minutes, seconds };
}

/** Average lengths, so that `P1Y` and `P12M` compare equal and months compare sensibly with days. */
const DAYS_PER_YEAR = 365.25;
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

/** Approximate length of a duration in days. */
export function durationToDays(duration: IsoDuration): number {
  return (
    duration.years * DAYS_PER_YEAR +
    duration.months * DAYS_PER_MONTH +
    duration.weeks * 7 +
    duration.days +
    duration.hours / 24 +
    duration.minutes / 1440 +
    duration.seconds / 86400
  );
}

/** ISO-8601 duration to milliseconds (approximate for months and years); undefined when invalid. */
export function parseDurationMs(text: string): number | undefined {
  const duration = parseIsoDuration(text);
  return duration === undefined ? undefined : Math.round(durationToDays(duration) * 86_400_000);
}

const UNIT_NAMES: readonly [keyof IsoDuration, string][] = [
  ['years', 'year'],
  ['months', 'month'],
  ['weeks', 'week'],
  ['days', 'day'],
  ['hours', 'hour'],
  ['minutes', 'minute'],
  ['seconds', 'second'],
];

/** `14 days`, `1 year 6 months`, `0 days` for an all-zero duration. */
export function formatDuration(duration: IsoDuration): string {
  const parts = UNIT_NAMES.filter(([field]) => duration[field] !== 0).map(
    ([field, unit]) => `${duration[field]} ${unit}${duration[field] === 1 ? '' : 's'}`,
  );
  return parts.length === 0 ? '0 days' : parts.join(' ');
}

/** `account_closed` → `account closed`: triggers and conditions are snake_case keys in configs. */
function humanise(trigger: string): string {
  return trigger.trim().replace(/[_-]+/g, ' ');
}

/**
 * `14 days`, `6 months after account closed`, `until consent withdrawn`. An unparsable duration is
 * shown as written, so a report still says what the config says.
 */
export function formatRetention(retention: Retention): string {
  if (retention.keep === undefined) return `until ${humanise(retention.until)}`;
  const duration = parseIsoDuration(retention.keep);
  const length = duration ? formatDuration(duration) : retention.keep;
  return retention.after ? `${length} after ${humanise(retention.after)}` : length;
}

/**
 * Comparable length of a retention in days: the duration for `keep` (counted from its trigger), and
 * `Infinity` for `until` (no fixed end). Undefined when `keep` is not a valid duration.
 */
export function retentionLengthDays(retention: Retention): number | undefined {
  if (retention.keep === undefined) return Number.POSITIVE_INFINITY;
  const duration = parseIsoDuration(retention.keep);
  return duration === undefined ? undefined : durationToDays(duration);
}

/** The built-in legal rules in the shape policy evaluation asks for (`policy/legal.ts` `LegalRules`). */
export const builtinLegalRules: LegalRules = {
  isEea,
  hasGeneralAdequacy,
  parseDuration: parseDurationMs,
};
