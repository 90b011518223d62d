/**
 * The JSON Schema of a lawful config (DESIGN.md "Config"). It is built here from the same constant
 * lists the types use, so enums cannot drift, and published as `packages/core/schema/lawful.schema.json`
 * for editors (a test checks that file is up to date).
 *
 * `x-expected` is our own annotation keyword: the words an error message uses for "what was expected"
 * where listing an enum or echoing a regular expression would not help a person.
 */
import { FINDING_IDS } from '../model.js';
import {
  LEGAL_BASES,
  RECIPIENT_ROLES,
  SPECIAL_CATEGORY_CONDITIONS,
  STORE_KINDS,
  TRANSFER_MECHANISMS,
} from './types.js';
import { COUNTRY_CODES } from './countries.js';

export const CONFIG_SCHEMA_ID = 'https://unpkg.com/@lawful/core/schema/lawful.schema.json';

/** ISO-8601 duration: at least one component, time components only after `T`. */
export const ISO_DURATION_PATTERN =
  '^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$';

/** Identifiers used as map keys and references (store names, recipient keys, activity ids). */
const IDENTIFIER_PATTERN = '^[A-Za-z][A-Za-z0-9_.-]*$';

/** A category key (`user.contact.email`) or a short alias (`email`). */
const CATEGORY_PATTERN = '^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$';

type JsonSchema = Record<string, unknown>;

const nonEmptyString = (description: string): JsonSchema => ({ type: 'string', minLength: 1, description });

const stringList = (description: string, item: JsonSchema = { type: 'string', minLength: 1 }): JsonSchema => ({
  type: 'array',
  items: item,
  description,
});

const countryCode = (description: string): JsonSchema => ({
  type: 'string',
  enum: [...COUNTRY_CODES],
  description,
  'x-expected': 'an ISO 3166-1 alpha-2 country code (such as DE, FR, IE, US) or EU / EEA',
});

const categoryKey: JsonSchema = {
  type: 'string',
  pattern: CATEGORY_PATTERN,
  description: 'A data category key of the taxonomy (`user.contact.email`) or a short alias (`email`).',
  'x-expected': 'a category key such as user.contact.email, or an alias such as email',
};

const identifier = (what: string): JsonSchema => ({
  type: 'string',
  pattern: IDENTIFIER_PATTERN,
  description: `Name of ${what}.`,
  'x-expected': `a name of letters, digits, "_", "-" or "." starting with a letter (${what})`,
});

const controllerSchema: JsonSchema = {
  type: 'object',
  description: 'The controller: who decides why and how personal data is processed (GDPR Art. 30(1)(a)).',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: nonEmptyString('Legal name of the controller, e.g. "Example GmbH".'),
    contact: nonEmptyString('How to reach the controller about privacy, e.g. privacy@example.com.'),
    dpo: nonEmptyString('Contact of the data protection officer, if one is appointed.'),
    representative: nonEmptyString('EU representative (Art. 27) for controllers outside the EU.'),
    address: nonEmptyString('Postal address of the controller.'),
  },
};

const taxonomyExtensionSchema: JsonSchema = {
  type: 'object',
  description: 'A data category the built-in taxonomy does not have.',
  additionalProperties: false,
  required: ['key', 'parent', 'name'],
  properties: {
    key: {
      ...categoryKey,
      description: 'The new key; must be a child of `parent` (`user.unique_id.loyalty_number`).',
    },
    parent: { ...categoryKey, description: 'An existing category (or alias) this one refines.' },
    name: nonEmptyString('Human-readable name, e.g. "Loyalty card number".'),
    description: nonEmptyString('What this data is.'),
    names: stringList('Identifier names that suggest this category (name heuristics), e.g. [loyaltyNo].'),
    special: {
      type: 'boolean',
      description: 'True for GDPR Art. 9 special-category data (health, biometric, ...). Inherited from the parent when omitted.',
    },
  },
};

const storeSchema: JsonSchema = {
  type: 'object',
  description: 'A place where personal data is kept: a database, a log, a cache, cookies, files, ...',
  additionalProperties: false,
  required: ['kind', 'sinks'],
  properties: {
    kind: { type: 'string', enum: [...STORE_KINDS], description: 'What sort of store this is.' },
    sinks: stringList(
      'Sink ids (globs) that write to this store: `log/*`, `db/prisma/User`, `db/**`. `*` matches one segment, `**` any depth.',
    ),
    location: countryCode('Where the data is kept: ISO country code, or EU / EEA.'),
    security: stringList('Security measures (Art. 32), e.g. [encrypted-at-rest, access-restricted].'),
    description: nonEmptyString('What this store holds, in words.'),
  },
};

const recipientSchema: JsonSchema = {
  type: 'object',
  description: 'Someone personal data is disclosed to: a processor (SaaS vendor), another controller, an authority.',
  additionalProperties: false,
  required: ['name', 'role'],
  properties: {
    name: nonEmptyString('Name of the recipient, e.g. "Stripe".'),
    role: {
      type: 'string',
      enum: [...RECIPIENT_ROLES],
      description: 'The recipient\'s GDPR role towards this data.',
    },
    country: countryCode('Country of processing: ISO 3166-1 alpha-2, or EU / EEA.'),
    transfer: {
      type: 'string',
      enum: [...TRANSFER_MECHANISMS],
      description:
        'Safeguard for a transfer outside the EEA (Art. 44-49): adequacy, dpf (EU-US Data Privacy Framework), scc, bcr, derogation.',
    },
    sdks: stringList('npm packages of the recipient\'s SDKs, e.g. ["@segment/analytics-node"].'),
    hosts: stringList('API hostnames (globs allowed: `*.example.com`).'),
    sinks: stringList('Sink ids (globs) from the catalog that belong to this recipient, e.g. [sdk/segment].'),
    purpose: nonEmptyString('What the recipient does with the data.'),
  },
};

const retentionSchema: JsonSchema = {
  type: 'object',
  description:
    'How long data is kept: `{ keep: P14D }`, `{ keep: P6M, after: account_closed }` or `{ until: consent_withdrawn }`.',
  additionalProperties: false,
  properties: {
    keep: {
      type: 'string',
      pattern: ISO_DURATION_PATTERN,
      description: 'ISO-8601 duration: P14D (14 days), P6M (6 months), P1Y (1 year), PT12H (12 hours).',
      'x-expected': 'an ISO-8601 duration such as P14D, P6M, P1Y or PT12H',
    },
    after: nonEmptyString('The event the `keep` period starts from, e.g. account_closed. Default: when the data is collected.'),
    until: nonEmptyString('A condition that ends keeping, e.g. consent_withdrawn, account_deleted.'),
  },
  oneOf: [{ required: ['keep'] }, { required: ['until'] }],
  dependencies: { after: ['keep'] },
  'x-expected': 'either keep (an ISO-8601 duration such as P14D) or until (a condition such as consent_withdrawn)',
};

const activitySchema: JsonSchema = {
  type: 'object',
  description: 'One processing activity: one row of the Art. 30 record (one purpose, one legal basis).',
  additionalProperties: false,
  required: ['id', 'categories'],
  properties: {
    id: identifier('the activity, used by `@activity <id>` in code'),
    purpose: nonEmptyString('Why the data is processed, in words a data subject understands.'),
    description: nonEmptyString('Longer notes about the activity.'),
    legal_basis: {
      type: 'string',
      enum: [...LEGAL_BASES],
      description: 'GDPR Art. 6(1) legal basis.',
    },
    legitimate_interest: nonEmptyString('The interest pursued, required with legal_basis: legitimate_interests.'),
    special_category_condition: {
      type: 'string',
      enum: [...SPECIAL_CATEGORY_CONDITIONS],
      description: 'GDPR Art. 9(2) condition, required when the activity handles special-category data.',
    },
    subjects: stringList('Categories of data subjects, e.g. [customer, visitor, employee].'),
    categories: stringList('Data categories (taxonomy keys or aliases). A parent covers its children.', categoryKey),
    stores: stringList('Names of `stores` this activity keeps data in.', identifier('a store')),
    recipients: stringList('Names of `recipients` this activity shares data with.', identifier('a recipient')),
    retention: retentionSchema,
    consent: {
      type: 'object',
      description: 'For consent-based activities: the check that must guard every flow of this activity.',
      additionalProperties: false,
      required: ['guard'],
      properties: {
        guard: nonEmptyString('Function name or `module#export` whose truthy result means consent was given.'),
      },
    },
    paths: stringList('Globs, relative to the config file\'s folder: flows in these files must fit this activity.'),
  },
};

const ruleSeverity: JsonSchema = { type: 'string', enum: ['error', 'warning', 'off'] };

export function buildConfigSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_ID,
    title: 'lawful config',
    description:
      'Declares the personal-data processing of a codebase (GDPR Art. 30) so lawful can check every flow. See docs/config.md.',
    type: 'object',
    additionalProperties: false,
    required: ['version'],
    properties: {
      $schema: { type: 'string', description: 'JSON Schema of this file, for editor completion.' },
      version: { const: 1, description: 'Config format version. Always 1.', 'x-expected': '1' },
      controller: controllerSchema,
      taxonomy: {
        type: 'object',
        description: 'Changes to the built-in data-category taxonomy.',
        additionalProperties: false,
        properties: {
          extend: { type: 'array', items: taxonomyExtensionSchema, description: 'Categories to add.' },
        },
      },
      stores: {
        type: 'object',
        description: 'Where data is kept, by name. Activities refer to these names.',
        propertyNames: identifier('a store'),
        additionalProperties: storeSchema,
      },
      recipients: {
        type: 'object',
        description: 'Who data is shared with, by name. Activities refer to these names.',
        propertyNames: identifier('a recipient'),
        additionalProperties: recipientSchema,
      },
      activities: { type: 'array', items: activitySchema, description: 'The processing activities.' },
      detect: {
        type: 'object',
        description: 'How lawful finds personal data in code.',
        additionalProperties: false,
        properties: {
          heuristics: {
            type: 'boolean',
            description: 'Guess categories from identifier names (email, ipAddress, ...). Default true.',
          },
          names: {
            type: 'object',
            description: 'Extra identifier names per category: `{ user.contact.email: [mailAddr] }`.',
            propertyNames: categoryKey,
            additionalProperties: stringList('Identifier names.'),
          },
          ignoreNames: stringList('Identifier names that are never personal data.'),
        },
      },
      sanitizers: stringList('Functions whose result carries no personal data: a name (`redact`) or `module#export`.'),
      exclude: stringList('Globs of files not to scan, relative to the config file\'s folder.'),
      rules: {
        type: 'object',
        description: 'Severity per finding id: error, warning or off.',
        additionalProperties: false,
        properties: Object.fromEntries(FINDING_IDS.map((id) => [id, { ...ruleSeverity, description: `Severity of ${id}.` }])),
      },
    },
  };
}

/** The schema exactly as published in `packages/core/schema/lawful.schema.json`. */
export function serializeConfigSchema(): string {
  return `${JSON.stringify(buildConfigSchema(), null, 2)}\n`;
}
