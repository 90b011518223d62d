/**
 * The data-flow map model: data categories → activities → stores and recipients, built from a
 * `ScanResult` and the config. Plain JSON (it is embedded in the HTML map and printed by
 * `lawful map --format json`), sorted so the same scan gives the same bytes.
 */
import {
  compareFlows,
  compareStrings,
  type Confidence,
  type Flow,
  type LawfulConfig,
  type LoadedConfig,
  type ScanResult,
  type SinkModulesLookup,
  type SinkKind,
  type TaxonomyLike,
  type TraceStep,
} from '@lawful/core';
import { UNDECLARED_ACTIVITY_ID, assignFlow, configOf, type AssignmentReason } from './assign.js';

export const MAP_MODEL_VERSION = 1;

export type MapNodeType = 'category' | 'activity' | 'store' | 'recipient';

export interface MapNode {
  /** `<type>:<key>`, e.g. `category:user.contact.email`, `store:accounts_db`, `recipient:segment`. */
  id: string;
  type: MapNodeType;
  /** Config key, category key, or the sink id / recipient key when the config has no entry for it. */
  key: string;
  label: string;
  /** Extra line shown under the label: role and country of a recipient, store kind, category key. */
  detail?: string;
  /** GDPR Art. 9 special category. */
  special?: boolean;
  /** True when the node is not in the config (undeclared pseudo-activity, a sink no store/recipient matches). */
  undeclared?: boolean;
  flowCount: number;
  undeclaredCount: number;
}

export interface MapEdge {
  /** `<source>-><target>` plus `#undeclared` for the undeclared share of a pair. */
  id: string;
  source: string;
  target: string;
  /** False for the edge carrying the undeclared flows between the two nodes. */
  declared: boolean;
  flowCount: number;
  /** Indexes into `MapModel.flows`, ascending. */
  flows: number[];
}

export interface CodeExcerpt {
  /** Line number of `lines[0]`. */
  startLine: number;
  lines: string[];
}

export interface MapFlow {
  /** Position in `MapModel.flows` (flows are sorted by location, sink, category). */
  index: number;
  category: string;
  categoryName: string;
  special: boolean;
  confidence: Confidence;
  sinkId: string;
  kind: SinkKind;
  recipient?: string;
  file: string;
  line: number;
  column: number;
  /** Node ids. */
  categoryNode: string;
  activityNode: string;
  targetNodes: string[];
  /** Activity id, or `(undeclared)`. */
  activity: string;
  assignedBy: AssignmentReason;
  declared: boolean;
  suppressed: boolean;
  /** Rule ids of findings on this flow. */
  findings: string[];
  trace: TraceStep[];
  excerpt?: CodeExcerpt;
}

export interface MapModel {
  version: typeof MAP_MODEL_VERSION;
  root: string;
  stats: {
    flows: number;
    undeclaredFlows: number;
    categories: number;
    activities: number;
    stores: number;
    recipients: number;
    problems: number;
  };
  /** Sorted by tier (category, activity, store, recipient), configured before not-in-config, then label, then id. */
  nodes: MapNode[];
  /** Sorted by the node order of source, then target; declared before undeclared. */
  edges: MapEdge[];
  flows: MapFlow[];
}

export interface BuildMapOptions {
  /** Returns a source file's text (path relative to the scan root), for code excerpts. */
  readFile?: (file: string) => string | undefined;
  /** Lines of context above and below the sink line (default 1: three lines in all). */
  excerptContext?: number;
  /** The npm modules behind a sink (from the sink catalog), so recipients' `sdks:` match. */
  modulesOf?: SinkModulesLookup;
}

const TIER_ORDER: Record<MapNodeType, number> = { category: 0, activity: 1, store: 2, recipient: 3 };

/** Lines around `line` (1-based), or undefined when the file cannot be read or is shorter. */
export function codeExcerpt(text: string | undefined, line: number, context: number): CodeExcerpt | undefined {
  if (text === undefined) return undefined;
  const lines = text.split(/\r\n|\r|\n/);
  if (line < 1 || line > lines.length) return undefined;
  const start = Math.max(1, line - context);
  const end = Math.min(lines.length, line + context);
  return { startLine: start, lines: lines.slice(start - 1, end) };
}

export function categoryName(key: string, taxonomy: TaxonomyLike | undefined, config: LawfulConfig | null): string {
  const entry = taxonomy?.get(key);
  if (entry) return entry.name;
  const extension = config?.taxonomy?.extend?.find((candidate) => candidate.key === key);
  return extension?.name ?? key;
}

export function isSpecialCategory(key: string, taxonomy: TaxonomyLike | undefined, config: LawfulConfig | null): boolean {
  if (taxonomy) return taxonomy.isSpecial(key);
  return config?.taxonomy?.extend?.some((candidate) => candidate.key === key && candidate.special === true) ?? false;
}

function isStoreKind(kind: SinkKind): boolean {
  return kind !== 'third-party';
}

export function buildMapModel(
  result: ScanResult,
  loadedConfig: LoadedConfig | LawfulConfig | null,
  taxonomy: TaxonomyLike | undefined,
  options: BuildMapOptions = {},
): MapModel {
  const config = configOf(loadedConfig);
  const context = options.excerptContext ?? 1;
  const nodes = new Map<string, MapNode>();
  const edges = new Map<string, MapEdge>();
  const fileCache = new Map<string, string | undefined>();
  const readSource = (file: string): string | undefined => {
    if (!options.readFile) return undefined;
    if (!fileCache.has(file)) fileCache.set(file, options.readFile(file));
    return fileCache.get(file);
  };

  const ensureNode = (node: Omit<MapNode, 'flowCount' | 'undeclaredCount'>): MapNode => {
    let existing = nodes.get(node.id);
    if (!existing) {
      existing = { ...node, flowCount: 0, undeclaredCount: 0 };
      nodes.set(node.id, existing);
    }
    return existing;
  };

  const addToEdge = (source: string, target: string, declared: boolean, flowIndex: number): void => {
    const id = `${source}->${target}${declared ? '' : '#undeclared'}`;
    let edge = edges.get(id);
    if (!edge) {
      edge = { id, source, target, declared, flowCount: 0, flows: [] };
      edges.set(id, edge);
    }
    if (!edge.flows.includes(flowIndex)) {
      edge.flows.push(flowIndex);
      edge.flowCount += 1;
    }
  };

  // Every configured activity, store and recipient appears, even without flows: a declared store
  // that no code reaches is worth seeing on the map.
  for (const activity of config?.activities ?? []) {
    ensureNode({ id: `activity:${activity.id}`, type: 'activity', key: activity.id, label: activity.id, ...purposeDetail(activity.purpose) });
  }
  for (const [key, store] of Object.entries(config?.stores ?? {})) {
    ensureNode({ id: `store:${key}`, type: 'store', key, label: key, detail: [store.kind, store.location].filter(Boolean).join(' · ') });
  }
  for (const [key, recipient] of Object.entries(config?.recipients ?? {})) {
    ensureNode({
      id: `recipient:${key}`,
      type: 'recipient',
      key,
      label: recipient.name,
      detail: [recipient.role, recipient.country].filter(Boolean).join(' · '),
    });
  }

  const sortedFlows = [...result.flows].sort(compareFlows);
  const flows: MapFlow[] = sortedFlows.map((flow, index) => {
    const assignment = assignFlow(flow, config, result.findings, taxonomy, options.modulesOf);
    const special = isSpecialCategory(flow.category, taxonomy, config);
    const name = categoryName(flow.category, taxonomy, config);
    const categoryNode = ensureNode({
      id: `category:${flow.category}`,
      type: 'category',
      key: flow.category,
      label: name,
      detail: flow.category,
      ...(special ? { special: true } : {}),
    });
    const activityNode =
      assignment.activity === UNDECLARED_ACTIVITY_ID
        ? ensureNode({ id: `activity:${UNDECLARED_ACTIVITY_ID}`, type: 'activity', key: UNDECLARED_ACTIVITY_ID, label: 'Undeclared', detail: 'no activity declares these flows', undeclared: true })
        : ensureNode({ id: `activity:${assignment.activity}`, type: 'activity', key: assignment.activity, label: assignment.activity });
    const targetNodes = targetNodesOf(flow, assignment.targets, config, assignment.activity).map((target) => ensureNode(target));

    for (const node of [categoryNode, activityNode, ...targetNodes]) {
      node.flowCount += 1;
      if (!assignment.declared) node.undeclaredCount += 1;
    }
    addToEdge(categoryNode.id, activityNode.id, assignment.declared, index);
    for (const target of targetNodes) addToEdge(activityNode.id, target.id, assignment.declared, index);

    const mapFlow: MapFlow = {
      index,
      category: flow.category,
      categoryName: name,
      special,
      confidence: flow.confidence,
      sinkId: flow.sink.id,
      kind: flow.sink.kind,
      ...(flow.sink.recipient !== undefined ? { recipient: flow.sink.recipient } : {}),
      file: flow.location.file,
      line: flow.location.line,
      column: flow.location.column,
      categoryNode: categoryNode.id,
      activityNode: activityNode.id,
      targetNodes: targetNodes.map((node) => node.id).sort(compareStrings),
      activity: assignment.activity,
      assignedBy: assignment.reason,
      declared: assignment.declared,
      suppressed: flow.suppressed === true,
      findings: assignment.findingIds,
      trace: flow.trace.map((step) => ({ file: step.file, line: step.line, column: step.column, note: step.note })),
    };
    const excerpt = codeExcerpt(readSource(flow.location.file), flow.location.line, context);
    if (excerpt) mapFlow.excerpt = excerpt;
    return mapFlow;
  });

  const nodeList = [...nodes.values()].sort(
    (a, b) =>
      TIER_ORDER[a.type] - TIER_ORDER[b.type] ||
      Number(a.undeclared === true) - Number(b.undeclared === true) ||
      compareStrings(a.label, b.label) ||
      compareStrings(a.id, b.id),
  );
  const position = new Map(nodeList.map((node, index) => [node.id, index]));
  const edgeList = [...edges.values()].sort(
    (a, b) =>
      position.get(a.source)! - position.get(b.source)! ||
      position.get(a.target)! - position.get(b.target)! ||
      Number(b.declared) - Number(a.declared),
  );
  const countType = (type: MapNodeType) => nodeList.filter((node) => node.type === type && !(type === 'activity' && node.undeclared)).length;
  return {
    version: MAP_MODEL_VERSION,
    root: result.root,
    stats: {
      flows: flows.length,
      undeclaredFlows: flows.filter((flow) => !flow.declared).length,
      categories: countType('category'),
      activities: countType('activity'),
      stores: countType('store'),
      recipients: countType('recipient'),
      problems: result.problems.length,
    },
    nodes: nodeList,
    edges: edgeList,
    flows,
  };
}

function purposeDetail(purpose: string | undefined): { detail?: string } {
  return purpose ? { detail: purpose } : {};
}

/**
 * The store/recipient nodes a flow ends in. Prefer the targets the flow's activity declares (a sink
 * matched by two stores belongs on the one the activity uses); otherwise every matched target; when
 * the config has none, a node named after the sink itself, marked undeclared.
 */
function targetNodesOf(
  flow: Flow,
  targets: { stores: string[]; recipients: string[] },
  config: LawfulConfig | null,
  activityId: string,
): Omit<MapNode, 'flowCount' | 'undeclaredCount'>[] {
  const activity = config?.activities?.find((candidate) => candidate.id === activityId);
  const declaredStores = targets.stores.filter((key) => activity?.stores?.includes(key));
  const declaredRecipients = targets.recipients.filter((key) => activity?.recipients?.includes(key));
  const useDeclared = declaredStores.length + declaredRecipients.length > 0;
  const stores = useDeclared ? declaredStores : targets.stores;
  const recipients = useDeclared ? declaredRecipients : targets.recipients;
  const nodes: Omit<MapNode, 'flowCount' | 'undeclaredCount'>[] = [
    ...stores.map((key) => ({ id: `store:${key}`, type: 'store' as const, key, label: key })),
    ...recipients.map((key) => ({ id: `recipient:${key}`, type: 'recipient' as const, key, label: config?.recipients?.[key]?.name ?? key })),
  ];
  if (nodes.length > 0) return nodes;
  if (isStoreKind(flow.sink.kind)) {
    return [{ id: `store:${flow.sink.id}`, type: 'store', key: flow.sink.id, label: flow.sink.id, detail: `${flow.sink.kind} · not in config`, undeclared: true }];
  }
  const key = flow.sink.recipient ?? flow.sink.id;
  return [{ id: `recipient:${key}`, type: 'recipient', key, label: key, detail: `${flow.sink.id} · not in config`, undeclared: true }];
}
