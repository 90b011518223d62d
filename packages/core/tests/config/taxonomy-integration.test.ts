/** The config loader against the real built-in taxonomy (packages/core/src/catalog/taxonomy.ts). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBuiltinTaxonomy } from '../../src/catalog/taxonomy.js';
import { loadConfig } from '../../src/config/load.js';

const validRoot = fileURLToPath(new URL('../../../../fixtures/config-valid/', import.meta.url));

describe('config categories against the built-in taxonomy', () => {
  it.each(['yaml', 'json', 'package-json', 'lawfulrc', 'cjs'])('%s fixture names only known categories', async (name) => {
    const directory = path.join(validRoot, name);
    const loaded = await loadConfig({ cwd: directory, stopDir: directory, taxonomy: loadBuiltinTaxonomy() });
    expect(loaded?.unknownCategories).toEqual([]);
  });

  it('reports a misspelt category with the closest built-in keys', async () => {
    const directory = path.join(validRoot, 'yaml');
    const taxonomy = loadBuiltinTaxonomy();
    const loaded = await loadConfig({ cwd: directory, stopDir: directory, taxonomy });
    expect(loaded).not.toBeNull();
    // Same file, one category misspelt: only that one is reported, located at its list item.
    const { validateConfig } = await import('../../src/config/validate.js');
    const config = structuredClone(loaded!.config);
    config.activities![1]!.categories = ['user.contact.emial', 'user.name'];
    const result = validateConfig({ filepath: loaded!.filepath, value: config, positionOf: loaded!.positionOf, taxonomy });
    expect(result.problems).toEqual([]);
    expect(result.unknownCategories.map((entry) => [entry.path, entry.value, entry.line, entry.activity])).toEqual([
      ['activities[1].categories[0]', 'user.contact.emial', 33, 'newsletter'],
    ]);
    expect(result.unknownCategories[0]?.suggestions[0]).toBe('user.contact.email');
  });
});
