import { describe, expect, it } from 'vitest';
import { analyze, summarize } from './helpers.js';

describe('sources', () => {
  it('JSDoc @personal on a property, a parameter, a variable and a type alias', () => {
    const result = analyze({
      'a.ts': [
        `export interface Account {\n  /** @personal user.contact.phone_number */\n  reach: string;\n}`,
        `/** @personal email */\nexport type Mailbox = string;`,
        `export function f(a: Account, /** @personal user.name */ label: string, box: Mailbox) {`,
        `  /** @personal user.financial.bank_account */`,
        `  const ref = a.reach.slice(2);`,
        `  console.log(a.reach);`,
        `  console.log(label);`,
        `  console.log(ref);`,
        `  console.log(box);`,
        `}`,
      ].join('\n'),
    });
    expect(summarize(result.flows)).toEqual([
      'a.ts:10 log/console user.contact.phone_number',
      'a.ts:11 log/console user.name',
      'a.ts:12 log/console user.financial.bank_account',
      'a.ts:13 log/console user.contact.email',
    ]);
    expect(result.flows.every((flow) => flow.confidence === 'annotated')).toBe(true);
  });

  it('@personal none silences the name heuristic', () => {
    const result = analyze({
      'a.ts': `export interface Node {\n  /** @personal none */\n  ipAddress: string;\n}\nexport function f(n: Node) {\n  console.log(n.ipAddress);\n  console.log({ ipAddress: n.ipAddress });\n}`,
    });
    expect(result.flows).toEqual([]);
  });

  it('branded Personal<T, C> through an alias, also indexed-access types', () => {
    const result = analyze({
      'types.ts': `import type { Personal } from '@lawful/annotations';\nexport type Iban = Personal<string, 'user.financial.bank_account'>;\nexport interface Payout { iban: Iban; amount: number }`,
      'a.ts': `import type { Iban, Payout } from './types';\nexport function f(x: Iban, y: Payout['iban'], p: Payout) {\n  console.log(x.slice(-4));\n  console.log(y);\n  console.log(p.amount);\n}`,
    });
    expect(summarize(result.flows)).toEqual(['a.ts:3 log/console user.financial.bank_account', 'a.ts:4 log/console user.financial.bank_account']);
    expect(result.annotations.map((use) => `${use.kind} ${use.raw}`)).toEqual(['brand user.financial.bank_account']);
  });

  it('@Personal decorator on a class property; unknown categories are reported as annotation uses', () => {
    const result = analyze({
      'a.ts': `import { Personal } from '@lawful/annotations';\nexport class Member {\n  @Personal('user.contact.address.postal_code') zip!: string;\n  @Personal('user.made_up') other!: string;\n}\nexport function f(m: Member) { console.log(m.zip); }`,
    });
    expect(summarize(result.flows)).toEqual(['a.ts:6 log/console user.contact.address.postal_code']);
    expect(result.annotations.map((use) => [use.raw, use.category ?? null, use.location.line])).toEqual([
      ['user.contact.address.postal_code', 'user.contact.address.postal_code', 3],
      ['user.made_up', null, 4],
    ]);
  });

  it('Prisma model types imported from @prisma/client carry the schema marks', () => {
    const result = analyze(
      {
        'a.ts': `import type { Customer } from '@prisma/client';\nexport function f(c: Customer) {\n  console.log(c);\n  console.log(c.id);\n}`,
      },
      { prismaSchemas: [{ file: 'schema.prisma', text: 'model Customer {\n  id String @id\n  phone String /// @personal user.contact.phone_number\n}\n' }] },
    );
    expect(summarize(result.flows)).toEqual(['a.ts:3 log/console user.contact.phone_number']);
  });

  it('Prisma query results and createMany data carry the schema marks', () => {
    const result = analyze(
      {
        'a.ts': `import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\nexport async function f(rows: { phone: string }[], id: string) {\n  const found = await prisma.customer.findUnique({ where: { id } });\n  console.log(found);\n  await prisma.customer.createMany({ data: [{ id: 'a', phone: rows[0]!.phone }] });\n  await prisma.customer.deleteMany({ where: { id } });\n}`,
      },
      { prismaSchemas: [{ file: 'schema.prisma', text: 'model Customer {\n  id String @id\n  /// @personal user.contact.phone_number\n  phone String\n}\n' }] },
    );
    expect(summarize(result.flows)).toEqual(['a.ts:5 log/console user.contact.phone_number', 'a.ts:6 db/prisma/Customer user.contact.phone_number']);
  });

  it('framework sources: express req.ip and headers, Next headers(), navigator.userAgent, Nest @Ip()', () => {
    const result = analyze({
      'express.ts': `import { Router } from 'express';\nimport pino from 'pino';\nconst log = pino();\nexport const r = Router();\nr.get('/', (req, res) => {\n  log.info({ from: req.ip, agent: req.headers['user-agent'] });\n  res.send('ok');\n});`,
      'next.ts': `import { headers } from 'next/headers';\nexport async function f() {\n  const forwarded = (await headers()).get('x-forwarded-for');\n  console.log(forwarded);\n}`,
      'browser.ts': `export function g() { console.log(navigator.userAgent); }`,
      'nest.ts': `import { Controller, Get, Ip, Logger } from '@nestjs/common';\n@Controller()\nexport class C {\n  private readonly logger = new Logger('c');\n  @Get() hello(@Ip() caller: string) { this.logger.log(caller); }\n}`,
    });
    expect(summarize(result.flows)).toEqual([
      'browser.ts:1 log/console user.device.user_agent',
      'express.ts:6 log/pino user.device.ip_address',
      'express.ts:6 log/pino user.device.user_agent',
      'nest.ts:5 log/nestjs user.device.ip_address',
      'next.ts:4 log/console user.device.ip_address',
    ]);
  });

  it('geolocation callback coordinates', () => {
    const result = analyze({
      'geo.ts': `export function g() {\n  navigator.geolocation.getCurrentPosition((position) => {\n    localStorage.setItem('where', JSON.stringify(position.coords));\n  });\n}`,
    });
    expect(summarize(result.flows)).toEqual(['geo.ts:3 browser/localStorage user.location.precise']);
  });

  it('name heuristics are inferred and can be switched off', () => {
    const files = { 'a.ts': `export function f(input: { phoneNumber: string }) { console.log(input.phoneNumber); }` };
    expect(summarize(analyze(files).flows)).toEqual(['a.ts:1 log/console user.contact.phone_number ~']);
    expect(analyze(files, { heuristics: false }).flows).toEqual([]);
  });

  it('a value placed under an email: key is an email; bare name only on person-like objects', () => {
    const result = analyze({
      'a.ts': `export function f(x: string, product: { name: string }, customer: { name: string }) {\n  console.log({ email: x });\n  console.log({ title: product.name });\n  console.log({ who: customer.name });\n}`,
    });
    expect(summarize(result.flows)).toEqual(['a.ts:2 log/console user.contact.email ~', 'a.ts:4 log/console user.name ~']);
  });
});
