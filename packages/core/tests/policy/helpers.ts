/** Synthetic taxonomy, legal rules, configs and flows for policy tests. */
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, type Node } from 'yaml';
import type { CategoryEntry, Flow, LawfulConfig, LegalRules, LoadedConfig, SinkRef, TaxonomyLike } from '@lawful/core';

const CATEGORIES: (Partial<CategoryEntry> & { key: string })[] = [
  { key: 'user' },
  { key: 'user.contact' },
  { key: 'user.contact.email', aliases: ['email'] },
  { key: 'user.contact.phone_number', aliases: ['phone'] },
  { key: 'user.name', aliases: ['name'] },
  { key: 'user.device' },
  { key: 'user.device.ip_address', aliases: ['ip'] },
  { key: 'user.device.user_agent' },
  { key: 'user.health_and_medical', special: true },
  { key: 'user.health_and_medical.condition' },
  { key: 'user.unique_id' },
];

export function makeTaxonomy(extra: string[] = []): TaxonomyLike {
  const entries = new Map<string, CategoryEntry>();
  for (const category of CATEGORIES) {
    entries.set(category.key, { name: category.key, description: category.key, ...category });
  }
  for (const key of extra) entries.set(key, { key, name: key, description: key });
  const aliasToKey = new Map<string, string>();
  for (const entry of entries.values()) for (const alias of entry.aliases ?? []) aliasToKey.set(alias, entry.key);
  const covers = (ancestor: string, key: string) => key === ancestor || key.startsWith(`${ancestor}.`);
  return {
    resolve: (keyOrAlias) => (entries.has(keyOrAlias) ? keyOrAlias : aliasToKey.get(keyOrAlias)),
    keys: () => [...entries.keys()].sort(),
    get: (key) => entries.get(key),
    covers,
    isSpecial: (key) => [...entries.values()].some((entry) => entry.special === true && covers(entry.key, key)),
  };
}

const EEA = new Set(['AT', 'BE', 'DE', 'FR', 'IE', 'NL', 'NO', 'IS', 'LI', 'EU', 'EEA']);
const GENERAL_ADEQUACY = new Set(['CH', 'GB', 'JP', 'CA', 'NZ']);

export const legal: LegalRules = {
  isEea: (country) => EEA.has(country.toUpperCase()),
  hasGeneralAdequacy: (country) => GENERAL_ADEQUACY.has(country.toUpperCase()),
  parseDuration: (iso) => {
    const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(iso);
    if (!match) return undefined;
    const [, years, months, weeks, days] = match.map((part) => Number(part ?? 0));
    return ((years ?? 0) * 365 + (months ?? 0) * 30 + (weeks ?? 0) * 7 + (days ?? 0)) * 86_400_000;
  },
};

/** A LoadedConfig from YAML text with real key positions, like the config loader gives. */
export function configFromYaml(text: string, filepath = '/repo/lawful.config.yaml'): LoadedConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const config = document.toJS() as LawfulConfig;
  const positionOf = (keyPath: readonly (string | number)[]) => {
    let node: Node | null | undefined = document.contents as Node;
    let offset = node?.range?.[0] ?? 0;
    for (const segment of keyPath) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value as Node;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else break;
    }
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return { filepath, config, positionOf };
}

export function sink(id: string, kind: SinkRef['kind'], recipient?: string): SinkRef {
  return recipient === undefined ? { id, kind } : { id, kind, recipient };
}

export function flow(partial: Partial<Flow> & Pick<Flow, 'category' | 'sink'>): Flow {
  const location = partial.location ?? { file: 'src/app.ts', line: 10, column: 3 };
  return {
    confidence: 'annotated',
    trace: [
      { file: 'src/user.ts', line: 2, column: 3, note: `@personal ${partial.category}` },
      { ...location, note: `passed to ${partial.sink.id}` },
    ],
    ...partial,
    location,
  };
}

/** The seed-like config most tests start from. */
export const BASE_CONFIG = `version: 1
stores:
  access_log: { kind: log, sinks: ["log/*"] }
  accounts_db: { kind: database, sinks: ["db/**"] }
recipients:
  brevo: { name: Brevo, role: processor, country: FR, sdks: ["@getbrevo/brevo"], hosts: [api.brevo.com] }
  segment: { name: Segment, role: processor, country: US, transfer: scc }
activities:
  - id: server_logs
    purpose: Keep the website stable and secure
    legal_basis: legitimate_interests
    legitimate_interest: Detect and stop attacks
    categories: [user.device.ip_address]
    stores: [access_log]
    retention: { keep: P14D }
  - id: accounts
    purpose: Run customer accounts
    legal_basis: contract
    categories: [user.contact, user.name]
    stores: [accounts_db]
    retention: { keep: P6M, after: account_closed }
  - id: newsletter
    purpose: Send the newsletter
    legal_basis: consent
    consent: { guard: hasConsent }
    categories: [email]
    recipients: [brevo]
    retention: { until: consent_withdrawn }
`;
