import { describe, expect, it } from 'vitest';
import { applySuppressions, parseSuppressions, type Finding, type Flow } from '@lawful/core';
import { flow, sink } from './helpers.js';

describe('parseSuppressions', () => {
  it('reads ids and the reason from line and block comments', () => {
    const text = [
      'const a = 1;',
      '  // lawful-ignore undeclared-logging, missing-retention -- hashed upstream',
      'log.info(x); /* lawful-ignore undeclared-sharing -- vendor contract signed */',
      '/*',
      ' * lawful-ignore consent-not-checked',
      ' *   -- consent is checked by the gateway',
      ' */',
      '// lawful-ignore undeclared-storage',
      '// lawful-ignore-next is not a suppression',
    ].join('\n');
    expect(parseSuppressions(text)).toEqual([
      {
        line: 2,
        endLine: 2,
        column: 3,
        ruleIds: ['undeclared-logging', 'missing-retention'],
        reason: 'hashed upstream',
        text: '// lawful-ignore undeclared-logging, missing-retention -- hashed upstream',
      },
      {
        line: 3,
        endLine: 3,
        column: 14,
        ruleIds: ['undeclared-sharing'],
        reason: 'vendor contract signed */'.replace(' */', ''),
        text: '/* lawful-ignore undeclared-sharing -- vendor contract signed */',
      },
      expect.objectContaining({ line: 4, endLine: 7, ruleIds: ['consent-not-checked'], reason: 'consent is checked by the gateway' }),
      { line: 8, endLine: 8, column: 1, ruleIds: ['undeclared-storage'], text: '// lawful-ignore undeclared-storage' },
    ]);
  });
});

describe('applySuppressions', () => {
  const logFlow = flow({ category: 'user.contact.email', sink: sink('log/pino', 'log'), location: { file: 'src/a.ts', line: 3, column: 5 } });
  const finding = (overrides: Partial<Finding> = {}): Finding => ({
    ruleId: 'undeclared-logging',
    severity: 'error',
    message: 'm',
    category: logFlow.category,
    sink: logFlow.sink,
    location: logFlow.location,
    trace: [],
    fingerprint: 'f',
    ...overrides,
  });
  const run = (text: string, findings: Finding[] = [finding()], flows: Flow[] = [logFlow]) =>
    applySuppressions({ flows, findings, suppressionsOf: (file) => (file === 'src/a.ts' ? parseSuppressions(text) : undefined) });

  it('silences a finding on the same line or the line below, and marks the flow suppressed', () => {
    const above = run('x\n// lawful-ignore undeclared-logging -- hashed upstream\nlog.info(email)\n');
    expect(above.findings).toEqual([]);
    expect(above.suppressed).toHaveLength(1);
    expect(above.flows[0]?.suppressed).toBe(true);
    const sameLine = run('x\n\nlog.info(email) // lawful-ignore undeclared-logging -- hashed upstream\n');
    expect(sameLine.findings).toEqual([]);
  });

  it('does not silence two lines below, or another id', () => {
    const farAway = run('// lawful-ignore undeclared-logging -- hashed upstream\n\nlog.info(email)\n');
    expect(farAway.findings.map((f) => f.ruleId)).toEqual(['undeclared-logging']);
    expect(farAway.flows[0]?.suppressed).toBeUndefined();
    const otherId = run('x\n// lawful-ignore undeclared-storage -- hashed upstream\nlog.info(email)\n');
    expect(otherId.findings.map((f) => f.ruleId)).toEqual(['undeclared-logging']);
  });

  it('a flow stays unsuppressed while one of its findings remains', () => {
    const retention = finding({ ruleId: 'missing-retention' });
    const result = run('x\n// lawful-ignore undeclared-logging -- hashed upstream\nlog.info(email)\n', [finding(), retention]);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['missing-retention']);
    expect(result.flows[0]?.suppressed).toBeUndefined();
  });

  it('reports a suppression without a reason and does not apply it', () => {
    const result = run('x\n// lawful-ignore undeclared-logging\nlog.info(email)\n');
    expect(result.findings.map((f) => f.ruleId).sort()).toEqual(['invalid-suppression', 'undeclared-logging']);
    const invalid = result.findings.find((f) => f.ruleId === 'invalid-suppression');
    expect(invalid?.location).toEqual({ file: 'src/a.ts', line: 2, column: 1 });
    expect(invalid?.severity).toBe('error');
    expect(invalid?.message).toContain('has no reason');
    expect(invalid?.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('reports unknown ids but still applies the known ones', () => {
    const result = run('x\n// lawful-ignore undeclared-logging, undeclared-loging -- hashed upstream\nlog.info(email)\n');
    expect(result.findings.map((f) => f.ruleId)).toEqual(['invalid-suppression']);
    expect(result.findings[0]?.message).toContain('`undeclared-loging`');
  });
});
