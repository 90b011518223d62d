import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FINDING_IDS, LEGAL_BASES } from '@lawful/core';
import { buildConfigSchema, ISO_DURATION_PATTERN, serializeConfigSchema } from '../../src/config/schema.js';

const publishedSchemaFile = fileURLToPath(new URL('../../schema/lawful.schema.json', import.meta.url));
const completeExample = fileURLToPath(new URL('../../../../fixtures/config-valid/yaml/lawful.config.yaml', import.meta.url));

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
