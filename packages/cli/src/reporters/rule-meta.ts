/** What reporters say about each finding id: SARIF rule metadata, docs links, GDPR references. */
import type { Finding, FindingId } from '@lawful/core';
import { DEFAULT_SEVERITIES, FINDING_IDS, PROJECT_URL, ruleDocsUrl as findingDocsUrl } from '@lawful/core';

export { PROJECT_URL };

export type ReportedRuleId = Finding['ruleId'];

export interface RuleMeta {
  id: ReportedRuleId;
  /** PascalCase name (SARIF `reportingDescriptor.name`). */
  name: string;
  shortDescription: string;
  fullDescription: string;
  /** GDPR articles the rule is about. */
  gdpr: string;
  defaultLevel: 'error' | 'warning';
  helpUri: string;
  /** Where the finding is reported: in code, or in the config file. */
  locatedIn: 'code' | 'config' | 'code-or-config';
}

const DESCRIPTIONS: Record<FindingId | 'invalid-suppression', Omit<RuleMeta, 'id' | 'name' | 'defaultLevel' | 'helpUri'>> = {
  'undeclared-sharing': {
    shortDescription: 'Personal data reaches a third party that no activity declares for it.',
    fullDescription:
      'Personal data of a category reaches a recipient (an SDK or an external host) that no activity of the config declares for that category. Every disclosure needs a purpose, a legal basis and a named recipient.',
    gdpr: 'Art. 5(1)(a)-(b), 6, 13(1)(e), 28, 30(1)(d)',
    locatedIn: 'code',
  },
  'undeclared-storage': {
    shortDescription: 'Personal data is stored where no activity declares it.',
    fullDescription:
      'Personal data of a category is written to a store (database, cache, file, cookie, browser storage, object storage) that no activity of the config declares for that category.',
    gdpr: 'Art. 5(1)(b)-(c), 30(1)(c)',
    locatedIn: 'code',
  },
  'undeclared-logging': {
    shortDescription: 'Personal data is logged where no activity declares it.',
    fullDescription:
      'Personal data of a category reaches a log sink that no activity of the config declares for that category. Logs are stores too: they are kept, copied and read by many people.',
    gdpr: 'Art. 5(1)(c), 5(1)(f), 30(1)(c)',
    locatedIn: 'code',
  },
  'missing-retention': {
    shortDescription: 'A store or log receives personal data under an activity with no retention.',
    fullDescription:
      'A store or log receives personal data under an activity that declares no retention period, or activities writing to one store declare conflicting retention (warning).',
    gdpr: 'Art. 5(1)(e), 13(2)(a), 30(1)(f)',
    locatedIn: 'code-or-config',
  },
  'missing-legal-basis': {
    shortDescription: 'An activity has no valid legal basis.',
    fullDescription:
      'An activity has no valid Art. 6 legal basis, relies on legitimate interests without naming the interest, or processes special-category data without an Art. 9 condition.',
    gdpr: 'Art. 6(1), 9(2), 13(1)(c)-(d), 30(1)(b)',
    locatedIn: 'config',
  },
  'consent-not-checked': {
    shortDescription: 'A consent-based flow does not check consent first.',
    fullDescription:
      "A flow that only a consent-based activity allows is not guarded by that activity's consent check: the data is sent or stored whether or not the person agreed.",
    gdpr: 'Art. 6(1)(a), 7(1), 7(3)',
    locatedIn: 'code',
  },
  'unsafe-transfer': {
    shortDescription: 'A recipient outside the EEA has no transfer safeguard.',
    fullDescription:
      'A recipient in a country outside the EEA, without an adequacy decision, has no transfer safeguard (DPF certification, standard contractual clauses, binding corporate rules or a derogation).',
    gdpr: 'Art. 44-49',
    locatedIn: 'config',
  },
  'purpose-mismatch': {
    shortDescription: 'Code marked for one activity makes a flow that activity does not declare.',
    fullDescription:
      'Code marked `@activity X` (or matched by the `paths:` of X) makes a flow that X does not declare, although another activity does: data collected for one purpose is used for another.',
    gdpr: 'Art. 5(1)(b), 6(4)',
    locatedIn: 'code',
  },
  'stale-declaration': {
    shortDescription: 'The config declares a category for a store or recipient that no code sends it.',
    fullDescription:
      'An activity declares a category for its stores or recipients, but no flow of the scanned code sends that category there. The record of processing overstates what happens.',
    gdpr: 'Art. 5(1)(c), 30(1)',
    locatedIn: 'config',
  },
  'unknown-category': {
    shortDescription: 'An annotation or the config names a category the taxonomy does not have.',
    fullDescription:
      'An annotation (`@personal`, `Personal<T, C>`, `@Personal(c)`) or the config names a data category that is neither a taxonomy key, an alias nor a `taxonomy.extend` entry.',
    gdpr: 'Art. 30(1)(c)',
    locatedIn: 'code-or-config',
  },
  'invalid-suppression': {
    shortDescription: 'A lawful-ignore comment has no reason or names an unknown id.',
    fullDescription:
      'A `// lawful-ignore <id> -- <reason>` comment without a reason suppresses nothing; an unknown id is reported so typos do not hide findings.',
    gdpr: 'Art. 5(2)',
    locatedIn: 'code',
  },
};

function pascalCase(id: string): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** All ids a scan can report, in a fixed order (SARIF `ruleIndex` refers to it). */
export const REPORTED_RULE_IDS: readonly ReportedRuleId[] = [...FINDING_IDS, 'invalid-suppression'];

export const RULES: readonly RuleMeta[] = REPORTED_RULE_IDS.map((id) => ({
  id,
  name: pascalCase(id),
  defaultLevel: id === 'invalid-suppression' ? 'error' : DEFAULT_SEVERITIES[id],
  helpUri: id === 'invalid-suppression' ? `${PROJECT_URL}/blob/main/docs/suppressions.md` : findingDocsUrl(id),
  ...DESCRIPTIONS[id],
}));

export function ruleDocsUrl(id: ReportedRuleId): string {
  return RULES.find((rule) => rule.id === id)?.helpUri ?? findingDocsUrl(id);
}
