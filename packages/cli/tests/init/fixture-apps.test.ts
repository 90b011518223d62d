/**
 * End to end on the seed fixture apps, through the real scan: `init` drafts a config that loads and
 * whose scan reports only the draft's TODO gaps; the map and the record of processing built on that
 * config give code evidence on every row that has flows.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.js';
import { draftConfig, readSinkCatalogRecipients } from '../../src/init/index.js';
import { buildMapModel, renderMapHtml, renderMermaid } from '../../src/map/index.js';
import { buildRopa, renderRopaMarkdown } from '../../src/ropa/index.js';

const appsDir = fileURLToPath(new URL('../../../../fixtures/apps/', import.meta.url));
const apps = readdirSync(appsDir).sort();
const TODO_GAPS = new Set(['missing-legal-basis', 'missing-retention', 'unsafe-transfer']);
const workDir = mkdtempSync(path.join(tmpdir(), 'lawful-init-apps-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe.each(apps)('fixture app %s', (app) => {
  it('init → scan reports only the TODO gaps; map and ropa show the evidence', async () => {
    const dir = path.join(appsDir, app);
    // Apps may carry their own config (for the findings fixtures): init drafts from raw flows.
    const first = await scan({ dir, noConfig: true });
    const draft = draftConfig(first.result.flows, readSinkCatalogRecipients(), first.taxonomy);
    const configFile = path.join(workDir, `${app}.lawful.config.yaml`);
    writeFileSync(configFile, draft);

    const second = await scan({ dir, configFile });
    expect(second.config).not.toBeNull();
    const unexpected = second.result.findings.filter((finding) => !TODO_GAPS.has(finding.ruleId));
    expect(unexpected.map((finding) => `${finding.ruleId}: ${finding.message}`)).toEqual([]);
    expect(second.result.flows.length).toBe(first.result.flows.length);

    const model = buildMapModel(second.result, second.config, second.taxonomy, { readFile: second.readFile });
    expect(model.flows.every((flow) => flow.declared)).toBe(true);
    expect(renderMapHtml(model).length).toBeGreaterThan(0);
    expect(renderMermaid(model).startsWith('flowchart LR\n')).toBe(true);

    const ropa = buildRopa(second.config!, second.result, second.taxonomy);
    expect(ropa.undeclared).toEqual([]);
    for (const row of ropa.rows) expect(row.evidence.length, row.activity).toBeGreaterThan(0);
    expect(renderRopaMarkdown(ropa)).toContain('# Record of processing activities');
  });
});
