import { describe, expect, it } from 'vitest';
import { applyBaseline, createBaseline, formatBaseline, parseBaseline, type Finding } from '@lawful/core';

function finding(file: string, line: number, ruleId: Finding['ruleId'] = 'undeclared-logging', severity: Finding['severity'] = 'error'): Finding {
  return { ruleId, severity, message: 'm', location: { file, line, column: 1 }, trace: [], fingerprint: `${file}:${line}:${ruleId}` };
}

describe('baseline', () => {
  const today = [
    finding('src/b.ts', 1),
    finding('src/a.ts', 4),
    finding('src/a.ts', 9),
    finding('src/a.ts', 2, 'undeclared-sharing'),
    finding('lawful.config.yaml', 3, 'stale-declaration', 'warning'),
  ];

  it('creates ESLint bulk-suppression shape, errors only, with sorted keys', () => {
    const baseline = createBaseline(today);
    expect(baseline).toEqual({
      'src/a.ts': { 'undeclared-logging': { count: 2 }, 'undeclared-sharing': { count: 1 } },
      'src/b.ts': { 'undeclared-logging': { count: 1 } },
    });
    expect(formatBaseline(baseline)).toBe(`${JSON.stringify(baseline, null, 2)}\n`);
    expect(Object.keys(baseline)).toEqual(['src/a.ts', 'src/b.ts']);
    expect(parseBaseline(formatBaseline(baseline))).toEqual(baseline);
  });

  it('suppresses everything recorded, but never warnings', () => {
    const result = applyBaseline(today, createBaseline(today));
    expect(result.findings.map((f) => f.ruleId)).toEqual(['stale-declaration']);
    expect(result.suppressed).toHaveLength(4);
    expect(result.unused).toEqual([]);
  });

  it('reports all findings of a file and rule when there are more than recorded (like ESLint)', () => {
    const baseline = createBaseline(today);
    const more = [...today, finding('src/a.ts', 20)];
    const result = applyBaseline(more, baseline);
    expect(result.findings.filter((f) => f.ruleId === 'undeclared-logging' && f.location.file === 'src/a.ts')).toHaveLength(3);
    expect(result.findings.filter((f) => f.location.file === 'src/b.ts')).toEqual([]);
  });

  it('reports entries that can be pruned', () => {
    const baseline = createBaseline(today);
    const fewer = today.filter((f) => !(f.location.file === 'src/a.ts' && f.location.line === 9) && f.location.file !== 'src/b.ts');
    const result = applyBaseline(fewer, baseline);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['stale-declaration']);
    expect(result.unused).toEqual([
      { file: 'src/a.ts', ruleId: 'undeclared-logging', count: 1 },
      { file: 'src/b.ts', ruleId: 'undeclared-logging', count: 1 },
    ]);
    // A file that was not scanned this time is not reported as prunable.
    expect(applyBaseline(fewer, baseline, new Set(['src/a.ts'])).unused).toEqual([
      { file: 'src/a.ts', ruleId: 'undeclared-logging', count: 1 },
    ]);
  });

  it('rejects malformed baseline files with a message', () => {
    expect(() => parseBaseline('[]', 'lawful-baseline.json')).toThrow(/lawful-baseline.json: expected an object/);
    expect(() => parseBaseline('{"a.ts":{"x":{"count":-1}}}')).toThrow(/needs \{ "count"/);
    expect(() => parseBaseline('{')).toThrow(/not valid JSON/);
  });
});
