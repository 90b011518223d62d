import { describe, expect, it } from 'vitest';
import { reporters } from '../../src/reporters/index.js';
import { readFile, sampleResult } from './fixtures.js';

describe('stylish reporter', () => {
  it('groups by file with position, severity, message, rule id, code frame and trace', () => {
    const text = reporters.stylish(sampleResult(), { readFile });
    const lines = text.split('\n');
    const signup = lines.indexOf('src/signup.ts');
    expect(signup).toBeGreaterThan(lines.indexOf('lawful.config.yaml'));
    expect(lines[signup + 1]).toBe(
      '  4:3  error  `user.contact.email` reaches third party `sdk/segment`, but no activity declares it.  undeclared-sharing',
    );
    expect(lines[signup + 2]).toBe("    4 |   analytics.track('signup', { email: user.email });");
    expect(lines[signup + 3]).toBe('      |   ^');
    expect(lines[signup + 4]).toBe('      src/user.ts:2  @personal user.contact.email');
    expect(lines[signup + 5]).toBe('    → src/signup.ts:4  passed to analytics.track() | sent');
    expect(text).toContain('✖ 3 problems (2 errors, 1 warning)');
    expect(text).toContain('1 file could not be fully scanned:\n  src/broken.ts:3:9  parse  Unexpected token');
    expect(text).not.toMatch(/\u001b\[/);
  });

  it('colours only when asked, and prints notes', () => {
    const text = reporters.stylish(sampleResult(), { readFile, color: true, notes: ['baseline can be pruned'] });
    expect(text).toMatch(/\u001b\[31merror/);
    expect(text).toContain('baseline can be pruned');
  });

  it('without a config lists flows by file and points at lawful init', () => {
    const result = { ...sampleResult(), findings: [], problems: [] };
    const text = reporters.stylish(result, { hasConfig: false });
    expect(text).toContain('src/signup.ts\n  3:3  user.contact.email → log/pino (log)  (suppressed)\n  4:3  user.contact.email → sdk/segment (third-party)');
    expect(text).toContain('2 personal-data flows found.');
    expect(text).toContain('lawful init');
  });

  it('says so when there is nothing to report', () => {
    const result = { ...sampleResult(), findings: [], problems: [] };
    expect(reporters.stylish(result)).toBe('✔ no problems (2 personal-data flows checked)\n');
  });
});
