import { describe, expect, it } from 'vitest';
import { analyze, summarize } from './helpers.js';

describe('smoke', () => {
  it('logs an email through pino', () => {
    const result = analyze({
      'src/a.ts': `import pino from 'pino';
const logger = pino();
export function f(user: { email: string; id: number }) {
  logger.info({ email: user.email });
  logger.info({ id: user.id });
}
`,
    });
    expect(result.problems).toEqual([]);
    expect(summarize(result.flows)).toEqual(['src/a.ts:4 log/pino user.contact.email ~']);
  });
});
