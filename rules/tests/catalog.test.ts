/**
 * Validates every catalog file in rules/ against its JSON Schema, plus the cross-file rules a schema
 * cannot express: unique keys and aliases, parents that exist, name patterns that compile, and a
 * recipient on every third-party sink.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { compileNamePattern, loadYamlRules, splitIdentifierWords } from '@lawful/core';
import type { CategoryEntry, CategoryFile, RulesSubdir, SanitizerFile, SinkFile } from '@lawful/core';

const rulesDir = join(dirname(fileURLToPath(import.meta.url)), '..');

function loadSchema(name: string): object {
  return JSON.parse(readFileSync(join(rulesDir, 'schema', name), 'utf8')) as object;
}

/** Line of an ajv `instancePath` in a YAML text, so a failure points at the entry to fix. */
function lineOf(text: string, instancePath: string): number {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  let node: Node | null | undefined = document.contents;
  for (const segment of instancePath.split('/').slice(1)) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    if (isMap(node)) node = node.get(key, true) as Node | undefined;
    else if (isSeq(node)) node = node.get(Number(key), true) as Node | undefined;
    else break;
  }
  const offset = node?.range?.[0] ?? 0;
  return lineCounter.linePos(offset).line;
}

function describeErrors(subdir: string, file: string, errors: ErrorObject[]): string {
  const text = readFileSync(join(rulesDir, subdir, file), 'utf8');
  return errors
    .map((error) => `${subdir}/${file}:${lineOf(text, error.instancePath)} ${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`)
    .join('\n');
}

const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
const validators: Record<Exclude<RulesSubdir, 'sources'>, ReturnType<typeof ajv.compile>> = {
  categories: ajv.compile(loadSchema('categories.schema.json')),
  sinks: ajv.compile(loadSchema('sinks.schema.json')),
  sanitizers: ajv.compile(loadSchema('sanitizers.schema.json')),
};

const categoryFiles = loadYamlRules<CategoryFile>('categories', rulesDir);
const sinkFiles = loadYamlRules<SinkFile>('sinks', rulesDir);
const sanitizerFiles = loadYamlRules<SanitizerFile>('sanitizers', rulesDir);
const categories: { file: string; entry: CategoryEntry }[] = categoryFiles.flatMap(({ file, data }) =>
  (data?.categories ?? []).map((entry) => ({ file, entry })),
);

describe('schemas', () => {
  const cases: [Exclude<RulesSubdir, 'sources'>, string, unknown][] = [
    ...categoryFiles.map(({ file, data }) => ['categories', file, data] as [Exclude<RulesSubdir, 'sources'>, string, unknown]),
    ...sinkFiles.map(({ file, data }) => ['sinks', file, data] as [Exclude<RulesSubdir, 'sources'>, string, unknown]),
    ...sanitizerFiles.map(({ file, data }) => ['sanitizers', file, data] as [Exclude<RulesSubdir, 'sources'>, string, unknown]),
  ];
  it('there are category files to check', () => {
    expect(categoryFiles.length).toBeGreaterThanOrEqual(10);
  });
  it.each(cases)('%s/%s matches its schema', (subdir, file, data) => {
    const validate = validators[subdir];
    const valid = validate(data);
    expect(valid, valid ? '' : describeErrors(subdir, file, validate.errors ?? [])).toBe(true);
  });
  it('schemas reject what they should', () => {
    expect(validators.categories({ categories: [{ key: 'user.x', name: 'X' }] })).toBe(false);
    expect(validators.categories({ categories: [{ key: 'User.X', name: 'X', description: 'long enough text' }] })).toBe(false);
    expect(validators.sinks({ library: 'x', sinks: [{ id: 'log/x', kind: 'logger', calls: [{ path: 'a' }] }] })).toBe(false);
    expect(validators.sinks({ library: 'x', sinks: [{ id: 'log/x', kind: 'log' }] })).toBe(false);
    expect(validators.sanitizers({ sanitizers: [{ path: 'hash', global: true, extra: 1 }] })).toBe(false);
  });
});

describe('category catalog', () => {
  it('keys are unique', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { file, entry } of categories) {
      const previous = seen.get(entry.key);
      if (previous) duplicates.push(`${entry.key} in ${previous} and ${file}`);
      seen.set(entry.key, file);
    }
    expect(duplicates).toEqual([]);
  });

  it("every key's parent exists", () => {
    const keys = new Set(categories.map(({ entry }) => entry.key));
    const orphans = categories
      .map(({ entry }) => entry.key)
      .filter((key) => key.includes('.') && !keys.has(key.slice(0, key.lastIndexOf('.'))));
    expect(orphans).toEqual([]);
  });

  it('aliases are unique across the catalog and never another key', () => {
    const keys = new Set(categories.map(({ entry }) => entry.key));
    const owners = new Map<string, string>();
    const problems: string[] = [];
    for (const { entry } of categories) {
      for (const alias of entry.aliases ?? []) {
        const normalised = alias.toLowerCase();
        const owner = owners.get(normalised);
        if (owner && owner !== entry.key) problems.push(`alias ${alias}: ${owner} and ${entry.key}`);
        if (keys.has(normalised) && normalised !== entry.key) problems.push(`alias ${alias} of ${entry.key} is a key`);
        owners.set(normalised, entry.key);
      }
    }
    expect(problems).toEqual([]);
  });

  it('name patterns compile, and no name is claimed by two categories or both included and excluded', () => {
    const claimedBy = new Map<string, string>();
    const problems: string[] = [];
    for (const { entry } of categories) {
      const included = [...(entry.names ?? []), ...(entry.contextNames ?? [])];
      for (const pattern of [...included, ...(entry.excludeNames ?? [])]) {
        try {
          compileNamePattern(pattern);
        } catch (error) {
          problems.push(`${entry.key}: ${(error as Error).message}`);
        }
      }
      const excluded = new Set((entry.excludeNames ?? []).map((pattern) => splitIdentifierWords(pattern).join(' ')));
      for (const pattern of included) {
        const words = splitIdentifierWords(pattern).join(' ');
        if (excluded.has(words)) problems.push(`${entry.key}: "${pattern}" is both included and excluded`);
        const owner = claimedBy.get(words);
        if (owner && owner !== entry.key) problems.push(`"${pattern}" is a name of ${owner} and ${entry.key}`);
        claimedBy.set(words, entry.key);
      }
    }
    expect(problems).toEqual([]);
  });

  it('marks every GDPR Art. 9 group as special', () => {
    const special = new Set(categories.filter(({ entry }) => entry.special).map(({ entry }) => entry.key));
    for (const key of [
      'user.health_and_medical',
      'user.biometric',
      'user.demographic.race_ethnicity',
      'user.demographic.political_opinion',
      'user.demographic.religious_belief',
      'user.demographic.sexual_orientation',
      'user.demographic.sex_life',
      'user.demographic.trade_union_membership',
    ]) {
      expect(special, key).toContain(key);
    }
  });
});

describe('sink catalog', () => {
  it('every third-party sink names its recipient', () => {
    const missing = sinkFiles.flatMap(({ file, data }) =>
      (data?.sinks ?? []).filter((sink) => sink.kind === 'third-party' && !sink.recipient).map((sink) => `${file}: ${sink.id}`),
    );
    expect(missing).toEqual([]);
  });

  it('a sink recipient other than {host} is declared by its file', () => {
    const problems = sinkFiles.flatMap(({ file, data }) =>
      (data?.sinks ?? [])
        .filter((sink) => sink.recipient !== undefined && !sink.recipient.includes('{') && data.recipient === undefined)
        .map((sink) => `${file}: ${sink.id} names recipient ${sink.recipient} but the file has no recipient block`),
    );
    expect(problems).toEqual([]);
  });
});

/** Every `user.*` key of fideslang 2.x (reference copy in ../shared/reference/fideslang, CC BY 4.0). */
const FIDESLANG_USER_KEYS = [
    'user', 'user.account', 'user.account.settings', 'user.account.username', 'user.authorization',
    'user.authorization.biometric', 'user.authorization.credentials', 'user.authorization.password',
    'user.behavior', 'user.behavior.browsing_history', 'user.behavior.media_consumption',
    'user.behavior.purchase_history', 'user.behavior.search_history', 'user.biometric',
    'user.biometric.fingerprint', 'user.biometric.health', 'user.biometric.retinal', 'user.biometric.voice',
    'user.childrens', 'user.contact', 'user.contact.address', 'user.contact.address.city',
    'user.contact.address.country', 'user.contact.address.postal_code', 'user.contact.address.state',
    'user.contact.address.street', 'user.contact.email', 'user.contact.fax_number',
    'user.contact.organization', 'user.contact.phone_number', 'user.contact.url', 'user.content',
    'user.content.private', 'user.content.public', 'user.content.self_image', 'user.criminal_history',
    'user.demographic', 'user.demographic.age_range', 'user.demographic.date_of_birth',
    'user.demographic.gender', 'user.demographic.language', 'user.demographic.marital_status',
    'user.demographic.political_opinion', 'user.demographic.profile', 'user.demographic.race_ethnicity',
    'user.demographic.religious_belief', 'user.demographic.sexual_orientation', 'user.device',
    'user.device.cookie', 'user.device.cookie_id', 'user.device.device_id', 'user.device.ip_address',
    'user.financial', 'user.financial.bank_account', 'user.financial.credit_card', 'user.government_id',
    'user.government_id.birth_certificate', 'user.government_id.drivers_license_number',
    'user.government_id.immigration', 'user.government_id.national_identification_number',
    'user.government_id.passport_number', 'user.government_id.vehicle_registration',
    'user.health_and_medical', 'user.health_and_medical.genetic',
    'user.health_and_medical.insurance_beneficiary_id', 'user.health_and_medical.record_id', 'user.job_title',
    'user.location', 'user.location.imprecise', 'user.location.precise', 'user.name', 'user.name.first',
    'user.name.last', 'user.payment', 'user.privacy_preferences', 'user.sensor', 'user.social',
    'user.telemetry', 'user.unique_id', 'user.unique_id.pseudonymous', 'user.user_sensor', 'user.workplace',
];

describe('fideslang coverage', () => {
  it('the catalog has every fideslang user.* key; anything else is a marked lawful extension', () => {
    const keys = new Set(categories.map(({ entry }) => entry.key));
    expect(FIDESLANG_USER_KEYS.filter((key) => !keys.has(key))).toEqual([]);
    const unmarked = categories
      .filter(({ entry }) => !FIDESLANG_USER_KEYS.includes(entry.key) && entry.lawfulExtension !== true)
      .map(({ entry }) => entry.key);
    expect(unmarked).toEqual([]);
    const wronglyMarked = categories.filter(({ entry }) => FIDESLANG_USER_KEYS.includes(entry.key) && entry.lawfulExtension).map(({ entry }) => entry.key);
    expect(wronglyMarked).toEqual([]);
  });
});
