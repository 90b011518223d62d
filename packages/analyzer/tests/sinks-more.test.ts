import { describe, expect, it } from 'vitest';
import { analyze, summarize } from './helpers.js';

describe('more sink families and id templates', () => {
  it('knex table, MongoDB collection, Drizzle table; reads are not writes', () => {
    const result = analyze({
      'db.ts': [
        `import knex from 'knex';`,
        `import { MongoClient } from 'mongodb';`,
        `import { drizzle } from 'drizzle-orm/node-postgres';`,
        `import { users } from './schema';`,
        `const db = knex({ client: 'pg' });`,
        `const mongo = new MongoClient('mongodb://x');`,
        `const orm = drizzle('postgres://x');`,
        `export async function f(email: string) {`,
        `  await db('subscribers').insert({ email });`,
        `  await db('subscribers').where({ email }).select();`,
        `  await mongo.db('app').collection('leads').insertOne({ email });`,
        `  await mongo.db('app').collection('leads').findOne({ email });`,
        `  await orm.insert(users).values({ email });`,
        `}`,
      ].join('\n'),
      'schema.ts': `export const users = { name: 'users' };`,
    });
    expect(summarize(result.flows)).toEqual([
      'db.ts:9 db/knex/subscribers user.contact.email ~',
      'db.ts:11 db/mongodb/leads user.contact.email ~',
      'db.ts:13 db/drizzle/users user.contact.email ~',
    ]);
  });

  it('TypeORM entity from @InjectRepository when the type has no argument', () => {
    const result = analyze({
      'svc.ts': `import { InjectRepository } from '@nestjs/typeorm';\nimport { Repository } from 'typeorm';\nclass Lead {}\nexport class S {\n  constructor(@InjectRepository(Lead) private readonly repo: Repository) {}\n  async add(email: string) { await this.repo.insert({ email }); }\n}`,
    });
    expect(summarize(result.flows)).toEqual(['svc.ts:6 db/typeorm/Lead user.contact.email ~']);
  });

  it('Sentry.setUser through a namespace import, Stripe reads are sends', () => {
    const result = analyze({
      'a.ts': `import * as Sentry from '@sentry/node';\nimport Stripe from 'stripe';\nconst stripe = new Stripe('k');\nexport async function f(email: string) {\n  Sentry.setUser({ email });\n  await stripe.customers.search({ query: \`email:'\${email}'\` });\n}`,
    });
    expect(summarize(result.flows).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(['a.ts:5 sdk/sentry', 'a.ts:6 sdk/stripe']);
  });

  it('window.analytics snippet global, Next cookies().set, Fastify request.log', () => {
    const result = analyze({
      'b.ts': `export function f(email: string) { window.analytics.identify('id', { email }); }`,
      'c.ts': `import { cookies } from 'next/headers';\nexport async function g(email: string) { (await cookies()).set('e', email); }`,
      'd.ts': `import Fastify from 'fastify';\nconst app = Fastify();\napp.post('/x', async (request, reply) => {\n  request.log.info({ ip: request.ip });\n  return reply.send();\n});`,
    });
    expect(summarize(result.flows)).toEqual([
      'b.ts:1 sdk/segment user.contact.email ~',
      'c.ts:2 cookie/next user.contact.email ~',
      'd.ts:4 log/fastify user.device.ip_address',
    ]);
  });

  it('route handler Request (global type) and Nest @Headers(user-agent)', () => {
    const result = analyze({
      'route.ts': `export async function POST(request: Request) {\n  console.log(request.headers.get('user-agent'));\n}`,
      'nest.ts': `import { Controller, Headers, Logger } from '@nestjs/common';\n@Controller()\nexport class C {\n  private readonly logger = new Logger('c');\n  hello(@Headers('user-agent') agent: string) { this.logger.log(agent); }\n}`,
    });
    expect(summarize(result.flows)).toEqual(['nest.ts:5 log/nestjs user.device.user_agent', 'route.ts:2 log/console user.device.user_agent']);
  });
});
