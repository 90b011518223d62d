import { describe, expect, it } from 'vitest';
import { analyze, summarize } from './helpers.js';

describe('child loggers keep their logger sink', () => {
  it('a wrapper function returning root.child() (pino), behind a conditional', () => {
    const result = analyze({
      'lib/logger.ts': `import pino from 'pino';\nconst root = pino();\nexport function logger(module?: string) {\n  return module === undefined ? root : root.child({ module });\n}`,
      'svc.ts': `import { logger } from './lib/logger';\nconst log = logger('svc');\nexport function f(ip: string) {\n  log.info({ ip }, 'seen');\n}`,
    });
    expect(summarize(result.flows)).toEqual(['svc.ts:4 log/pino user.device.ip_address ~']);
  });

  it('an exported child logger and a child of a child (pino)', () => {
    const result = analyze({
      'lib/logger.ts': `import pino from 'pino';\nconst root = pino();\nexport const log = root.child({ module: 'x' });`,
      'svc.ts': `import { log } from './lib/logger';\nexport function f(ip: string) {\n  log.info({ ip });\n  log.child({ step: 1 }).child({ step: 2 }).warn({ ip });\n}`,
    });
    expect(summarize(result.flows)).toEqual(['svc.ts:3 log/pino user.device.ip_address ~', 'svc.ts:4 log/pino user.device.ip_address ~']);
  });

  it('winston and bunyan child loggers', () => {
    const result = analyze({
      'w.ts': `import winston from 'winston';\nconst root = winston.createLogger();\nconst log = root.child({ svc: 'a' }).child({ k: 1 });\nexport function f(email: string) { log.info(email); }`,
      'b.ts': `import bunyan from 'bunyan';\nconst root = bunyan.createLogger({ name: 'a' });\nexport function child(name: string) { return root.child({ name }); }\nexport function g(email: string) { child('x').warn(email); }`,
    });
    expect(summarize(result.flows)).toEqual(['b.ts:4 log/bunyan user.contact.email ~', 'w.ts:4 log/winston user.contact.email ~']);
  });

  it('a wrapper whose declared return type is the library logger', () => {
    const result = analyze({
      'lib/logger.ts': `import type { Logger } from 'pino';\ndeclare const make: () => unknown;\nexport function logger(): Logger {\n  return make() as Logger;\n}`,
      'svc.ts': `import { logger } from './lib/logger';\nexport function f(ip: string) {\n  logger().info({ ip });\n}`,
    });
    expect(summarize(result.flows)).toEqual(['svc.ts:3 log/pino user.device.ip_address ~']);
  });
});

describe('explicit marks of the contextual type win over key names', () => {
  const files = (mark: string) => ({
    'ropa.ts': `import pino from 'pino';\nconst log = pino();\nexport interface Recipient {\n  key: string;\n  ${mark}\n  name: string;\n}\nexport function recipient(config: { name?: string }, key: string): Recipient {\n  return { key, name: config.name ?? key };\n}\nexport function report(config: { name?: string }) {\n  log.info(recipient(config, 'k'));\n}`,
  });

  it('@personal none on the interface property silences the object-literal key heuristic', () => {
    expect(summarize(analyze(files('/** @personal none — an organisation */')).flows)).toEqual([]);
  });

  it('without the mark the key name still makes the value personal', () => {
    expect(summarize(analyze(files('/** the organisation */')).flows)).toEqual(['ropa.ts:12 log/pino user.name ~']);
  });

  it('annotated data placed in a none-marked property keeps its own mark', () => {
    const result = analyze({
      'a.ts': `import pino from 'pino';\nconst log = pino();\ninterface Row {\n  /** @personal none */\n  name: string;\n}\nexport interface User {\n  /** @personal email */\n  contact: string;\n}\nexport function f(u: User) {\n  const row: Row = { name: u.contact };\n  log.info(row);\n}`,
    });
    expect(summarize(result.flows)).toEqual(['a.ts:13 log/pino user.contact.email']);
  });
});

describe('JSDoc placement TypeScript does not attach (documented in docs/annotations.md)', () => {
  it('a @personal tag after another member on the same line, or right after `{`, is not a mark', () => {
    const result = analyze({
      'a.ts': `import pino from 'pino';\nconst log = pino();\nexport interface A { id: string; /** @personal email */ contact: string }\nexport interface B { /** @personal email */ contact: string }\nexport function f(a: A, b: B) {\n  log.info(a.contact);\n  log.info(b.contact);\n}`,
    });
    expect(summarize(result.flows)).toEqual([]);
  });
});
