/**
 * The flow engine against the fixture apps' ground truth (`fixtures/apps/<app>/expected.json`,
 * written independently of the engine): recall and precision must both be ≥ 95% on every app.
 * The held-out apps (`fixtures/holdout/<app>/`, written from DESIGN.md and the user docs by someone
 * who never saw the engine) are measured the same way, against the same bar.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';

const appsDir = fileURLToPath(new URL('../../../fixtures/apps/', import.meta.url));
const apps = appsWithExpectations(appsDir);
const holdoutDir = fileURLToPath(new URL('../../../fixtures/holdout/', import.meta.url));
const holdoutApps = appsWithExpectations(holdoutDir);

function appsWithExpectations(dir: string): string[] {
  return fs.readdirSync(dir).filter((name) => fs.existsSync(path.join(dir, name, 'expected.json'))).sort();
}

interface ExpectedFlow {
  file: string;
  line: number;
  sink: string;
  category: string;
}

const key = (flow: ExpectedFlow) => `${flow.file}:${flow.line} ${flow.sink} ${flow.category}`;

describe('flow recall and precision on fixture apps', () => {
  it('has the four apps', () => {
    expect(apps).toEqual(expect.arrayContaining(['careful-app', 'express-prisma-shop', 'nest-typeorm-service', 'next-analytics']));
  });

  for (const app of apps) it(app, () => measure(appsDir, app));
});

describe('flow recall and precision on held-out apps', () => {
  it('has the two held-out apps', () => {
    expect(holdoutApps).toEqual(expect.arrayContaining(['browser-shop', 'fastify-mongo-api']));
  });

  for (const app of holdoutApps) it(app, () => measure(holdoutDir, app));
});

async function measure(dir: string, app: string): Promise<void> {
  const expected = (JSON.parse(fs.readFileSync(path.join(dir, app, 'expected.json'), 'utf8')) as { flows: ExpectedFlow[] }).flows;
  // Flows do not depend on a config (it only adds findings), so an app may carry one for other tests.
  const { result } = await scan({ dir: path.join(dir, app) });
  const actualKeys = new Set(result.flows.map((flow) => key({ file: flow.location.file, line: flow.location.line, sink: flow.sink.id, category: flow.category })));
  const expectedKeys = new Set(expected.map(key));
  const truePositives = [...actualKeys].filter((k) => expectedKeys.has(k));
  const missed = [...expectedKeys].filter((k) => !actualKeys.has(k));
  const extra = [...actualKeys].filter((k) => !expectedKeys.has(k));
  const recall = expectedKeys.size === 0 ? 1 : truePositives.length / expectedKeys.size;
  const precision = actualKeys.size === 0 ? (expectedKeys.size === 0 ? 1 : 0) : truePositives.length / actualKeys.size;
  console.log(
    `${app}: recall ${(recall * 100).toFixed(1)}% (${truePositives.length}/${expectedKeys.size}), precision ${(precision * 100).toFixed(1)}% (${truePositives.length}/${actualKeys.size})` +
      (missed.length ? `\n  missed:\n    ${missed.join('\n    ')}` : '') +
      (extra.length ? `\n  extra:\n    ${extra.join('\n    ')}` : ''),
  );
  expect(result.problems.filter((problem) => problem.kind === 'analysis')).toEqual([]);
  expect(recall).toBeGreaterThanOrEqual(0.95);
  expect(precision).toBeGreaterThanOrEqual(0.95);
}
