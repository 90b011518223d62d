import { describe, expect, it } from 'vitest';
import { analyze, summarize } from './helpers.js';

const LOG = `import pino from 'pino';\nexport const logger = pino();\n`;
const USER = `export interface User {\n  id: string;\n  /** @personal email */\n  contact: string;\n  plan: string;\n}\n`;

function flowsOf(body: string, extra: Record<string, string> = {}): string[] {
  return summarize(analyze({ 'log.ts': LOG, 'user.ts': USER, 'a.ts': `import { logger } from './log';\nimport type { User } from './user';\n${body}`, ...extra }).flows);
}

describe('propagation', () => {
  it('assignment, destructuring, spread, object and array literals', () => {
    expect(
      flowsOf(`export function f(u: User) {\n  let x = 'a';\n  x = u.contact;\n  logger.info(x);\n  const { contact } = u;\n  logger.info(contact);\n  logger.info({ ...u, extra: 1 });\n  logger.info([u.contact]);\n  const { plan } = u;\n  logger.info(plan);\n}`),
    ).toEqual(['a.ts:6 log/pino user.contact.email', 'a.ts:8 log/pino user.contact.email', 'a.ts:9 log/pino user.contact.email', 'a.ts:10 log/pino user.contact.email']);
  });

  it('template literals, concatenation, string and array methods, JSON.stringify, String(), Object.assign', () => {
    expect(
      flowsOf(
        `export function f(u: User, list: User[]) {\n  logger.info(\`hi \${u.contact.trim().toLowerCase()}\`);\n  logger.info('hi ' + u.contact.split('@')[0]);\n  logger.info(list.map((x) => x.contact).join(','));\n  logger.info(JSON.stringify({ c: u.contact }));\n  logger.info(String(u.contact));\n  logger.info(Object.assign({}, { c: u.contact }));\n  list.forEach((x) => logger.info(x.contact.padStart(3)));\n}`,
      ),
    ).toEqual([4, 5, 6, 7, 8, 9, 10].map((line) => `a.ts:${line} log/pino user.contact.email`));
  });

  it('derived values stop a flow: length, comparisons, booleans, counts, includes', () => {
    expect(
      flowsOf(`export function f(u: User, list: User[]) {\n  logger.info(u.contact.length);\n  logger.info(u.contact === 'x');\n  logger.info(!u.contact);\n  logger.info({ count: list.length, has: list.some((x) => x.contact.includes('@')) });\n  logger.info(u.id);\n}`),
    ).toEqual([]);
  });

  it('returns across files, await and .then', () => {
    expect(
      flowsOf(`import { load, normalize } from './repo';\nexport async function f(u: User) {\n  logger.info(normalize(u.contact));\n  const c = await load(u);\n  logger.info(c);\n  load(u).then((v) => logger.info(v));\n}`, {
        'repo.ts': `import type { User } from './user';\nexport function normalize(value: string) { return value.trim(); }\nexport async function load(u: User) { return u.contact; }`,
      }),
    ).toEqual(['a.ts:5 log/pino user.contact.email', 'a.ts:7 log/pino user.contact.email', 'a.ts:8 log/pino user.contact.email']);
  });

  it('wrapper rule: flows at each caller passing personal data, none for non-personal data', () => {
    const result = analyze({
      'log.ts': LOG,
      'user.ts': USER,
      'lib/analytics.ts': `import { PostHog } from 'posthog-node';\nconst posthog = new PostHog('k');\nexport function track(event: string, props: Record<string, unknown>) {\n  posthog.capture({ distinctId: 'x', event, properties: props });\n}`,
      'a.ts': `import { track } from './lib/analytics';\nimport type { User } from './user';\nexport function f(u: User) {\n  track('signup', { contact: u.contact });\n  track('view', { page: '/home' });\n}\nexport function g(u: User) {\n  track('login', { who: u.contact });\n}`,
    });
    expect(summarize(result.flows)).toEqual(['a.ts:4 sdk/posthog user.contact.email', 'a.ts:8 sdk/posthog user.contact.email']);
    const trace = result.flows[0]!.trace.map((step) => `${step.file}:${step.line} ${step.note}`);
    expect(trace[0]).toBe('user.ts:3 @personal email');
    expect(trace).toContain('a.ts:4 passed to track() as props');
    expect(trace[trace.length - 1]).toBe('lib/analytics.ts:4 sent to sdk/posthog');
  });

  it('wrapper rule: a parameter personal by itself reports once, at the inner sink', () => {
    const result = analyze({
      'log.ts': LOG,
      'user.ts': USER,
      'lib/id.ts': `import { logger } from '../log';\nimport type { User } from '../user';\nexport function identify(user: User) { logger.info({ c: user.contact }); }`,
      'a.ts': `import { identify } from './lib/id';\nimport type { User } from './user';\nexport function f(u: User) { identify(u); }`,
    });
    expect(summarize(result.flows)).toEqual(['lib/id.ts:3 log/pino user.contact.email']);
  });

  it('nested wrappers report at the outermost personal call site', () => {
    const result = analyze({
      'log.ts': LOG,
      'user.ts': USER,
      'w.ts': `import { logger } from './log';\nexport function inner(data: unknown) { logger.info(data); }\nexport function outer(data: unknown) { inner(data); }`,
      'a.ts': `import { outer } from './w';\nimport type { User } from './user';\nexport function f(u: User) { outer(u.contact); }`,
    });
    expect(summarize(result.flows)).toEqual(['a.ts:3 log/pino user.contact.email']);
  });

  it('class fields and closures', () => {
    expect(
      flowsOf(`export class Session {\n  private owner: string;\n  constructor(u: User) { this.owner = u.contact; }\n  log() { logger.info(this.owner); }\n}\nexport function f(u: User) {\n  const c = u.contact;\n  const later = () => logger.info(c);\n  later();\n}`),
    ).toEqual(['a.ts:6 log/pino user.contact.email', 'a.ts:10 log/pino user.contact.email']);
  });

  it('sanitizers: crypto digests, bcrypt, helpers by name, config sanitizers by name and module#export', () => {
    const result = analyze(
      {
        'log.ts': LOG,
        'user.ts': USER,
        'lib/mask.ts': `export function obscure(value: string) { return value.slice(0, 2) + '***'; }\nexport function shorten(value: string) { return value.slice(0, 2); }`,
        'a.ts': [
          `import { logger } from './log';`,
          `import type { User } from './user';`,
          `import { createHash } from 'node:crypto';`,
          `import bcrypt from 'bcryptjs';`,
          `import { obscure, shorten } from './lib/mask';`,
          `export async function f(u: User) {`,
          `  logger.info(createHash('sha256').update(u.contact).digest('hex'));`,
          `  logger.info(await bcrypt.hash(u.contact, 10));`,
          `  logger.info({ mobile: redact(u.contact) });`,
          `  logger.info(obscure(u.contact));`,
          `  logger.info(shorten(u.contact));`,
          `  logger.info(u.contact);`,
          `}`,
          `function redact(value: string) { return value ? '[redacted]' : ''; }`,
        ].join('\n'),
      },
      { sanitizers: ['lib/mask#obscure'] },
    );
    expect(summarize(result.flows)).toEqual(['a.ts:11 log/pino user.contact.email', 'a.ts:12 log/pino user.contact.email']);
  });

  it('a JavaScript file is analysed too', () => {
    const result = analyze({ 'job.js': `export function purge(customer) {\n  console.log(\`purging \${customer.email}\`);\n}` });
    expect(summarize(result.flows)).toEqual(['job.js:2 log/console user.contact.email ~']);
  });
});

describe('negative cases', () => {
  it('emailTemplate, env vars, config constants, counts, hashes, LLM replies, private hosts', () => {
    const result = analyze({
      'a.ts': [
        `import OpenAI from 'openai';`,
        `const openai = new OpenAI();`,
        `const SUPPORT_EMAIL = 'help@example.com';`,
        `export async function f(emailTemplate: string, emails: string[], question: string) {`,
        `  console.log(emailTemplate);`,
        `  console.log(process.env.ADMIN_EMAIL);`,
        `  const adminEmail = process.env.ADMIN_EMAIL;`,
        `  console.log(adminEmail, SUPPORT_EMAIL);`,
        `  console.log({ emailCount: emails.length });`,
        `  const reply = await openai.chat.completions.create({ model: 'x', messages: [{ role: 'user', content: question }] });`,
        `  console.log(reply);`,
        `  await fetch('http://localhost:3000/x', { method: 'POST', body: JSON.stringify(emails) });`,
        `  await fetch('/api/x', { method: 'POST', body: JSON.stringify(emails) });`,
        `}`,
      ].join('\n'),
    });
    expect(summarize(result.flows)).toEqual([]);
  });
});
