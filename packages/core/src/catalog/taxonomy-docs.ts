/**
 * The category table of docs/taxonomy.md, generated from the catalog so the docs cannot drift:
 * a test compares it with the page (and rewrites the page when LAWFUL_UPDATE_DOCS=1).
 */
import type { Taxonomy } from './taxonomy.js';

export const CATEGORY_TABLE_START = '<!-- categories:start (generated from rules/categories; do not edit) -->';
export const CATEGORY_TABLE_END = '<!-- categories:end -->';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Markdown table of every category: key, name, aliases, flags, example names. Sorted by key. */
export function renderCategoryTable(taxonomy: Taxonomy): string {
  const rows = taxonomy.entries().map((entry) => {
    const flags = [
      taxonomy.isSpecial(entry.key) ? 'Art. 9' : '',
      entry.lawfulExtension ? 'lawful extension' : '',
      entry.needsPersonContext ? 'person context' : '',
    ].filter(Boolean);
    const examples = [...(entry.names ?? []).slice(0, 4), ...(entry.contextNames ?? []).slice(0, 2).map((name) => `${name}*`)];
    return `| \`${entry.key}\` | ${cell(entry.name)} | ${(entry.aliases ?? []).map((alias) => `\`${alias}\``).join(', ')} | ${flags.join(', ')} | ${examples.map((name) => `\`${cell(name)}\``).join(', ')} |`;
  });
  return [
    '| Key | Name | Aliases | Flags | Example names (`*` = person context only) |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** Replaces the generated table between the markers of a docs page; throws when a marker is missing. */
export function replaceCategoryTable(page: string, table: string): string {
  const start = page.indexOf(CATEGORY_TABLE_START);
  const end = page.indexOf(CATEGORY_TABLE_END);
  if (start === -1 || end === -1 || end < start) throw new Error('docs page has no category table markers');
  return `${page.slice(0, start + CATEGORY_TABLE_START.length)}\n${table}\n${page.slice(end)}`;
}
