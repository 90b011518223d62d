/**
 * Test helpers shared by the map, ropa and init tests: a small taxonomy and synthetic scan results
 * (the flow engine is tested on its own; these tests start from its output).
 */
import type { CategoryEntry, Finding, Flow, LawfulConfig, ScanResult, SinkRef, TaxonomyLike } from '@lawful/core';

const ENTRIES: CategoryEntry[] = [
  { key: 'user', name: 'User data', description: 'Data about a person.' },
  { key: 'user.contact', name: 'Contact details', description: 'How to reach a person.' },
  { key: 'user.contact.email', name: 'Email address', description: 'An email address.', aliases: ['email'] },
  { key: 'user.contact.phone_number', name: 'Phone number', description: 'A phone number.', aliases: ['phone'] },
  { key: 'user.name', name: 'Name', description: 'A person’s name.' },
  { key: 'user.device', name: 'Device data', description: 'About the device.' },
  { key: 'user.device.ip_address', name: 'IP address', description: 'An IP address.', aliases: ['ip'] },
  { key: 'user.health_and_medical', name: 'Health data', description: 'Health.', special: true },
  { key: 'user.financial.credit_card', name: 'Payment card number', description: 'A card number.' },
];

export function testTaxonomy(extra: CategoryEntry[] = []): TaxonomyLike {
  const byKey = new Map([...ENTRIES, ...extra].map((entry) => [entry.key, entry]));
  const aliases = new Map<string, string>();
  for (const entry of byKey.values()) for (const alias of entry.aliases ?? []) aliases.set(alias, entry.key);
  const covers = (ancestor: string, key: string) => key === ancestor || key.startsWith(`${ancestor}.`);
  return {
    resolve: (keyOrAlias) => (byKey.has(keyOrAlias) ? keyOrAlias : aliases.get(keyOrAlias)),
    keys: () => [...byKey.keys()].sort(),
    get: (key) => byKey.get(key),
    covers,
    isSpecial: (key) => [...byKey.values()].some((entry) => entry.special === true && covers(entry.key, key)),
  };
}

export function flow(
  category: string,
  sink: SinkRef,
  file: string,
  line: number,
  extra: Partial<Flow> = {},
): Flow {
  return {
    category,
    confidence: 'annotated',
    sink,
    location: { file, line, column: 3 },
    trace: [
      { file, line: Math.max(1, line - 2), column: 5, note: `@personal ${category}` },
      { file, line, column: 3, note: `passed to ${sink.id}` },
    ],
    ...extra,
  };
}

export function finding(ruleId: Finding['ruleId'], on: Flow, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    severity: 'error',
    message: `${ruleId} at ${on.location.file}:${on.location.line}`,
    category: on.category,
    sink: on.sink,
    location: on.location,
    trace: on.trace,
    fingerprint: `${ruleId}-${on.location.file}-${on.location.line}`,
    ...extra,
  };
}

export function scanResult(flows: Flow[], findings: Finding[] = []): ScanResult {
  return { tool: { name: 'lawful', version: '0.0.0-test' }, root: '.', flows, findings, problems: [] };
}

export const PINO: SinkRef = { id: 'log/pino', kind: 'log' };
export const PRISMA_USER: SinkRef = { id: 'db/prisma/User', kind: 'database' };
export const SEGMENT: SinkRef = { id: 'sdk/segment', kind: 'third-party', recipient: 'segment' };
export const BREVO_HTTP: SinkRef = { id: 'http/api.brevo.com', kind: 'third-party', recipient: 'api.brevo.com' };
export const REDIS: SinkRef = { id: 'cache/ioredis', kind: 'cache' };

/** The DESIGN.md example config, slightly extended. */
export function shopConfig(): LawfulConfig {
  return {
    version: 1,
    controller: { name: 'Example GmbH', contact: 'privacy@example.com', dpo: 'dpo@example.com' },
    stores: {
      access_log: { kind: 'log', sinks: ['log/*'], location: 'EU', security: ['access-restricted'] },
      accounts_db: { kind: 'database', sinks: ['db/prisma/User', 'db/prisma/Account'], location: 'EU', security: ['encrypted-at-rest', 'backups'] },
    },
    recipients: {
      brevo: { name: 'Brevo', role: 'processor', country: 'FR', sdks: ['@getbrevo/brevo'], hosts: ['api.brevo.com'] },
      segment: { name: 'Segment', role: 'processor', country: 'US', transfer: 'scc', sdks: ['@segment/analytics-node'] },
    },
    activities: [
      {
        id: 'server_logs',
        purpose: 'Keep the website stable and secure',
        legal_basis: 'legitimate_interests',
        legitimate_interest: 'Detect and stop attacks and misuse',
        subjects: ['visitor'],
        categories: ['user.device.ip_address'],
        stores: ['access_log'],
        recipients: [],
        retention: { keep: 'P14D' },
      },
      {
        id: 'accounts',
        purpose: 'Run customer accounts',
        legal_basis: 'contract',
        subjects: ['customer'],
        categories: ['user.contact', 'user.name'],
        stores: ['accounts_db'],
        retention: { keep: 'P6M', after: 'account_closed' },
      },
      {
        id: 'newsletter',
        purpose: 'Send the newsletter',
        legal_basis: 'consent',
        consent: { guard: 'hasConsent' },
        subjects: ['customer'],
        categories: ['user.contact.email', 'user.name'],
        recipients: ['brevo'],
        retention: { until: 'consent_withdrawn' },
      },
      {
        id: 'analytics',
        purpose: 'Understand product usage',
        legal_basis: 'consent',
        subjects: ['customer'],
        categories: ['user.contact.email'],
        recipients: ['segment'],
      },
    ],
  };
}

/** Six flows over the shop config: declared, annotated, purpose mismatch, undeclared log, unknown cache. */
export function shopResult() {
  const ipLog = flow('user.device.ip_address', PINO, 'src/server.ts', 10);
  const emailDb = flow('user.contact.email', PRISMA_USER, 'src/signup.ts', 20);
  const emailBrevo = flow('user.contact.email', BREVO_HTTP, 'src/newsletter.ts', 15, { activity: 'newsletter' });
  const phoneSegment = flow('user.contact.phone_number', SEGMENT, 'src/track.ts', 5, { activity: 'analytics' });
  const emailLog = flow('user.contact.email', PINO, 'src/signup.ts', 22);
  const ipCache = flow('user.device.ip_address', REDIS, 'src/rate.ts', 3);
  // Deliberately unsorted: the model sorts.
  return scanResult(
    [ipCache, emailLog, phoneSegment, emailBrevo, emailDb, ipLog],
    [
      finding('purpose-mismatch', phoneSegment, { activity: 'analytics' }),
      finding('undeclared-logging', emailLog),
      finding('undeclared-storage', ipCache),
      finding('missing-retention', ipLog, { activity: 'server_logs', category: undefined, sink: undefined, location: { file: 'lawful.config.yaml', line: 1, column: 1 } }),
    ],
  );
}
