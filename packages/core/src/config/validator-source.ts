/**
 * The config schema's validator, compiled ahead of time. Compiling the schema with ajv at start-up
 * cost about 0.1 s of every CLI run and every ESLint start (loading ajv's compiler, generating code),
 * so `schema-validator.generated.ts` holds ajv's standalone code for it instead.
 *
 * After changing schema.ts, `LAWFUL_UPDATE_SCHEMA=1 pnpm vitest run packages/core/tests/config/schema.test.ts`
 * rewrites it (and lawful.schema.json); that test fails while either is stale. Not imported at run time.
 */
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { buildConfigSchema } from './schema.js';

/**
 * `allErrors`: every problem at once; `verbose`: messages read `x-expected` from the failing
 * schema and describe the value found. The schema is checked against the meta-schema in a test.
 */
const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, strictTypes: false, strictRequired: false, validateSchema: false } as const;

export const GENERATED_VALIDATOR_FILE = 'packages/core/src/config/schema-validator.generated.ts';

/** A validator compiled now (tests compare it with the generated one). */
export function compileConfigValidator() {
  return createAjv(false).compile(buildConfigSchema());
}

/** The text of `schema-validator.generated.ts`. */
export function configValidatorSource(): string {
  const ajv = createAjv(true);
  // a CommonJS module: its default import is the module, whose `default` is the function
  const code = standalone.default(ajv, ajv.compile(buildConfigSchema()));
  return [
    '// @ts-nocheck',
    '// Generated from schema.ts by validator-source.ts (LAWFUL_UPDATE_SCHEMA=1 and the schema test). Do not edit by hand.',
    // ajv's standalone ESM output still calls require() for its runtime helpers (ajv-validator/ajv#2209).
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
    code.replace(/^"use strict";/, ''),
    '',
  ].join('\n');
}

function createAjv(source: boolean): Ajv {
  const ajv = new Ajv({ ...AJV_OPTIONS, ...(source ? { code: { source: true, esm: true, lines: true } } : {}) });
  ajv.addKeyword({ keyword: 'x-expected', schemaType: 'string' });
  return ajv;
}
