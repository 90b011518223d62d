import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CategoryEntry, TaxonomyLike } from '@lawful/core';
import { ConfigError, loadConfig } from '../../src/config/load.js';
import { formatKeyPath } from '../../src/config/validate.js';
import { closestMatches, didYouMean } from '../../src/config/suggest.js';

/** A tiny taxonomy standing in for the built-in catalog: keys, one alias, one special category. */
function tinyTaxonomy(): TaxonomyLike {
  const entries: CategoryEntry[] = [
    { key: 'user', name: 'User data', description: '' },
    { key: 'user.contact', name: 'Contact', description: '' },
    { key: 'user.contact.email', name: 'Email', description: '', aliases: ['email'] },
    { key: 'user.contact.phone_number', name: 'Phone', description: '' },
    { key: 'user.device', name: 'Device', description: '' },
    { key: 'user.device.ip_address', name: 'IP address', description: '', aliases: ['ip'] },
    { key: 'user.unique_id', name: 'Unique id', description: '' },
    { key: 'user.health_and_medical', name: 'Health', description: '', special: true },
  ];
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  const aliases = new Map(entries.flatMap((entry) => (entry.aliases ?? []).map((alias) => [alias, entry.key] as const)));
  return {
    resolve: (keyOrAlias) => (byKey.has(keyOrAlias) ? keyOrAlias : aliases.get(keyOrAlias)),
    keys: () => [...byKey.keys()].sort(),
    get: (key) => byKey.get(key),
    covers: (ancestor, key) => key === ancestor || key.startsWith(`${ancestor}.`),
    isSpecial: (key) => entries.some((entry) => entry.special && (key === entry.key || key.startsWith(`${entry.key}.`))),
  };
}

describe('category checks against a taxonomy', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'lawful-validate-'));
  });
  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });
  const load = (yaml: string) => {
    writeFileSync(path.join(directory, 'lawful.config.yaml'), yaml);
    return loadConfig({ cwd: directory, stopDir: directory, taxonomy: tinyTaxonomy() });
  };

  it('collects unknown activity categories without failing the load; aliases and extensions resolve', async () => {
    const loaded = await load(
      [
        'version: 1',
        'taxonomy:',
        '  extend:',
        '    - { key: user.unique_id.loyalty_number, parent: user.unique_id, name: Loyalty card number }',
        'activities:',
        '  - id: newsletter',
        '    categories: [email, user.contact.emial, user.unique_id.loyalty_number]',
        '  - id: health',
        '    categories: [user.health_and_medical, ip]',
        '',
      ].join('\n'),
    );
    expect(loaded?.unknownCategories).toEqual([
      {
        path: 'activities[0].categories[1]',
        keyPath: ['activities', 0, 'categories', 1],
        value: 'user.contact.emial',
        line: 7,
        column: 25,
        activity: 'newsletter',
        suggestions: ['user.contact.email', 'user.contact', 'user.device'],
      },
    ]);
  });

  it('fails on unknown categories in taxonomy.extend parents and detect.names, listing the closest keys', async () => {
    const failure = (await load(
      [
        'version: 1',
        'taxonomy:',
        '  extend:',
        '    - { key: user.unique_id.loyalty_number, parent: user.uniqueid, name: Loyalty card number }',
        '    - { key: user.contact.fax, parent: user.device, name: Fax }',
        '    - { key: user.contact.email, parent: user.contact, name: Email again }',
        'detect:',
        '  names:',
        '    user.contact.mail: [mailAddr]',
        '    email: [eMail]',
        '',
      ].join('\n'),
    ).catch((error: unknown) => error)) as ConfigError;
    expect(failure).toBeInstanceOf(ConfigError);
    expect(failure.format().split('\n')).toEqual([
      'lawful.config.yaml:4:45 taxonomy.extend[0].parent: unknown category "user.uniqueid"; closest known keys: user.unique_id, user.device, user.contact',
      'lawful.config.yaml:5:9 taxonomy.extend[1].key: expected a key under its parent, starting with "user.device."; got "user.contact.fax"',
      'lawful.config.yaml:6:9 taxonomy.extend[2].key: category "user.contact.email" already exists in the taxonomy; extend only adds new keys',
      'lawful.config.yaml:9:5 detect.names["user.contact.mail"]: unknown category "user.contact.mail"; closest known keys: user.contact.email, user.contact.fax, user.contact',
    ]);
  });

  it('does not fail on findings that belong to policy evaluation (missing interest, Art. 9 condition)', async () => {
    const loaded = await load(
      [
        'version: 1',
        'activities:',
        '  - id: fraud',
        '    legal_basis: legitimate_interests',
        '    categories: [user.health_and_medical]',
        '',
      ].join('\n'),
    );
    expect(loaded?.config.activities?.[0]?.legal_basis).toBe('legitimate_interests');
    expect(loaded?.unknownCategories).toEqual([]);
  });
});

describe('messages', () => {
  it('formats key paths', () => {
    expect(formatKeyPath([])).toBe('');
    expect(formatKeyPath(['activities', 2, 'legal_basis'])).toBe('activities[2].legal_basis');
    expect(formatKeyPath(['detect', 'names', 'user.contact.email'])).toBe('detect.names["user.contact.email"]');
    expect(formatKeyPath(['rules', 'undeclared-logging'])).toBe('rules.undeclared-logging');
  });

  it('suggests near misses and abbreviations only', () => {
    expect(didYouMean('retension', ['retention', 'recipients'])).toBe('retention');
    expect(didYouMean('legal-basis', ['legal_basis'])).toBe('legal_basis');
    expect(didYouMean('warn', ['error', 'warning', 'off'])).toBe('warning');
    expect(didYouMean('regulator', ['controller', 'processor', 'authority'])).toBeUndefined();
    expect(closestMatches('user.email', ['user.contact.email', 'user.device', 'user.name'], 1)).toEqual(['user.contact.email']);
  });

  it('reports every problem of a file at once, in file order', async () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'lawful-validate-'));
    try {
      writeFileSync(
        path.join(directory, 'lawful.config.yaml'),
        'version: 1\nactivities:\n  - id: a\n    categories: []\n    legal_basis: consnt\n    retention: { keep: 14d }\n  - categories: [x]\n',
      );
      const failure = (await loadConfig({ cwd: directory, stopDir: directory }).catch((error: unknown) => error)) as ConfigError;
      expect(failure.problems.map((problem) => `${problem.line}:${problem.column} ${problem.path}`)).toEqual([
        '5:5 activities[0].legal_basis',
        '6:18 activities[0].retention.keep',
        '7:5 activities[1]',
      ]);
      expect(failure.problems[2]?.message).toBe('missing required key "id"');
      // Printed paths are relative to the cwd given to format().
      expect(failure.format(path.dirname(directory)).split('\n')[0]).toMatch(
        new RegExp(`^${path.basename(directory)}/lawful.config.yaml:5:5 `),
      );
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
