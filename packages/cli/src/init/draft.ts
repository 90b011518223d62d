/**
 * `lawful init`: a draft config drafted from the flows the scan found. Everything the code shows is
 * filled in (categories, a store per sink family, a recipient per SDK or host, one activity per store
 * or recipient); what only a person can say is left as a TODO comment. The draft loads as it is, and
 * its scan then reports exactly those gaps: `missing-legal-basis` for every activity and
 * `missing-retention` for those that keep data, plus `unsafe-transfer` for a recipient outside the EEA
 * or of unknown country, whose safeguard or country is also a TODO.
 */
import {
  CONFIG_SCHEMA_ID,
  LEGAL_BASES,
  SPECIAL_CATEGORY_CONDITIONS,
  TRANSFER_MECHANISMS,
  compareFlows,
  compareStrings,
  hostMatchesPattern,
  type Flow,
  type RecipientInfo,
  type SinkKind,
  type StoreKind,
  type TaxonomyLike,
} from '@lawful/core';

export interface DraftConfigOptions {
  /** Code locations listed above each activity before "and N more" (default 8). */
  maxLocations?: number;
}

interface DraftStore {
  key: string;
  kind: StoreKind;
  sinks: string[];
}

interface DraftRecipient {
  key: string;
  name: string;
  country?: string;
  /** Sink-id globs for sinks with no catalog recipient or host. */
  sinks: string[];
  hosts: string[];
  /** Known from the sink catalog. */
  fromCatalog: boolean;
}

interface DraftActivity {
  id: string;
  categories: Set<string>;
  stores: Set<string>;
  recipients: Set<string>;
  flows: Flow[];
  /** True when code names it with `@activity`. */
  annotated: boolean;
}

/** Store key and kind per sink-id family; databases get one store per library. */
const STORE_FAMILY: Readonly<Record<Exclude<SinkKind, 'third-party'>, { key: string; kind: StoreKind }>> = {
  log: { key: 'logs', kind: 'log' },
  database: { key: 'database', kind: 'database' },
  cache: { key: 'cache', kind: 'cache' },
  file: { key: 'files', kind: 'file' },
  cookie: { key: 'cookies', kind: 'cookie' },
  'browser-storage': { key: 'browser_storage', kind: 'browser-storage' },
  'object-storage': { key: 'object_storage', kind: 'object-storage' },
};

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_.-]*$/;
/** Plain YAML scalars that would not read back as the same string. */
const YAML_RESERVED = /^(?:true|false|yes|no|on|off|null|y|n|~)$/i;

/** A config identifier from free text: `api.example.com` → `api_example_com`, `@acme/x` → `acme_x`. */
export function toIdentifier(text: string, fallback = 'entry'): string {
  const slug = text.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toLowerCase();
  if (slug === '') return fallback;
  return /^[a-z]/.test(slug) ? slug : `${fallback}_${slug}`;
}

/** A YAML scalar that reads back as exactly `text`. */
export function yamlString(text: string): string {
  if (IDENTIFIER.test(text) && !YAML_RESERVED.test(text)) return text;
  // A JSON string is a valid YAML double-quoted scalar; escape the line separators YAML 1.1 readers split on.
  return JSON.stringify(text).replace(/[\u0085\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line of comment text: no line breaks of any kind can end the comment early. */
function commentText(text: string): string {
  return text.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ');
}

/** A catalog key as a config key: kept when it already is a valid identifier, so it still matches `sink.recipient`. */
function configKey(key: string): string {
  return IDENTIFIER.test(key) ? key : toIdentifier(key, 'recipient');
}

function sinkSegments(id: string): string[] {
  return id.split('/');
}

/**
 * Globs covering a family's sink ids: `prefix/*` when every id is one segment below the prefix,
 * `prefix/**` when some are deeper, and the prefix itself when a sink has that exact id.
 */
function familyGlobs(prefix: string, ids: readonly string[]): string[] {
  const depth = sinkSegments(prefix).length;
  const globs = new Set<string>();
  for (const id of ids) {
    const extra = sinkSegments(id).length - depth;
    if (extra <= 0) globs.add(prefix);
    else globs.add(extra === 1 ? `${prefix}/*` : `${prefix}/**`);
  }
  if (globs.has(`${prefix}/**`)) globs.delete(`${prefix}/*`);
  return [...globs].sort(compareStrings);
}

function storeFamily(flow: Flow): { key: string; kind: StoreKind; prefix: string } {
  const family = STORE_FAMILY[flow.sink.kind as Exclude<SinkKind, 'third-party'>];
  const segments = sinkSegments(flow.sink.id);
  if (flow.sink.kind === 'database' && segments.length >= 2) {
    return { key: toIdentifier(`${segments[1]}_db`, 'db'), kind: 'database', prefix: segments.slice(0, 2).join('/') };
  }
  return { ...family, prefix: segments[0] ?? flow.sink.id };
}

function hostOf(flow: Flow): string | undefined {
  if (!flow.sink.id.startsWith('http/')) return undefined;
  const host = flow.sink.id.slice('http/'.length);
  return host === '' || host === '*' ? undefined : host;
}

function recipientFor(flow: Flow, catalog: readonly RecipientInfo[]): DraftRecipient {
  const host = hostOf(flow);
  const known =
    catalog.find((info) => flow.sink.recipient !== undefined && info.key === flow.sink.recipient) ??
    (host !== undefined ? catalog.find((info) => (info.hosts ?? []).some((pattern) => hostMatchesPattern(pattern, host))) : undefined);
  if (known) {
    const key = configKey(known.key);
    return {
      key,
      name: known.name,
      ...(known.country !== undefined ? { country: known.country } : {}),
      // The policy matches a recipient by key (`sink.recipient`) or host; a key we had to rewrite needs the sink id.
      sinks: host === undefined && key !== flow.sink.recipient ? [flow.sink.id] : [],
      hosts: host !== undefined ? [host] : [],
      fromCatalog: true,
    };
  }
  if (host !== undefined) return { key: toIdentifier(host, 'host'), name: host, sinks: [], hosts: [host], fromCatalog: false };
  if (flow.sink.id === 'http/*' || flow.sink.id === 'http/') {
    // Requests whose host the analyzer could not know: `\*` matches that id literally, not every host.
    return { key: 'unknown_hosts', name: 'Hosts not known at analysis time', sinks: ['http/\\*'], hosts: [], fromCatalog: false };
  }
  const name = flow.sink.recipient ?? sinkSegments(flow.sink.id)[1] ?? flow.sink.id;
  const key = configKey(name);
  return { key, name, sinks: key === flow.sink.recipient ? [] : [flow.sink.id], hosts: [], fromCatalog: false };
}

function categoryComment(key: string, taxonomy: TaxonomyLike | undefined): string {
  const entry = taxonomy?.get(key);
  const special = taxonomy?.isSpecial(key) ? ', special category (Art. 9)' : '';
  return entry ? `${entry.name}${special}` : '';
}

/**
 * The draft config (YAML text) for the flows found. Deterministic: same flows, same text.
 * `sinkCatalogRecipients` gives recipients' names and countries (`SinkFile.recipient` entries).
 */
export function draftConfig(
  flows: readonly Flow[],
  sinkCatalogRecipients: readonly RecipientInfo[],
  taxonomy: TaxonomyLike | undefined,
  options: DraftConfigOptions = {},
): string {
  const maxLocations = options.maxLocations ?? 8;
  const sorted = [...flows].sort(compareFlows);
  const stores = new Map<string, DraftStore & { ids: Set<string>; prefix: string }>();
  const recipients = new Map<string, DraftRecipient>();
  const activities = new Map<string, DraftActivity>();

  const activity = (id: string, annotated: boolean): DraftActivity => {
    let entry = activities.get(id);
    if (!entry) {
      entry = { id, categories: new Set(), stores: new Set(), recipients: new Set(), flows: [], annotated };
      activities.set(id, entry);
    }
    return entry;
  };

  for (const flow of sorted) {
    let target: { type: 'store' | 'recipient'; key: string };
    if (flow.sink.kind === 'third-party') {
      const recipient = recipientFor(flow, sinkCatalogRecipients);
      const existing = recipients.get(recipient.key);
      if (existing) {
        for (const host of recipient.hosts) if (!existing.hosts.includes(host)) existing.hosts.push(host);
        for (const sink of recipient.sinks) if (!existing.sinks.includes(sink)) existing.sinks.push(sink);
      } else {
        recipients.set(recipient.key, recipient);
      }
      target = { type: 'recipient', key: recipient.key };
    } else {
      const family = storeFamily(flow);
      const existing = stores.get(family.key) ?? { key: family.key, kind: family.kind, sinks: [], ids: new Set<string>(), prefix: family.prefix };
      existing.ids.add(flow.sink.id);
      stores.set(family.key, existing);
      target = { type: 'store', key: family.key };
    }
    // Code that names its activity (`@activity x`) gets that activity, so the scan finds no mismatch.
    const annotated = flow.activity !== undefined && IDENTIFIER.test(flow.activity);
    const entry = activity(annotated ? flow.activity! : target.key, annotated);
    entry.categories.add(flow.category);
    (target.type === 'store' ? entry.stores : entry.recipients).add(target.key);
    entry.flows.push(flow);
  }
  for (const store of stores.values()) store.sinks = familyGlobs(store.prefix, [...store.ids]);

  const out: string[] = [
    `# yaml-language-server: $schema=${CONFIG_SCHEMA_ID}`,
    '#',
    '# Draft lawful config, written by `lawful init` from the personal-data flows found in the code.',
    '# Next steps:',
    '#   1. Fill in every TODO: the controller, each activity\'s purpose, legal basis and retention,',
    '#      and a transfer safeguard for recipients outside the EEA.',
    '#   2. Merge or split activities so that each is one purpose with one legal basis (GDPR Art. 30).',
    '#   3. Run `lawful scan`: until the TODOs are filled it reports missing-legal-basis and',
    '#      missing-retention, and unsafe-transfer for recipients of unknown country or outside the EEA.',
    '# Reference: docs/config.md. Legal bases: ' + LEGAL_BASES.join(', ') + '.',
    'version: 1',
    'controller:',
    '  name: "TODO: your organisation"',
    '  # TODO: contact: privacy@example.com',
    '  # TODO: dpo: dpo@example.com',
  ];

  if (stores.size > 0) {
    out.push('', 'stores:');
    for (const store of [...stores.values()].sort((a, b) => compareStrings(a.key, b.key))) {
      out.push(`  ${yamlString(store.key)}:`, `    kind: ${store.kind}`, `    sinks: [${store.sinks.map(yamlString).join(', ')}]`);
      out.push('    # TODO: location: EU', '    # TODO: security: [encrypted-at-rest, access-restricted]');
    }
  }

  if (recipients.size > 0) {
    out.push('', 'recipients:');
    for (const recipient of [...recipients.values()].sort((a, b) => compareStrings(a.key, b.key))) {
      out.push(`  ${yamlString(recipient.key)}:`, `    name: ${yamlString(recipient.name)}`, '    role: processor  # TODO: check the role');
      if (recipient.country !== undefined) {
        out.push(`    country: ${yamlString(recipient.country)}  # from the lawful sink catalog: check your contract's region`);
        out.push(`    # TODO: transfer: ${TRANSFER_MECHANISMS.join(' | ')}  (needed outside the EEA without an adequacy decision)`);
      } else {
        out.push('    # TODO: country: XX (ISO 3166-1 alpha-2)');
      }
      if (recipient.hosts.length > 0) out.push(`    hosts: [${recipient.hosts.sort(compareStrings).map(yamlString).join(', ')}]`);
      if (recipient.sinks.length > 0) out.push(`    sinks: [${recipient.sinks.sort(compareStrings).map(yamlString).join(', ')}]`);
    }
  }

  out.push('', 'activities:');
  if (activities.size === 0) out.push('  []  # no personal-data flows found; add activities as the code grows');
  const ordered = [...activities.values()].sort((a, b) => Number(b.annotated) - Number(a.annotated) || compareStrings(a.id, b.id));
  for (const entry of ordered) {
    out.push('');
    out.push(`  # ${entry.annotated ? `@activity ${commentText(entry.id)} in the code` : 'Flows'} found at:`);
    for (const flow of entry.flows.slice(0, maxLocations)) {
      out.push(`  #   ${commentText(`${flow.location.file}:${flow.location.line}`)}  ${commentText(flow.category)} → ${commentText(flow.sink.id)}`);
    }
    if (entry.flows.length > maxLocations) out.push(`  #   … and ${entry.flows.length - maxLocations} more`);
    out.push(`  - id: ${yamlString(entry.id)}`, '    purpose: "TODO: describe the purpose"');
    out.push(`    # TODO: legal_basis: ${LEGAL_BASES.join(' | ')}`);
    const categories = [...entry.categories].sort(compareStrings);
    if (categories.some((key) => taxonomy?.isSpecial(key))) {
      out.push(`    # TODO: special_category_condition: ${SPECIAL_CATEGORY_CONDITIONS.join(' | ')}`);
    }
    out.push('    # TODO: subjects: [customer]', '    categories:');
    for (const key of categories) {
      const comment = commentText(categoryComment(key, taxonomy));
      out.push(`      - ${yamlString(key)}${comment ? `  # ${comment}` : ''}`);
    }
    if (entry.stores.size > 0) out.push(`    stores: [${[...entry.stores].sort(compareStrings).map(yamlString).join(', ')}]`);
    if (entry.recipients.size > 0) out.push(`    recipients: [${[...entry.recipients].sort(compareStrings).map(yamlString).join(', ')}]`);
    out.push('    # TODO: retention: { keep: P30D }  # or { keep: P6M, after: account_closed } or { until: consent_withdrawn }');
  }
  return `${out.join('\n')}\n`;
}
