/**
 * The five seed privacy policies (fixtures/policies, applied to small apps in fixtures/policy-apps):
 * the record of processing, the Mermaid map and the CSV export are snapshot-tested, and every row that
 * has flows carries code evidence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinSinkModules } from '@lawful/core';
import { buildMapModel, renderMermaid } from '../../src/map/index.js';
import { buildRopa, renderRopaCsv, renderRopaMarkdown } from '../../src/ropa/index.js';
import { scan } from '../../src/scan.js';

const policyAppsDir = fileURLToPath(new URL('../../../../fixtures/policy-apps/', import.meta.url));
const apps = fs.readdirSync(policyAppsDir).filter((name) => fs.existsSync(path.join(policyAppsDir, name, 'lawful.config.yaml'))).sort();

describe('seed policies', () => {
  it('has an app for each of the five seed policies', () => {
    expect(apps).toHaveLength(5);
  });

  for (const app of apps) {
    describe(app, () => {
      it('record of processing: one row per activity, evidence on every row with flows', async () => {
        const outcome = await scan({ dir: path.join(policyAppsDir, app) });
        const modulesOf = builtinSinkModules();
        const ropa = buildRopa(outcome.config!, outcome.result, outcome.taxonomy, { modulesOf });
        expect(ropa.rows.map((row) => row.activity)).toEqual((outcome.config!.config.activities ?? []).map((activity) => activity.id));
        const activitiesWithFlows = new Set(outcome.result.flows.map((flow) => flow.activity).filter(Boolean));
        for (const row of ropa.rows) {
          if (activitiesWithFlows.has(row.activity)) expect(row.evidence.length, row.activity).toBeGreaterThan(0);
        }
        expect(outcome.result.flows.length).toBeGreaterThan(0);
        await expect(renderRopaMarkdown(ropa)).toMatchFileSnapshot(`__snapshots__/seeds/${app}.ropa.md`);
        await expect(renderRopaCsv(ropa)).toMatchFileSnapshot(`__snapshots__/seeds/${app}.ropa.csv`);
        const model = buildMapModel(outcome.result, outcome.config, outcome.taxonomy, { readFile: outcome.readFile, modulesOf });
        await expect(renderMermaid(model)).toMatchFileSnapshot(`__snapshots__/seeds/${app}.map.mmd`);
      });
    });
  }
});
