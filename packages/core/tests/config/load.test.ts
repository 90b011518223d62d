import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CONFIG_SEARCH_PLACES,
  ConfigError,
  createConfigResolver,
  loadConfig,
  loadConfigSync,
  searchDirectories,
} from '../../src/config/load.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const validRoot = path.join(repoRoot, 'fixtures/config-valid');

async function loadFixture(name: string) {
  const directory = path.join(validRoot, name);
  return loadConfig({ cwd: directory, stopDir: directory });
}

describe('valid fixtures', () => {
  it('loads a complete YAML config with key positions', async () => {
    const loaded = await loadFixture('yaml');
    expect(loaded?.filepath).toBe(path.join(validRoot, 'yaml/lawful.config.yaml'));
    expect(loaded?.config.activities?.map((activity) => activity.id)).toEqual(['server_logs', 'newsletter', 'payments']);
    expect(loaded?.config.recipients?.stripe?.transfer).toBe('dpf');
    expect(loaded?.config.rules).toEqual({ 'stale-declaration': 'off', 'missing-retention': 'warning' });
    // `legal_basis:` of the second activity is written on line 30, column 5.
    expect(loaded?.positionOf(['activities', 1, 'legal_basis'])).toEqual({ line: 30, column: 5 });
    expect(loaded?.positionOf(['activities', 0, 'categories', 1])).toEqual({ line: 24, column: 42 });
    // Flow mappings have positions too; an absent key falls back to its closest ancestor.
    expect(loaded?.positionOf(['stores', 'sessions', 'location'])).toEqual({ line: 13, column: 52 });
    expect(loaded?.positionOf(['activities', 1, 'no_such_key'])).toEqual({ line: 28, column: 5 });
    // Without a taxonomy categories are not checked.
    expect(loaded?.unknownCategories).toBeUndefined();
  });

  it('loads JSON through the position-aware parser', async () => {
    const loaded = await loadFixture('json');
    expect(loaded?.config.activities?.[0]?.retention).toEqual({ keep: 'P90D' });
    expect(loaded?.positionOf(['activities', 0, 'legal_basis'])).toEqual({ line: 11, column: 7 });
  });

  it('loads package.json#lawful with positions inside the lawful key', async () => {
    const loaded = await loadFixture('package-json');
    expect(loaded?.filepath).toBe(path.join(validRoot, 'package-json/package.json'));
    expect(loaded?.config.activities?.[0]?.id).toBe('orders');
    expect(loaded?.positionOf(['activities', 0, 'legal_basis'])).toEqual({ line: 11, column: 9 });
    // The config root is where the `"lawful":` key is written.
    expect(loaded?.positionOf([])).toEqual({ line: 4, column: 3 });
  });

  it('loads .lawfulrc as YAML', async () => {
    const loaded = await loadFixture('lawfulrc');
    expect(loaded?.config.activities?.[0]?.retention).toEqual({ keep: 'PT12H' });
  });

  it.each(['mjs', 'cjs', 'ts'])('loads a .%s config through cosmiconfig, positions at 1:1', async (name) => {
    const loaded = await loadFixture(name);
    expect(loaded?.filepath).toBe(path.join(validRoot, name, `lawful.config.${name}`));
    expect(loaded?.config.version).toBe(1);
    expect(loaded?.config.activities).toHaveLength(1);
    expect(loaded?.positionOf(['activities', 0, 'legal_basis'])).toEqual({ line: 1, column: 1 });
  });

  it('loads YAML, JSON, package.json, .lawfulrc and .cjs synchronously with the same result', async () => {
    for (const name of ['yaml', 'json', 'package-json', 'lawfulrc', 'cjs']) {
      const directory = path.join(validRoot, name);
      const asynchronous = await loadConfig({ cwd: directory, stopDir: directory });
      const synchronous = loadConfigSync({ cwd: directory, stopDir: directory });
      expect(synchronous?.config).toEqual(asynchronous?.config);
      expect(synchronous?.positionOf(['activities', 0, 'id'])).toEqual(asynchronous?.positionOf(['activities', 0, 'id']));
    }
  });

  it('refuses an .mjs config synchronously with a clear message', () => {
    const directory = path.join(validRoot, 'mjs');
    expect(() => loadConfigSync({ cwd: directory, stopDir: directory })).toThrow(
      /lawful.config.mjs:1:1 an .mjs config cannot be loaded synchronously.*use lawful.config.yaml, .json, .cjs or .ts/,
    );
  });
});

describe('search', () => {
  let temporary: string;
  beforeEach(() => {
    temporary = mkdtempSync(path.join(os.tmpdir(), 'lawful-config-'));
  });
  afterEach(() => {
    rmSync(temporary, { recursive: true, force: true });
  });

  const write = (relative: string, text: string): string => {
    const file = path.join(temporary, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };

  it('finds the nearest config from a nested directory, up to stopDir', async () => {
    write('lawful.config.yaml', 'version: 1\nexclude: [root]\n');
    write('packages/web/.lawfulrc.json', '{ "version": 1, "exclude": ["web"] }');
    mkdirSync(path.join(temporary, 'packages/web/src/deep'), { recursive: true });
    mkdirSync(path.join(temporary, 'packages/api/src'), { recursive: true });

    const web = await loadConfig({ cwd: path.join(temporary, 'packages/web/src/deep'), stopDir: temporary });
    expect(web?.config.exclude).toEqual(['web']);
    const api = await loadConfig({ cwd: path.join(temporary, 'packages/api/src'), stopDir: temporary });
    expect(api?.config.exclude).toEqual(['root']);
    // stopDir below the root config: nothing found.
    expect(await loadConfig({ cwd: path.join(temporary, 'packages/api/src'), stopDir: path.join(temporary, 'packages') })).toBeNull();
  });

  it('stops at the nearest directory containing .git', async () => {
    write('lawful.config.yaml', 'version: 1\n');
    mkdirSync(path.join(temporary, 'repo/.git'), { recursive: true });
    mkdirSync(path.join(temporary, 'repo/src'), { recursive: true });
    expect(searchDirectories(path.join(temporary, 'repo/src'))).toEqual([path.join(temporary, 'repo/src'), path.join(temporary, 'repo')]);
    expect(await loadConfig({ cwd: path.join(temporary, 'repo/src') })).toBeNull();
    write('repo/lawful.config.yml', 'version: 1\nexclude: [repo]\n');
    expect((await loadConfig({ cwd: path.join(temporary, 'repo/src') }))?.config.exclude).toEqual(['repo']);
  });

  it('prefers lawful.config.* over .lawfulrc over package.json in one directory', async () => {
    write('package.json', '{ "name": "x", "lawful": { "version": 1, "exclude": ["package"] } }');
    expect((await loadConfig({ cwd: temporary, stopDir: temporary }))?.config.exclude).toEqual(['package']);
    write('.lawfulrc', 'version: 1\nexclude: [rc]\n');
    expect((await loadConfig({ cwd: temporary, stopDir: temporary }))?.config.exclude).toEqual(['rc']);
    write('lawful.config.json', '{ "version": 1, "exclude": ["json"] }');
    expect((await loadConfig({ cwd: temporary, stopDir: temporary }))?.config.exclude).toEqual(['json']);
    write('lawful.config.yaml', 'version: 1\nexclude: [yaml]\n');
    expect((await loadConfig({ cwd: temporary, stopDir: temporary }))?.config.exclude).toEqual(['yaml']);
    expect(CONFIG_SEARCH_PLACES[0]).toBe('lawful.config.yaml');
  });

  it('skips a package.json without a lawful key and empty files', async () => {
    write('package.json', '{ "name": "x" }');
    write('sub/package.json', '{ "name": "sub" }');
    write('sub/.lawfulrc', '');
    write('lawful.config.yaml', 'version: 1\nexclude: [root]\n');
    expect((await loadConfig({ cwd: path.join(temporary, 'sub'), stopDir: temporary }))?.config.exclude).toEqual(['root']);
  });

  it('configFile overrides the search and is relative to cwd', async () => {
    write('lawful.config.yaml', 'version: 1\nexclude: [searched]\n');
    write('config/privacy.yaml', 'version: 1\nexclude: [explicit]\n');
    const loaded = await loadConfig({ cwd: temporary, configFile: 'config/privacy.yaml' });
    expect(loaded?.config.exclude).toEqual(['explicit']);
    expect(loaded?.filepath).toBe(path.join(temporary, 'config/privacy.yaml'));
  });

  it('reports a missing configFile, a package.json without lawful key and an empty file as ConfigErrors', async () => {
    write('package.json', '{ "name": "x" }');
    write('empty.yaml', '   \n');
    await expect(loadConfig({ cwd: temporary, configFile: 'nope.yaml' })).rejects.toThrow('nope.yaml:1:1 config file not found');
    await expect(loadConfig({ cwd: temporary, configFile: 'package.json' })).rejects.toThrow('package.json:1:1 no "lawful" key in package.json');
    await expect(loadConfig({ cwd: temporary, configFile: 'empty.yaml' })).rejects.toThrow(
      'empty.yaml:1:1 the config file is empty; expected at least "version: 1"',
    );
  });

  it('reports a code config that throws, with the path relative to cwd', async () => {
    write('lawful.config.cjs', 'throw new Error("boom");\n');
    const failure = await loadConfig({ cwd: temporary, stopDir: temporary }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as ConfigError).format()).toBe('lawful.config.cjs:1:1 could not load the config: boom');
    expect((failure as ConfigError).toProblems()).toEqual([
      { file: 'lawful.config.cjs', message: 'could not load the config: boom', kind: 'config', line: 1, column: 1 },
    ]);
  });

  it('validates code configs too (without positions)', async () => {
    write('lawful.config.cjs', 'module.exports = { version: 1, activities: [{ id: "a", categories: [], legal_basis: "consnt" }] };\n');
    await expect(loadConfig({ cwd: temporary, stopDir: temporary })).rejects.toThrow(
      'lawful.config.cjs:1:1 activities[0].legal_basis: expected one of consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests; got "consnt"; did you mean "consent"?',
    );
  });

  it('never executes YAML: a JS-looking tag stays data and fails validation', async () => {
    write('lawful.config.yaml', 'version: 1\nsanitizers: !!js/function "function () { process.exit(1) }"\n');
    const failure = (await loadConfig({ cwd: temporary, stopDir: temporary }).catch((error: unknown) => error)) as ConfigError;
    expect(failure).toBeInstanceOf(ConfigError);
    expect(failure.problems.length).toBeGreaterThan(0);
  });

  it('reports $import (a cosmiconfig feature lawful does not use) as an unknown key', async () => {
    write('base.yaml', 'version: 1\n');
    write('lawful.config.yaml', '$import: base.yaml\nversion: 1\n');
    await expect(loadConfig({ cwd: temporary, stopDir: temporary })).rejects.toThrow('lawful.config.yaml:1:1 $import: unknown key "$import"');
  });

  describe('createConfigResolver', () => {
    it('caches per directory and reloads when the config changes', () => {
      const configFile = write('lawful.config.yaml', 'version: 1\nexclude: [first]\n');
      write('src/a.ts', '');
      write('src/b.ts', '');
      const resolver = createConfigResolver({ stopDir: temporary, cwd: temporary });
      const first = resolver.forFile(path.join(temporary, 'src/a.ts'));
      expect(first).not.toBeInstanceOf(ConfigError);
      expect(first && !(first instanceof ConfigError) ? first.config.exclude : undefined).toEqual(['first']);
      // Same config object while the file is unchanged.
      expect(resolver.forFile(path.join(temporary, 'src/b.ts'))).toBe(first);

      writeFileSync(configFile, 'version: 1\nexclude: [second, changed]\n');
      const future = new Date(Date.now() + 10_000);
      utimesSync(configFile, future, future);
      const second = resolver.forFile(path.join(temporary, 'src/a.ts'));
      expect(second && !(second instanceof ConfigError) ? second.config.exclude : undefined).toEqual(['second', 'changed']);

      writeFileSync(configFile, 'version: 3\n');
      const later = new Date(Date.now() + 20_000);
      utimesSync(configFile, later, later);
      const broken = resolver.forFile(path.join(temporary, 'src/a.ts'));
      expect(broken).toBeInstanceOf(ConfigError);
      expect((broken as ConfigError).format()).toBe('lawful.config.yaml:1:1 version: expected 1; got 3');
    });

    it('answers every directory on the way up from one search, and finds a nested config after clear()', () => {
      write('lawful.config.yaml', 'version: 1\nexclude: [root]\n');
      write('src/features/a/deep/x.ts', '');
      write('src/features/b.ts', '');
      const resolver = createConfigResolver({ stopDir: temporary, cwd: temporary });
      const deep = resolver.forFile(path.join(temporary, 'src/features/a/deep/x.ts'));
      expect(deep && !(deep instanceof ConfigError) ? deep.config.exclude : undefined).toEqual(['root']);
      expect(resolver.forFile(path.join(temporary, 'src/features/b.ts'))).toBe(deep);
      expect(resolver.forFile(path.join(temporary, 'src/c.ts'))).toBe(deep);

      // A config created in a directory already answered is only seen after clear() (documented).
      write('src/features/lawful.config.yaml', 'version: 1\nexclude: [features]\n');
      expect(resolver.forFile(path.join(temporary, 'src/features/b.ts'))).toBe(deep);
      resolver.clear();
      const nested = resolver.forFile(path.join(temporary, 'src/features/a/deep/x.ts'));
      expect(nested && !(nested instanceof ConfigError) ? nested.config.exclude : undefined).toEqual(['features']);
      const outside = resolver.forFile(path.join(temporary, 'src/c.ts'));
      expect(outside && !(outside instanceof ConfigError) ? outside.config.exclude : undefined).toEqual(['root']);
    });

    it('returns null without a config and finds it again after the config is deleted and recreated higher up', () => {
      write('src/a.ts', '');
      const resolver = createConfigResolver({ stopDir: temporary, cwd: temporary });
      expect(resolver.forFile(path.join(temporary, 'src/a.ts'))).toBeNull();

      const nested = write('src/lawful.config.yaml', 'version: 1\nexclude: [nested]\n');
      resolver.clear();
      write('lawful.config.yaml', 'version: 1\nexclude: [root]\n');
      const found = resolver.forFile(path.join(temporary, 'src/a.ts'));
      expect(found && !(found instanceof ConfigError) ? found.config.exclude : undefined).toEqual(['nested']);
      rmSync(nested);
      const fallback = resolver.forFile(path.join(temporary, 'src/a.ts'));
      expect(fallback && !(fallback instanceof ConfigError) ? fallback.config.exclude : undefined).toEqual(['root']);
    });
  });
});
