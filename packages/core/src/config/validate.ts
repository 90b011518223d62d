/**
 * Validation of a parsed config: the JSON Schema (ajv, every error at once) translated into
 * messages that say what was expected, then the checks a schema cannot express (unique ids,
 * references between sections, categories against the taxonomy).
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { TaxonomyLike } from '../catalog/types.js';
import { COMMON_COUNTRY_MISTAKES } from './countries.js';
import type { ConfigProblem } from './errors.js';
import { validate as generatedValidator } from './schema-validator.generated.js';
import type { KeyPath } from './source.js';
import { closestMatches, didYouMean } from './suggest.js';
import type { ConfigPosition, UnknownConfigCategory } from './types.js';

export interface ValidationInput {
  /** Absolute path of the config file, for problems. */
  filepath: string;
  value: unknown;
  positionOf(path: KeyPath): ConfigPosition;
  taxonomy?: TaxonomyLike;
}

export interface ValidationResult {
  /** Structural errors: the config must not be used when there is any. */
  problems: ConfigProblem[];
  /** Activity categories the taxonomy does not know: reported later as `unknown-category` findings. */
  unknownCategories: UnknownConfigCategory[];
}

/** First segments of sink ids (DESIGN.md "Sinks"); `*` / `**` match any. */
export const SINK_ID_KINDS = ['browser', 'cache', 'cookie', 'db', 'file', 'http', 'log', 'object-storage', 'sdk'] as const;

type SchemaObject = Record<string, unknown>;

/** The schema's validator, compiled ahead of time (validator-source.ts explains why and how to regenerate). */
const configValidator = generatedValidator as unknown as ValidateFunction;

export function validateConfig(input: ValidationInput): ValidationResult {
  const problems: ConfigProblem[] = [];
  const report = (path: KeyPath, message: string): void => {
    const position = input.positionOf(path);
    problems.push({ file: input.filepath, line: position.line, column: position.column, path: formatKeyPath(path), message });
  };

  if (input.value === null || typeof input.value !== 'object' || Array.isArray(input.value)) {
    report([], `expected a mapping of config keys (version, activities, ...); got ${describeValue(input.value)}`);
    return { problems, unknownCategories: [] };
  }

  if (!configValidator(input.value)) {
    for (const translated of translateSchemaErrors(configValidator.errors ?? [], input.value)) {
      report(translated.path, translated.message);
    }
  }
  const unknownCategories = checkSemantics(input.value as Record<string, unknown>, report, input);
  return { problems: dedupe(problems), unknownCategories };
}

/* ------------------------------------------------------------------------------------------------
 * Schema errors → messages
 * ---------------------------------------------------------------------------------------------- */

interface TranslatedError {
  path: KeyPath;
  message: string;
}

function translateSchemaErrors(errors: readonly ErrorObject[], root: unknown): TranslatedError[] {
  const typeErrorPaths = new Set(errors.filter((error) => error.keyword === 'type').map((error) => error.instancePath));
  const translated: TranslatedError[] = [];
  for (const error of errors) {
    // Branch failures of a `oneOf` are explained by the `oneOf` error itself.
    if (/\/oneOf\/\d+\//.test(error.schemaPath)) continue;
    // A wrong type explains every other complaint about the same value.
    if (error.keyword !== 'type' && typeErrorPaths.has(error.instancePath) && !error.propertyName) continue;
    if (error.keyword === 'propertyNames') continue;
    const result = translateSchemaError(error, instancePathToKeyPath(error.instancePath, root));
    if (result) translated.push(result);
  }
  return translated;
}

function translateSchemaError(error: ErrorObject, path: KeyPath): TranslatedError | undefined {
  const schema = (error.parentSchema ?? {}) as SchemaObject;
  const expectedText = typeof schema['x-expected'] === 'string' ? schema['x-expected'] : undefined;
  const params = error.params as Record<string, unknown>;

  if (error.propertyName !== undefined) {
    // A map key (store name, category in detect.names) that does not fit `propertyNames`.
    const name = error.propertyName;
    return { path: [...path, name], message: `invalid name "${name}": expected ${expectedText ?? error.message ?? 'a valid name'}` };
  }

  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((schema.properties ?? {}) as SchemaObject);
      const suggestion = didYouMean(key, known);
      const hint = suggestion ? `did you mean "${suggestion}"?` : `allowed keys: ${known.join(', ')}`;
      return { path: [...path, key], message: `unknown key "${key}"; ${hint}` };
    }
    case 'required': {
      const key = String(params.missingProperty);
      const hint = key === 'version' ? ' (add "version: 1")' : '';
      return { path, message: `missing required key "${key}"${hint}` };
    }
    case 'dependencies': {
      const key = String(params.property);
      return { path: [...path, key], message: `"${key}" needs "${String(params.missingProperty)}" next to it` };
    }
    case 'oneOf': {
      const both = Array.isArray(params.passingSchemas);
      const expected = expectedText ?? 'exactly one of the allowed shapes';
      return { path, message: both ? `expected ${expected}, not both` : `expected ${expected}` };
    }
    case 'type':
      return { path, message: `expected ${typeName(String(params.type))}; got ${describeValue(error.data)}` };
    case 'enum': {
      const allowed = (params.allowedValues ?? []) as unknown[];
      const expected = expectedText ?? `one of ${allowed.map(String).join(', ')}`;
      return { path, message: `expected ${expected}; got ${describeValue(error.data)}${suggestFor(error.data, allowed)}` };
    }
    case 'const':
      return { path, message: `expected ${expectedText ?? JSON.stringify(params.allowedValue)}; got ${describeValue(error.data)}` };
    case 'pattern':
      return { path, message: `expected ${expectedText ?? `a string matching ${String(params.pattern)}`}; got ${describeValue(error.data)}` };
    case 'minLength':
      return { path, message: 'expected a non-empty string' };
    default:
      return { path, message: error.message ?? `invalid (${error.keyword})` };
  }
}

function suggestFor(data: unknown, allowed: readonly unknown[]): string {
  if (typeof data !== 'string') return '';
  const candidates = allowed.filter((value): value is string => typeof value === 'string');
  const suggestion = COMMON_COUNTRY_MISTAKES[data.toUpperCase()] ?? didYouMean(data, candidates);
  return suggestion && candidates.includes(suggestion) ? `; did you mean "${suggestion}"?` : '';
}

function typeName(type: string): string {
  switch (type) {
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping (key: value)';
    case 'string':
      return 'a string';
    case 'boolean':
      return 'true or false';
    case 'integer':
      return 'a whole number';
    case 'number':
      return 'a number';
    default:
      return type;
  }
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

/** `/activities/2/legal_basis` → `['activities', 2, 'legal_basis']`, numbers only where the value is a list. */
function instancePathToKeyPath(pointer: string, root: unknown): KeyPath {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let current: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      const index = Number(segment);
      path.push(index);
      current = current[index];
    } else {
      path.push(segment);
      current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

/** `['activities', 2, 'legal_basis']` → `activities[2].legal_basis`; odd keys quoted: `detect.names["user.contact.email"]`. */
export function formatKeyPath(path: KeyPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/* ------------------------------------------------------------------------------------------------
 * Checks beyond the schema
 * ---------------------------------------------------------------------------------------------- */

type Report = (path: KeyPath, message: string) => void;

function checkSemantics(config: Record<string, unknown>, report: Report, input: ValidationInput): UnknownConfigCategory[] {
  const storeNames = objectKeys(config.stores);
  const recipientNames = objectKeys(config.recipients);
  const activities = Array.isArray(config.activities) ? config.activities : [];

  checkStoreSinkIds(config.stores, report);

  const firstActivityById = new Map<string, number>();
  activities.forEach((activity: unknown, index) => {
    if (!isRecord(activity)) return;
    if (typeof activity.id === 'string') {
      const first = firstActivityById.get(activity.id);
      if (first === undefined) firstActivityById.set(activity.id, index);
      else {
        const firstLine = input.positionOf(['activities', first, 'id']).line;
        report(['activities', index, 'id'], `duplicate activity id "${activity.id}" (first used in activities[${first}], line ${firstLine})`);
      }
    }
    checkReferences(activity.stores, ['activities', index, 'stores'], 'store', 'stores', storeNames, report);
    checkReferences(activity.recipients, ['activities', index, 'recipients'], 'recipient', 'recipients', recipientNames, report);
  });

  if (!input.taxonomy) return [];
  return checkCategories(config, activities, input.taxonomy, report, input.positionOf);
}

function checkStoreSinkIds(stores: unknown, report: Report): void {
  if (!isRecord(stores)) return;
  for (const [storeName, store] of Object.entries(stores)) {
    if (!isRecord(store) || !Array.isArray(store.sinks)) continue;
    store.sinks.forEach((sinkId: unknown, index) => {
      if (typeof sinkId !== 'string' || sinkId === '') return;
      const kind = sinkId.split('/')[0]!;
      if (kind === '*' || kind === '**' || (SINK_ID_KINDS as readonly string[]).includes(kind)) return;
      const suggestion = didYouMean(kind, SINK_ID_KINDS);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
      report(
        ['stores', storeName, 'sinks', index],
        `expected a sink id starting with one of ${SINK_ID_KINDS.join(', ')} (such as log/* or db/prisma/User); got ${JSON.stringify(sinkId)}${hint}`,
      );
    });
  }
}

function checkReferences(
  references: unknown,
  path: KeyPath,
  singular: string,
  section: string,
  definedNames: readonly string[],
  report: Report,
): void {
  if (!Array.isArray(references)) return;
  references.forEach((reference: unknown, index) => {
    if (typeof reference !== 'string' || definedNames.includes(reference)) return;
    const suggestion = didYouMean(reference, definedNames);
    const hint =
      definedNames.length === 0
        ? `no ${section} are defined (add it under "${section}:")`
        : `${suggestion ? `did you mean "${suggestion}"? Defined` : 'defined'} ${section}: ${definedNames.join(', ')}`;
    report([...path, index], `unknown ${singular} "${reference}"; ${hint}`);
  });
}

function checkCategories(
  config: Record<string, unknown>,
  activities: readonly unknown[],
  taxonomy: TaxonomyLike,
  report: Report,
  positionOf: (path: KeyPath) => ConfigPosition,
): UnknownConfigCategory[] {
  const extensions = isRecord(config.taxonomy) && Array.isArray(config.taxonomy.extend) ? config.taxonomy.extend : [];
  const extensionKeys = new Set(
    extensions.filter(isRecord).map((extension) => extension.key).filter((key): key is string => typeof key === 'string'),
  );
  const knownKeys = (): string[] => [...new Set([...taxonomy.keys(), ...extensionKeys])].sort();
  const resolve = (keyOrAlias: string): string | undefined =>
    extensionKeys.has(keyOrAlias) ? keyOrAlias : taxonomy.resolve(keyOrAlias);
  const unknownMessage = (value: string): string =>
    `unknown category "${value}"; closest known keys: ${closestMatches(value, knownKeys()).join(', ')}`;

  const seenExtensionKeys = new Set<string>();
  extensions.forEach((extension: unknown, index) => {
    if (!isRecord(extension)) return;
    const { key, parent } = extension;
    if (typeof key === 'string') {
      if (taxonomy.resolve(key) !== undefined) {
        report(['taxonomy', 'extend', index, 'key'], `category "${key}" already exists in the taxonomy; extend only adds new keys`);
      } else if (seenExtensionKeys.has(key)) {
        report(['taxonomy', 'extend', index, 'key'], `category "${key}" is added twice`);
      }
      seenExtensionKeys.add(key);
    }
    if (typeof parent !== 'string') return;
    const resolvedParent = resolve(parent);
    if (resolvedParent === undefined) {
      report(['taxonomy', 'extend', index, 'parent'], unknownMessage(parent));
    } else if (typeof key === 'string' && !key.startsWith(`${resolvedParent}.`)) {
      report(['taxonomy', 'extend', index, 'key'], `expected a key under its parent, starting with "${resolvedParent}."; got "${key}"`);
    }
  });

  const names = isRecord(config.detect) && isRecord(config.detect.names) ? config.detect.names : {};
  for (const category of Object.keys(names)) {
    if (resolve(category) === undefined) report(['detect', 'names', category], unknownMessage(category));
  }

  const unknownCategories: UnknownConfigCategory[] = [];
  activities.forEach((activity: unknown, activityIndex) => {
    if (!isRecord(activity) || !Array.isArray(activity.categories)) return;
    activity.categories.forEach((category: unknown, categoryIndex) => {
      if (typeof category !== 'string' || resolve(category) !== undefined) return;
      const keyPath = ['activities', activityIndex, 'categories', categoryIndex];
      const position = positionOf(keyPath);
      unknownCategories.push({
        path: formatKeyPath(keyPath),
        keyPath,
        value: category,
        line: position.line,
        column: position.column,
        ...(typeof activity.id === 'string' ? { activity: activity.id } : {}),
        suggestions: closestMatches(category, knownKeys()),
      });
    });
  });
  return unknownCategories;
}

function objectKeys(value: unknown): string[] {
  return isRecord(value) ? Object.keys(value).sort() : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.line}:${problem.column}:${problem.path}:${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
