import { describe, expect, it } from 'vitest';
import { loadAnalyzerCatalog } from '@lawful/analyzer';
import { analyze } from './helpers.js';

const SDK = `import { PostHog } from 'posthog-node';\nexport const posthog = new PostHog('k');\nexport async function hasConsent(_: string): Promise<boolean> { return true; }\n`;

function guardsByLine(body: string): Record<number, string[] | undefined> {
  const result = analyze({ 'sdk.ts': SDK, 'a.ts': `import { posthog, hasConsent } from './sdk';\n${body}` }, { guards: ['hasConsent'] });
  return Object.fromEntries(result.flows.map((flow) => [flow.location.line, flow.guards]));
}

describe('consent guards', () => {
  it('inside if, after an early return, in && chains, not otherwise', () => {
    const guards = guardsByLine(
      [
        `export async function f(email: string) {`,
        `  if (await hasConsent(email)) {`,
        `    posthog.capture({ distinctId: 'a', event: 'x', properties: { email } });`,
        `  }`,
        `  (await hasConsent(email)) && posthog.capture({ distinctId: 'b', event: 'x', properties: { email } });`,
        `  posthog.capture({ distinctId: 'c', event: 'x', properties: { email } });`,
        `  if (!(await hasConsent(email))) return;`,
        `  posthog.capture({ distinctId: 'd', event: 'x', properties: { email } });`,
        `}`,
      ].join('\n'),
    );
    expect(guards).toEqual({ 4: ['hasConsent'], 6: ['hasConsent'], 7: [], 9: ['hasConsent'] });
  });

  it('guarded when every call site of the enclosing function is guarded; a function nobody calls is not', () => {
    const guards = guardsByLine(
      [
        `function send(email: string) {`,
        `  posthog.capture({ distinctId: 'a', event: 'x', properties: { email } });`,
        `}`,
        `export async function main(email: string) {`,
        `  if (await hasConsent(email)) send(email);`,
        `}`,
        `export function orphan(email: string) {`,
        `  posthog.capture({ distinctId: 'b', event: 'x', properties: { email } });`,
        `}`,
      ].join('\n'),
    );
    expect(guards).toEqual({ 3: ['hasConsent'], 9: [] });
  });
});

describe('@activity', () => {
  it('from the enclosing function, class, or the file header', () => {
    const result = analyze({
      'a.ts': [
        `// @activity server_logs`,
        `import pino from 'pino';`,
        `const logger = pino();`,
        `/** @activity newsletter */`,
        `export function f(email: string) { logger.info(email); }`,
        `/** @activity billing */`,
        `export class B { run(email: string) { logger.info(email); } }`,
        `export function g(email: string) { logger.info(email); }`,
      ].join('\n'),
      'b.ts': `/** Does things. */\nexport function h(email: string) { console.log(email); }`,
    });
    expect(result.flows.map((flow) => [flow.location.file, flow.location.line, flow.activity ?? null])).toEqual([
      ['a.ts', 5, 'newsletter'],
      ['a.ts', 7, 'billing'],
      ['a.ts', 8, 'server_logs'],
      ['b.ts', 2, null],
    ]);
  });
});

describe('robustness and determinism', () => {
  it('same input, same output; paths relative with / separators', () => {
    const files = { 'src/x.ts': `export function f(email: string) { console.log(email); }` };
    const first = JSON.stringify(analyze(files));
    expect(JSON.stringify(analyze(files))).toBe(first);
    expect(analyze(files).flows[0]!.location).toEqual({ file: 'src/x.ts', line: 1, column: 36 });
  });

  it('a file that cannot be analysed becomes a problem and the others still report', () => {
    const base = loadAnalyzerCatalog();
    // A name matcher that throws on one identifier simulates an engine crash in that file only.
    const catalog = { ...base, matchName: (name: string, personLike: boolean) => {
      if (name === 'explode') throw new Error('boom');
      return base.matchName(name, personLike);
    } };
    const result = analyze(
      {
        'bad.ts': `export function f(explode: string) { console.log(explode); }`,
        'good.ts': `export function g(email: string) { console.log(email); }`,
      },
      { catalog },
    );
    expect(result.filesAnalyzed).toBe(2);
    expect(result.problems).toEqual([{ file: 'bad.ts', kind: 'analysis', message: 'analysis failed: boom' }]);
    expect(result.flows.map((flow) => flow.location.file)).toEqual(['good.ts']);
  });
});
