import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { FINDING_IDS } from '@lawful/core';
import { reporters } from '../../src/reporters/index.js';
import { sampleResult } from './fixtures.js';

const schema = JSON.parse(readFileSync(new URL('../schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;

function validate(log: unknown) {
  // `strict: false`: the official schema uses keywords/formats Ajv's strict mode rejects (e.g. `format: uri`).
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const check = ajv.compile(schema);
  return { valid: check(log), errors: check.errors };
}

interface SarifLog {
  runs: {
    tool: { driver: { name: string; informationUri: string; rules: { id: string; helpUri: string; defaultConfiguration: { level: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } } }[];
      partialFingerprints: Record<string, string>;
      relatedLocations?: { id: number; message: { text: string } }[];
    }[];
  }[];
}

describe('sarif reporter', () => {
  it('validates against the official SARIF 2.1.0 schema', () => {
    const { valid, errors } = validate(JSON.parse(reporters.sarif(sampleResult())));
    expect(errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const empty = { ...sampleResult(), flows: [], findings: [], problems: [] };
    expect(validate(JSON.parse(reporters.sarif(empty))).valid).toBe(true);
  });

  it('the schema check can fail: a result without a message is rejected', () => {
    const log = JSON.parse(reporters.sarif(sampleResult())) as SarifLog;
    delete (log.runs[0]!.results[0] as { message?: unknown }).message;
    expect(validate(log).valid).toBe(false);
  });

  it('describes every rule and points results at them', () => {
    const log = JSON.parse(reporters.sarif(sampleResult())) as SarifLog;
    const run = log.runs[0]!;
    const ruleIds = run.tool.driver.rules.map((rule) => rule.id);
    expect(ruleIds).toEqual([...FINDING_IDS, 'invalid-suppression']);
    expect(run.tool.driver.rules.find((rule) => rule.id === 'stale-declaration')?.defaultConfiguration.level).toBe('warning');
    expect(run.tool.driver.rules[0]?.helpUri).toBe('https://github.com/lawful-dev/lawful/blob/main/docs/rules/undeclared-sharing.md');
    for (const result of run.results) expect(ruleIds[result.ruleIndex]).toBe(result.ruleId);
  });

  it('uses relative URIs under %SRCROOT%, line-independent fingerprints and the trace as related locations', () => {
    const log = JSON.parse(reporters.sarif(sampleResult())) as SarifLog;
    const [config, sharing, stale] = log.runs[0]!.results;
    expect(config?.locations[0]?.physicalLocation.artifactLocation).toEqual({ uri: 'lawful.config.yaml', uriBaseId: '%SRCROOT%' });
    expect(stale?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('src/with%20space.ts');
    expect(stale?.level).toBe('warning');
    expect(sharing?.partialFingerprints).toEqual({ 'lawful/v1': 'fedcba9876543210fedcba9876543210' });
    expect(sharing?.relatedLocations?.map((location) => location.message.text)).toEqual([
      '@personal user.contact.email',
      'passed to analytics.track() | sent',
    ]);
    expect(reporters.sarif(sampleResult())).toBe(reporters.sarif(sampleResult()));
    expect(reporters.sarif(sampleResult())).not.toContain('/work/');
  });
});
