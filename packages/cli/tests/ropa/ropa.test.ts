import { describe, expect, it } from 'vitest';
import {
  buildRopa,
  csvField,
  escapeMarkdown,
  humanizeRetention,
  renderRopaCsv,
  renderRopaJson,
  renderRopaMarkdown,
} from '../../src/ropa/index.js';
import { flow, PINO, scanResult, shopConfig, shopResult, testTaxonomy } from '../map/helpers.js';

const taxonomy = testTaxonomy();

describe('retention in words', () => {
  it.each([
    ['P14D', '14 days'],
    ['P1D', '1 day'],
    ['P6M', '6 months'],
    ['P1Y6M', '1 year 6 months'],
    ['P2W', '2 weeks'],
    ['PT12H', '12 hours'],
    ['P1DT30M', '1 day 30 minutes'],
    ['not-a-duration', 'not-a-duration'],
  ])('%s → %s', (iso, text) => expect(humanizeRetention({ keep: iso })).toBe(text));

  it('adds the trigger and handles until / absent', () => {
    expect(humanizeRetention({ keep: 'P6M', after: 'account_closed' })).toBe('6 months after account closed');
    expect(humanizeRetention({ until: 'consent_withdrawn' })).toBe('until consent withdrawn');
    expect(humanizeRetention(undefined)).toBe('not stated');
  });
});

describe('buildRopa', () => {
  const ropa = buildRopa(shopConfig(), shopResult(), taxonomy);
  const row = (id: string) => ropa.rows.find((r) => r.activity === id)!;

  it('has one row per activity in config order', () => {
    expect(ropa.rows.map((r) => r.activity)).toEqual(['server_logs', 'accounts', 'newsletter', 'analytics']);
  });

  it('fills the Art. 30(1) columns from the config', () => {
    expect(row('server_logs')).toMatchObject({
      controller: { name: 'Example GmbH', dpo: 'dpo@example.com' },
      purpose: 'Keep the website stable and secure',
      legalBasisText: 'Legitimate interests (Art. 6(1)(f))',
      legitimateInterest: 'Detect and stop attacks and misuse',
      subjects: ['visitor'],
      categories: [{ key: 'user.device.ip_address', name: 'IP address', special: false }],
      retention: '14 days',
      stores: [{ key: 'access_log', kind: 'log', location: 'EU', security: ['access-restricted'] }],
    });
    expect(row('accounts').retention).toBe('6 months after account closed');
    expect(row('newsletter')).toMatchObject({ retention: 'until consent withdrawn', consentGuard: 'hasConsent', recipients: [{ key: 'brevo', name: 'Brevo', role: 'processor', country: 'FR' }], transfers: [] });
    expect(row('analytics')).toMatchObject({
      retention: 'not stated',
      transfers: [{ recipient: 'segment', country: 'US', safeguard: 'Standard contractual clauses (Art. 46(2)(c))', mechanism: 'scc' }],
    });
  });

  it('states missing transfer safeguards and notes adequacy', () => {
    const config = shopConfig();
    config.recipients!.segment!.transfer = undefined;
    config.recipients!.brevo!.country = 'GB';
    const bare = buildRopa(config, scanResult([]), taxonomy);
    expect(bare.rows.find((r) => r.activity === 'analytics')!.transfers[0]!.safeguard).toBe('none stated');
    expect(bare.rows.find((r) => r.activity === 'newsletter')!.transfers[0]!.safeguard).toBe('none stated (GB has an adequacy decision)');
  });

  it('flags special categories without an Art. 9 condition', () => {
    const config = shopConfig();
    config.activities!.push({ id: 'health', purpose: 'Care', legal_basis: 'contract', categories: ['user.health_and_medical'], stores: ['accounts_db'] });
    const health = buildRopa(config, scanResult([]), taxonomy).rows.at(-1)!;
    expect(health.categories).toEqual([{ key: 'user.health_and_medical', name: 'Health data', special: true }]);
    expect(renderRopaMarkdown({ controller: null, rows: [health], undeclared: [] })).toContain('Art. 9 condition: not stated');
  });

  it('gives code evidence per row and flags code doing more than the row declares', () => {
    expect(row('server_logs').evidence).toEqual([{ file: 'src/server.ts', line: 10, column: 3, category: 'user.device.ip_address', sinkId: 'log/pino', declared: true }]);
    expect(row('analytics').evidence).toHaveLength(1);
    expect(row('analytics').flags).toEqual(['Code does more than declared: Phone number (user.contact.phone_number) → sdk/segment at src/track.ts:5']);
    expect(row('server_logs').flags).toEqual(['missing-retention: missing-retention at src/server.ts:10 (lawful.config.yaml:1)']);
    expect(ropa.undeclared.map((e) => `${e.file}:${e.line}`)).toEqual(['src/rate.ts:3', 'src/signup.ts:22']);
  });

  it('renders Markdown with the Art. 30 columns, capped evidence and escaped text', async () => {
    const config = shopConfig();
    config.activities![0]!.purpose = 'Keep <b>logs</b> | *safe*';
    const many = Array.from({ length: 13 }, (_, i) => flow('user.device.ip_address', PINO, `src/server${String(i).padStart(2, '0')}.ts`, 1));
    const markdown = renderRopaMarkdown(buildRopa(config, scanResult(many), taxonomy));
    expect(markdown).toContain('| (b) Purpose | Keep &lt;b&gt;logs&lt;/b&gt; \\| \\*safe\\* |');
    expect(markdown).toContain('- src/server09.ts:1 user.device.ip\\_address → log/pino');
    expect(markdown).not.toContain('src/server10.ts');
    expect(markdown).toContain('- and 3 more');
    await expect(renderRopaMarkdown(ropa)).toMatchFileSnapshot('./__snapshots__/shop.ropa.md');
  });

  it('renders CSV per RFC 4180 and JSON with all evidence', async () => {
    const csv = renderRopaCsv(ropa);
    expect(csv.startsWith('Activity,Controller,DPO,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(ropa.rows.length + 2);
    expect(renderRopaCsv(ropa, { bom: true })).toBe(`\uFEFF${csv}`);
    await expect(csv).toMatchFileSnapshot('./__snapshots__/shop.ropa.csv');
    const json = JSON.parse(renderRopaJson(ropa));
    expect(json.rows[0].evidence).toHaveLength(1);
    expect(renderRopaJson(buildRopa(shopConfig(), shopResult(), taxonomy))).toBe(renderRopaJson(ropa));
  });
});

describe('CSV fields (RFC 4180, formula injection)', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['a=b', 'a=b'],
    ['ünïcödé 😀', 'ünïcödé 😀'],
  ])('%j → %j', (value, expected) => expect(csvField(value)).toBe(expected));
});

describe('escapeMarkdown', () => {
  it('keeps text literal', () => {
    expect(escapeMarkdown('</script><script>alert(1)</script>')).toBe('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeMarkdown('# heading')).toBe('\\# heading');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('a|b\nc')).toBe('a\\|b c');
    expect(escapeMarkdown('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
  });
});
