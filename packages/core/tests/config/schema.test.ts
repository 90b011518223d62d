import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FINDING_IDS, LEGAL_BASES } from '@lawful/core';
import { buildConfigSchema, ISO_DURATION_PATTERN, serializeConfigSchema } from '../../src/config/schema.js';
import { validate as generatedValidator } from '../../src/config/schema-validator.generated.js';
import { compileConfigValidator, configValidatorSource, GENERATED_VALIDATOR_FILE } from '../../src/config/validator-source.js';

const publishedSchemaFile = fileURLToPath(new URL('../../schema/lawful.schema.json', import.meta.url));
const completeExample = fileURLToPath(new URL('../../../../fixtures/config-valid/yaml/lawful.config.yaml', import.meta.url));

const generatedValidatorFile = fileURLToPath(new URL(`../../../../${GENERATED_VALIDATOR_FILE}`, import.meta.url));

describe('the ahead-of-time compiled validator', () => {
  it('is up to date with buildConfigSchema() (LAWFUL_UPDATE_SCHEMA=1 rewrites it)', () => {
    if (process.env.LAWFUL_UPDATE_SCHEMA === '1') writeFileSync(generatedValidatorFile, configValidatorSource());
    expect(readFileSync(generatedValidatorFile, 'utf8') === configValidatorSource(), `${GENERATED_VALIDATOR_FILE} is stale`).toBe(true);
  });

  it('reports exactly what a validator compiled now reports, on every config fixture', () => {
    const compiled = compileConfigValidator();
    const generated = generatedValidator as unknown as typeof compiled;
    const fixtures = ['config-invalid', 'config-valid'].flatMap((dir) => {
      const root = fileURLToPath(new URL(`../../../../fixtures/${dir}/`, import.meta.url));
      return readdirSync(root, { recursive: true, encoding: 'utf8' })
        .filter((file) => /(?:lawful\.config|\.lawfulrc)(?:\.ya?ml|\.json)?$/.test(file))
        .map((file) => `${root}${file}`);
    });
    expect(fixtures.length).toBeGreaterThan(20);
    let invalid = 0;
    for (const file of fixtures) {
      const document = parseDocument(readFileSync(file, 'utf8'));
      if (document.errors.length > 0) continue; // a YAML syntax error never reaches the schema
      const value: unknown = document.toJS();
      const ok = compiled(value);
      expect(generated(value), file).toBe(ok);
      expect(generated.errors ?? null, file).toEqual(compiled.errors ?? null);
      if (!ok) invalid++;
    }
    expect(invalid).toBeGreaterThan(5);
  });
});

describe('lawful.schema.json', () => {
  it('is up to date with buildConfigSchema() (LAWFUL_UPDATE_SCHEMA=1 rewrites it)', () => {
    if (process.env.LAWFUL_UPDATE_SCHEMA === '1') writeFileSync(publishedSchemaFile, serializeConfigSchema());
    expect(readFileSync(publishedSchemaFile, 'utf8')).toBe(serializeConfigSchema());
  });

  it('is usable by a plain draft-07 validator (as editors use it) and accepts the complete example', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(publishedSchemaFile, 'utf8')) as object);
    expect(validate(parse(readFileSync(completeExample, 'utf8')))).toBe(true);
    expect(validate({ version: 1, activities: [{ id: 'a', categories: [], retension: {} }] })).toBe(false);
  });

  it('is a valid draft-07 schema (the loader skips this meta-validation at startup)', () => {
    const ajv = new Ajv({ strict: false });
    expect(ajv.validateSchema(buildConfigSchema()), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('closes every object with additionalProperties', () => {
    const openObjects: string[] = [];
    const visit = (node: unknown, where: string): void => {
      if (Array.isArray(node)) node.forEach((child, index) => visit(child, `${where}/${index}`));
      if (node === null || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      if (schema.type === 'object' && schema.additionalProperties === undefined) openObjects.push(where);
      for (const [key, child] of Object.entries(schema)) visit(child, `${where}/${key}`);
    };
    visit(buildConfigSchema(), '#');
    expect(openObjects).toEqual([]);
  });

  it('lists the legal bases and every finding id', () => {
    const schema = buildConfigSchema() as { properties: Record<string, { properties?: Record<string, unknown> }> };
    expect(Object.keys(schema.properties.rules?.properties ?? {})).toEqual([...FINDING_IDS]);
    expect(JSON.stringify(schema)).toContain(JSON.stringify([...LEGAL_BASES]));
  });

  it.each([
    ['P14D', true],
    ['P6M', true],
    ['P1Y', true],
    ['PT12H', true],
    ['P1Y2M3DT4H5M6S', true],
    ['P2W', true],
    ['P', false],
    ['PT', false],
    ['P1DT', false],
    ['14D', false],
    ['P14 days', false],
    ['p14d', false],
    ['P1.5Y', false],
  ])('duration %s valid: %s', (duration, valid) => {
    expect(new RegExp(ISO_DURATION_PATTERN).test(duration)).toBe(valid);
  });
});
