/**
 * The shape of a lawful config after loading and validation (DESIGN.md "Config").
 * `loadConfig` returns a `LoadedConfig`; every part of lawful reads config through these types.
 */
import { STORAGE_SINK_KINDS, type Severity, type FindingId } from '../model.js';

export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interests',
  'public_task',
  'legitimate_interests',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const SPECIAL_CATEGORY_CONDITIONS = [
  'explicit_consent',
  'employment',
  'vital_interests',
  'nonprofit',
  'made_public',
  'legal_claims',
  'substantial_public_interest',
  'health_care',
  'public_health',
  'archiving_research',
] as const;
export type SpecialCategoryCondition = (typeof SPECIAL_CATEGORY_CONDITIONS)[number];

export const RECIPIENT_ROLES = [
  'controller',
  'joint-controller',
  'processor',
  'sub-processor',
  'third-party',
  'authority',
] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

export const TRANSFER_MECHANISMS = ['adequacy', 'dpf', 'scc', 'bcr', 'derogation'] as const;
export type TransferMechanism = (typeof TRANSFER_MECHANISMS)[number];

/** Where a store keeps data: a log or one of the storage sink kinds. */
export const STORE_KINDS = ['log', ...STORAGE_SINK_KINDS] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export interface Controller {
  name: string;
  contact?: string;
  dpo?: string;
  representative?: string;
  address?: string;
}

export interface TaxonomyExtension {
  key: string;
  parent: string;
  name: string;
  description?: string;
  /** Identifier names that mark this category (name heuristics). */
  names?: string[];
  special?: boolean;
}

export interface Store {
  kind: StoreKind;
  /** Sink-id globs (`db/prisma/User`, `log/*`, `db/**`). */
  sinks: string[];
  location?: string;
  security?: string[];
  description?: string;
}

export interface Recipient {
  /** @personal none — the organisation's name */
  name: string;
  role: RecipientRole;
  /**
   * @personal none — where the organisation processes data.
   * ISO 3166-1 alpha-2 country code, or `EU`/`EEA`.
   */
  country?: string;
  transfer?: TransferMechanism;
  /** npm package names of the recipient's SDKs (matched against sink catalog `module`s). */
  sdks?: string[];
  /** Hostnames (glob `*.example.com` allowed) the recipient's API lives on. */
  hosts?: string[];
  /** Sink ids or globs (e.g. `sdk/segment`) for catalog sinks that belong to this recipient. */
  sinks?: string[];
  purpose?: string;
}

/** ISO-8601 duration with an optional trigger, or a condition that ends keeping. */
export type Retention =
  | { keep: string; after?: string; until?: undefined }
  | { until: string; keep?: undefined; after?: undefined };

export interface ConsentRequirement {
  /** Function name or `module#export` whose truthy result guards a flow. */
  guard: string;
}

export interface Activity {
  id: string;
  purpose?: string;
  legal_basis?: LegalBasis;
  legitimate_interest?: string;
  special_category_condition?: SpecialCategoryCondition;
  subjects?: string[];
  categories: string[];
  stores?: string[];
  recipients?: string[];
  retention?: Retention;
  consent?: ConsentRequirement;
  /** Globs relative to the config file's folder: flows in these files must fit this activity. */
  paths?: string[];
  description?: string;
}

export interface DetectOptions {
  /** Name heuristics on/off (default true). */
  heuristics?: boolean;
  /** Extra categories' names, e.g. `{ user.contact.email: [mailAddr] }`. */
  names?: Record<string, string[]>;
  /** Names that are never personal. */
  ignoreNames?: string[];
}

export interface LawfulConfig {
  $schema?: string;
  version: 1;
  controller?: Controller;
  taxonomy?: { extend?: TaxonomyExtension[] };
  stores?: Record<string, Store>;
  recipients?: Record<string, Recipient>;
  activities?: Activity[];
  detect?: DetectOptions;
  sanitizers?: string[];
  exclude?: string[];
  rules?: Partial<Record<FindingId, Severity | 'off'>>;
}

/** Where a key of the config was written: for errors and config-located findings. */
export interface ConfigPosition {
  line: number;
  column: number;
}

export interface LoadedConfig {
  /** Absolute path of the config file (or package.json for `package.json#lawful`). */
  filepath: string;
  config: LawfulConfig;
  /**
   * Position of a key path in the file, e.g. `['activities', 0, 'legal_basis']`. Returns the closest
   * existing ancestor's position when the path is absent; `{line:1,column:1}` for non-YAML/JSON sources.
   */
  positionOf(path: readonly (string | number)[]): ConfigPosition;
  /**
   * Activity categories the taxonomy does not know, in file order. Filled only when `loadConfig`
   * was given a taxonomy; undefined means "not checked".
   */
  unknownCategories?: UnknownConfigCategory[];
}

/**
 * A category in `activities[].categories` that the taxonomy does not resolve. Not a load error:
 * policy evaluation reports it as the `unknown-category` finding at this position.
 */
export interface UnknownConfigCategory {
  /** Formatted key path, e.g. `activities[1].categories[0]`. */
  path: string;
  keyPath: (string | number)[];
  /** The category as written. */
  value: string;
  line: number;
  column: number;
  /** Id of the activity that lists it. */
  activity?: string;
  /** Closest known keys, best first. */
  suggestions: string[];
}
