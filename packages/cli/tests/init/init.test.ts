import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkFlows, loadBuiltinTaxonomy, loadConfig, type Flow, type RecipientInfo } from '@lawful/core';
import { draftConfig, findExistingConfigs, readSinkCatalogRecipients, toIdentifier, writeDraftConfig, yamlString } from '../../src/init/index.js';
import { flow } from '../map/helpers.js';

const taxonomy = loadBuiltinTaxonomy();
const catalog = readSinkCatalogRecipients();

/** A small app: Prisma writes, pino logs, Redis rate limiting, Segment, Brevo over fetch, an unknown host, and `@activity` code. */
function appFlows(): Flow[] {
  return [
    flow('user.contact.email', { id: 'db/prisma/User', kind: 'database' }, 'src/signup.ts', 20),
    flow('user.name', { id: 'db/prisma/User', kind: 'database' }, 'src/signup.ts', 20),
    flow('user.contact.phone_number', { id: 'db/prisma/Address', kind: 'database' }, 'src/address.ts', 9),
    flow('user.device.ip_address', { id: 'log/pino', kind: 'log' }, 'src/server.ts', 12),
    flow('user.contact.email', { id: 'log/console', kind: 'log' }, 'src/debug.ts', 4),
    flow('user.device.ip_address', { id: 'cache/ioredis', kind: 'cache' }, 'src/rate-limit.ts', 7),
    flow('user.contact.email', { id: 'sdk/segment', kind: 'third-party', recipient: 'segment' }, 'src/track.ts', 5),
    flow('user.contact.email', { id: 'http/api.segment.io', kind: 'third-party', recipient: 'api.segment.io' }, 'src/track-http.ts', 3),
    flow('user.contact.email', { id: 'http/hooks.partner.example', kind: 'third-party', recipient: 'hooks.partner.example' }, 'src/partner.ts', 30),
    flow('user.contact.email', { id: 'http/api.brevo.com', kind: 'third-party', recipient: 'api.brevo.com' }, 'src/newsletter.ts', 15, { activity: 'newsletter' }),
    flow('user.name', { id: 'http/api.brevo.com', kind: 'third-party', recipient: 'api.brevo.com' }, 'src/newsletter.ts', 16, { activity: 'newsletter' }),
  ];
}

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lawful-init-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('draftConfig', () => {
  const text = draftConfig(appFlows(), catalog, taxonomy);

  it('starts with the schema line and a header, and is deterministic', async () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=https://unpkg.com/@lawful/core/schema/lawful.schema.json');
    expect(text).toContain('# Next steps:');
    expect(draftConfig([...appFlows()].reverse(), [...catalog].reverse(), taxonomy)).toBe(text);
    await expect(text).toMatchFileSnapshot('./__snapshots__/app.lawful.config.yaml');
  });

  it('drafts stores per sink family, recipients per SDK or host, and one activity per store/recipient', () => {
    const config = parse(text);
    expect(config.stores).toEqual({
      cache: { kind: 'cache', sinks: ['cache/*'] },
      logs: { kind: 'log', sinks: ['log/*'] },
      prisma_db: { kind: 'database', sinks: ['db/prisma/*'] },
    });
    expect(config.recipients.segment).toEqual({ name: 'Segment (Twilio)', role: 'processor', country: 'US', hosts: ['api.segment.io'] });
    expect(config.recipients.hooks_partner_example).toEqual({ name: 'hooks.partner.example', role: 'processor', hosts: ['hooks.partner.example'] });
    expect(config.activities.map((a: { id: string }) => a.id)).toEqual(['newsletter', 'cache', 'hooks_partner_example', 'logs', 'prisma_db', 'segment']);
    const prisma = config.activities.find((a: { id: string }) => a.id === 'prisma_db');
    expect(prisma).toEqual({ id: 'prisma_db', purpose: 'TODO: describe the purpose', categories: ['user.contact.email', 'user.contact.phone_number', 'user.name'], stores: ['prisma_db'] });
    expect(prisma.legal_basis).toBeUndefined();
    expect(prisma.retention).toBeUndefined();
    expect(text).toMatch(/# Flows found at:\n {2}# {3}src\/address\.ts:9 {2}user\.contact\.phone_number → db\/prisma\/Address\n/);
  });

  it('caps the code locations listed above an activity', () => {
    const many = Array.from({ length: 12 }, (_, i) => flow('user.contact.email', { id: 'log/pino', kind: 'log' }, `src/f${String(i).padStart(2, '0')}.ts`, 1));
    const capped = draftConfig(many, [], taxonomy, { maxLocations: 5 });
    expect(capped).toContain('#   src/f04.ts:1');
    expect(capped).not.toContain('src/f05.ts');
    expect(capped).toContain('#   … and 7 more');
  });

  it('loads with the config loader, and its scan reports only the TODO gaps', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'lawful.config.yaml'), text);
    const loaded = await loadConfig({ cwd: dir, stopDir: dir, taxonomy });
    expect(loaded).not.toBeNull();
    const result = checkFlows({ flows: appFlows(), config: loaded!, taxonomy, rootDir: dir });
    const kinds = [...new Set(result.findings.map((f) => f.ruleId))].sort();
    // unsafe-transfer: Segment is in the US and its safeguard is a TODO too.
    expect(kinds).toEqual(['missing-legal-basis', 'missing-retention', 'unsafe-transfer']);
    expect(result.findings.filter((f) => f.ruleId === 'unsafe-transfer').map((f) => f.message).join('\n')).toContain('segment');
    const legal = result.findings.filter((f) => f.ruleId === 'missing-legal-basis');
    expect(legal).toHaveLength(6);
  });

  it('loads for special categories and odd names, and an empty scan gives an empty draft', async () => {
    const odd: Flow[] = [
      flow('user.biometric', { id: 'file/fs', kind: 'file' }, 'src/a b/#weird\u2028name.ts', 3),
      flow('user.contact.email', { id: 'http/*', kind: 'third-party' }, 'src/x.ts', 1),
      flow('user.contact.email', { id: 'sdk/unknownvendor', kind: 'third-party', recipient: 'unknownvendor' }, 'src/y.ts', 1),
    ];
    for (const flows of [odd, []]) {
      const dir = tempDir();
      const draft = draftConfig(flows, catalog, taxonomy);
      writeFileSync(path.join(dir, 'lawful.config.yaml'), draft);
      const loaded = await loadConfig({ cwd: dir, stopDir: dir, taxonomy });
      expect(loaded?.config.version).toBe(1);
      if (flows.length > 0) {
        expect(draft).toContain('# TODO: special_category_condition:');
        expect(loaded!.config.recipients!.unknown_hosts!.sinks).toEqual(['http/\\*']);
        const kinds = new Set(checkFlows({ flows, config: loaded!, taxonomy, rootDir: dir }).findings.map((f) => f.ruleId));
        // unsafe-transfer: the two recipients have no known country, a TODO of the draft.
        expect([...kinds].sort()).toEqual(['missing-legal-basis', 'missing-retention', 'unsafe-transfer']);
      }
    }
  });

  it('writes identifiers and strings that read back exactly', () => {
    expect(toIdentifier('api.example.com')).toBe('api_example_com');
    expect(toIdentifier('123.example')).toBe('entry_123_example');
    expect(yamlString('yes')).toBe('"yes"');
    expect(parse(`k: ${yamlString('a: b # c\u2028"d"')}`)).toEqual({ k: 'a: b # c\u2028"d"' });
  });
});

describe('readSinkCatalogRecipients', () => {
  it('reads recipients from the sink catalog, sorted by key', () => {
    const keys = catalog.map((info: RecipientInfo) => info.key);
    expect(keys).toEqual([...keys].sort());
    expect(catalog.find((info) => info.key === 'segment')).toMatchObject({ name: 'Segment (Twilio)', country: 'US' });
  });
});

describe('writeDraftConfig', () => {
  it('writes lawful.config.yaml when there is no config', () => {
    const dir = tempDir();
    const result = writeDraftConfig(dir, 'version: 1\n');
    expect(result).toMatchObject({ written: true, path: path.join(dir, 'lawful.config.yaml') });
    expect(readFileSync(result.path, 'utf8')).toBe('version: 1\n');
  });

  it.each(['lawful.config.yaml', '.lawfulrc.json', 'lawful.config.ts'])('never overwrites an existing %s without force', (name) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, name), 'original');
    const result = writeDraftConfig(dir, 'version: 1\n');
    expect(result.written).toBe(false);
    expect(result.message).toContain(name);
    expect(result.message).toContain('--force');
    expect(readFileSync(path.join(dir, name), 'utf8')).toBe('original');
  });

  it('counts package.json only with a lawful key', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x' }));
    expect(findExistingConfigs(dir)).toEqual([]);
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', lawful: { version: 1 } }));
    expect(findExistingConfigs(dir)).toEqual(['package.json#lawful']);
    expect(writeDraftConfig(dir, 'version: 1\n').written).toBe(false);
  });

  it('overwrites with force and warns about other configs that would shadow the draft', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'lawful.config.yaml'), 'old');
    writeFileSync(path.join(dir, '.lawfulrc.json'), '{}');
    const result = writeDraftConfig(dir, 'version: 1\n', { force: true });
    expect(result.written).toBe(true);
    expect(readFileSync(path.join(dir, 'lawful.config.yaml'), 'utf8')).toBe('version: 1\n');
    expect(result.message).toContain('.lawfulrc.json');
  });
});
