/**
 * Engine gaps a held-out fixture found (fixtures/holdout/fastify-mongo-api), fixed as library
 * patterns: Mongoose document writes, library clients typed through utility types, and boolean
 * values that names alone would make personal. The projects here have no `node_modules`, like the
 * held-out app: library values are known from import specifiers and the code only.
 */
import { describe, expect, it } from 'vitest';
import { analyze, summarize } from './helpers.js';

const inviteModel = (declaration: string) =>
  `import { Schema, model } from 'mongoose';\nexport interface InviteRecord {\n  inviteeEmail: string;\n  role: string;\n  accepted: boolean;\n}\n${declaration}`;

describe('Mongoose document writes', () => {
  const genericModel = inviteModel(`const inviteSchema = new Schema({ inviteeEmail: String, role: String });\nexport const Invite = model<InviteRecord>('Invite', inviteSchema);`);

  it('new Model({…}).save() writes the literal, reported at the start of the call (`new`)', () => {
    const result = analyze({
      'models.ts': genericModel,
      'routes.ts': `import { Invite } from './models';\nexport async function invite(inviteeEmail: string, role: string) {\n  await new Invite({\n    inviteeEmail,\n    role,\n  }).save();\n}`,
    });
    expect(summarize(result.flows)).toEqual(['routes.ts:3 db/mongoose/Invite user.contact.email ~']);
  });

  it('new Model(x) is not a write by itself; the .save() of the variable holding it is', () => {
    const result = analyze({
      'models.ts': genericModel,
      'routes.ts': `import { Invite } from './models';\nexport async function invite(email: string) {\n  const doc = new Invite({ inviteeEmail: email, role: 'member' });\n  doc.role = 'admin';\n  await doc.save();\n}`,
    });
    expect(summarize(result.flows)).toEqual(['routes.ts:5 db/mongoose/Invite user.contact.email ~']);
  });

  it('saving a fetched document (findOne, findById + exec) writes every personal field of its record type', () => {
    const result = analyze({
      'models.ts': genericModel,
      'routes.ts': `import { Invite } from './models';\nexport async function accept(code: string, id: string) {\n  const invite = await Invite.findOne({ code });\n  if (!invite) return;\n  invite.role = 'member';\n  await invite.save();\n  const other = await Invite.findById(id).exec();\n  await other!.save();\n}`,
    });
    expect(summarize(result.flows)).toEqual(['routes.ts:6 db/mongoose/Invite user.contact.email ~', 'routes.ts:8 db/mongoose/Invite user.contact.email ~']);
  });

  it('the record type may come from the generic schema instead of model<T>(), and mongoose.model via the default import', () => {
    const result = analyze({
      'models.ts': `import mongoose, { Schema } from 'mongoose';\nimport type { Customer } from './types';\nconst customerSchema = new Schema<Customer>({ phone: String });\nexport const CustomerModel = mongoose.model('Customer', customerSchema);`,
      'types.ts': `export interface Customer {\n  /** @personal user.contact.phone_number */\n  mobile: string;\n  tier: string;\n}`,
      'routes.ts': `import { CustomerModel } from './models';\nexport async function touch(id: string) {\n  const customer = await CustomerModel.findById(id);\n  await customer!.save();\n}`,
    });
    expect(summarize(result.flows)).toEqual(['routes.ts:4 db/mongoose/Customer user.contact.phone_number']);
  });

  it('a document a create() returned, saved again, and a document updateOne(update)', () => {
    const result = analyze({
      'models.ts': genericModel,
      'routes.ts': `import { Invite } from './models';\nexport async function f(email: string, id: string, address: string) {\n  const doc = await Invite.create({ role: 'member' });\n  await doc.save();\n  const found = await Invite.findById(id);\n  await found!.updateOne({ inviteeEmail: address });\n}`,
    });
    // `create({ role })` writes no personal field; re-saving the created document writes its record.
    expect(summarize(result.flows)).toEqual(['routes.ts:4 db/mongoose/Invite user.contact.email ~', 'routes.ts:6 db/mongoose/Invite user.contact.email ~']);
  });

  it('Model.insertMany writes each element; reads, deletes and query filters are not writes', () => {
    const result = analyze({
      'models.ts': genericModel,
      'routes.ts': `import { Invite } from './models';\nexport async function f(emails: string[], email: string) {\n  await Invite.insertMany(emails.map((inviteeEmail) => ({ inviteeEmail, role: 'member' })));\n  await Invite.find({ inviteeEmail: email });\n  await Invite.deleteMany({ inviteeEmail: email });\n  const count = await Invite.countDocuments({ inviteeEmail: email });\n  return count;\n}`,
    });
    expect(summarize(result.flows)).toEqual(['routes.ts:3 db/mongoose/Invite user.contact.email ~']);
  });

  it('a model without a record type and a save of a document with no personal data report nothing', () => {
    const result = analyze({
      'models.ts': `import { Schema, model } from 'mongoose';\nexport interface Counter { hits: number; label: string }\nexport const Counter = model<Counter>('Counter', new Schema({ hits: Number }));\nexport const Loose = model('Loose', new Schema({ x: String }));`,
      'routes.ts': `import { Counter, Loose } from './models';\nexport async function f(id: string) {\n  const counter = await Counter.findById(id);\n  await counter!.save();\n  const loose = await Loose.findById(id);\n  await loose!.save();\n  await new Counter({ hits: 1, label: 'a' }).save();\n}`,
    });
    expect(summarize(result.flows)).toEqual([]);
  });
});

describe('library clients typed through utility types', () => {
  it('ReturnType<typeof twilio> on a constructor parameter property (the injected client)', () => {
    const result = analyze({
      'types.ts': `import type { Personal } from '@lawful/annotations';\nexport type PhoneNumber = Personal<string, 'user.contact.phone_number'>;`,
      'sms.ts': `import twilio from 'twilio';\nimport type { PhoneNumber } from './types';\ntype TwilioClient = ReturnType<typeof twilio>;\nexport class Sms {\n  constructor(private readonly client: TwilioClient) {}\n  async send(to: PhoneNumber) {\n    await this.client.messages.create({ to, body: 'code' });\n  }\n}`,
    });
    expect(summarize(result.flows)).toEqual(['sms.ts:7 sdk/twilio user.contact.phone_number']);
  });

  it('ReturnType<typeof createClient> from redis on a class field, and Awaited<ReturnType<…>> on a parameter', () => {
    const result = analyze({
      'cache.ts': `import { createClient } from 'redis';\nexport type Redis = ReturnType<typeof createClient>;\nexport class Sessions {\n  private client!: Redis;\n  async remember(ipAddress: string) {\n    await this.client.set('last', ipAddress);\n    await this.client.get('last');\n  }\n}\nexport async function store(client: Awaited<ReturnType<typeof createClient>>, email: string) {\n  await client.hSet('u', 'email', email);\n}`,
    });
    expect(summarize(result.flows)).toEqual(['cache.ts:6 cache/redis user.device.ip_address ~', 'cache.ts:11 cache/redis user.contact.email ~']);
  });

  it('InstanceType<typeof Class> and a qualified typeof (namespace import)', () => {
    const result = analyze({
      'mail.ts': `import { ServerClient } from 'postmark';\nimport * as Sentry from '@sentry/node';\ntype Mailer = InstanceType<typeof ServerClient>;\nexport function welcome(mailer: Mailer, email: string) {\n  return mailer.sendEmail({ To: email, From: 'a@b.c', Subject: 'hi' });\n}\nexport function tag(setUser: typeof Sentry.setUser, email: string) {\n  setUser({ email });\n}`,
    });
    expect(summarize(result.flows)).toEqual(['mail.ts:5 sdk/postmark user.contact.email ~', 'mail.ts:8 sdk/sentry user.contact.email ~']);
  });

  it('a project type named ReturnType is not the utility type', () => {
    const result = analyze({
      'x.ts': `import twilio from 'twilio';\ntype ReturnType<T> = { messages: { create(x: unknown): void } };\nexport function send(client: ReturnType<typeof twilio>, phoneNumber: string) {\n  client.messages.create({ to: phoneNumber });\n}`,
    });
    expect(summarize(result.flows)).toEqual([]);
  });
});

describe('boolean values are never personal by name', () => {
  it('a boolean field of the record a library document was made with (type unknown without node_modules)', () => {
    const result = analyze({
      'models.ts': `import { Schema, model } from 'mongoose';\nexport interface UserRecord {\n  email: string;\n  marketingOptIn: boolean;\n  cookieConsent?: boolean | null;\n}\nexport const User = model<UserRecord>('User', new Schema({}));`,
      'routes.ts': `import pino from 'pino';\nimport { User } from './models';\nconst log = pino();\nexport async function signUp(email: string) {\n  const user = await User.create({ email, marketingOptIn: true });\n  log.info({ id: user.id, marketingOptIn: user.marketingOptIn, cookieConsent: user['cookieConsent'] });\n  log.info({ to: user.email });\n}`,
    });
    expect(summarize(result.flows)).toEqual(['routes.ts:5 db/mongoose/User user.contact.email ~', 'routes.ts:7 log/pino user.contact.email ~']);
  });

  it('optional and nullable boolean properties of a known type written whole, boolean parameters and variables', () => {
    const result = analyze({
      'a.ts': `import pino from 'pino';\nconst log = pino();\ninterface Patch {\n  email?: string;\n  marketingOptIn?: boolean;\n  doNotTrack: boolean | null;\n}\nexport function f(patch: Patch, consentRecord: boolean | undefined, privacySettings: true) {\n  log.info(patch);\n  log.info({ consentRecord, privacySettings });\n  const cookieConsent = patch.marketingOptIn === true || consentRecord;\n  log.info({ cookieConsent });\n}`,
    });
    expect(summarize(result.flows)).toEqual(['a.ts:9 log/pino user.contact.email ~']);
  });

  it('an explicit mark on a boolean still wins', () => {
    const result = analyze({
      'a.ts': `import pino from 'pino';\nconst log = pino();\ninterface Prefs {\n  /** @personal user.privacy_preferences */\n  marketingOptIn: boolean;\n}\nexport function f(prefs: Prefs) {\n  log.info({ optIn: prefs.marketingOptIn });\n  log.info(prefs);\n}`,
    });
    expect(summarize(result.flows)).toEqual(['a.ts:8 log/pino user.privacy_preferences', 'a.ts:9 log/pino user.privacy_preferences']);
  });

  it('a non-boolean value with the same name stays personal', () => {
    const result = analyze({
      'a.ts': `import pino from 'pino';\nconst log = pino();\nexport function f(marketingOptIn: { channel: string; at: Date }) {\n  log.info({ marketingOptIn });\n}`,
    });
    expect(summarize(result.flows)).toEqual(['a.ts:4 log/pino user.privacy_preferences ~']);
  });
});
