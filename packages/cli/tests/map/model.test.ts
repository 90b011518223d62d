import { describe, expect, it } from 'vitest';
import { UNDECLARED_ACTIVITY_ID, buildMapModel, codeExcerpt, renderMapJson, sinkModulesFromCatalog } from '../../src/map/index.js';
import { PINO, finding, flow, scanResult, shopConfig, shopResult, testTaxonomy } from './helpers.js';

describe('buildMapModel', () => {
  const taxonomy = testTaxonomy();
  const model = buildMapModel(shopResult(), shopConfig(), taxonomy, {
    readFile: (file) => (file === 'src/signup.ts' ? Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n') : undefined),
  });
  const byFile = (file: string, line: number) => model.flows.find((f) => f.file === file && f.line === line)!;

  it('sorts flows by location and numbers them', () => {
    expect(model.flows.map((f) => `${f.file}:${f.line}`)).toEqual([
      'src/newsletter.ts:15',
      'src/rate.ts:3',
      'src/server.ts:10',
      'src/signup.ts:20',
      'src/signup.ts:22',
      'src/track.ts:5',
    ]);
    expect(model.flows.map((f) => f.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('assigns flows to activities by annotation, then by declaration, else undeclared', () => {
    expect(byFile('src/server.ts', 10)).toMatchObject({ activity: 'server_logs', assignedBy: 'declaration', declared: true, targetNodes: ['store:access_log'] });
    expect(byFile('src/signup.ts', 20)).toMatchObject({ activity: 'accounts', declared: true, categoryName: 'Email address' });
    expect(byFile('src/newsletter.ts', 15)).toMatchObject({ activity: 'newsletter', assignedBy: 'flow-activity', declared: true, targetNodes: ['recipient:brevo'] });
    expect(byFile('src/track.ts', 5)).toMatchObject({ activity: 'analytics', assignedBy: 'flow-activity', declared: false, findings: ['purpose-mismatch'] });
    // The config would place this email log under no activity; the finding confirms it is undeclared.
    expect(byFile('src/signup.ts', 22)).toMatchObject({ activity: UNDECLARED_ACTIVITY_ID, declared: false, findings: ['undeclared-logging'], targetNodes: ['store:access_log'] });
    expect(byFile('src/rate.ts', 3)).toMatchObject({ activity: UNDECLARED_ACTIVITY_ID, targetNodes: ['store:cache/ioredis'] });
  });

  it('lets an undeclared-* finding override a config that seems to declare the flow', () => {
    const ipLog = flow('user.device.ip_address', PINO, 'src/server.ts', 10);
    const overridden = buildMapModel(scanResult([ipLog], [finding('undeclared-logging', ipLog)]), shopConfig(), taxonomy);
    expect(overridden.flows[0]).toMatchObject({ activity: UNDECLARED_ACTIVITY_ID, declared: false });
  });

  it('builds nodes for every tier, configured entries included, and marks what the config lacks', () => {
    expect(model.nodes.map((n) => n.id)).toEqual([
      'category:user.contact.email',
      'category:user.device.ip_address',
      'category:user.contact.phone_number',
      'activity:accounts',
      'activity:analytics',
      'activity:newsletter',
      'activity:server_logs',
      'activity:(undeclared)',
      'store:access_log',
      'store:accounts_db',
      'store:cache/ioredis',
      'recipient:brevo',
      'recipient:segment',
    ]);
    expect(model.nodes.find((n) => n.id === 'store:cache/ioredis')).toMatchObject({ undeclared: true, flowCount: 1, undeclaredCount: 1 });
    expect(model.nodes.find((n) => n.id === 'activity:(undeclared)')).toMatchObject({ undeclared: true, flowCount: 2 });
    expect(model.stats).toEqual({ flows: 6, undeclaredFlows: 3, categories: 3, activities: 4, stores: 3, recipients: 2, problems: 0 });
  });

  it('weights edges by flow count and splits declared from undeclared', () => {
    const edge = (id: string) => model.edges.find((e) => e.id === id);
    expect(edge('category:user.contact.email->activity:(undeclared)#undeclared')).toMatchObject({ flowCount: 1, declared: false, flows: [4] });
    expect(edge('activity:(undeclared)->store:access_log#undeclared')).toMatchObject({ flowCount: 1 });
    expect(edge('activity:server_logs->store:access_log')).toMatchObject({ flowCount: 1, declared: true, flows: [2] });
    expect(edge('activity:analytics->recipient:segment#undeclared')).toMatchObject({ flowCount: 1 });
    const total = model.edges.filter((e) => e.source.startsWith('category:')).reduce((sum, e) => sum + e.flowCount, 0);
    expect(total).toBe(6);
  });

  it('adds a three-line code excerpt around the sink when the file can be read', () => {
    expect(byFile('src/signup.ts', 20).excerpt).toEqual({ startLine: 19, lines: ['line 19', 'line 20', 'line 21'] });
    expect(byFile('src/server.ts', 10).excerpt).toBeUndefined();
    expect(codeExcerpt('only\nthree\nlines', 1, 1)).toEqual({ startLine: 1, lines: ['only', 'three'] });
    expect(codeExcerpt('a', 5, 1)).toBeUndefined();
  });

  it('is deterministic whatever the input order', () => {
    const reversed = shopResult();
    reversed.flows.reverse();
    expect(renderMapJson(buildMapModel(reversed, shopConfig(), taxonomy))).toBe(renderMapJson(buildMapModel(shopResult(), shopConfig(), taxonomy)));
  });

  it('works without a config: every flow is undeclared, sinks become nodes', () => {
    const bare = buildMapModel(shopResult(), null, taxonomy);
    expect(bare.flows.every((f) => !f.declared && f.activity === UNDECLARED_ACTIVITY_ID)).toBe(true);
    expect(bare.nodes.filter((n) => n.type === 'recipient').map((n) => n.key)).toEqual(['api.brevo.com', 'segment']);
  });

  it('accepts a LoadedConfig as well as a bare config', () => {
    const loaded = { filepath: '/x/lawful.config.yaml', config: shopConfig(), positionOf: () => ({ line: 1, column: 1 }) };
    expect(renderMapJson(buildMapModel(shopResult(), loaded, taxonomy))).toBe(renderMapJson(buildMapModel(shopResult(), shopConfig(), taxonomy)));
  });
});

describe('recipients matched by sdks', () => {
  const taxonomy = testTaxonomy();
  const config = shopConfig();
  config.recipients = { tracking: { name: 'Segment', role: 'processor', country: 'US', transfer: 'scc', sdks: ['@segment/analytics-node'] } };
  config.activities = [{ id: 'analytics', purpose: 'Usage', legal_basis: 'consent', categories: ['user.contact.email'], recipients: ['tracking'] }];
  const segmentFlow = flow('user.contact.email', { id: 'sdk/segment', kind: 'third-party', recipient: 'segment' }, 'src/t.ts', 4);

  it('match through the sink catalog modules', () => {
    const modulesOf = sinkModulesFromCatalog([{ sinks: [{ id: 'sdk/segment', kind: 'third-party', modules: ['@segment/analytics-node'] }] }]);
    const model = buildMapModel(scanResult([segmentFlow]), config, taxonomy, { modulesOf });
    expect(model.flows[0]).toMatchObject({ activity: 'analytics', declared: true, targetNodes: ['recipient:tracking'] });
  });

  it('trust the scan when the flow names its activity and has no finding', () => {
    const named = { ...segmentFlow, activity: 'analytics' };
    expect(buildMapModel(scanResult([named]), config, taxonomy).flows[0]).toMatchObject({ declared: true, assignedBy: 'flow-activity' });
    expect(buildMapModel(scanResult([{ ...named, suppressed: true }]), config, taxonomy).flows[0]).toMatchObject({ declared: false });
  });
});
