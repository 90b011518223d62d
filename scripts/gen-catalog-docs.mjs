#!/usr/bin/env node
// Generates docs/catalog.md from the YAML catalogs in rules/ (sinks, and categories, sources and
// sanitizers when those folders hold files). The output depends only on the files' contents, in
// sorted order, so the catalog test can check that the committed page is up to date.
//
//   node scripts/gen-catalog-docs.mjs           write docs/catalog.md
//   node scripts/gen-catalog-docs.mjs --check   exit 1 when docs/catalog.md is stale

import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const rulesDir = join(repoRoot, 'rules');
const outputFile = join(repoRoot, 'docs/catalog.md');

/** Sink families in reading order: id prefix → section title. */
const SINK_FAMILIES = [
  ['log', 'Logging', 'Loggers that write to the application\'s own output (console, files, its log pipeline), whatever their transport.'],
  ['db', 'Databases', 'Writes only: create, insert, update, upsert, save. Reads, deletes and `where:` filters are not flows.'],
  ['cache', 'Caches', 'Writes only; a value in a key is stored too (`incr(`login:${ip}`)` stores the IP).'],
  ['file', 'Files', 'File writes, including the file name.'],
  ['cookie', 'Cookies', 'Cookies set on the visitor\'s browser.'],
  ['browser', 'Browser storage', 'Web Storage and IndexedDB writes.'],
  ['object-storage', 'Object storage', 'Uploads to object stores; the send of a built command is the sink.'],
  ['sdk', 'Third-party SDKs', 'Every call that transmits data to the vendor, reads and context-setting calls included.'],
  ['http', 'HTTP clients', 'Requests to an external host known at analysis time are `http/<host>`; unknown hosts are `http/*`; loopback, private ranges, `*.internal` and `*.local` are not third parties.'],
];

function yamlFiles(subdir) {
  const dir = join(rulesDir, subdir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => /\.ya?ml$/.test(file) && !file.startsWith('_'))
    .sort()
    .map((file) => ({ file: `rules/${subdir}/${file}`, data: parse(readFileSync(join(dir, file), 'utf8')) ?? {} }));
}

/** Case-insensitive, then code-point order: the same bytes on every machine, whatever its locale. */
function compare(a, b) {
  const lowerA = a.toLowerCase();
  const lowerB = b.toLowerCase();
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Escapes text for a Markdown table cell. */
function cell(text) {
  return String(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function code(text) {
  return `\`${cell(text)}\``;
}

function describeArgs(call) {
  const parts = [];
  if (call.when) {
    const conditions = Object.entries(call.when)
      .sort(([a], [b]) => compare(a, b))
      .map(([key, value]) => `${key} = ${Array.isArray(value) ? value.join(' / ') : value}`);
    parts.push(`when ${conditions.join(', ')}`);
  }
  if (call.url !== undefined) parts.push(`url ${call.url}`);
  const args = call.args ?? 'all';
  parts.push(`args ${Array.isArray(args) ? args.join(', ') : args}`);
  return parts.join('; ');
}

function renderSinks(files) {
  const rows = [];
  for (const { file, data } of files) {
    for (const rule of data.sinks ?? []) {
      const calls = [
        ...(rule.calls ?? []).map((call) => `${code(call.path)} (${cell(describeArgs(call))})`),
        ...(rule.assignments ?? []).map((target) => `${code(`${target} = …`)}`),
      ];
      rows.push({
        family: String(rule.id).split('/')[0],
        library: data.library,
        docs: data.docs,
        modules: rule.global ? '(global)' : (rule.modules ?? []).map((module) => code(module)).join(', '),
        id: rule.id,
        kind: rule.kind,
        recipient: rule.recipient ?? '',
        country: rule.recipient && data.recipient?.key === rule.recipient ? (data.recipient.country ?? '—') : '',
        calls: calls.join('<br>'),
        file,
      });
    }
  }
  const lines = ['## Sinks', '', `${rows.length} sink rules in ${files.length} files under \`rules/sinks/\`. How to add one: [adding-a-sink.md](adding-a-sink.md).`, ''];
  for (const [prefix, title, intro] of SINK_FAMILIES) {
    const familyRows = rows
      .filter((row) => row.family === prefix)
      .sort((a, b) => compare(a.library, b.library) || compare(a.id, b.id) || compare(a.file, b.file));
    if (familyRows.length === 0) continue;
    lines.push(`### ${title}`, '', intro, '');
    lines.push('| Library | Module(s) | Sink id | Kind | Recipient | Country | Calls |', '|---|---|---|---|---|---|---|');
    for (const row of familyRows) {
      const library = row.docs ? `[${cell(row.library)}](${row.docs})` : cell(row.library);
      lines.push(`| ${library} | ${row.modules} | ${code(row.id)} | ${row.kind} | ${cell(row.recipient)} | ${cell(row.country)} | ${row.calls} |`);
    }
    lines.push('');
  }
  const recipients = files
    .filter(({ data }) => data.recipient)
    .map(({ data }) => data.recipient)
    .sort((a, b) => compare(a.key, b.key));
  if (recipients.length > 0) {
    lines.push('### Recipients', '', 'Vendor defaults used by `lawful init` and the transfer checks. A blank country means the code does not say where the data goes (an SMTP relay, an OTLP exporter): declare it in the config.', '');
    lines.push('| Key | Name | Country | What they do | API hosts |', '|---|---|---|---|---|');
    for (const recipient of recipients) {
      const hosts = (recipient.hosts ?? []).map((host) => code(host)).join(', ');
      lines.push(`| ${code(recipient.key)} | ${cell(recipient.name)} | ${cell(recipient.country ?? '')} | ${cell(recipient.category ?? '')} | ${hosts} |`);
    }
    lines.push('');
  }
  return lines;
}

function renderCategories(files) {
  const entries = files.flatMap(({ data }) => data.categories ?? []).sort((a, b) => compare(a.key, b.key));
  const lines = [
    '## Data categories',
    '',
    `${entries.length} categories from \`rules/categories/\`. Keys follow the [fideslang](https://github.com/ethyca/fideslang) taxonomy (CC BY 4.0); names and descriptions are lawful's own. **Art. 9** marks GDPR special categories; *extension* marks keys lawful adds where fideslang has none.`,
    '',
    '| Key | Name | Aliases | Notes |',
    '|---|---|---|---|',
  ];
  for (const entry of entries) {
    const notes = [entry.special ? '**Art. 9**' : '', entry.lawfulExtension ? '*extension*' : '', entry.needsPersonContext ? 'needs a person-like owner' : '']
      .filter(Boolean)
      .join(', ');
    const aliases = (entry.aliases ?? []).map((alias) => code(alias)).join(', ');
    lines.push(`| ${code(entry.key)} | ${cell(entry.name)} | ${aliases} | ${notes} |`);
  }
  lines.push('');
  return lines;
}

function renderSanitizers(files) {
  const entries = files
    .flatMap(({ data }) => data.sanitizers ?? [])
    .sort((a, b) => compare(String(a.path), String(b.path)) || compare((a.modules ?? []).join(), (b.modules ?? []).join()));
  const lines = ['## Sanitizers', '', `${entries.length} built-in sanitizers from \`rules/sanitizers/\`: a call to one returns a value that carries no category.`, '', '| Function | Module(s) | Description |', '|---|---|---|'];
  for (const entry of entries) {
    const modules = entry.global ? '(global)' : (entry.modules ?? []).map((module) => code(module)).join(', ');
    lines.push(`| ${code(entry.path)} | ${modules} | ${cell(entry.description ?? '')} |`);
  }
  lines.push('');
  return lines;
}

/** Sources are described by their own template; render any list of records generically. */
function renderSources(files) {
  const lines = ['## Framework sources', '', `From \`rules/sources/\` (format: \`rules/sources/_template.yaml\`).`, ''];
  for (const { file, data } of files) {
    lines.push(`### ${cell(data.framework ?? data.library ?? data.name ?? file.replace(/^.*\//, ''))}`, '', `\`${file}\``, '');
    for (const value of Object.values(data)) {
      if (!Array.isArray(value) || !value.every((item) => item && typeof item === 'object' && !Array.isArray(item))) continue;
      const columns = [...new Set(value.flatMap((item) => Object.keys(item)))];
      lines.push(`| ${columns.map(cell).join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`);
      for (const item of value) {
        const cells = columns.map((column) => {
          const raw = item[column];
          if (raw === undefined) return '';
          if (typeof raw === 'object') return code(JSON.stringify(raw));
          return cell(raw);
        });
        lines.push(`| ${cells.join(' | ')} |`);
      }
      lines.push('');
    }
  }
  return lines;
}

export function renderCatalogDocs() {
  const lines = [
    '# Catalog reference',
    '',
    '<!-- Generated by `node scripts/gen-catalog-docs.mjs` from rules/. Do not edit by hand. -->',
    '',
    'What lawful knows out of the box: where personal data can go (sinks), what it is (categories),',
    'where frameworks hand it to your code (sources) and which functions make it safe (sanitizers).',
    'Sinks are matched by the import-resolved module and call, never by a bare name, except true',
    'globals (`console`, `fetch`, `document.cookie`, `localStorage`, snippet globals such as `gtag`).',
    '',
  ];
  const sinks = yamlFiles('sinks');
  if (sinks.length > 0) lines.push(...renderSinks(sinks));
  const categories = yamlFiles('categories');
  if (categories.length > 0) lines.push(...renderCategories(categories));
  const sources = yamlFiles('sources');
  if (sources.length > 0) lines.push(...renderSources(sources));
  const sanitizers = yamlFiles('sanitizers');
  if (sanitizers.length > 0) lines.push(...renderSanitizers(sanitizers));
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const generated = renderCatalogDocs();
  if (process.argv.includes('--check')) {
    const current = existsSync(outputFile) ? readFileSync(outputFile, 'utf8') : '';
    if (current !== generated) {
      console.error('docs/catalog.md is out of date: run `node scripts/gen-catalog-docs.mjs`');
      process.exit(1);
    }
    console.log('docs/catalog.md is up to date');
  } else {
    writeFileSync(outputFile, generated);
    console.log('wrote docs/catalog.md');
  }
}
