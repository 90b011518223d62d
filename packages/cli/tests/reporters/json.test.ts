import { describe, expect, it } from 'vitest';
import { reporters } from '../../src/reporters/index.js';
import { sampleResult } from './fixtures.js';

describe('json reporter', () => {
  it('follows the DESIGN.md contract: key order, no guards, trailing newline', () => {
    const text = reporters.json(sampleResult());
    expect(text.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(text) as Record<string, unknown> & { flows: Record<string, unknown>[]; findings: Record<string, unknown>[] };
    expect(Object.keys(parsed)).toEqual(['tool', 'root', 'flows', 'findings', 'problems']);
    expect(parsed.tool).toEqual({ name: 'lawful', version: '0.1.0' });
    expect(Object.keys(parsed.flows[0]!)).toEqual(['category', 'confidence', 'sink', 'location', 'activity', 'trace', 'suppressed']);
    expect(parsed.flows.some((flow) => 'guards' in flow)).toBe(false);
    expect(Object.keys(parsed.flows[1]!)).toEqual(['category', 'confidence', 'sink', 'location', 'trace']);
    expect(Object.keys(parsed.findings[1]!)).toEqual(['ruleId', 'severity', 'message', 'category', 'sink', 'location', 'trace', 'fingerprint']);
    expect(parsed.findings[0]).not.toHaveProperty('sink');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });

  it('is byte-identical across runs', () => {
    expect(reporters.json(sampleResult())).toBe(reporters.json(sampleResult()));
  });
});
