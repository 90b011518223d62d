/**
 * `--format json`: the machine contract of DESIGN.md ("JSON output"). Keys are written in the
 * contract's order; analyzer-internal fields (`guards`) are left out.
 */
import type { Finding, Flow, Problem, ScanResult, SinkRef, SourceLocation, TraceStep } from '@lawful/core';
import type { Reporter } from './types.js';

function location(value: SourceLocation): SourceLocation {
  return { file: value.file, line: value.line, column: value.column };
}

function sink(value: SinkRef): SinkRef {
  return { id: value.id, kind: value.kind, ...(value.recipient !== undefined ? { recipient: value.recipient } : {}) };
}

function trace(steps: readonly TraceStep[]): TraceStep[] {
  return steps.map((step) => ({ file: step.file, line: step.line, column: step.column, note: step.note }));
}

export function flowToJson(flow: Flow): Record<string, unknown> {
  return {
    category: flow.category,
    confidence: flow.confidence,
    sink: sink(flow.sink),
    location: location(flow.location),
    ...(flow.activity !== undefined ? { activity: flow.activity } : {}),
    trace: trace(flow.trace),
    ...(flow.suppressed ? { suppressed: true } : {}),
  };
}

export function findingToJson(finding: Finding): Record<string, unknown> {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    ...(finding.category !== undefined ? { category: finding.category } : {}),
    ...(finding.sink !== undefined ? { sink: sink(finding.sink) } : {}),
    location: location(finding.location),
    trace: trace(finding.trace),
    fingerprint: finding.fingerprint,
  };
}

function problemToJson(problem: Problem): Record<string, unknown> {
  return {
    file: problem.file,
    message: problem.message,
    kind: problem.kind,
    ...(problem.line !== undefined ? { line: problem.line } : {}),
    ...(problem.column !== undefined ? { column: problem.column } : {}),
  };
}

export const jsonReporter: Reporter = (result: ScanResult) => {
  const output = {
    tool: { name: result.tool.name, version: result.tool.version },
    root: result.root,
    flows: result.flows.map(flowToJson),
    findings: result.findings.map(findingToJson),
    problems: result.problems.map(problemToJson),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
};
