import { describe, expect, it } from 'vitest';
import { reporters } from '../../src/reporters/index.js';
import { sampleResult } from './fixtures.js';

describe('markdown reporter', () => {
  it('summarises, tabulates findings with doc links and escapes cells', () => {
    const text = reporters.markdown(sampleResult());
    expect(text.startsWith('## lawful: ❌ 2 errors, 1 warning\n')).toBe(true);
    expect(text).toContain('| | Location | Rule | Message |');
    expect(text).toContain(
      '| ❌ | `src/signup.ts:4` | [undeclared-sharing](https://github.com/lawful-dev/lawful/blob/main/docs/rules/undeclared-sharing.md) |',
    );
    expect(text).toContain('is in US &lt;outside the EEA> and');
    expect(text).toContain('| ⚠️ | `src/with space.ts:1` | [stale-declaration]');
  });

  it('has a collapsible trace per traced finding', () => {
    const text = reporters.markdown(sampleResult());
    expect(text).toContain('<details>\n<summary>undeclared-sharing at <code>src/signup.ts:4</code>: trace</summary>');
    expect(text).toContain('1. `src/user.ts:2` @personal user.contact.email\n2. `src/signup.ts:4` passed to analytics.track() \\| sent');
    expect(text.match(/<details>/g)).toHaveLength(1);
    expect(text).toContain('`src/broken.ts` (parse): Unexpected token');
  });

  it('shows a flow table and the init hint without a config', () => {
    const text = reporters.markdown({ ...sampleResult(), findings: [], problems: [] }, { hasConfig: false });
    expect(text).toContain('## lawful: ✅ no problems (2 personal-data flows checked)');
    expect(text).toContain('| `src/signup.ts:3` | `user.contact.email` | `log/pino` | log | `accounts` (suppressed) |');
    expect(text).toContain('lawful init');
  });
});
