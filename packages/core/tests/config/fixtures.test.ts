/**
 * Every folder of fixtures/config-invalid holds one broken config and, in expected.txt, the exact
 * output of `ConfigError.format()`. Run with LAWFUL_UPDATE_FIXTURES=1 to rewrite expected.txt after
 * an intended message change (then read the diff).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadConfigSync } from '../../src/config/load.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const invalidRoot = path.join(repoRoot, 'fixtures/config-invalid');
const updateExpected = process.env.LAWFUL_UPDATE_FIXTURES === '1';

const invalidFixtures = readdirSync(invalidRoot, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('fixtures/config-invalid', () => {
  it('has at least 12 different broken configs', () => {
    expect(invalidFixtures.length).toBeGreaterThanOrEqual(12);
  });

  it.each(invalidFixtures)('%s fails with the expected problems', async (name) => {
    const directory = path.join(invalidRoot, name);
    const expectedFile = path.join(directory, 'expected.txt');
    const error = await loadConfig({ cwd: directory, stopDir: directory }).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(ConfigError);
    const formatted = `${(error as ConfigError).format()}\n`;
    if (updateExpected || !existsSync(expectedFile)) writeFileSync(expectedFile, formatted);
    expect(formatted).toBe(readFileSync(expectedFile, 'utf8'));

    // The synchronous loader (ESLint plugin) reports exactly the same.
    let syncError: unknown;
    try {
      loadConfigSync({ cwd: directory, stopDir: directory });
    } catch (failure) {
      syncError = failure;
    }
    expect((syncError as ConfigError).format()).toBe((error as ConfigError).format());
  });
});
