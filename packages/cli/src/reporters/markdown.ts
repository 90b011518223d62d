/** `--format markdown`: a summary for pull-request comments, with a collapsible trace per finding. */
import type { Finding, Flow, ScanResult } from '@lawful/core';
import type { Reporter, ReporterOptions } from './types.js';
import { ruleDocsUrl } from './rule-meta.js';
import { NO_CONFIG_HINT, countFindings, plural } from './shared.js';

/** Table cells: no pipes, no line breaks, no raw HTML. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n/g, ' ');
}

function where(location: { file: string; line: number }): string {
  return `\`${location.file}:${location.line}\``;
}

function traceBlock(finding: Finding): string[] {
  if (finding.trace.length === 0) return [];
  return [
    '<details>',
    `<summary>${cell(finding.ruleId)} at <code>${cell(`${finding.location.file}:${finding.location.line}`)}</code>: trace</summary>`,
    '',
    ...finding.trace.map((step, index) => `${index + 1}. ${where(step)} ${cell(step.note)}`),
    '',
    '</details>',
  ];
}

function flowTable(flows: readonly Flow[]): string[] {
  return [
    '| Location | Category | Sink | Kind | Activity |',
    '|---|---|---|---|---|',
    ...flows.map(
      (flow) =>
        `| ${where(flow.location)} | \`${cell(flow.category)}\` | \`${cell(flow.sink.id)}\` | ${flow.sink.kind} | ${flow.activity ? `\`${cell(flow.activity)}\`` : ''}${flow.suppressed ? ' (suppressed)' : ''} |`,
    ),
  ];
}

export const markdownReporter: Reporter = (result: ScanResult, options: ReporterOptions = {}) => {
  const { errors, warnings } = countFindings(result.findings);
  const out: string[] = [];
  const headline =
    errors + warnings === 0
      ? `✅ no problems (${plural(result.flows.length, 'personal-data flow')} checked)`
      : `${errors > 0 ? '❌' : '⚠️'} ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  out.push(`## lawful: ${headline}`, '');

  if (options.hasConfig === false) {
    out.push(NO_CONFIG_HINT, '', ...flowTable(result.flows), '');
  }

  if (result.findings.length > 0) {
    out.push('| | Location | Rule | Message |', '|---|---|---|---|');
    for (const finding of result.findings) {
      const icon = finding.severity === 'error' ? '❌' : '⚠️';
      out.push(`| ${icon} | ${where(finding.location)} | [${finding.ruleId}](${ruleDocsUrl(finding.ruleId)}) | ${cell(finding.message)} |`);
    }
    out.push('');
    const traced = result.findings.filter((finding) => finding.trace.length > 0);
    for (const finding of traced) out.push(...traceBlock(finding), '');
  }

  if (result.problems.length > 0) {
    out.push(`### ${plural(result.problems.length, 'file')} could not be fully scanned`, '');
    for (const problem of result.problems) out.push(`- \`${problem.file}\` (${problem.kind}): ${cell(problem.message)}`);
    out.push('');
  }
  for (const note of options.notes ?? []) out.push(`> ${cell(note)}`, '');
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
};
