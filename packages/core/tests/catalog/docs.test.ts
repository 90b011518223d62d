import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBuiltinTaxonomy, renderCategoryTable, replaceCategoryTable } from '@lawful/core';

const docsPage = join(dirname(fileURLToPath(import.meta.url)), '../../../../docs/taxonomy.md');

describe('docs/taxonomy.md', () => {
  it('lists every category of the catalog (LAWFUL_UPDATE_DOCS=1 regenerates the table)', () => {
    const taxonomy = loadBuiltinTaxonomy();
    const page = readFileSync(docsPage, 'utf8');
    const expected = replaceCategoryTable(page, renderCategoryTable(taxonomy));
    if (process.env.LAWFUL_UPDATE_DOCS === '1' && expected !== page) writeFileSync(docsPage, expected);
    else expect(page, 'run: LAWFUL_UPDATE_DOCS=1 pnpm vitest run packages/core/tests/catalog/docs.test.ts').toBe(expected);
    for (const key of taxonomy.keys()) expect(expected).toContain(`| \`${key}\` |`);
  });

  it('names every lawful extension in its extensions table', () => {
    const page = readFileSync(docsPage, 'utf8');
    const taxonomy = loadBuiltinTaxonomy();
    const section = page.slice(page.indexOf('## Lawful extensions'), page.indexOf('## Adding categories'));
    for (const entry of taxonomy.entries().filter((candidate) => candidate.lawfulExtension)) {
      expect(section).toContain(`\`${entry.key}\``);
    }
  });

  it('credits fideslang', () => {
    expect(readFileSync(docsPage, 'utf8')).toMatch(/fideslang[\s\S]*CC BY 4\.0/);
  });
});
