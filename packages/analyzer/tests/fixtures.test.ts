/**
 * Recall and precision of the engine on every fixture app against its independently written
 * `expected.json` (file, line, sink id, category). Prints the figures; requires ≥ 95% each.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, loadAnalyzerCatalog } from '@lawful/analyzer';

const appsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/apps');
const apps = existsSync(appsDir) ? readdirSync(appsDir).filter((name) => existsSync(join(appsDir, name, 'expected.json'))).sort() : [];

interface ExpectedFlow {
  file: string;
  line: number;
  sink: string;
  category: string;
}

function programOf(appDir: string): ts.Program {
  const configPath = join(appDir, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, { allowJs: true, noEmit: true }, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: () => undefined,
  });
  if (!parsed) throw new Error(`cannot read ${configPath}`);
  return ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, allowJs: true, noEmit: true } });
}

export function scoreApp(app: string): { recall: number; precision: number; missing: string[]; extra: string[] } {
  const appDir = join(appsDir, app);
  const expected = (JSON.parse(readFileSync(join(appDir, 'expected.json'), 'utf8')) as { flows: ExpectedFlow[] }).flows;
  const program = programOf(appDir);
  const result = createAnalyzer({ ts, program, rootDir: appDir, catalog: loadAnalyzerCatalog() }).analyzeProgram();
  const key = (flow: ExpectedFlow): string => `${flow.file}:${flow.line} ${flow.sink} ${flow.category}`;
  const expectedKeys = new Set(expected.map(key));
  const actualKeys = new Set(result.flows.map((flow) => key({ file: flow.location.file, line: flow.location.line, sink: flow.sink.id, category: flow.category })));
  const hits = [...expectedKeys].filter((entry) => actualKeys.has(entry)).length;
  const missing = [...expectedKeys].filter((entry) => !actualKeys.has(entry)).sort();
  const extra = [...actualKeys].filter((entry) => !expectedKeys.has(entry)).sort();
  if (result.problems.length > 0) extra.push(...result.problems.map((problem) => `PROBLEM ${problem.file}: ${problem.message}`));
  return {
    recall: expectedKeys.size === 0 ? 1 : hits / expectedKeys.size,
    precision: actualKeys.size === 0 ? (expectedKeys.size === 0 ? 1 : 0) : hits / actualKeys.size,
    missing,
    extra,
  };
}

describe('fixture apps', () => {
  it.each(apps)('%s: recall and precision of at least 95 percent', (app) => {
    const score = scoreApp(app);
    console.log(
      `${app}: recall ${(score.recall * 100).toFixed(1)}%, precision ${(score.precision * 100).toFixed(1)}%` +
        (score.missing.length ? `\n  missing:\n    ${score.missing.join('\n    ')}` : '') +
        (score.extra.length ? `\n  extra:\n    ${score.extra.join('\n    ')}` : ''),
    );
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
  });
});
