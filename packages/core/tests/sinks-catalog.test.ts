import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import {
  SINK_ID_PREFIX_KINDS,
  SINK_KINDS,
  SinkIdTemplateError,
  SinkPathSyntaxError,
  expandSinkId,
  formatSinkPath,
  hostMatchesPattern,
  matchSinkPath,
  matchesWhenValue,
  moduleMatchesPattern,
  parseArgSelector,
  parseSinkIdTemplate,
  parseSinkPath,
} from '@lawful/core';
import type { ConcreteSegment, SinkFile, SinkPathSegment, SinkRule } from '@lawful/core';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const sinksDir = join(repoRoot, 'rules/sinks');

interface LoadedSinkFile {
  file: string;
  data: SinkFile;
}

function loadSinkFiles(includeTemplate: boolean): LoadedSinkFile[] {
  return readdirSync(sinksDir)
    .filter((file) => /\.ya?ml$/.test(file) && (includeTemplate || !file.startsWith('_')))
    .sort()
    .map((file) => {
      const document = parseDocument(readFileSync(join(sinksDir, file), 'utf8'));
      if (document.errors.length > 0) throw new Error(`${file}: ${document.errors.map(String).join('; ')}`);
      return { file, data: document.toJS() as SinkFile };
    });
}

const files = loadSinkFiles(true);
const catalog = files.filter(({ file }) => !file.startsWith('_'));
const allRules = catalog.flatMap(({ file, data }) => data.sinks.map((rule) => ({ file, data, rule })));

/** How many wildcard captures and call segments a parsed path has (for `{n}` / `{call.k.i}`). */
function countCapturesAndCalls(segments: SinkPathSegment[]): { captures: number; calls: number } {
  let captures = 0;
  let calls = 0;
  for (const segment of segments) {
    if (segment.kind === 'call' || segment.kind === 'new') calls++;
    if (segment.kind !== 'call' && segment.name.kind !== 'exact') captures++;
  }
  return { captures, calls };
}

const path = (text: string): ConcreteSegment[] => {
  // A tiny reader for concrete paths in tests: `default().info`, `new PrismaClient().user.create`.
  const segments: ConcreteSegment[] = [];
  const tokens = text.match(/new [\w$]+\(\)|[\w$]+|\(\)/g) ?? [];
  for (const token of tokens) {
    if (token === '()') segments.push({ kind: 'call' });
    else if (token.startsWith('new ')) segments.push({ kind: 'new', name: token.slice(4, -2) });
    else segments.push({ kind: 'member', name: token });
  }
  return segments;
};

/** The recipients the catalog must know (DESIGN "Sinks", issue 4). */
const REQUIRED_RECIPIENTS = [
  'segment', 'posthog', 'mixpanel', 'amplitude', 'heap', 'google-analytics', 'google-tag-manager', 'meta',
  'sentry', 'datadog', 'newrelic', 'bugsnag', 'rollbar', 'logrocket', 'fullstory', 'hotjar', 'intercom',
  'hubspot', 'customerio', 'braze', 'stripe', 'braintree', 'sendgrid', 'mailgun', 'postmark', 'resend',
  'nodemailer', 'twilio', 'slack', 'openai', 'anthropic', 'algolia', 'opentelemetry',
];

/** Recipients whose destination is whatever the app configures (an SMTP server, an OTLP exporter). */
const CONFIGURED_DESTINATIONS = ['nodemailer', 'opentelemetry'];

interface RequiredSink {
  /** Sink id or its fixed prefix (`db/prisma/` for `db/prisma/{1:pascal}`). */
  id: string;
  /** Import specifier; undefined for a true global. */
  module?: string;
  /** A concrete callee path that must match. */
  call: string;
}

const REQUIRED_SINKS: RequiredSink[] = [
  // logging
  { id: 'log/console', call: 'console.log' },
  { id: 'log/pino', module: 'pino', call: 'default().info' },
  { id: 'log/winston', module: 'winston', call: 'createLogger().info' },
  { id: 'log/winston', module: 'winston', call: 'default.info' },
  { id: 'log/bunyan', module: 'bunyan', call: 'createLogger().info' },
  { id: 'log/log4js', module: 'log4js', call: 'getLogger().info' },
  { id: 'log/debug', module: 'debug', call: 'default()' },
  { id: 'log/consola', module: 'consola', call: 'consola.info' },
  { id: 'log/loglevel', module: 'loglevel', call: 'default.info' },
  { id: 'log/nestjs', module: '@nestjs/common', call: 'new Logger().log' },
  { id: 'log/nestjs', module: '@nestjs/common', call: 'Logger.log' },
  { id: 'log/fastify', module: 'fastify', call: 'new FastifyRequest().log.info' },
  { id: 'log/fastify', module: 'fastify', call: 'default().log.info' },
  // databases
  { id: 'db/prisma/', module: '@prisma/client', call: 'new PrismaClient().user.create' },
  { id: 'db/prisma/', module: '@prisma/client', call: 'new PrismaClient().user.upsert' },
  { id: 'db/typeorm/', module: 'typeorm', call: 'new Repository().save' },
  { id: 'db/typeorm/', module: 'typeorm', call: 'new Repository().update' },
  { id: 'db/typeorm/', module: 'typeorm', call: 'new EntityManager().save' },
  { id: 'db/drizzle/', module: 'drizzle-orm', call: 'drizzle().insert().values' },
  { id: 'db/drizzle/', module: 'drizzle-orm', call: 'drizzle().update().set' },
  { id: 'db/mongoose/', module: 'mongoose', call: 'model().create' },
  { id: 'db/mongoose/', module: 'mongoose', call: 'model().findOneAndUpdate' },
  { id: 'db/mongoose/', module: 'mongoose', call: 'new Document().save' },
  { id: 'db/sequelize/', module: 'sequelize', call: 'Model.bulkCreate' },
  { id: 'db/knex/', module: 'knex', call: 'default()().insert' },
  { id: 'db/pg', module: 'pg', call: 'new Pool().query' },
  { id: 'db/mysql2', module: 'mysql2', call: 'createPool().execute' },
  { id: 'db/mongodb/', module: 'mongodb', call: 'new MongoClient().db().collection().insertOne' },
  // caches
  { id: 'cache/redis', module: 'redis', call: 'createClient().set' },
  { id: 'cache/redis', module: 'redis', call: 'createClient().incr' },
  { id: 'cache/ioredis', module: 'ioredis', call: 'new default().hset' },
  { id: 'cache/upstash', module: '@upstash/redis', call: 'new Redis().zadd' },
  // files, cookies, browser storage, object storage
  { id: 'file/fs', module: 'fs', call: 'writeFileSync' },
  { id: 'file/fs', module: 'node:fs', call: 'createWriteStream().write' },
  { id: 'file/fs', module: 'fs/promises', call: 'appendFile' },
  { id: 'cookie/express', module: 'express', call: 'new Response().cookie' },
  { id: 'cookie/next', module: 'next/headers', call: 'cookies().set' },
  { id: 'cookie/document', call: 'document.cookie' },
  { id: 'browser/localStorage', call: 'localStorage.setItem' },
  { id: 'browser/sessionStorage', call: 'sessionStorage.setItem' },
  { id: 'browser/indexeddb', module: 'idb', call: 'openDB().put' },
  { id: 'browser/indexeddb', module: 'idb', call: 'openDB().transaction().store.add' },
  { id: 'object-storage/s3', module: '@aws-sdk/client-s3', call: 'new S3Client().send' },
  { id: 'object-storage/s3', module: '@aws-sdk/lib-storage', call: 'new Upload().done' },
  // third parties
  { id: 'sdk/segment', module: '@segment/analytics-node', call: 'new Analytics().track' },
  { id: 'sdk/segment', module: '@segment/analytics-next', call: 'AnalyticsBrowser.load().identify' },
  { id: 'sdk/segment', call: 'analytics.identify' },
  { id: 'sdk/posthog', module: 'posthog-node', call: 'new PostHog().capture' },
  { id: 'sdk/posthog', module: 'posthog-js', call: 'default.identify' },
  { id: 'sdk/posthog', call: 'posthog.capture' },
  { id: 'sdk/mixpanel', module: 'mixpanel', call: 'init().track' },
  { id: 'sdk/mixpanel', module: 'mixpanel-browser', call: 'default.track' },
  { id: 'sdk/amplitude', module: '@amplitude/analytics-browser', call: 'track' },
  { id: 'sdk/amplitude', module: '@amplitude/analytics-node', call: 'identify' },
  { id: 'sdk/heap', call: 'heap.identify' },
  { id: 'sdk/google-analytics', call: 'gtag' },
  { id: 'sdk/google-tag-manager', call: 'dataLayer.push' },
  { id: 'sdk/meta', call: 'fbq' },
  { id: 'sdk/sentry', module: '@sentry/node', call: 'setUser' },
  { id: 'sdk/sentry', module: '@sentry/nextjs', call: 'captureException' },
  { id: 'sdk/datadog', module: '@datadog/browser-logs', call: 'datadogLogs.logger.info' },
  { id: 'sdk/datadog', module: '@datadog/browser-rum', call: 'datadogRum.setUser' },
  { id: 'sdk/datadog', module: 'dd-trace', call: 'default.scope().active().setTag' },
  { id: 'sdk/datadog', call: 'DD_RUM.setUser' },
  { id: 'sdk/newrelic', module: 'newrelic', call: 'default.addCustomAttribute' },
  { id: 'sdk/bugsnag', module: '@bugsnag/js', call: 'default.notify' },
  { id: 'sdk/rollbar', module: 'rollbar', call: 'new default().error' },
  { id: 'sdk/logrocket', module: 'logrocket', call: 'default.identify' },
  { id: 'sdk/fullstory', module: '@fullstory/browser', call: 'FullStory' },
  { id: 'sdk/hotjar', call: 'hj' },
  { id: 'sdk/intercom', call: 'Intercom' },
  { id: 'sdk/intercom', module: '@intercom/messenger-js-sdk', call: 'default' },
  { id: 'sdk/hubspot', module: '@hubspot/api-client', call: 'new Client().crm.contacts.basicApi.create' },
  { id: 'sdk/hubspot', call: '_hsq.push' },
  { id: 'sdk/customerio', module: 'customerio-node', call: 'new TrackClient().identify' },
  { id: 'sdk/braze', module: '@braze/web-sdk', call: 'changeUser' },
  { id: 'sdk/stripe', module: 'stripe', call: 'new default().customers.create' },
  { id: 'sdk/stripe', module: 'stripe', call: 'new default().customers.search' },
  { id: 'sdk/stripe', module: 'stripe', call: 'new default().paymentIntents.create' },
  { id: 'sdk/stripe', module: 'stripe', call: 'new default().checkout.sessions.create' },
  { id: 'sdk/braintree', module: 'braintree', call: 'new BraintreeGateway().customer.create' },
  { id: 'sdk/sendgrid', module: '@sendgrid/mail', call: 'default.send' },
  { id: 'sdk/mailgun', module: 'mailgun.js', call: 'new default().client().messages.create' },
  { id: 'sdk/postmark', module: 'postmark', call: 'new ServerClient().sendEmail' },
  { id: 'sdk/resend', module: 'resend', call: 'new Resend().emails.send' },
  { id: 'sdk/nodemailer', module: 'nodemailer', call: 'createTransport().sendMail' },
  { id: 'sdk/twilio', module: 'twilio', call: 'default().messages.create' },
  { id: 'sdk/slack', module: '@slack/webhook', call: 'new IncomingWebhook().send' },
  { id: 'sdk/slack', module: '@slack/web-api', call: 'new WebClient().chat.postMessage' },
  { id: 'sdk/openai', module: 'openai', call: 'new default().chat.completions.create' },
  { id: 'sdk/openai', module: 'openai', call: 'new default().responses.create' },
  { id: 'sdk/openai', module: 'openai', call: 'new default().embeddings.create' },
  { id: 'sdk/anthropic', module: '@anthropic-ai/sdk', call: 'new default().messages.create' },
  { id: 'sdk/algolia', module: 'algoliasearch', call: 'default().initIndex().saveObject' },
  { id: 'sdk/algolia', module: 'algoliasearch', call: 'default().initIndex().partialUpdateObject' },
  { id: 'sdk/opentelemetry', module: '@opentelemetry/api', call: 'trace.getActiveSpan().setAttribute' },
  { id: 'sdk/opentelemetry', module: '@opentelemetry/api', call: 'trace.getTracer().startSpan().setAttributes' },
  // HTTP clients
  { id: 'http/', call: 'fetch' },
  { id: 'http/', module: 'axios', call: 'default.post' },
  { id: 'http/', module: 'axios', call: 'default.create().put' },
  { id: 'http/', module: 'got', call: 'default.post' },
  { id: 'http/', module: 'ky', call: 'default.post' },
  { id: 'http/', module: 'undici', call: 'request' },
];

describe('parseSinkPath', () => {
  it('parses heads, members, calls, alternatives and wildcards', () => {
    expect(parseSinkPath('new PrismaClient().*.{create,update}')).toEqual([
      { kind: 'new', name: { kind: 'exact', name: 'PrismaClient' } },
      { kind: 'member', name: { kind: 'any' } },
      { kind: 'member', name: { kind: 'oneOf', names: ['create', 'update'] } },
    ]);
    expect(parseSinkPath('default()().**.insert').map((segment) => segment.kind)).toEqual([
      'member',
      'call',
      'call',
      'member',
      'member',
    ]);
    expect(parseSinkPath('new PrismaClient().$executeRawUnsafe')[1]).toEqual({
      kind: 'member',
      name: { kind: 'exact', name: '$executeRawUnsafe' },
    });
  });

  it('round-trips through formatSinkPath', () => {
    for (const text of ['console.{log,info}', 'default().child().info', 'new Upload().done', 'gtag', '{default,pino}()']) {
      expect(formatSinkPath(parseSinkPath(text))).toBe(text);
    }
  });

  it.each([
    ['', 1, 'an identifier'],
    ['a..b', 3, 'an identifier'],
    ['a.{b,}', 6, 'an identifier'],
    ['a.{b c}', 5, "',' or '}'"],
    ['new X', 6, "'()'"],
    ['new **()', 5, "'**' is not allowed"],
    ['a(b)', 2, "'.name' or '()'"],
    ['default.createLogger().{x,default.y}', 34, "',' or '}'"],
  ])('rejects %j with the column and what was expected', (text, column, expected) => {
    const error = (() => {
      try {
        parseSinkPath(text);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(SinkPathSyntaxError);
    expect((error as Error).message).toContain(`column ${column}`);
    expect((error as Error).message).toContain(expected);
  });
});

describe('matchSinkPath', () => {
  it('captures wildcards in order and records call positions', () => {
    const match = matchSinkPath(
      parseSinkPath('new PrismaClient().*.{create,update}'),
      path('new PrismaClient().user.create'),
    );
    expect(match).toEqual({ captures: ['user', 'create'], callPositions: [0] });
    expect(matchSinkPath(parseSinkPath('new PrismaClient().*.{create,update}'), path('new PrismaClient().user.findMany'))).toBeUndefined();
  });

  it('lets ** span builder steps, and call positions follow the pattern', () => {
    const pattern = parseSinkPath('{default,knex}()().**.{insert,update}');
    const match = matchSinkPath(pattern, path('default()().where().returning().update'));
    expect(match?.callPositions).toEqual([1, 2]);
    expect(match?.captures).toEqual(['default', 'where().returning()', 'update']);
    expect(matchSinkPath(pattern, path('default()().insert'))?.captures).toEqual(['default', '', 'insert']);
    expect(matchSinkPath(pattern, path('default()().select'))).toBeUndefined();
  });

  it('does not confuse a new-instance head with a member head', () => {
    expect(matchSinkPath(parseSinkPath('Logger.log'), path('new Logger().log'))).toBeUndefined();
    expect(matchSinkPath(parseSinkPath('new Logger().log'), path('new Logger().log'))).toBeDefined();
  });
});

describe('sink id templates', () => {
  const resolveFrom =
    (values: Record<string, string>) =>
    (placeholder: Parameters<Parameters<typeof expandSinkId>[1]>[0]): string | undefined => {
      switch (placeholder.kind) {
        case 'capture':
          return values[`capture${placeholder.index}`];
        case 'callArg':
          return values[`call${placeholder.call}.${placeholder.index}`];
        default:
          return values[placeholder.kind];
      }
    };

  it('expands captures with case, hosts, call arguments and alternatives', () => {
    expect(expandSinkId('db/prisma/{1:pascal}', resolveFrom({ capture1: 'userProfile' }))).toBe('db/prisma/UserProfile');
    expect(expandSinkId('http/{host}', resolveFrom({ host: 'api.example.com' }))).toBe('http/api.example.com');
    expect(expandSinkId('db/knex/{call.2.0}', resolveFrom({ 'call2.0': 'users' }))).toBe('db/knex/users');
    expect(expandSinkId('db/mongoose/{typeArg.0|receiver}', resolveFrom({ receiver: 'User' }))).toBe('db/mongoose/User');
  });

  it('drops an unresolved target segment but keeps http/* for unknown hosts', () => {
    expect(expandSinkId('db/typeorm/{typeArg.0}', resolveFrom({}))).toBe('db/typeorm');
    expect(expandSinkId('http/{host}', resolveFrom({}))).toBe('http/*');
  });

  it('rejects unknown placeholders and bad braces', () => {
    expect(() => parseSinkIdTemplate('db/x/{model}')).toThrow(SinkIdTemplateError);
    expect(() => parseSinkIdTemplate('db/x/{1:upper}')).toThrow(/unknown case/);
    expect(() => parseSinkIdTemplate('db/x/{1')).toThrow(/unclosed/);
    expect(() => parseSinkIdTemplate('db/x/1}')).toThrow(/unmatched/);
  });
});

describe('argument selectors, when values and hosts', () => {
  it('parses indexes, property paths and the receiver', () => {
    expect(parseArgSelector(1)).toEqual({ kind: 'argument', index: 1, path: [] });
    expect(parseArgSelector('0.data')).toEqual({ kind: 'argument', index: 0, path: ['data'] });
    expect(parseArgSelector('0.*')).toEqual({ kind: 'argument', index: 0, path: ['*'] });
    expect(parseArgSelector('this')).toEqual({ kind: 'receiver', path: [] });
    expect(() => parseArgSelector('data')).toThrow(/argument index/);
    expect(() => parseArgSelector('0.a-b')).toThrow(/not a property name/);
  });

  it('matches when values literally or as /regex/', () => {
    expect(matchesWhenValue(['boot', 'update'], 'boot')).toBe(true);
    expect(matchesWhenValue('boot', 'shutdown')).toBe(false);
    expect(matchesWhenValue('/^\\s*(insert|update)\\b/i', '  INSERT INTO users')).toBe(true);
    expect(matchesWhenValue('/^\\s*(insert|update)\\b/i', 'SELECT * FROM users WHERE email = $1')).toBe(false);
  });

  it('matches modules exactly or by glob, never by subpath', () => {
    expect(moduleMatchesPattern('pino', 'pino')).toBe(true);
    expect(moduleMatchesPattern('pino', 'pino/file')).toBe(false);
    expect(moduleMatchesPattern('@sentry/*', '@sentry/nextjs')).toBe(true);
    expect(moduleMatchesPattern('@sentry/*', '@sentry-internal/x')).toBe(false);
    expect(moduleMatchesPattern('drizzle-orm/**', 'drizzle-orm/pg-core/x')).toBe(true);
    expect(moduleMatchesPattern('mailgun.js', 'mailgunXjs')).toBe(false);
  });

  it('matches hosts exactly or by *.domain', () => {
    expect(hostMatchesPattern('*.ingest.sentry.io', 'o42.ingest.sentry.io')).toBe(true);
    expect(hostMatchesPattern('*.ingest.sentry.io', 'ingest.sentry.io.evil.com')).toBe(false);
    expect(hostMatchesPattern('api.segment.io', 'API.segment.io')).toBe(true);
  });
});

describe('rules/sinks catalog', () => {
  it('has files that parse as YAML', () => {
    expect(catalog.length).toBeGreaterThan(40);
  });

  it.each(files.map(({ file, data }) => [file, data] as const))('%s is well formed', (file, data) => {
    expect(typeof data.library, `${file}: library`).toBe('string');
    expect(Array.isArray(data.sinks) && data.sinks.length > 0, `${file}: sinks`).toBe(true);
    for (const rule of data.sinks) checkRule(file, data, rule);
  });

  it('keeps one kind and one recipient per sink id', () => {
    const seen = new Map<string, { kind: string; recipient: string | undefined; file: string }>();
    for (const { file, rule } of allRules) {
      const previous = seen.get(rule.id);
      if (previous) {
        expect(rule.kind, `${rule.id} in ${file} vs ${previous.file}`).toBe(previous.kind);
        expect(rule.recipient, `${rule.id} in ${file} vs ${previous.file}`).toBe(previous.recipient);
      } else {
        seen.set(rule.id, { kind: rule.kind, recipient: rule.recipient, file });
      }
    }
  });

  it('gives each recipient key one description', () => {
    const byKey = new Map<string, string>();
    for (const { file, data } of catalog) {
      if (!data.recipient) continue;
      const description = JSON.stringify({ name: data.recipient.name, country: data.recipient.country });
      const previous = byKey.get(data.recipient.key);
      if (previous) expect(description, `${file}: recipient ${data.recipient.key}`).toBe(previous);
      byKey.set(data.recipient.key, description);
    }
  });

  it.each(REQUIRED_SINKS.map((required) => [`${required.id} ← ${required.module ?? 'global'} ${required.call}`, required] as const))(
    'covers %s',
    (_label, required) => {
      const candidates = allRules.filter(({ rule }) =>
        required.module === undefined
          ? rule.global === true
          : (rule.modules ?? []).some((pattern) => moduleMatchesPattern(pattern, required.module!)),
      );
      const concrete = path(required.call);
      const found = candidates.find(
        ({ rule }) =>
          rule.id.startsWith(required.id) &&
          [...(rule.calls ?? []).map((call) => call.path), ...(rule.assignments ?? [])].some((pattern) =>
            matchSinkPath(parseSinkPath(pattern), concrete),
          ),
      );
      expect(found, `no sink ${required.id}* for ${required.module ?? 'global'} ${required.call}`).toBeDefined();
    },
  );

  it.each(REQUIRED_RECIPIENTS)('has a third-party file for recipient %s', (key) => {
    const file = catalog.find(({ data }) => data.recipient?.key === key);
    expect(file, `recipient ${key}`).toBeDefined();
    if (CONFIGURED_DESTINATIONS.includes(key)) {
      // The code does not say where these send: a country or host here would be a guess.
      expect(file!.data.recipient!.country, `${key}: country`).toBeUndefined();
    } else {
      expect(file!.data.recipient!.country, `${key}: country`).toMatch(/^[A-Z]{2}$/);
      expect(file!.data.recipient!.hosts?.length ?? 0, `${key}: hosts`).toBeGreaterThan(0);
    }
    expect(file!.data.sinks.some((rule) => rule.id === `sdk/${key}`)).toBe(true);
  });

  it('does not list reads or deletes as storage writes', () => {
    const notWrites = /^(get|mget|hget|hgetall|exists|expire|del|unlink|find(?!\w*And(Update|Replace)$)\w*|select|delete\w*|remove|destroy|count|query)$/i;
    for (const { file, rule } of allRules) {
      if (rule.kind === 'log' || rule.kind === 'third-party') continue;
      for (const call of rule.calls ?? []) {
        const last = parseSinkPath(call.path).at(-1);
        if (last?.kind !== 'member') continue;
        const names = last.name.kind === 'exact' ? [last.name.name] : last.name.kind === 'oneOf' ? last.name.names : [];
        // `query`/`execute` only count with a `when` that picks writing SQL.
        const offending = names.filter((name) => notWrites.test(name) && !(/^(query|execute)$/.test(name) && call.when));
        expect(offending, `${file} ${rule.id} ${call.path}`).toEqual([]);
      }
    }
  });

  it('keeps docs/catalog.md generated from the catalog', () => {
    const output = execFileSync(process.execPath, [join(repoRoot, 'scripts/gen-catalog-docs.mjs'), '--check'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(output).toContain('up to date');
  });
});

function checkRule(file: string, data: SinkFile, rule: SinkRule): void {
  const where = `${file}: ${rule.id}`;
  expect(SINK_KINDS, where).toContain(rule.kind);
  const prefix = rule.id.split('/')[0] as keyof typeof SINK_ID_PREFIX_KINDS;
  expect(SINK_ID_PREFIX_KINDS[prefix], `${where}: id prefix decides the kind`).toBe(rule.kind);
  expect(rule.id.split('/').length, `${where}: kind/library[/target]`).toBeGreaterThanOrEqual(2);
  const template = parseSinkIdTemplate(rule.id);

  if (rule.kind === 'third-party') {
    expect(rule.recipient, `${where}: third-party sinks name a recipient`).toBeTruthy();
    if (prefix === 'sdk') {
      expect(rule.id, where).toMatch(/^sdk\/[a-z0-9-]+$/);
      expect(rule.recipient, where).toBe(rule.id.slice('sdk/'.length));
      expect(data.recipient?.key, `${where}: file recipient`).toBe(rule.recipient);
    } else {
      expect(rule.id, where).toBe('http/{host}');
      expect(rule.recipient, where).toBe('{host}');
    }
  } else {
    expect(rule.recipient, `${where}: only third parties have recipients`).toBeUndefined();
  }

  expect(rule.global === true || (rule.modules?.length ?? 0) > 0, `${where}: modules or global`).toBe(true);
  expect((rule.calls?.length ?? 0) + (rule.assignments?.length ?? 0), `${where}: calls or assignments`).toBeGreaterThan(0);
  for (const assignment of rule.assignments ?? []) parseSinkPath(assignment);

  for (const call of rule.calls ?? []) {
    const callWhere = `${where}: ${call.path}`;
    const segments = parseSinkPath(call.path);
    const { captures, calls } = countCapturesAndCalls(segments);
    for (const part of template) {
      if (part.kind !== 'placeholder') continue;
      for (const placeholder of part.alternatives) {
        if (placeholder.kind === 'capture') expect(placeholder.index, `${callWhere}: {n} within captures`).toBeLessThanOrEqual(captures);
        if (placeholder.kind === 'callArg') expect(placeholder.call, `${callWhere}: {call.k} within calls`).toBeLessThanOrEqual(calls);
        if (placeholder.kind === 'host') expect(call.url, `${callWhere}: {host} needs url`).toBeDefined();
      }
    }
    if (call.args !== undefined && call.args !== 'all') {
      expect(call.args.length, callWhere).toBeGreaterThan(0);
      for (const selector of call.args) parseArgSelector(selector);
    }
    if (call.url !== undefined) parseArgSelector(call.url);
    for (const [key, value] of Object.entries(call.when ?? {})) {
      parseArgSelector(/^\d+$/.test(key) ? Number(key) : key);
      const values = typeof value === 'string' ? [value] : value;
      expect(values.length, callWhere).toBeGreaterThan(0);
      // Compiles every /regex/ (throws on a bad one).
      for (const option of values) matchesWhenValue(option, '');
    }
  }
}
