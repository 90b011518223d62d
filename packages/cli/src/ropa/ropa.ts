/**
 * The GDPR Art. 30(1) record of processing activities, one row per configured activity, with the code
 * evidence behind each row. Flows are placed under activities exactly as on the data-flow map
 * (`assignFlow`), so the record and the map tell the same story.
 */
import {
  builtinLegalRules,
  compareStrings,
  formatRetention,
  type Activity,
  type Controller,
  type Finding,
  type LawfulConfig,
  type LegalBasis,
  type LegalRules,
  type LoadedConfig,
  type Retention,
  type ScanResult,
  type SinkModulesLookup,
  type SpecialCategoryCondition,
  type TaxonomyLike,
  type TransferMechanism,
} from '@lawful/core';
import { UNDECLARED_ACTIVITY_ID, configOf } from '../map/assign.js';
import { buildMapModel, categoryName, isSpecialCategory, type MapFlow } from '../map/model.js';

export interface RopaEvidence {
  file: string;
  line: number;
  column: number;
  category: string;
  sinkId: string;
  /** False when the activity does not declare this flow (the code does more than the row says). */
  declared: boolean;
}

export interface RopaCategory {
  key: string;
  name: string;
  /** GDPR Art. 9 special category. */
  special: boolean;
}

export interface RopaRecipient {
  key: string;
  /** @personal none — an organisation's name, from the config */
  name: string;
  role: string;
  /** @personal none — where the organisation processes data */
  country?: string;
}

export interface RopaTransfer {
  recipient: string;
  /** @personal none — an organisation's name, from the config */
  name: string;
  /** @personal none — where the organisation processes data */
  country: string;
  /** Human-readable safeguard, or `none stated`. */
  safeguard: string;
  mechanism?: TransferMechanism;
}

export interface RopaStore {
  key: string;
  kind: string;
  location?: string;
  security: string[];
}

export interface RopaRow {
  activity: string;
  description?: string;
  /** (a) */
  controller: Controller | null;
  /** (b) */
  purpose: string | null;
  legalBasis: LegalBasis | null;
  /** `Consent (Art. 6(1)(a))`, or `not stated`. */
  legalBasisText: string;
  legitimateInterest?: string;
  specialCategoryCondition?: SpecialCategoryCondition;
  /** `Explicit consent (Art. 9(2)(a))`, present when the condition is stated. */
  specialCategoryConditionText?: string;
  consentGuard?: string;
  /** (c) */
  subjects: string[];
  categories: RopaCategory[];
  /** (d) */
  recipients: RopaRecipient[];
  /** (e) recipients outside the EEA. */
  transfers: RopaTransfer[];
  /** (f) `14 days`, `6 months after account closed`, `until consent withdrawn`, or `not stated`. */
  retention: string;
  /** (g) the stores the activity uses, with their `security` measures. */
  stores: RopaStore[];
  /** Flows that fall under this activity, sorted by location. */
  evidence: RopaEvidence[];
  /** Where the code does more than the row declares, and findings pointing at the activity. Sorted. */
  flags: string[];
}

export interface Ropa {
  controller: Controller | null;
  rows: RopaRow[];
  /** Flows no activity declares: processing the record does not cover yet. */
  undeclared: RopaEvidence[];
}

export interface BuildRopaOptions {
  /** Country rules (EEA, adequacy); defaults to the built-in catalog's `builtinLegalRules`. */
  legal?: LegalRules;
  modulesOf?: SinkModulesLookup;
}

export const LEGAL_BASIS_TEXT: Readonly<Record<LegalBasis, string>> = {
  consent: 'Consent (Art. 6(1)(a))',
  contract: 'Contract (Art. 6(1)(b))',
  legal_obligation: 'Legal obligation (Art. 6(1)(c))',
  vital_interests: 'Vital interests (Art. 6(1)(d))',
  public_task: 'Public task (Art. 6(1)(e))',
  legitimate_interests: 'Legitimate interests (Art. 6(1)(f))',
};

export const SPECIAL_CONDITION_TEXT: Readonly<Record<SpecialCategoryCondition, string>> = {
  explicit_consent: 'Explicit consent (Art. 9(2)(a))',
  employment: 'Employment and social security law (Art. 9(2)(b))',
  vital_interests: 'Vital interests (Art. 9(2)(c))',
  nonprofit: 'Not-for-profit body (Art. 9(2)(d))',
  made_public: 'Made public by the data subject (Art. 9(2)(e))',
  legal_claims: 'Legal claims (Art. 9(2)(f))',
  substantial_public_interest: 'Substantial public interest (Art. 9(2)(g))',
  health_care: 'Health or social care (Art. 9(2)(h))',
  public_health: 'Public health (Art. 9(2)(i))',
  archiving_research: 'Archiving, research or statistics (Art. 9(2)(j))',
};

export const TRANSFER_TEXT: Readonly<Record<TransferMechanism, string>> = {
  adequacy: 'Adequacy decision (Art. 45)',
  dpf: 'EU–US Data Privacy Framework (Art. 45)',
  scc: 'Standard contractual clauses (Art. 46(2)(c))',
  bcr: 'Binding corporate rules (Art. 47)',
  derogation: 'Derogation for a specific situation (Art. 49)',
};

export const NONE_STATED = 'none stated';
export const NOT_STATED = 'not stated';

/** `14 days`, `6 months after account closed`, `until consent withdrawn` (core's wording), or `not stated`. */
export function humanizeRetention(retention: Retention | undefined): string {
  return retention ? formatRetention(retention) : NOT_STATED;
}

function evidenceOf(flow: MapFlow): RopaEvidence {
  return { file: flow.file, line: flow.line, column: flow.column, category: flow.category, sinkId: flow.sinkId, declared: flow.declared };
}

function flagsFor(activity: Activity, flows: readonly MapFlow[], findings: readonly Finding[]): string[] {
  const flags = new Set<string>();
  const notDeclared = new Map<string, MapFlow[]>();
  for (const flow of flows) {
    if (flow.declared) continue;
    const key = `${flow.categoryName} (${flow.category}) → ${flow.sinkId}`;
    notDeclared.set(key, [...(notDeclared.get(key) ?? []), flow]);
  }
  for (const [what, list] of notDeclared) {
    const where = list.slice(0, 3).map((flow) => `${flow.file}:${flow.line}`).join(', ');
    const more = list.length > 3 ? ` and ${list.length - 3} more` : '';
    flags.add(`Code does more than declared: ${what} at ${where}${more}`);
  }
  const flowPlaces = new Set(flows.map((flow) => `${flow.file}:${flow.line}:${flow.column}`));
  for (const finding of findings) {
    const onRowFlow = flowPlaces.has(`${finding.location.file}:${finding.location.line}:${finding.location.column}`);
    if (finding.activity !== activity.id && !onRowFlow) continue;
    // Flow findings already produce the "does more than declared" flag above.
    if (onRowFlow && (finding.ruleId === 'purpose-mismatch' || finding.ruleId.startsWith('undeclared-'))) continue;
    flags.add(`${finding.ruleId}: ${finding.message} (${finding.location.file}:${finding.location.line})`);
  }
  return [...flags].sort(compareStrings);
}

export function buildRopa(
  loadedConfig: LoadedConfig | LawfulConfig,
  result: ScanResult,
  taxonomy: TaxonomyLike | undefined,
  options: BuildRopaOptions = {},
): Ropa {
  const config = configOf(loadedConfig);
  if (!config) throw new Error('buildRopa needs a config: the record of processing is built from its activities');
  const legal = options.legal ?? builtinLegalRules;
  const model = buildMapModel(result, config, taxonomy, options.modulesOf ? { modulesOf: options.modulesOf } : {});
  const flowsByActivity = new Map<string, MapFlow[]>();
  for (const flow of model.flows) flowsByActivity.set(flow.activity, [...(flowsByActivity.get(flow.activity) ?? []), flow]);
  const controller = config.controller ?? null;

  const rows = (config.activities ?? []).map((activity): RopaRow => {
    const flows = flowsByActivity.get(activity.id) ?? [];
    const recipients = (activity.recipients ?? []).map((key): RopaRecipient => {
      const recipient = config.recipients?.[key];
      return {
        key,
        name: recipient?.name ?? key,
        role: recipient?.role ?? NOT_STATED,
        ...(recipient?.country !== undefined ? { country: recipient.country } : {}),
      };
    });
    const transfers = (activity.recipients ?? []).flatMap((key): RopaTransfer[] => {
      const recipient = config.recipients?.[key];
      const country = recipient?.country;
      if (!recipient || country === undefined || legal.isEea(country)) return [];
      const safeguard = recipient.transfer
        ? TRANSFER_TEXT[recipient.transfer]
        : legal.hasGeneralAdequacy(country)
          ? `${NONE_STATED} (${country} has an adequacy decision)`
          : NONE_STATED;
      return [{ recipient: key, name: recipient.name, country, safeguard, ...(recipient.transfer ? { mechanism: recipient.transfer } : {}) }];
    });
    const stores = (activity.stores ?? []).map((key): RopaStore => {
      const store = config.stores?.[key];
      return {
        key,
        kind: store?.kind ?? NOT_STATED,
        ...(store?.location !== undefined ? { location: store.location } : {}),
        security: [...(store?.security ?? [])],
      };
    });
    const categories = activity.categories.map((declared): RopaCategory => {
      const key = taxonomy?.resolve(declared) ?? declared;
      return { key, name: categoryName(key, taxonomy, config), special: isSpecialCategory(key, taxonomy, config) };
    });
    const row: RopaRow = {
      activity: activity.id,
      ...(activity.description ? { description: activity.description } : {}),
      controller,
      purpose: activity.purpose ?? null,
      legalBasis: activity.legal_basis ?? null,
      legalBasisText: activity.legal_basis ? LEGAL_BASIS_TEXT[activity.legal_basis] : NOT_STATED,
      subjects: [...(activity.subjects ?? [])],
      categories,
      recipients,
      transfers,
      retention: humanizeRetention(activity.retention),
      stores,
      evidence: flows.map(evidenceOf),
      flags: flagsFor(activity, flows, result.findings),
    };
    if (activity.legitimate_interest) row.legitimateInterest = activity.legitimate_interest;
    if (activity.special_category_condition) {
      row.specialCategoryCondition = activity.special_category_condition;
      row.specialCategoryConditionText = SPECIAL_CONDITION_TEXT[activity.special_category_condition];
    }
    if (activity.consent) row.consentGuard = activity.consent.guard;
    return row;
  });

  return { controller, rows, undeclared: (flowsByActivity.get(UNDECLARED_ACTIVITY_ID) ?? []).map(evidenceOf) };
}
