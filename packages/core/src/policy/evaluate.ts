/**
 * Policy evaluation: turns the analyzer's flows and a loaded config into findings
 * (DESIGN.md "Findings" and "Precise semantics"). Pure: no compiler, no file system.
 */
import path from 'node:path';
import type { Finding, FindingId, Flow, Severity, SinkRef, SourceLocation } from '../model.js';
import { compareFlows, compareLocations, compareStrings } from '../model.js';
import type { Activity, LawfulConfig, LoadedConfig, Retention } from '../config/types.js';
import { LEGAL_BASES, SPECIAL_CATEGORY_CONDITIONS } from '../config/types.js';
import type { TaxonomyLike } from '../catalog/types.js';
import type { LegalRules } from './legal.js';
import { DPF_COUNTRY } from './legal.js';
import { builtinLegalRules } from '../catalog/legal.js';
import { globMatches, guardName, recipientsForSink, storesForSink, type SinkModulesLookup } from './match.js';
import { assignFingerprints, normaliseSnippet, type DraftFinding } from './fingerprint.js';
import { effectiveSeverity } from './severity.js';
import { applySuppressions, parseSuppressions } from './suppressions.js';

/** A category mark found in code (`@personal x`, `Personal<T, 'x'>`, `@Personal('x')`). */
export interface AnnotationRef {
  /** The category as written. */
  raw: string;
  /** The resolved key; undefined when the taxonomy does not know `raw`. */
  category?: string;
  /** The tag's location. */
  location: SourceLocation;
}

export interface PolicyInput {
  flows: Flow[];
  config: LoadedConfig;
  taxonomy: TaxonomyLike;
  annotations?: AnnotationRef[];
  /** The config file relative to `rootDir`, `/` separators: where config findings are located. */
  configFileRelative: string;
  /** Absolute scan root; flow files are relative to it. Used to resolve `paths:` globs. */
  rootDir: string;
  /** Country and duration knowledge; default: the built-in catalog data (`catalog/legal.ts` `builtinLegalRules`). */
  legal?: LegalRules;
  /** Source line text (1-based) for fingerprints; falls back to `readFile`. */
  lineText?: (file: string, line: number) => string | undefined;
  /** Source text of a scanned file; enables inline suppressions and snippet fingerprints. */
  readFile?: (file: string) => string | undefined;
  /** Modules providing a sink (sink catalog knowledge) so recipients' `sdks:` can match. */
  sinkModules?: SinkModulesLookup;
  /**
   * Only the findings located in source code (flows and marks); the checks of the config itself
   * (legal bases, transfers, stale declarations, retention conflicts, unknown categories in the
   * config) are skipped. For a front-end that reports one source file at a time.
   */
  codeFindingsOnly?: boolean;
}

export interface PolicyResult {
  /** Sorted; `activity` filled with the activity that allows the flow when code did not name one. */
  flows: Flow[];
  /** Sorted by file, line, column, ruleId, category, sink. */
  findings: Finding[];
}

interface ResolvedCategory {
  raw: string;
  key: string | undefined;
  index: number;
}

interface ActivityInfo {
  activity: Activity;
  index: number;
  categories: ResolvedCategory[];
  stores: Set<string>;
  recipients: Set<string>;
}

interface FlowDestinations {
  stores: string[];
  recipients: string[];
}

const CONFIG_FINDING_ANCHOR = 'config';

export function evaluatePolicy(input: PolicyInput): PolicyResult {
  const { config: loaded, taxonomy } = input;
  const config = loaded.config;
  const activities = (config.activities ?? []).map((activity, index): ActivityInfo => ({
    activity,
    index,
    categories: (activity.categories ?? []).map((raw, categoryIndex) => ({
      raw,
      key: taxonomy.resolve(raw),
      index: categoryIndex,
    })),
    stores: new Set(activity.stores ?? []),
    recipients: new Set(activity.recipients ?? []),
  }));
  const activityById = new Map(activities.map((info) => [info.activity.id, info]));
  const configLocation = (keyPath: readonly (string | number)[]): SourceLocation => {
    const position = loaded.positionOf(keyPath);
    return { file: input.configFileRelative, line: position.line, column: position.column };
  };
  const lineText = makeLineText(input);

  const flows = [...input.flows].sort(compareFlows);
  const destinationsOf = new Map<Flow, FlowDestinations>();
  for (const flow of flows) {
    destinationsOf.set(flow, {
      stores: storesForSink(config, flow.sink),
      recipients: recipientsForSink(config, flow.sink, input.sinkModules),
    });
  }

  const drafts: DraftFinding[] = [];
  const evaluatedFlows: Flow[] = [];
  /** For retention conflicts: store → activities that actually write to it. */
  const writersByStore = new Map<string, Set<ActivityInfo>>();

  for (const flow of flows) {
    const destinations = destinationsOf.get(flow) ?? { stores: [], recipients: [] };
    const allowing = activities.filter(
      (info) => declaresCategory(info, flow.category, taxonomy) && reachesDestination(info, destinations),
    );
    const required = requiredActivities(flow, activities, input);
    const fitting = required ? allowing.filter((info) => required.includes(info.activity.id)) : allowing;
    const anchor = normaliseSnippet(lineText(flow.location.file, flow.location.line));
    const base = {
      category: flow.category,
      sink: flow.sink,
      location: flow.location,
      trace: flow.trace,
      anchor,
    };

    if (fitting.length === 0) {
      if (required && allowing.length > 0) {
        drafts.push({
          ...base,
          ruleId: 'purpose-mismatch',
          severity: 'error',
          activity: required[0],
          message: purposeMismatchMessage(flow, required, allowing, activityById, destinations),
        });
      } else {
        drafts.push({
          ...base,
          ruleId: undeclaredIdFor(flow.sink),
          severity: 'error',
          ...(required?.[0] !== undefined ? { activity: required[0] } : {}),
          message: undeclaredMessage(flow, destinations, activities, taxonomy, required),
        });
      }
      evaluatedFlows.push(flow);
      continue;
    }

    const primary = fitting[0] as ActivityInfo;
    evaluatedFlows.push(flow.activity === undefined ? { ...flow, activity: primary.activity.id } : flow);

    if (fitting.every((info) => info.activity.legal_basis === 'consent')) {
      const guarded = fitting.some((info) => isGuardedBy(flow, info.activity));
      if (!guarded) {
        drafts.push({
          ...base,
          ruleId: 'consent-not-checked',
          severity: 'error',
          activity: primary.activity.id,
          message: consentMessage(flow, fitting),
        });
      }
    }

    if (flow.sink.kind !== 'third-party') {
      const writtenStores = destinations.stores.filter((store) => fitting.some((info) => info.stores.has(store)));
      for (const store of writtenStores) {
        for (const info of fitting) {
          if (!info.stores.has(store)) continue;
          const writers = writersByStore.get(store) ?? new Set<ActivityInfo>();
          writers.add(info);
          writersByStore.set(store, writers);
        }
      }
      if (writtenStores.length > 0 && !fitting.some((info) => info.activity.retention)) {
        drafts.push({
          ...base,
          ruleId: 'missing-retention',
          severity: 'error',
          activity: primary.activity.id,
          message: missingRetentionMessage(flow, writtenStores, fitting),
        });
      }
    }
  }

  if (!input.codeFindingsOnly) {
    drafts.push(...retentionConflicts(writersByStore, input.legal ?? builtinLegalRules, configLocation));
    drafts.push(...legalBasisFindings(activities, taxonomy, configLocation));
    drafts.push(...transferFindings(config, input.legal ?? builtinLegalRules, configLocation));
    drafts.push(...staleDeclarations(activities, flows, destinationsOf, taxonomy, configLocation));
    drafts.push(...unknownCategoryFindings(config, activities, taxonomy, configLocation));
  }
  drafts.push(...unknownAnnotationFindings(input.annotations ?? [], taxonomy));

  const configured: DraftFinding[] = [];
  for (const draft of drafts) {
    const severity = effectiveSeverity(draft.ruleId as FindingId, draft.severity, config.rules);
    if (severity !== undefined) configured.push({ ...draft, severity });
  }

  let findings = assignFingerprints(configured);
  let resultFlows = evaluatedFlows;
  if (input.readFile) {
    const readFile = input.readFile;
    const cache = new Map<string, ReturnType<typeof parseSuppressions>>();
    const suppressed = applySuppressions({
      flows: resultFlows,
      findings,
      suppressionsOf: (file) => {
        if (file === input.configFileRelative) return undefined;
        if (!cache.has(file)) {
          const text = readFile(file);
          cache.set(file, text === undefined ? [] : parseSuppressions(text));
        }
        return cache.get(file);
      },
    });
    findings = suppressed.findings;
    resultFlows = suppressed.flows;
  }
  return { flows: [...resultFlows].sort(compareFlows), findings: sortFindings(findings) };
}

/** Deterministic order: file, line, column, ruleId, category, sink, message. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      compareLocations(a.location, b.location) ||
      compareStrings(a.ruleId, b.ruleId) ||
      compareStrings(a.category ?? '', b.category ?? '') ||
      compareStrings(a.sink?.id ?? '', b.sink?.id ?? '') ||
      compareStrings(a.message, b.message),
  );
}

/** `undeclared-logging` / `-sharing` / `-storage` by the sink's kind. */
export function undeclaredIdFor(sink: SinkRef): FindingId {
  if (sink.kind === 'log') return 'undeclared-logging';
  if (sink.kind === 'third-party') return 'undeclared-sharing';
  return 'undeclared-storage';
}

function makeLineText(input: PolicyInput): (file: string, line: number) => string | undefined {
  if (input.lineText) return input.lineText;
  const readFile = input.readFile;
  if (!readFile) return () => undefined;
  const lines = new Map<string, string[] | undefined>();
  return (file, line) => {
    if (!lines.has(file)) lines.set(file, readFile(file)?.split(/\r?\n/));
    return lines.get(file)?.[line - 1];
  };
}

function declaresCategory(info: ActivityInfo, category: string, taxonomy: TaxonomyLike): boolean {
  return info.categories.some((entry) => entry.key !== undefined && taxonomy.covers(entry.key, category));
}

function reachesDestination(info: ActivityInfo, destinations: FlowDestinations): boolean {
  return (
    destinations.stores.some((store) => info.stores.has(store)) ||
    destinations.recipients.some((recipient) => info.recipients.has(recipient))
  );
}

/**
 * The activities code narrows a flow to: its `@activity`, else the activities whose `paths:` globs
 * (relative to the config file's folder) match its file. Undefined when nothing narrows it.
 */
function requiredActivities(flow: Flow, activities: ActivityInfo[], input: PolicyInput): string[] | undefined {
  if (flow.activity !== undefined) return [flow.activity];
  const withPaths = activities.filter((info) => (info.activity.paths ?? []).length > 0);
  if (withPaths.length === 0) return undefined;
  const fileFromConfig = path
    .relative(path.dirname(input.config.filepath), path.join(input.rootDir, flow.location.file))
    .split(path.sep)
    .join('/');
  const matching = withPaths
    .filter((info) => (info.activity.paths ?? []).some((glob) => globMatches(glob, fileFromConfig)))
    .map((info) => info.activity.id);
  return matching.length > 0 ? matching : undefined;
}

function isGuardedBy(flow: Flow, activity: Activity): boolean {
  const guard = activity.consent?.guard;
  if (!guard) return false;
  const expected = guardName(guard);
  return (flow.guards ?? []).some((seen) => guardName(seen) === expected);
}

// ---------------------------------------------------------------------------------------------
// Messages: what was found, what the config allows, how to fix it.

function sinkNoun(sink: SinkRef): string {
  if (sink.kind === 'log') return 'log sink';
  if (sink.kind === 'third-party') return 'third party';
  return `${sink.kind} sink`;
}

function code(text: string): string {
  return `\`${text}\``;
}

function list(items: readonly string[]): string {
  return items.map(code).join(', ');
}

function suggestedStoreKey(sink: SinkRef): string {
  const key = sink.id
    .split('/')
    .slice(1)
    .join('_')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return key || sink.kind.replace(/-/g, '_');
}

function suggestedRecipientKey(sink: SinkRef): string {
  const raw = sink.recipient ?? sink.id.split('/').slice(1).join('_');
  return raw.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '') || 'vendor';
}

function undeclaredMessage(
  flow: Flow,
  destinations: FlowDestinations,
  activities: ActivityInfo[],
  taxonomy: TaxonomyLike,
  required: string[] | undefined,
): string {
  const category = flow.category;
  const isSharing = flow.sink.kind === 'third-party';
  const found = `${code(category)} reaches ${sinkNoun(flow.sink)} ${code(flow.sink.id)}`;
  const destinationKeys = isSharing ? destinations.recipients : destinations.stores;
  const destinationWord = isSharing ? 'recipient' : 'store';
  const listKey = isSharing ? 'recipients' : 'stores';
  const scope = required ? ` among the activities this code is limited to (${list(required)})` : '';

  if (destinationKeys.length === 0) {
    const yaml = isSharing
      ? `recipients: { ${suggestedRecipientKey(flow.sink)}: { name: <vendor>, role: processor, country: <ISO code>, sinks: ["${flow.sink.id}"] } }`
      : `stores: { ${suggestedStoreKey(flow.sink)}: { kind: ${flow.sink.kind}, sinks: ["${flow.sink.id}"] } }`;
    return (
      `${found}, but no ${destinationWord} in the config matches this sink, so no activity declares it${scope}. ` +
      `Fix: declare it, e.g. \`${yaml}\`, and list it with ${code(category)} in the activity this processing serves ` +
      `(\`${listKey}: [${isSharing ? suggestedRecipientKey(flow.sink) : suggestedStoreKey(flow.sink)}]\`, \`categories: [${category}]\`).`
    );
  }

  const candidates = required ? activities.filter((info) => required.includes(info.activity.id)) : activities;
  const usingDestination = candidates.filter((info) =>
    destinationKeys.some((key) => (isSharing ? info.recipients : info.stores).has(key)),
  );
  const listingCategory = candidates.filter((info) =>
    info.categories.some((entry) => entry.key !== undefined && taxonomy.covers(entry.key, category)),
  );
  const allows =
    usingDestination.length > 0
      ? `${destinationWord} ${list(destinationKeys)} is declared for ${usingDestination
          .map((info) => `${code(info.activity.id)} (categories: ${info.categories.map((entry) => entry.raw).join(', ') || 'none'})`)
          .join('; ')}`
      : `${destinationWord} ${list(destinationKeys)} matches this sink but no activity lists it${scope}`;
  const fixes: string[] = [];
  for (const info of usingDestination.slice(0, 2)) {
    fixes.push(`add ${code(category)} to \`categories:\` of activity ${code(info.activity.id)}`);
  }
  for (const info of listingCategory.slice(0, 2)) {
    fixes.push(`add ${code(destinationKeys[0] as string)} to \`${listKey}:\` of activity ${code(info.activity.id)}`);
  }
  if (fixes.length === 0) {
    fixes.push(
      `add an activity (or extend one) with \`categories: [${category}]\` and \`${listKey}: [${destinationKeys[0] as string}]\``,
    );
  }
  return `${found}, but no activity declares ${code(category)} for it${scope}: ${allows}. Fix: ${fixes.join(', or ')}.`;
}

function purposeMismatchMessage(
  flow: Flow,
  required: string[],
  allowing: ActivityInfo[],
  activityById: Map<string, ActivityInfo>,
  destinations: FlowDestinations,
): string {
  const isSharing = flow.sink.kind === 'third-party';
  const destination = (isSharing ? destinations.recipients : destinations.stores)[0] ?? flow.sink.id;
  const known = required.filter((id) => activityById.has(id));
  const undeclaredNames = required.filter((id) => !activityById.has(id));
  const origin = flow.activity !== undefined ? `under \`@activity ${flow.activity}\`` : `in a file matched by \`paths:\` of ${list(required)}`;
  const missing =
    undeclaredNames.length > 0
      ? ` (${list(undeclaredNames)} is not an activity in the config)`
      : '';
  return (
    `Code ${origin} sends ${code(flow.category)} to ${code(flow.sink.id)}, which ${list(required)} does not declare${missing}; ` +
    `only ${list(allowing.map((info) => info.activity.id))} does. ` +
    `Fix: if this is part of ${code(required[0] as string)}, add ${code(flow.category)} to its \`categories:\` and ` +
    `${code(destination)} to its \`${isSharing ? 'recipients' : 'stores'}:\`` +
    (known.length === 0 ? ' (after declaring the activity)' : '') +
    `; otherwise move this call to code of ${code((allowing[0] as ActivityInfo).activity.id)}.`
  );
}

function consentMessage(flow: Flow, fitting: ActivityInfo[]): string {
  const withGuard = fitting.filter((info) => info.activity.consent?.guard);
  const names = list(fitting.map((info) => info.activity.id));
  if (withGuard.length === 0) {
    return (
      `${code(flow.category)} reaches ${code(flow.sink.id)} only under consent-based ${names}, which names no consent check. ` +
      `Fix: add \`consent: { guard: <function> }\` to ${names} and call it before this line.`
    );
  }
  const guard = guardName((withGuard[0] as ActivityInfo).activity.consent?.guard as string);
  const seen = flow.guards && flow.guards.length > 0 ? ` (guards seen: ${list(flow.guards)})` : '';
  return (
    `${code(flow.category)} reaches ${code(flow.sink.id)} under ${names} (legal basis: consent), but this call does not ` +
    `run only after ${code(`${guard}()`)} returns true${seen}. ` +
    `Fix: wrap it in \`if (await ${guard}(…)) { … }\` or return early when it is false; when the check is in a caller, every call site must be guarded.`
  );
}

function missingRetentionMessage(flow: Flow, stores: string[], fitting: ActivityInfo[]): string {
  const names = fitting.map((info) => info.activity.id);
  return (
    `${code(flow.category)} is written to ${stores.length > 1 ? 'stores' : 'store'} ${list(stores)} (${code(flow.sink.id)}) under ` +
    `${names.length > 1 ? 'activities' : 'activity'} ${list(names)}, which ${names.length > 1 ? 'declare' : 'declares'} no retention. ` +
    `Fix: add \`retention: { keep: P30D }\` (an ISO-8601 duration, optionally with \`after:\`) or \`retention: { until: consent_withdrawn }\` to ${code(names[0] as string)}.`
  );
}

// ---------------------------------------------------------------------------------------------
// Config-located findings.

type ConfigLocator = (keyPath: readonly (string | number)[]) => SourceLocation;

function configDraft(
  ruleId: FindingId,
  severity: Severity,
  location: SourceLocation,
  anchor: string,
  message: string,
  extra: { category?: string; activity?: string } = {},
): DraftFinding {
  return { ruleId, severity, location, anchor: `${CONFIG_FINDING_ANCHOR}:${anchor}`, message, trace: [], ...extra };
}

function retentionKey(retention: Retention, legal: LegalRules): string {
  if (retention.keep !== undefined) {
    const duration = legal.parseDuration?.(retention.keep);
    return `keep:${duration ?? retention.keep}:after:${retention.after ?? ''}`;
  }
  return `until:${retention.until}`;
}

function describeRetention(retention: Retention): string {
  if (retention.keep !== undefined) return retention.after ? `keep ${retention.keep} after ${retention.after}` : `keep ${retention.keep}`;
  return `until ${retention.until}`;
}

function retentionConflicts(
  writersByStore: Map<string, Set<ActivityInfo>>,
  legal: LegalRules,
  locate: ConfigLocator,
): DraftFinding[] {
  const drafts: DraftFinding[] = [];
  for (const [store, writers] of [...writersByStore].sort(([a], [b]) => compareStrings(a, b))) {
    const withRetention = [...writers]
      .filter((info) => info.activity.retention)
      .sort((a, b) => a.index - b.index);
    const distinct = new Map<string, ActivityInfo>();
    for (const info of withRetention) {
      const key = retentionKey(info.activity.retention as Retention, legal);
      if (!distinct.has(key)) distinct.set(key, info);
    }
    if (distinct.size < 2) continue;
    const described = [...distinct.values()].map(
      (info) => `${code(info.activity.id)} (${describeRetention(info.activity.retention as Retention)})`,
    );
    drafts.push(
      configDraft(
        'missing-retention',
        'warning',
        locate(['stores', store]),
        `retention-conflict:${store}`,
        `Store ${code(store)} receives personal data under activities with conflicting retention: ${described.join(' and ')}. ` +
          `Data kept together is deleted together in practice. Fix: align the retention of these activities, or split the data into separate stores.`,
      ),
    );
  }
  return drafts;
}

function legalBasisFindings(activities: ActivityInfo[], taxonomy: TaxonomyLike, locate: ConfigLocator): DraftFinding[] {
  const drafts: DraftFinding[] = [];
  for (const info of activities) {
    const { activity, index } = info;
    const activityId = activity.id;
    const basis = activity.legal_basis;
    if (basis === undefined) {
      drafts.push(
        configDraft(
          'missing-legal-basis',
          'error',
          locate(['activities', index]),
          `${activityId}:legal_basis`,
          `Activity ${code(activityId)} has no legal basis (GDPR Art. 6). Fix: add \`legal_basis:\` with one of ${LEGAL_BASES.join(', ')}.`,
          { activity: activityId },
        ),
      );
    } else if (!(LEGAL_BASES as readonly string[]).includes(basis)) {
      drafts.push(
        configDraft(
          'missing-legal-basis',
          'error',
          locate(['activities', index, 'legal_basis']),
          `${activityId}:legal_basis`,
          `Activity ${code(activityId)} has legal basis ${code(String(basis))}, which is not an Art. 6 basis. Fix: use one of ${LEGAL_BASES.join(', ')}.`,
          { activity: activityId },
        ),
      );
    } else if (basis === 'legitimate_interests' && !activity.legitimate_interest?.trim()) {
      drafts.push(
        configDraft(
          'missing-legal-basis',
          'error',
          locate(['activities', index, 'legal_basis']),
          `${activityId}:legitimate_interest`,
          `Activity ${code(activityId)} relies on legitimate interests but does not say which interest (Art. 6(1)(f)). ` +
            `Fix: add \`legitimate_interest: <the interest pursued>\` next to \`legal_basis\`.`,
          { activity: activityId },
        ),
      );
    }

    const special = info.categories.filter((entry) => entry.key !== undefined && taxonomy.isSpecial(entry.key));
    const condition = activity.special_category_condition;
    if (special.length > 0 && condition === undefined) {
      const first = special[0] as ResolvedCategory;
      drafts.push(
        configDraft(
          'missing-legal-basis',
          'error',
          locate(['activities', index, 'categories', first.index]),
          `${activityId}:special_category_condition`,
          `Activity ${code(activityId)} processes special-category data (${list(special.map((entry) => entry.raw))}, GDPR Art. 9) ` +
            `without an Art. 9(2) condition. Fix: add \`special_category_condition:\` with one of ${SPECIAL_CATEGORY_CONDITIONS.join(', ')}.`,
          { activity: activityId, category: first.key as string },
        ),
      );
    } else if (condition !== undefined && !(SPECIAL_CATEGORY_CONDITIONS as readonly string[]).includes(condition)) {
      drafts.push(
        configDraft(
          'missing-legal-basis',
          'error',
          locate(['activities', index, 'special_category_condition']),
          `${activityId}:special_category_condition`,
          `Activity ${code(activityId)} names ${code(String(condition))} as its Art. 9 condition, which is not one. Fix: use one of ${SPECIAL_CATEGORY_CONDITIONS.join(', ')}.`,
          { activity: activityId },
        ),
      );
    }
  }
  return drafts;
}

function transferFindings(config: LawfulConfig, legal: LegalRules, locate: ConfigLocator): DraftFinding[] {
  const drafts: DraftFinding[] = [];
  for (const [key, recipient] of Object.entries(config.recipients ?? {})) {
    const country = recipient.country?.trim().toUpperCase();
    const transfer = recipient.transfer;
    if (!country) {
      drafts.push(
        configDraft(
          'unsafe-transfer',
          'warning',
          locate(['recipients', key]),
          `${key}:country`,
          `Recipient ${code(key)} has no \`country:\`, so lawful cannot tell whether sharing with it is a transfer outside the EEA (GDPR Art. 44). ` +
            `Fix: add \`country: <ISO 3166-1 code>\` (and \`transfer:\` when it is outside the EEA without adequacy).`,
        ),
      );
      continue;
    }
    if (legal.isEea(country) || legal.hasGeneralAdequacy(country)) continue;
    if (transfer === undefined) {
      const hint =
        country === DPF_COUNTRY
          ? `\`transfer: dpf\` if ${recipient.name} is certified under the EU–US Data Privacy Framework, otherwise \`transfer: scc\``
          : '`transfer: scc` (or `bcr`, `derogation`)';
      drafts.push(
        configDraft(
          'unsafe-transfer',
          'error',
          locate(['recipients', key, 'country']),
          `${key}:transfer`,
          `Recipient ${code(key)} is in ${country}, outside the EEA and without ${country === DPF_COUNTRY ? 'a general' : 'an'} adequacy decision, ` +
            `and names no transfer safeguard (GDPR Art. 44–49). Fix: add ${hint}.`,
        ),
      );
    } else if (transfer === 'dpf' && country !== DPF_COUNTRY) {
      drafts.push(
        configDraft(
          'unsafe-transfer',
          'error',
          locate(['recipients', key, 'transfer']),
          `${key}:transfer`,
          `Recipient ${code(key)} is in ${country}, but \`transfer: dpf\` only covers certified recipients in the US. Fix: use \`scc\`, \`bcr\` or \`derogation\`.`,
        ),
      );
    } else if (transfer === 'adequacy' && country !== DPF_COUNTRY) {
      drafts.push(
        configDraft(
          'unsafe-transfer',
          'error',
          locate(['recipients', key, 'transfer']),
          `${key}:transfer`,
          `Recipient ${code(key)} claims \`transfer: adequacy\`, but ${country} has no adequacy decision (Art. 45). Fix: use \`scc\`, \`bcr\` or \`derogation\`.`,
        ),
      );
    }
  }
  return drafts;
}

function staleDeclarations(
  activities: ActivityInfo[],
  flows: Flow[],
  destinationsOf: Map<Flow, FlowDestinations>,
  taxonomy: TaxonomyLike,
  locate: ConfigLocator,
): DraftFinding[] {
  const drafts: DraftFinding[] = [];
  for (const info of activities) {
    if (info.stores.size === 0 && info.recipients.size === 0) continue;
    for (const entry of info.categories) {
      const key = entry.key;
      if (key === undefined) continue;
      // A flow of the category, a descendant, or a whole parent object (which carries this field) counts.
      const sent = flows.some((flow) => {
        if (!taxonomy.covers(key, flow.category) && !taxonomy.covers(flow.category, key)) return false;
        return reachesDestination(info, destinationsOf.get(flow) ?? { stores: [], recipients: [] });
      });
      if (sent) continue;
      const destinations = [...info.stores, ...info.recipients];
      drafts.push(
        configDraft(
          'stale-declaration',
          'warning',
          locate(['activities', info.index, 'categories', entry.index]),
          `${info.activity.id}:${key}`,
          `Activity ${code(info.activity.id)} declares ${code(entry.raw)} for ${list(destinations)}, but no code sends it there. ` +
            `Fix: remove ${code(entry.raw)} from its \`categories:\` if the processing stopped, or check that the code path is scanned.`,
          { activity: info.activity.id, category: key },
        ),
      );
    }
  }
  return drafts;
}

function categorySuggestion(raw: string, taxonomy: TaxonomyLike): string {
  const near = nearestCategory(raw, taxonomy);
  return near ? ` Did you mean ${code(near)}?` : '';
}

/** Categories the config names that the taxonomy does not know. */
function unknownCategoryFindings(config: LawfulConfig, activities: ActivityInfo[], taxonomy: TaxonomyLike, locate: ConfigLocator): DraftFinding[] {
  const drafts: DraftFinding[] = [];
  for (const info of activities) {
    for (const entry of info.categories) {
      if (entry.key !== undefined) continue;
      drafts.push(
        configDraft(
          'unknown-category',
          'error',
          locate(['activities', info.index, 'categories', entry.index]),
          `${info.activity.id}:${entry.raw}`,
          `Activity ${code(info.activity.id)} lists ${code(entry.raw)}, which is not a category of the taxonomy.${categorySuggestion(entry.raw, taxonomy)} ` +
            `Fix: use a taxonomy key or alias, or add it under \`taxonomy.extend\` with a \`parent\`.`,
          { activity: info.activity.id },
        ),
      );
    }
  }
  (config.taxonomy?.extend ?? []).forEach((extension, index) => {
    if (taxonomy.resolve(extension.parent) !== undefined) return;
    drafts.push(
      configDraft(
        'unknown-category',
        'error',
        locate(['taxonomy', 'extend', index, 'parent']),
        `extend:${extension.key}`,
        `Category ${code(extension.key)} extends ${code(extension.parent)}, which is not a category of the taxonomy.${categorySuggestion(extension.parent, taxonomy)}`,
      ),
    );
  });
  for (const key of Object.keys(config.detect?.names ?? {}).sort(compareStrings)) {
    if (taxonomy.resolve(key) !== undefined) continue;
    drafts.push(
      configDraft(
        'unknown-category',
        'error',
        locate(['detect', 'names', key]),
        `detect:${key}`,
        `\`detect.names\` gives names for ${code(key)}, which is not a category of the taxonomy.${categorySuggestion(key, taxonomy)}`,
      ),
    );
  }
  return drafts;
}

/** Marks in code that name a category the taxonomy does not know: they are ignored, so say so. */
function unknownAnnotationFindings(annotations: readonly AnnotationRef[], taxonomy: TaxonomyLike): DraftFinding[] {
  const drafts: DraftFinding[] = [];
  for (const annotation of annotations) {
    const raw = annotation.raw.trim();
    if (annotation.category !== undefined || raw === 'none' || taxonomy.resolve(raw) !== undefined) continue;
    drafts.push({
      ruleId: 'unknown-category',
      severity: 'error',
      location: annotation.location,
      trace: [],
      anchor: `annotation:${raw}`,
      message:
        `${code(raw)} is not a category of the taxonomy, so this mark is ignored.${categorySuggestion(raw, taxonomy)} ` +
        `Fix: use a taxonomy key or alias, or add it to \`taxonomy.extend\` in the config.`,
    });
  }
  return drafts;
}

/** The closest known key or alias by edit distance, when close enough to be a typo. */
function nearestCategory(raw: string, taxonomy: TaxonomyLike): string | undefined {
  const target = raw.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const key of taxonomy.keys()) {
    const names = [key, ...(taxonomy.get(key)?.aliases ?? [])];
    for (const name of names) {
      const distance = editDistance(target, name.toLowerCase());
      if (!best || distance < best.distance || (distance === best.distance && name < best.name)) best = { name, distance };
    }
  }
  if (!best) return undefined;
  return best.distance <= Math.max(2, Math.floor(target.length / 4)) ? best.name : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
