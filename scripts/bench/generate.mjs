// @ts-check
/**
 * Generates a synthetic but realistic TypeScript service for `pnpm bench`.
 *
 * The shape follows what a typical Node backend looks like: a handful of infrastructure wrappers
 * (logger, analytics, database client), some feature folders that handle people (signup, profile,
 * audit …) with cross-file helper chains and Prisma writes, many more folders that only move
 * products, orders and money around, and a long tail of utility modules. Roughly 10–15% of the
 * files touch personal data, as in real code bases, so the benchmark rewards a scanner that skips
 * irrelevant files cheaply.
 *
 * Everything is derived from a seeded PRNG, so the same `{ files, seed }` yields the same bytes.
 * Third-party packages are declared ambiently in `src/types/vendor.d.ts`: `tsc --noEmit` and
 * the type-checked ESLint rules do real work without `node_modules` being installed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Bump when the generated output changes, so cached bench projects are regenerated. */
export const GENERATOR_VERSION = 1;

/** Name of the marker file that records how a project was generated. */
export const MARKER_FILE = '.bench-project.json';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Files every project has, whatever its size (counted in `files`). */
const FIXED_SOURCE_FILES = 6;
const FILES_PER_PERSONAL_FEATURE = 6;
const FILES_PER_COMMERCE_MODULE = 6;
/** Share of source files that handle personal data (the bench aims for ≈ 10–15%). */
const PERSONAL_SHARE = 0.12;
/** Share of the remaining files that belong to commerce modules (the rest are utilities). */
const COMMERCE_SHARE = 0.7;

/** mulberry32: tiny, fast and good enough to vary generated code deterministically. */
function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (maxExclusive) => Math.floor(next() * maxExclusive),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (probability) => next() < probability,
  };
}

const pad = (index) => String(index).padStart(4, '0');
const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** Prisma models that hold people; all share one column layout so features can write any of them. */
const PERSON_MODELS = ['User', 'Customer', 'Member', 'Subscriber', 'Contact', 'Employee'];
/** Prisma models with no personal data. */
const COMMERCE_MODELS = ['Order', 'Product', 'Invoice', 'Shipment', 'Cart', 'StockItem'];

const PERSONAL_FEATURES = [
  { name: 'signup', verb: 'register', event: 'signed_up' },
  { name: 'profile', verb: 'updateProfile', event: 'profile_updated' },
  { name: 'newsletter', verb: 'subscribe', event: 'newsletter_subscribed' },
  { name: 'invite', verb: 'invite', event: 'invite_sent' },
  { name: 'support', verb: 'openTicketFor', event: 'ticket_opened' },
  { name: 'onboarding', verb: 'onboard', event: 'onboarding_started' },
];

const COMMERCE_AREAS = ['orders', 'catalog', 'billing', 'shipping', 'carts', 'inventory', 'pricing', 'returns'];
const UTILITY_GROUPS = ['math', 'strings', 'dates', 'collections', 'validation', 'money'];

/**
 * Writes a project of exactly `files` TypeScript files (`.ts` and `.d.ts` under `src/`) into `dir`,
 * plus tsconfig, package.json, Prisma schema, lawful config and two ESLint configs.
 *
 * @param {string} dir target folder (created; existing generated content is overwritten)
 * @param {{ files: number, seed?: number, repoRoot?: string }} options
 * @returns {{ files: number, personalFiles: number, personalFeatures: number, commerceModules: number, utilities: number, seed: number }}
 */
export function generateProject(dir, { files, seed = 1, repoRoot = REPO_ROOT }) {
  if (!Number.isInteger(files) || files < 20) {
    throw new Error(`generateProject: files must be an integer ≥ 20, got ${files}`);
  }
  const random = createRandom(seed);
  const layout = planLayout(files);
  /** @type {Map<string, string>} relative path → content */
  const output = new Map();

  writeInfrastructure(output);
  for (let index = 0; index < layout.personalFeatures; index++) {
    writePersonalFeature(output, index, random);
  }
  for (let index = 0; index < layout.commerceModules; index++) {
    writeCommerceModule(output, index, random);
  }
  for (let index = 0; index < layout.utilities; index++) {
    writeUtility(output, index, random);
  }
  writeProjectFiles(output, repoRoot, seed, files);

  const sourceCount = [...output.keys()].filter((file) => file.startsWith('src/') && file.endsWith('.ts')).length;
  if (sourceCount !== files) {
    throw new Error(`generateProject: planned ${files} source files but produced ${sourceCount}`);
  }

  fs.rmSync(path.join(dir, 'src'), { recursive: true, force: true });
  for (const [relativePath, content] of [...output].sort(([a], [b]) => a.localeCompare(b))) {
    const target = path.join(dir, relativePath);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
  return {
    files,
    // every file of a feature handles people except its barrel
    personalFiles: layout.personalFeatures * (FILES_PER_PERSONAL_FEATURE - 1),
    personalFeatures: layout.personalFeatures,
    commerceModules: layout.commerceModules,
    utilities: layout.utilities,
    seed,
  };
}

/** Splits `files` into fixed files, personal features, commerce modules and utilities. */
export function planLayout(files) {
  const remaining = files - FIXED_SOURCE_FILES;
  const personalFeatures = Math.max(1, Math.round((files * PERSONAL_SHARE) / (FILES_PER_PERSONAL_FEATURE - 1)));
  const afterPersonal = remaining - personalFeatures * FILES_PER_PERSONAL_FEATURE;
  const commerceModules = Math.max(1, Math.floor((afterPersonal * COMMERCE_SHARE) / FILES_PER_COMMERCE_MODULE));
  const utilities = afterPersonal - commerceModules * FILES_PER_COMMERCE_MODULE;
  if (utilities < 0) throw new Error(`generateProject: ${files} files is too few for the layout`);
  return { personalFeatures, commerceModules, utilities };
}

// ---------------------------------------------------------------------------------------------
// Infrastructure: vendor declarations, wrappers, HTTP types

function writeInfrastructure(output) {
  output.set('src/types/vendor.d.ts', vendorDeclarations());
  output.set(
    'src/lib/logger.ts',
    `import createLogger from 'pino';
import type { Logger } from 'pino';

const root = createLogger({ name: 'bench-shop', level: 'info', redact: ['password'] });

/** One process-wide logger; modules take a child so their lines carry the module name. */
export function pino(module?: string): Logger {
  return module === undefined ? root : root.child({ module });
}
`,
  );
  output.set(
    'src/lib/analytics.ts',
    `import { Analytics } from '@segment/analytics-node';

const client = new Analytics({ writeKey: 'bench-write-key', flushAt: 20 });

export type EventProperties = Record<string, string | number | boolean | null | undefined>;

/** Sends a product-analytics event; server-side events have no browser id, hence a fixed one. */
export function track(event: string, props: EventProperties): void {
  client.track({ event, anonymousId: 'server', properties: props });
}

export async function flushAnalytics(): Promise<void> {
  await client.closeAndFlush();
}
`,
  );
  output.set(
    'src/lib/db.ts',
    `import { PrismaClient } from '@prisma/client';

/** Shared client: Prisma pools connections per client, so one per process. */
export const prisma = new PrismaClient();

export async function disconnect(): Promise<void> {
  await prisma.$disconnect();
}
`,
  );
  output.set(
    'src/lib/index.ts',
    `export { pino } from './logger.js';
export { track, flushAnalytics } from './analytics.js';
export type { EventProperties } from './analytics.js';
export { prisma, disconnect } from './db.js';
`,
  );
  output.set(
    'src/http/types.ts',
    `export interface HttpRequest<TBody = unknown> {
  body: TBody;
  params: Record<string, string | undefined>;
  query: Record<string, string | undefined>;
  headers: Record<string, string | undefined>;
  ip: string;
}

export interface HttpResponse<TBody = unknown> {
  status: number;
  body: TBody;
  headers?: Record<string, string>;
}

export function ok<TBody>(body: TBody): HttpResponse<TBody> {
  return { status: 200, body };
}

export function created<TBody>(body: TBody): HttpResponse<TBody> {
  return { status: 201, body };
}

export function badRequest(message: string): HttpResponse<{ error: string }> {
  return { status: 400, body: { error: message } };
}
`,
  );
}

function vendorDeclarations() {
  const personModel = (model) => `  export interface ${model} {
    id: string;
    email: string;
    name: string;
    phone: string | null;
    signupIp: string | null;
    planId: string;
    createdAt: Date;
    updatedAt: Date;
  }
  export type ${model}CreateInput = Omit<${model}, 'id' | 'createdAt' | 'updatedAt'>;`;
  const commerceModel = (model) => `  export interface ${model} {
    id: string;
    sku: string;
    quantity: number;
    amountCents: number;
    currency: string;
    status: string;
    createdAt: Date;
  }
  export type ${model}CreateInput = Omit<${model}, 'id' | 'createdAt'>;`;
  const delegate = (model) => `    ${model.charAt(0).toLowerCase() + model.slice(1)}: ModelDelegate<${model}, ${model}CreateInput>;`;
  return `// Ambient declarations for the third-party packages this project imports: the bench runs
// tsc and ESLint without installing node_modules, and these keep the type-checker honest.

declare module 'pino' {
  export interface LoggerOptions {
    name?: string;
    level?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
    redact?: string[];
  }
  export interface LogFn {
    (message: string): void;
    (bindings: object, message?: string): void;
  }
  export interface Logger {
    info: LogFn;
    warn: LogFn;
    error: LogFn;
    debug: LogFn;
    child(bindings: Record<string, unknown>): Logger;
  }
  export default function pino(options?: LoggerOptions): Logger;
}

declare module '@segment/analytics-node' {
  export interface TrackParams {
    event: string;
    userId?: string;
    anonymousId?: string;
    properties?: Record<string, unknown>;
  }
  export interface IdentifyParams {
    userId: string;
    traits?: Record<string, unknown>;
  }
  export class Analytics {
    constructor(settings: { writeKey: string; flushAt?: number });
    track(params: TrackParams): void;
    identify(params: IdentifyParams): void;
    closeAndFlush(): Promise<void>;
  }
}

declare module '@prisma/client' {
${PERSON_MODELS.map(personModel).join('\n')}
${COMMERCE_MODELS.map(commerceModel).join('\n')}
  export interface ModelDelegate<TModel, TCreate> {
    create(args: { data: TCreate }): Promise<TModel>;
    update(args: { where: { id: string }; data: Partial<TCreate> }): Promise<TModel>;
    upsert(args: { where: { id: string }; create: TCreate; update: Partial<TCreate> }): Promise<TModel>;
    findUnique(args: { where: Partial<TModel> }): Promise<TModel | null>;
    findMany(args?: { where?: Partial<TModel>; take?: number; skip?: number }): Promise<TModel[]>;
    delete(args: { where: { id: string } }): Promise<TModel>;
    count(args?: { where?: Partial<TModel> }): Promise<number>;
  }
  export class PrismaClient {
    constructor();
${[...PERSON_MODELS, ...COMMERCE_MODELS].map(delegate).join('\n')}
    $disconnect(): Promise<void>;
  }
}
`;
}

// ---------------------------------------------------------------------------------------------
// Personal features: types → normalize (c) → prepare (b) → service (a, sinks) → controller

function writePersonalFeature(output, index, random) {
  const feature = PERSONAL_FEATURES[index % PERSONAL_FEATURES.length];
  const model = random.pick(PERSON_MODELS);
  const suffix = pad(index);
  const folder = `src/features/${feature.name}-${suffix}`;
  const entity = `${model}${suffix}`;
  const delegate = model.charAt(0).toLowerCase() + model.slice(1);
  const requestType = `${capitalize(feature.name)}Request${suffix}`;
  const resultType = `${capitalize(feature.name)}Result${suffix}`;
  const draftType = `${entity}Draft`;
  const serviceFunction = `${feature.verb}${entity}`;
  const emailIsAnnotated = random.chance(0.5);
  const logsIp = random.chance(0.5);
  const logsEmail = random.chance(0.25);
  const tracksEmail = random.chance(0.4);
  const writeStyle = random.pick(['create', 'update', 'upsert']);

  output.set(
    `${folder}/types.ts`,
    `/** What the ${feature.name} form posts. */
export interface ${requestType} {
${emailIsAnnotated ? '  /** @personal user.contact.email */\n' : ''}  email: string;
  firstName: string;
  lastName: string;
  phone?: string;
  /** @personal user.device.ip_address */
  ipAddress: string;
  planId: string;
  marketingOptIn: boolean;
}

export type ${requestType}Body = Omit<${requestType}, 'ipAddress'>;

export interface ${resultType} {
  id: string;
  planId: string;
  createdAt: string;
}

export interface ${draftType} {
  email: string;
  fullName: string;
  phone: string | null;
  planId: string;
}
`,
  );

  output.set(
    `${folder}/normalize.ts`,
    `const PHONE_NOISE = /[\\s().-]/g;

export function normalizeEmail${suffix}(email: string): string {
  return email.trim().toLowerCase();
}

export function normalizePhone${suffix}(phone: string | undefined): string | null {
  if (phone === undefined) return null;
  const digits = phone.replace(PHONE_NOISE, '');
  return digits.length >= ${6 + random.int(3)} ? digits : null;
}

export function joinName${suffix}(firstName: string, lastName: string): string {
  return [firstName.trim(), lastName.trim()].filter((part) => part.length > 0).join(' ');
}
`,
  );

  output.set(
    `${folder}/prepare.ts`,
    `import type { ${requestType}, ${draftType} } from './types.js';
import { joinName${suffix}, normalizeEmail${suffix}, normalizePhone${suffix} } from './normalize.js';

export function prepare${entity}(input: ${requestType}): ${draftType} {
  return {
    email: normalizeEmail${suffix}(input.email),
    fullName: joinName${suffix}(input.firstName, input.lastName),
    phone: normalizePhone${suffix}(input.phone),
    planId: input.planId,
  };
}

export function validate${requestType}(input: ${requestType}): string[] {
  const problems: string[] = [];
  if (!input.email.includes('@')) problems.push('email');
  if (input.firstName.length === 0) problems.push('firstName');
  if (input.planId.length === 0) problems.push('planId');
  return problems;
}
`,
  );

  const dataLiteral = `{ email: draft.email, name: draft.fullName, phone: draft.phone, signupIp: input.ipAddress, planId: draft.planId }`;
  const write =
    writeStyle === 'create'
      ? `await prisma.${delegate}.create({ data: ${dataLiteral} })`
      : writeStyle === 'update'
        ? `await prisma.${delegate}.update({ where: { id: input.planId }, data: { phone: draft.phone, name: draft.fullName } })`
        : `await prisma.${delegate}.upsert({ where: { id: input.planId }, create: ${dataLiteral}, update: { phone: draft.phone } })`;
  const logBindings = [`${delegate}Id: record.id`];
  if (logsIp) logBindings.push('ip: input.ipAddress');
  if (logsEmail) logBindings.push('email: draft.email');
  const trackProps = [`${delegate}Id: record.id`, 'plan: draft.planId', 'optIn: input.marketingOptIn'];
  if (tracksEmail) trackProps.push('email: draft.email');

  output.set(
    `${folder}/service.ts`,
    `import { prisma, pino, track } from '../../lib/index.js';
import type { ${requestType}, ${resultType} } from './types.js';
import { prepare${entity}, validate${requestType} } from './prepare.js';

const log = pino('${feature.name}-${suffix}');

export class ${entity}ValidationError extends Error {
  constructor(readonly fields: string[]) {
    super(\`invalid fields: \${fields.join(', ')}\`);
  }
}

export async function ${serviceFunction}(input: ${requestType}): Promise<${resultType}> {
  const problems = validate${requestType}(input);
  if (problems.length > 0) throw new ${entity}ValidationError(problems);
  const draft = prepare${entity}(input);
  const record = ${write};
  log.info({ ${logBindings.join(', ')} }, '${feature.name} done');
  track('${feature.event}', { ${trackProps.join(', ')} });
  return { id: record.id, planId: record.planId, createdAt: record.createdAt.toISOString() };
}

export async function count${entity}s(planId: string): Promise<number> {
  return prisma.${delegate}.count({ where: { planId } });
}
`,
  );

  output.set(
    `${folder}/controller.ts`,
    `import { badRequest, created } from '../../http/types.js';
import type { HttpRequest, HttpResponse } from '../../http/types.js';
import type { ${requestType}Body, ${resultType} } from './types.js';
import { ${serviceFunction}, ${entity}ValidationError } from './service.js';

export async function post${capitalize(feature.name)}${suffix}(
  request: HttpRequest<${requestType}Body>,
): Promise<HttpResponse<${resultType} | { error: string }>> {
  try {
    const result = await ${serviceFunction}({ ...request.body, ipAddress: request.ip });
    return created(result);
  } catch (error) {
    if (error instanceof ${entity}ValidationError) return badRequest(error.message);
    throw error;
  }
}
`,
  );

  output.set(
    `${folder}/index.ts`,
    `export * from './types.js';
export * from './service.js';
export * from './controller.js';
`,
  );
}

// ---------------------------------------------------------------------------------------------
// Commerce modules: ids, quantities and money — no personal data, occasionally logged or stored

function writeCommerceModule(output, index, random) {
  const area = COMMERCE_AREAS[index % COMMERCE_AREAS.length];
  const model = random.pick(COMMERCE_MODELS);
  const delegate = model.charAt(0).toLowerCase() + model.slice(1);
  const suffix = pad(index);
  const folder = `src/commerce/${area}-${suffix}`;
  const line = `${model}Line${suffix}`;
  const dto = `${model}Dto${suffix}`;
  const currency = `Currency${suffix}`;
  const taxRate = (5 + random.int(20)) / 100;
  const discountThreshold = 50 + random.int(200);
  const writesToDatabase = random.chance(0.3);
  const logs = random.chance(0.35);
  const tracks = random.chance(0.15);
  // a chain across modules: this module formats money with an earlier module's helper
  const borrowsFrom = index > 0 && random.chance(0.5) ? random.int(index) : -1;

  output.set(
    `${folder}/types.ts`,
    `export type ${currency} = 'EUR' | 'USD' | 'GBP' | 'CHF';

export interface ${line} {
  sku: string;
  quantity: number;
  unitPriceCents: number;
}

export interface ${model}${suffix} {
  id: string;
  lines: ${line}[];
  currency: ${currency};
  status: 'draft' | 'open' | 'paid' | 'shipped' | 'cancelled';
  createdAt: Date;
}

export interface ${dto} {
  id: string;
  total: string;
  lineCount: number;
  status: ${model}${suffix}['status'];
}
`,
  );

  output.set(
    `${folder}/pricing.ts`,
    `import type { ${line} } from './types.js';

export const TAX_RATE_${suffix} = ${taxRate};

export function lineTotal${suffix}(line: ${line}): number {
  return line.quantity * line.unitPriceCents;
}

export function subtotal${suffix}(lines: readonly ${line}[]): number {
  return lines.reduce((sum, line) => sum + lineTotal${suffix}(line), 0);
}

export function discount${suffix}(subtotalCents: number): number {
  return subtotalCents >= ${discountThreshold * 100} ? Math.round(subtotalCents * 0.${5 + random.int(10)}) : 0;
}

export function total${suffix}(lines: readonly ${line}[]): number {
  const base = subtotal${suffix}(lines);
  const afterDiscount = base - discount${suffix}(base);
  return Math.round(afterDiscount * (1 + TAX_RATE_${suffix}));
}
`,
  );

  output.set(
    `${folder}/format.ts`,
    borrowsFrom >= 0
      ? `import { formatMoney${pad(borrowsFrom)} } from '../${COMMERCE_AREAS[borrowsFrom % COMMERCE_AREAS.length]}-${pad(borrowsFrom)}/index.js';
import type { ${currency} } from './types.js';

export function formatMoney${suffix}(cents: number, currency: ${currency}): string {
  return formatMoney${pad(borrowsFrom)}(cents, currency);
}
`
      : `import type { ${currency} } from './types.js';

const SYMBOLS: Record<${currency}, string> = { EUR: '€', USD: '$', GBP: '£', CHF: 'CHF ' };

export function formatMoney${suffix}(cents: number, currency: ${currency}): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  const whole = Math.floor(absolute / 100)
    .toString()
    .replace(/\\B(?=(\\d{3})+(?!\\d))/g, ',');
  const fraction = (absolute % 100).toString().padStart(2, '0');
  return \`\${sign}\${SYMBOLS[currency]}\${whole}.\${fraction}\`;
}
`,
  );

  output.set(
    `${folder}/mapper.ts`,
    `import type { ${dto}, ${model}${suffix} } from './types.js';
import { total${suffix} } from './pricing.js';
import { formatMoney${suffix} } from './format.js';

export function to${dto}(entity: ${model}${suffix}): ${dto} {
  return {
    id: entity.id,
    total: formatMoney${suffix}(total${suffix}(entity.lines), entity.currency),
    lineCount: entity.lines.length,
    status: entity.status,
  };
}

export function to${dto}List(entities: readonly ${model}${suffix}[]): ${dto}[] {
  return entities
    .filter((entity) => entity.status !== 'cancelled')
    .map(to${dto})
    .sort((a, b) => a.id.localeCompare(b.id));
}
`,
  );

  const imports = [];
  if (writesToDatabase || logs || tracks) {
    imports.push(
      `import { ${[writesToDatabase && 'prisma', logs && 'pino', tracks && 'track'].filter(Boolean).join(', ')} } from '../../lib/index.js';`,
    );
  }
  output.set(
    `${folder}/service.ts`,
    `${imports.join('\n')}${imports.length > 0 ? '\n' : ''}import type { ${dto}, ${model}${suffix} } from './types.js';
import { to${dto} } from './mapper.js';
import { total${suffix} } from './pricing.js';
${logs ? `\nconst log = pino('${area}-${suffix}');\n` : ''}
export class ${model}Repository${suffix} {
  private readonly entries = new Map<string, ${model}${suffix}>();

  ${writesToDatabase ? 'async ' : ''}save(entity: ${model}${suffix}): ${writesToDatabase ? `Promise<${dto}>` : dto} {
    this.entries.set(entity.id, entity);
${writesToDatabase ? `    await prisma.${delegate}.create({
      data: { sku: entity.lines[0]?.sku ?? 'none', quantity: entity.lines.length, amountCents: total${suffix}(entity.lines), currency: entity.currency, status: entity.status },
    });
` : ''}${logs ? `    log.info({ ${delegate}Id: entity.id, lines: entity.lines.length }, '${delegate} saved');\n` : ''}${tracks ? `    track('${delegate}_saved', { ${delegate}Id: entity.id, amount: total${suffix}(entity.lines) });\n` : ''}    return to${dto}(entity);
  }

  find(id: string): ${model}${suffix} | undefined {
    return this.entries.get(id);
  }

  revenue(): number {
    let sum = 0;
    for (const entity of this.entries.values()) {
      if (entity.status === 'paid' || entity.status === 'shipped') sum += total${suffix}(entity.lines);
    }
    return sum;
  }
}
`,
  );

  output.set(
    `${folder}/index.ts`,
    `export * from './types.js';
export * from './pricing.js';
export * from './format.js';
export * from './mapper.js';
export * from './service.js';
`,
  );
}

// ---------------------------------------------------------------------------------------------
// Utilities: small pure modules, some building on the previous one in their group

const UTILITY_TEMPLATES = {
  math: (name) => `export function clamp${name}(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function mean${name}(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function percentile${name}(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = clamp${name}(Math.ceil((p / 100) * sorted.length) - 1, 0, sorted.length - 1);
  return sorted[rank] ?? Number.NaN;
}
`,
  strings: (name) => `export function slugify${name}(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function truncate${name}(text: string, max: number): string {
  return text.length <= max ? text : \`\${text.slice(0, Math.max(0, max - 1))}…\`;
}

export function titleCase${name}(text: string): string {
  return text.replace(/\\b\\w/g, (letter) => letter.toUpperCase());
}
`,
  dates: (name) => `const DAY_MS = 24 * 60 * 60 * 1000;

export function addDays${name}(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function daysBetween${name}(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

export function isoDate${name}(date: Date): string {
  return date.toISOString().slice(0, 10);
}
`,
  collections: (name) => `export function groupBy${name}<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const group = key(item);
    (groups[group] ??= []).push(item);
  }
  return groups;
}

export function chunk${name}<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

export function uniqueBy${name}<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const id = key(item);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
`,
  validation: (name) => `export type Check${name}<T> = (value: T) => string | null;

export function required${name}(field: string): Check${name}<string | undefined> {
  return (value) => (value === undefined || value.length === 0 ? \`\${field} is required\` : null);
}

export function maxLength${name}(field: string, max: number): Check${name}<string> {
  return (value) => (value.length > max ? \`\${field} must be at most \${max} characters\` : null);
}

export function runChecks${name}<T>(value: T, checks: readonly Check${name}<T>[]): string[] {
  return checks.map((check) => check(value)).filter((message): message is string => message !== null);
}
`,
  money: (name) => `export interface Money${name} {
  readonly cents: number;
  readonly currency: string;
}

export function addMoney${name}(a: Money${name}, b: Money${name}): Money${name} {
  if (a.currency !== b.currency) throw new Error(\`currency mismatch: \${a.currency} vs \${b.currency}\`);
  return { cents: a.cents + b.cents, currency: a.currency };
}

export function allocate${name}(total: Money${name}, parts: number): Money${name}[] {
  const base = Math.floor(total.cents / parts);
  const remainder = total.cents - base * parts;
  return Array.from({ length: parts }, (_, index) => ({ cents: base + (index < remainder ? 1 : 0), currency: total.currency }));
}
`,
};

function writeUtility(output, index, random) {
  const group = UTILITY_GROUPS[index % UTILITY_GROUPS.length];
  const name = pad(index);
  let content = UTILITY_TEMPLATES[group](name);
  // a chain inside the group: re-export and build on the previous module of the same group
  const previous = index - UTILITY_GROUPS.length;
  if (previous >= 0 && random.chance(0.4)) {
    const previousName = pad(previous);
    const helper = {
      math: `mean${previousName}`,
      strings: `slugify${previousName}`,
      dates: `isoDate${previousName}`,
      collections: `chunk${previousName}`,
      validation: `required${previousName}`,
      money: `addMoney${previousName}`,
    }[group];
    content = `import { ${helper} } from './${group}-${previousName}.js';\n\nexport { ${helper} as previous${capitalize(group)}${name} };\n\n${content}`;
  }
  output.set(`src/utils/${group}/${group}-${name}.ts`, content);
}

// ---------------------------------------------------------------------------------------------
// Project files: tsconfig, package.json, Prisma schema, lawful config, ESLint configs

function writeProjectFiles(output, repoRoot, seed, files) {
  output.set(
    'tsconfig.json',
    `${JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2022'],
          // no @types from parent folders: the project must stand on its own declarations
          types: [],
          strict: true,
          noUncheckedIndexedAccess: true,
          esModuleInterop: true,
          skipLibCheck: true,
          noEmit: true,
        },
        include: ['src'],
      },
      null,
      2,
    )}\n`,
  );
  output.set(
    'package.json',
    `${JSON.stringify(
      {
        name: `bench-shop-${files}`,
        version: '1.0.0',
        private: true,
        type: 'module',
        dependencies: { '@prisma/client': '^6.0.0', '@segment/analytics-node': '^2.1.0', pino: '^9.0.0' },
        devDependencies: { prisma: '^6.0.0', typescript: '6.0.2' },
      },
      null,
      2,
    )}\n`,
  );
  output.set('prisma/schema.prisma', prismaSchema());
  output.set(
    'lawful.config.yaml',
    `# Declares the account and security flows; analytics with personal data is left undeclared
# on purpose, so the scan has findings to report, as a real project under review would.
version: 1
controller: { name: Bench Shop GmbH, contact: privacy@bench-shop.example }
stores:
  app_db: { kind: database, sinks: ["db/prisma/*"], location: EU }
  app_logs: { kind: log, sinks: ["log/*"], location: EU }
recipients:
  segment: { name: Segment, role: processor, country: US, transfer: scc, sdks: ["@segment/analytics-node"] }
activities:
  - id: accounts
    purpose: Run customer accounts
    legal_basis: contract
    subjects: [customer]
    categories: [user.contact.email, user.name, user.contact.phone_number, user.device.ip_address]
    stores: [app_db]
    recipients: []
    retention: { keep: P2Y, after: account_closed }
  - id: security_logs
    purpose: Keep the service secure
    legal_basis: legitimate_interests
    legitimate_interest: Detect and stop abuse
    subjects: [customer]
    categories: [user.device.ip_address]
    stores: [app_logs]
    recipients: []
    retention: { keep: P14D }
`,
  );
  for (const [file, content] of eslintConfigFiles(repoRoot)) output.set(file, content);
  output.set(MARKER_FILE, `${JSON.stringify({ generatorVersion: GENERATOR_VERSION, files, seed }, null, 2)}\n`);
}

/**
 * The two ESLint flat configs the bench compares: typescript-eslint's type-checked recommended
 * config alone (`eslint.base.config.mjs`) and with `lawful.configs.recommended` added
 * (`eslint.lawful.config.mjs`), plus an `eslint.config.mjs` that a developer would use.
 * Bench projects live outside the workspace's dependency graph, so the plugins are imported from
 * the repository by absolute file URL.
 *
 * @param {string} repoRoot
 * @returns {[string, string][]}
 */
export function eslintConfigFiles(repoRoot = REPO_ROOT) {
  const typescriptEslintUrl = pathToFileURL(path.join(repoRoot, 'node_modules/typescript-eslint/dist/index.js')).href;
  const lawfulPluginUrl = pathToFileURL(path.join(repoRoot, 'packages/eslint-plugin/dist/index.js')).href;
  return [
    [
      'eslint.base.config.mjs',
      `// Generated by lawful's scripts/bench. Plugins come from the lawful repository by file URL.
import tseslint from '${typescriptEslintUrl}';

export const base = [
  // only TypeScript sources are linted: the type-checked rules need every file in a tsconfig
  { ignores: ['**/*.d.ts', '**/*.js', '**/*.mjs', '**/*.cjs', '**/node_modules/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
];

export default base;
`,
    ],
    [
      'eslint.lawful.config.mjs',
      `import lawful from '${lawfulPluginUrl}';
import { base } from './eslint.base.config.mjs';

// \`recommended\` may be one config object or an array of them
export default [...base, lawful.configs.recommended].flat();
`,
    ],
    ['eslint.config.mjs', `export { default } from './eslint.lawful.config.mjs';\n`],
  ];
}

function prismaSchema() {
  const personModel = (model) => `model ${model} {
  id        String   @id @default(cuid())
  /// @personal user.contact.email
  email     String   @unique
  name      String
  phone     String?
  /// @personal user.device.ip_address
  signupIp  String?
  planId    String
  createdAt DateTime @default(now())
  updatedAt DateTime @updatedAt
}
`;
  const commerceModel = (model) => `model ${model} {
  id          String   @id @default(cuid())
  sku         String
  quantity    Int
  amountCents Int
  currency    String
  status      String
  createdAt   DateTime @default(now())
}
`;
  return `generator client {
  provider = "prisma-client-js"
}

datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

${[...PERSON_MODELS.map(personModel), ...COMMERCE_MODELS.map(commerceModel)].join('\n')}`;
}

/** Reads the marker of a generated project, or undefined when absent or unreadable. */
export function readProjectMarker(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, MARKER_FILE), 'utf8'));
  } catch {
    return undefined;
  }
}
