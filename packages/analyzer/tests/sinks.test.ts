import { describe, expect, it } from 'vitest';
import { analyze, summarize } from './helpers.js';

const USER = `export interface User {\n  id: string;\n  /** @personal email */\n  contact: string;\n}\n`;

describe('sink matching by import-resolved paths', () => {
  it('console (true global) but not a local variable named console', () => {
    const result = analyze({
      'a.ts': `export function f(email: string) { console.log(email); }`,
      'b.ts': `const console = { log(_: unknown) {} };\nexport function g(email: string) { console.log(email); }`,
    });
    expect(summarize(result.flows)).toEqual(['a.ts:1 log/console user.contact.email ~']);
  });

  it('pino instance exported by a wrapper module and re-exported through a barrel', () => {
    const result = analyze({
      'lib/logger.ts': `import pino from 'pino';\nexport const logger = pino({ level: 'info' });`,
      'lib/index.ts': `export * from './logger';`,
      'user.ts': USER,
      'svc.ts': `import { logger } from './lib';\nimport type { User } from './user';\nexport function f(u: User) {\n  logger.info({ contact: u.contact }, 'signed up');\n}`,
    });
    expect(summarize(result.flows)).toEqual(['svc.ts:4 log/pino user.contact.email']);
  });

  it('winston through destructuring and require in a JS file', () => {
    const result = analyze({
      'job.js': `const winston = require('winston');\nconst logger = winston.createLogger();\nconst { info } = logger;\nfunction run(customer) {\n  info(\`purged \${customer.email}\`);\n}\nmodule.exports = { run };`,
    });
    expect(summarize(result.flows)).toEqual(['job.js:5 log/winston user.contact.email ~']);
  });

  it('NestJS Logger class field and declared-type constructor parameter', () => {
    const result = analyze({
      'svc.ts': `import { Logger } from '@nestjs/common';\nexport class S {\n  private readonly logger = new Logger(S.name);\n  constructor(private readonly other: Logger) {}\n  run(email: string) {\n    this.logger.log(email);\n    this.other.warn(email);\n  }\n}`,
    });
    expect(summarize(result.flows)).toEqual(['svc.ts:6 log/nestjs user.contact.email ~', 'svc.ts:7 log/nestjs user.contact.email ~']);
  });

  it('Prisma writes by model (data only, not where), with schema marks', () => {
    const result = analyze(
      {
        'db.ts': `import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();`,
        'svc.ts': `import { prisma } from './db';\nexport async function f(input: { mail: string; id: string }) {\n  await prisma.user.findUnique({ where: { contact: input.mail } });\n  await prisma.user.update({ where: { contact: input.mail }, data: { contact: input.mail } });\n  await prisma.user.delete({ where: { id: input.id } });\n}`,
      },
      { prismaSchemas: [{ file: 'prisma/schema.prisma', text: 'model User {\n  id String @id\n  /// @personal email\n  contact String\n}\n' }] },
    );
    expect(summarize(result.flows)).toEqual(['svc.ts:4 db/prisma/User user.contact.email']);
    expect(result.flows[0]!.trace[0]).toMatchObject({ file: 'prisma/schema.prisma', line: 3 });
    expect(result.annotations).toEqual([{ raw: 'email', category: 'user.contact.email', kind: 'prisma', location: { file: 'prisma/schema.prisma', line: 3, column: 7 } }]);
  });

  it('TypeORM repository entity from the declared type argument', () => {
    const result = analyze({
      'svc.ts': `import { Repository } from 'typeorm';\nimport { Personal } from '@lawful/annotations';\nexport class User { @Personal('email') contact!: string; id!: string }\nexport class S {\n  constructor(private readonly users: Repository<User>) {}\n  async save(user: User) { await this.users.save(user); }\n}`,
    });
    expect(summarize(result.flows)).toEqual(['svc.ts:6 db/typeorm/User user.contact.email']);
  });

  it('ioredis keys are written by incr, not read by get', () => {
    const result = analyze({
      'rl.ts': `import Redis from 'ioredis';\nconst redis = new Redis();\nexport async function hit(ipAddress: string) {\n  await redis.get(\`rl:\${ipAddress}\`);\n  await redis.incr(\`rl:\${ipAddress}\`);\n}`,
    });
    expect(summarize(result.flows)).toEqual(['rl.ts:5 cache/ioredis user.device.ip_address ~']);
  });

  it('fs writes from node:fs/promises', () => {
    const result = analyze({
      'w.ts': `import { writeFile, readFile } from 'node:fs/promises';\nexport async function f(email: string) {\n  await readFile(email);\n  await writeFile('/tmp/x', email);\n}`,
    });
    expect(summarize(result.flows)).toEqual(['w.ts:4 file/fs user.contact.email ~']);
  });

  it('cookies: express res.cookie in an untyped handler and document.cookie assignment', () => {
    const result = analyze({
      'r.ts': `import express from 'express';\nconst app = express();\napp.post('/x', (req, res) => {\n  res.cookie('e', req.body.email);\n});`,
      'b.ts': `export function remember(email: string) {\n  document.cookie = 'email=' + email;\n}`,
    });
    expect(summarize(result.flows)).toEqual(['b.ts:2 cookie/document user.contact.email ~', 'r.ts:4 cookie/express user.contact.email ~']);
  });

  it('browser storage: localStorage.setItem but not getItem', () => {
    const result = analyze({
      'b.ts': `export function f(email: string) {\n  localStorage.getItem(email);\n  window.localStorage.setItem('e', email);\n}`,
    });
    expect(summarize(result.flows)).toEqual(['b.ts:3 browser/localStorage user.contact.email ~']);
  });

  it('S3: the send of a PutObjectCommand built earlier', () => {
    const result = analyze({
      's3.ts': `import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';\nconst s3 = new S3Client({});\nexport async function f(emails: string[]) {\n  const cmd = new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: emails.join(',') });\n  await s3.send(cmd);\n}`,
    });
    expect(summarize(result.flows)).toEqual(['s3.ts:5 object-storage/s3 user.contact.email ~']);
  });

  it('third-party SDK with recipient, and snippet globals only when undeclared', () => {
    const result = analyze({
      'seg.ts': `import { Analytics } from '@segment/analytics-node';\nconst analytics = new Analytics({ writeKey: 'k' });\nexport function f(email: string) { analytics.identify({ userId: 'x', traits: { email } }); }`,
      'g.ts': `declare const gtag: (...args: unknown[]) => void;\nexport function g(email: string) { gtag('event', 'signup', { email }); }`,
      'h.ts': `const gtag = (..._: unknown[]) => {};\nexport function h(email: string) { gtag('event', 'signup', { email }); }`,
    });
    expect(summarize(result.flows)).toEqual(['g.ts:2 sdk/google-analytics user.contact.email ~', 'seg.ts:3 sdk/segment user.contact.email ~']);
    expect(result.flows.find((flow) => flow.sink.id === 'sdk/segment')?.sink).toEqual({ id: 'sdk/segment', kind: 'third-party', recipient: 'segment' });
  });

  it('http hosts: literal, template, unknown, private', () => {
    const result = analyze({
      'h.ts': `export async function f(email: string, id: string) {\n  await fetch('https://api.example.com/v1/users', { method: 'POST', body: JSON.stringify({ email }) });\n  await fetch(\`https://hooks.acme.io/u/\${id}\`, { method: 'POST', body: email });\n  await fetch(process.env.WEBHOOK_URL!, { method: 'POST', body: email });\n  await fetch('http://billing.internal/x', { method: 'POST', body: email });\n  await fetch('http://10.0.0.2/x', { method: 'POST', body: email });\n}`,
    });
    expect(summarize(result.flows)).toEqual([
      'h.ts:2 http/api.example.com user.contact.email ~',
      'h.ts:3 http/hooks.acme.io user.contact.email ~',
      'h.ts:4 http/* user.contact.email ~',
    ]);
    expect(result.flows[0]!.sink.recipient).toBe('api.example.com');
  });
});
