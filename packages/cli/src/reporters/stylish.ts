/**
 * `--format stylish`: for people at a terminal. Grouped by file, each finding with a code frame of
 * the sink line and the trace from source to sink, then a summary line.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Finding, Flow, ScanResult, TraceStep } from '@lawful/core';
import type { Reporter, ReporterOptions } from './types.js';
import { NO_CONFIG_HINT, countFindings, groupByFile, plural, sourceLine } from './shared.js';

function codeFrame(chalk: ChalkInstance, text: string, line: number, column: number): string[] {
  const gutter = String(line);
  const pointerIndent = text.slice(0, Math.max(0, column - 1)).replace(/[^\t]/g, ' ');
  return [
    `    ${chalk.dim(`${gutter} |`)} ${text}`,
    `    ${' '.repeat(gutter.length)} ${chalk.dim('|')} ${pointerIndent}${chalk.red('^')}`,
  ];
}

function traceLines(chalk: ChalkInstance, trace: readonly TraceStep[]): string[] {
  return trace.map((step, index) => {
    const arrow = index === 0 ? ' ' : '→';
    return `    ${chalk.dim(arrow)} ${chalk.cyan(`${step.file}:${step.line}`)}  ${step.note}`;
  });
}

function findingLines(chalk: ChalkInstance, finding: Finding, options: ReporterOptions): string[] {
  const position = `${finding.location.line}:${finding.location.column}`;
  const severity = finding.severity === 'error' ? chalk.red('error') : chalk.yellow('warning');
  const lines = [`  ${chalk.dim(position)}  ${severity}  ${finding.message}  ${chalk.dim(finding.ruleId)}`];
  const text = sourceLine(options.readFile, finding.location.file, finding.location.line);
  if (text !== undefined) lines.push(...codeFrame(chalk, text, finding.location.line, finding.location.column));
  if (finding.trace.length > 0) lines.push(...traceLines(chalk, finding.trace));
  return lines;
}

function flowLines(chalk: ChalkInstance, flow: Flow): string[] {
  const position = `${flow.location.line}:${flow.location.column}`;
  const suppressed = flow.suppressed ? chalk.dim('  (suppressed)') : '';
  const confidence = flow.confidence === 'inferred' ? chalk.dim('  (inferred from a name)') : '';
  return [
    `  ${chalk.dim(position)}  ${flow.category} → ${chalk.bold(flow.sink.id)} ${chalk.dim(`(${flow.sink.kind})`)}${confidence}${suppressed}`,
  ];
}

export const stylishReporter: Reporter = (result: ScanResult, options: ReporterOptions = {}) => {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];

  if (options.hasConfig === false) {
    for (const [file, flows] of groupByFile(result.flows, (flow) => flow.location.file)) {
      out.push(chalk.underline(file), ...flows.flatMap((flow) => flowLines(chalk, flow)), '');
    }
    out.push(`${plural(result.flows.length, 'personal-data flow')} found.`, NO_CONFIG_HINT);
  }

  for (const [file, findings] of groupByFile(result.findings, (finding) => finding.location.file)) {
    out.push(chalk.underline(file));
    for (const finding of findings) out.push(...findingLines(chalk, finding, options));
    out.push('');
  }

  if (result.problems.length > 0) {
    out.push(chalk.yellow(`${plural(result.problems.length, 'file')} could not be fully scanned:`));
    for (const problem of result.problems) {
      const at = problem.line !== undefined ? `:${problem.line}${problem.column !== undefined ? `:${problem.column}` : ''}` : '';
      out.push(`  ${problem.file}${at}  ${chalk.dim(problem.kind)}  ${problem.message}`);
    }
    out.push('');
  }

  const { errors, warnings } = countFindings(result.findings);
  const total = errors + warnings;
  if (total > 0) {
    const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
    out.push(errors > 0 ? chalk.red.bold(summary) : chalk.yellow.bold(summary));
  } else if (options.hasConfig !== false) {
    out.push(chalk.green(`✔ no problems (${plural(result.flows.length, 'personal-data flow')} checked)`));
  }
  for (const note of options.notes ?? []) out.push(chalk.dim(note));
  return `${out.join('\n')}\n`;
};
