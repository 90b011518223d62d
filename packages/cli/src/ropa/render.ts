/**
 * `lawful ropa --format markdown|csv|json`. Pure functions of the `Ropa`. Text from config and code is
 * escaped for the target format: Markdown punctuation and HTML in Markdown, RFC 4180 quoting plus a
 * guard against spreadsheet formulas in CSV.
 */
import type { Controller } from '@lawful/core';
import type { Ropa, RopaEvidence, RopaRow } from './ropa.js';

export interface RenderRopaMarkdownOptions {
  /** Evidence lines per row before "and N more" (default 10). */
  maxEvidence?: number;
}

export interface RenderRopaCsvOptions {
  /** Start with a UTF-8 byte order mark so Excel reads the file as UTF-8. */
  bom?: boolean;
}

/** Markdown text that renders as itself: HTML-significant characters as entities, Markdown punctuation escaped, one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    // Only at the start can these open a heading, list item or ordered list.
    .replace(/^([#+-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

function controllerText(controller: Controller | null): string {
  if (!controller) return 'not stated';
  const parts = [controller.name];
  if (controller.address) parts.push(controller.address);
  if (controller.contact) parts.push(`contact: ${controller.contact}`);
  parts.push(`DPO: ${controller.dpo ?? 'not stated'}`);
  if (controller.representative) parts.push(`representative: ${controller.representative}`);
  return parts.join('; ');
}

function purposeText(row: RopaRow): string {
  return row.purpose ?? 'not stated';
}

function legalBasisText(row: RopaRow): string {
  const parts = [row.legalBasisText];
  if (row.legitimateInterest) parts.push(`legitimate interest: ${row.legitimateInterest}`);
  if (row.specialCategoryConditionText) parts.push(`Art. 9 condition: ${row.specialCategoryConditionText}`);
  else if (row.categories.some((category) => category.special)) parts.push('Art. 9 condition: not stated');
  if (row.consentGuard) parts.push(`consent checked by ${row.consentGuard}`);
  return parts.join('; ');
}

function subjectsText(row: RopaRow): string {
  return row.subjects.length > 0 ? row.subjects.join(', ') : 'not stated';
}

function categoriesText(row: RopaRow): string {
  return row.categories.map((category) => `${category.name} (${category.key})${category.special ? ' [special category, Art. 9]' : ''}`).join('; ');
}

function recipientsText(row: RopaRow): string {
  if (row.recipients.length === 0) return 'none';
  return row.recipients.map((recipient) => `${recipient.name} (${[recipient.role, recipient.country].filter(Boolean).join(', ')})`).join('; ');
}

function transfersText(row: RopaRow): string {
  if (row.transfers.length === 0) return 'none';
  return row.transfers.map((transfer) => `${transfer.name} → ${transfer.country}: ${transfer.safeguard}`).join('; ');
}

function securityText(row: RopaRow): string {
  if (row.stores.length === 0) return 'no stores';
  return row.stores
    .map((store) => `${store.key}${store.location ? ` (${store.location})` : ''}: ${store.security.length > 0 ? store.security.join(', ') : 'not stated'}`)
    .join('; ');
}

function evidenceText(evidence: RopaEvidence): string {
  return `${evidence.file}:${evidence.line} ${evidence.category} → ${evidence.sinkId}${evidence.declared ? '' : ' (not declared)'}`;
}

/** The Art. 30(1) columns in order, as (heading, value) pairs; shared by Markdown and CSV. */
function art30Columns(row: RopaRow): [string, string][] {
  return [
    ['(a) Controller, DPO, representative', controllerText(row.controller)],
    ['(b) Purpose', purposeText(row)],
    ['(b) Legal basis', legalBasisText(row)],
    ['(c) Data subjects', subjectsText(row)],
    ['(c) Personal data categories', categoriesText(row)],
    ['(d) Recipients', recipientsText(row)],
    ['(e) Third-country transfers and safeguards', transfersText(row)],
    ['(f) Retention', row.retention],
    ['(g) Security measures', securityText(row)],
  ];
}

export function renderRopaMarkdown(ropa: Ropa, options: RenderRopaMarkdownOptions = {}): string {
  const maxEvidence = options.maxEvidence ?? 10;
  const out: string[] = ['# Record of processing activities (GDPR Art. 30(1))', ''];
  out.push(`**Controller:** ${escapeMarkdown(controllerText(ropa.controller))}`, '');
  out.push('| Activity | Purpose | Legal basis | Retention | Code evidence | Flags |', '|---|---|---|---|---|---|');
  for (const row of ropa.rows) {
    out.push(
      `| [${escapeMarkdown(row.activity)}](#${anchor(row.activity)}) | ${escapeMarkdown(purposeText(row))} | ${escapeMarkdown(row.legalBasisText)} | ${escapeMarkdown(row.retention)} | ${row.evidence.length} flow${row.evidence.length === 1 ? '' : 's'} | ${row.flags.length > 0 ? `⚠ ${row.flags.length}` : '—'} |`,
    );
  }
  if (ropa.rows.length === 0) out.push('| _no activities in the config_ | | | | | |');
  for (const row of ropa.rows) {
    out.push('', `## ${escapeMarkdown(row.activity)}`, '');
    if (row.description) out.push(escapeMarkdown(row.description), '');
    out.push('| Art. 30(1) | |', '|---|---|');
    for (const [heading, value] of art30Columns(row)) out.push(`| ${heading} | ${escapeMarkdown(value)} |`);
    out.push('', `**Code evidence** (${row.evidence.length} flow${row.evidence.length === 1 ? '' : 's'}):`, '');
    if (row.evidence.length === 0) out.push('- no flow in the scanned code falls under this activity');
    for (const evidence of row.evidence.slice(0, maxEvidence)) out.push(`- ${escapeMarkdown(evidenceText(evidence))}`);
    if (row.evidence.length > maxEvidence) out.push(`- and ${row.evidence.length - maxEvidence} more`);
    if (row.flags.length > 0) {
      out.push('', '**⚠ Flags:**', '');
      for (const flag of row.flags) out.push(`- ${escapeMarkdown(flag)}`);
    }
  }
  if (ropa.undeclared.length > 0) {
    out.push('', '## Processing found in the code that no activity declares', '');
    for (const evidence of ropa.undeclared.slice(0, maxEvidence)) out.push(`- ${escapeMarkdown(evidenceText(evidence))}`);
    if (ropa.undeclared.length > maxEvidence) out.push(`- and ${ropa.undeclared.length - maxEvidence} more`);
  }
  return `${out.join('\n')}\n`;
}

/** GitHub's heading anchor for a plain identifier (activity ids are `[A-Za-z][A-Za-z0-9_.-]*`). */
function anchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9_-]/g, '');
}

export const ROPA_CSV_COLUMNS = [
  'Activity',
  'Controller',
  'DPO',
  'Representative',
  'Purpose',
  'Legal basis',
  'Legitimate interest',
  'Art. 9 condition',
  'Data subjects',
  'Personal data categories',
  'Special categories',
  'Recipients',
  'Third-country transfers and safeguards',
  'Retention',
  'Security measures',
  'Code evidence',
  'Flags',
] as const;

/**
 * One CSV field per RFC 4180: quoted when it holds a quote, comma or line break, quotes doubled.
 * A field starting with `=`, `+`, `-`, `@` (or tab / carriage return) gets a leading `'` so a
 * spreadsheet shows it as text instead of running it as a formula.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderRopaCsv(ropa: Ropa, options: RenderRopaCsvOptions = {}): string {
  const lines = [ROPA_CSV_COLUMNS.map(csvField).join(',')];
  for (const row of ropa.rows) {
    const special = row.categories.filter((category) => category.special);
    const cells = [
      row.activity,
      row.controller?.name ?? 'not stated',
      row.controller?.dpo ?? 'not stated',
      row.controller?.representative ?? '',
      purposeText(row),
      row.legalBasisText,
      row.legitimateInterest ?? '',
      row.specialCategoryConditionText ?? (special.length > 0 ? 'not stated' : ''),
      subjectsText(row),
      row.categories.map((category) => `${category.name} (${category.key})`).join('\n'),
      special.map((category) => category.key).join('\n'),
      recipientsText(row),
      transfersText(row),
      row.retention,
      securityText(row),
      row.evidence.map(evidenceText).join('\n'),
      row.flags.join('\n'),
    ];
    lines.push(cells.map(csvField).join(','));
  }
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

export function renderRopaJson(ropa: Ropa): string {
  return `${JSON.stringify(ropa, null, 2)}\n`;
}
