/**
 * Which configured store/recipient a flow's sink lands in, and which activity (Art. 30 row) a flow
 * falls under. Shared by the data-flow map and the record of processing so both tell the same story.
 *
 * The policy engine decides what is a finding; this module only places flows for people to read.
 * Where the policy has spoken (an `undeclared-*` or `purpose-mismatch` finding on the flow), that
 * verdict wins over our own reading of the config.
 */
import {
  globMatches,
  recipientsForSink,
  storesForSink,
  type Activity,
  type Finding,
  type Flow,
  type LawfulConfig,
  type LoadedConfig,
  type SinkModulesLookup,
  type TaxonomyLike,
} from '@lawful/core';

/** The pseudo-activity that collects flows no activity declares. */
export const UNDECLARED_ACTIVITY_ID = '(undeclared)';

/** Finding ids that say a flow is not covered by the config. */
const UNDECLARED_RULE_IDS = new Set(['undeclared-sharing', 'undeclared-storage', 'undeclared-logging']);

/** The config keys a sink resolves to. */
export interface SinkTargets {
  stores: string[];
  recipients: string[];
}

/** How a flow was placed under its activity. */
export type AssignmentReason =
  /** The flow names its activity: `@activity` in the code, or the policy's own assignment. */
  | 'flow-activity'
  /** The file matches the activity's `paths:` globs. */
  | 'paths'
  /** The first activity (config order) that declares the category and the sink's store/recipient. */
  | 'declaration'
  /** No activity declares it. */
  | 'none';

export interface FlowAssignment {
  /** Activity id, or `UNDECLARED_ACTIVITY_ID`. */
  activity: string;
  reason: AssignmentReason;
  /** True when the activity lists the category (or a parent) and one of the targets, and no finding says otherwise. */
  declared: boolean;
  /** Configured stores/recipients the sink resolves to (possibly empty). */
  targets: SinkTargets;
  /** Rule ids of the findings that point at this flow (sorted, unique). */
  findingIds: string[];
}

export { sinkModulesFromCatalog } from '@lawful/core';

/** Accepts either a loaded config or a bare config object (tests, programmatic use). */
export function configOf(config: LoadedConfig | LawfulConfig | null | undefined): LawfulConfig | null {
  if (!config) return null;
  return 'config' in config && 'filepath' in config ? config.config : (config as LawfulConfig);
}

function matchesAny(value: string, globs: readonly string[] | undefined): boolean {
  return (globs ?? []).some((glob) => glob === value || globMatches(glob, value));
}

/**
 * The stores whose `sinks` globs match the sink id and the recipients that own the sink, by the
 * policy's own matching (`storesForSink`, `recipientsForSink`), so the map and the findings agree.
 * `modulesOf` lets a recipient's `sdks:` match when the caller has the sink catalog. Sorted.
 */
export function resolveSinkTargets(
  flow: Pick<Flow, 'sink'>,
  config: LawfulConfig | null,
  modulesOf?: SinkModulesLookup,
): SinkTargets {
  if (!config) return { stores: [], recipients: [] };
  return {
    stores: storesForSink(config, flow.sink).sort(),
    recipients: recipientsForSink(config, flow.sink, modulesOf).sort(),
  };
}

function coversCategory(activity: Activity, category: string, taxonomy: TaxonomyLike | undefined): boolean {
  return activity.categories.some((declared) => {
    const key = taxonomy?.resolve(declared) ?? declared;
    if (taxonomy) return taxonomy.covers(key, category);
    return key === category || category.startsWith(`${key}.`);
  });
}

/** True when the activity lists the category (or a parent) and one of the sink's stores/recipients. */
export function activityDeclares(
  activity: Activity,
  flow: Pick<Flow, 'category'>,
  targets: SinkTargets,
  taxonomy: TaxonomyLike | undefined,
): boolean {
  if (!coversCategory(activity, flow.category, taxonomy)) return false;
  const storeDeclared = targets.stores.some((store) => activity.stores?.includes(store));
  const recipientDeclared = targets.recipients.some((recipient) => activity.recipients?.includes(recipient));
  return storeDeclared || recipientDeclared;
}

/** Findings located at this flow's sink (same place, same sink, same category when the finding has one). */
export function findingsOnFlow(flow: Flow, findings: readonly Finding[]): Finding[] {
  return findings.filter(
    (finding) =>
      finding.location.file === flow.location.file &&
      finding.location.line === flow.location.line &&
      finding.location.column === flow.location.column &&
      (finding.sink === undefined || finding.sink.id === flow.sink.id) &&
      (finding.category === undefined || finding.category === flow.category),
  );
}

/**
 * Places a flow under an activity:
 * 1. `flow.activity` (the code's `@activity`, or the policy's assignment) when the config has that activity;
 * 2. else the first activity whose `paths:` globs match the flow's file;
 * 3. else the first activity (config order) that declares the category and the sink's store/recipient;
 * 4. else the undeclared pseudo-activity.
 * An `undeclared-*` finding on the flow moves it to the undeclared pseudo-activity whatever the config
 * seems to say; a `purpose-mismatch` finding keeps it under its activity but marks it undeclared.
 */
export function assignFlow(
  flow: Flow,
  config: LawfulConfig | null,
  findings: readonly Finding[],
  taxonomy: TaxonomyLike | undefined,
  modulesOf?: SinkModulesLookup,
): FlowAssignment {
  const targets = resolveSinkTargets(flow, config, modulesOf);
  const onFlow = findingsOnFlow(flow, findings);
  const findingIds = [...new Set(onFlow.map((finding) => finding.ruleId))].sort();
  const undeclaredByPolicy = findingIds.some((id) => UNDECLARED_RULE_IDS.has(id));
  const mismatchByPolicy = findingIds.includes('purpose-mismatch');
  const activities = config?.activities ?? [];

  // A flow that names its activity, carries no finding and is not suppressed has passed the policy,
  // which may know more than we do (a recipient matched by its `sdks:` needs the sink catalog).
  const passedPolicy = (reason: AssignmentReason) => reason === 'flow-activity' && findingIds.length === 0 && flow.suppressed !== true;
  const place = (activity: Activity, reason: AssignmentReason): FlowAssignment => ({
    activity: activity.id,
    reason,
    declared:
      !undeclaredByPolicy &&
      !mismatchByPolicy &&
      (activityDeclares(activity, flow, targets, taxonomy) || passedPolicy(reason)),
    targets,
    findingIds,
  });

  const annotated = flow.activity !== undefined ? activities.find((a) => a.id === flow.activity) : undefined;
  if (annotated) return place(annotated, 'flow-activity');

  const byPaths = activities.find((activity) => matchesAny(flow.location.file, activity.paths));
  if (byPaths) return place(byPaths, 'paths');

  if (!undeclaredByPolicy) {
    const declaring = activities.find((activity) => activityDeclares(activity, flow, targets, taxonomy));
    if (declaring) return place(declaring, 'declaration');
  }
  return { activity: UNDECLARED_ACTIVITY_ID, reason: 'none', declared: false, targets, findingIds };
}
