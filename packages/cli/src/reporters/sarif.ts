/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Written by hand
 * (it is small) and validated against the official schema in a test. Paths stay relative to the scan
 * root under `%SRCROOT%`, so the output has no absolute path and is the same on every machine.
 */
import type { Finding, ScanResult, SourceLocation, TraceStep } from '@lawful/core';
import type { Reporter } from './types.js';
import { PROJECT_URL, REPORTED_RULE_IDS, RULES } from './rule-meta.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Key of our fingerprint in `partialFingerprints`: versioned so a future scheme can coexist. */
export const FINGERPRINT_KEY = 'lawful/v1';

function artifactUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function physicalLocation(location: SourceLocation) {
  return {
    artifactLocation: { uri: artifactUri(location.file), uriBaseId: '%SRCROOT%' },
    region: { startLine: location.line, startColumn: location.column },
  };
}

function ruleDescriptor(rule: (typeof RULES)[number]) {
  const help = `${rule.fullDescription}\n\nGDPR: ${rule.gdpr}. Documentation: ${rule.helpUri}`;
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.shortDescription },
    fullDescription: { text: rule.fullDescription },
    helpUri: rule.helpUri,
    help: {
      text: help,
      markdown: `${rule.fullDescription}\n\n**GDPR:** ${rule.gdpr}\n\n[Documentation](${rule.helpUri})`,
    },
    defaultConfiguration: { level: rule.defaultLevel },
    properties: { tags: ['privacy', 'gdpr', rule.locatedIn === 'config' ? 'configuration' : 'data-flow'] },
  };
}

function threadFlowLocation(step: TraceStep) {
  return { location: { physicalLocation: physicalLocation(step), message: { text: step.note } } };
}

function result(finding: Finding) {
  const ruleIndex = REPORTED_RULE_IDS.indexOf(finding.ruleId);
  const relatedLocations = finding.trace.map((step, index) => ({
    id: index + 1,
    physicalLocation: physicalLocation(step),
    message: { text: step.note },
  }));
  const properties: Record<string, string> = {};
  if (finding.category !== undefined) properties.category = finding.category;
  if (finding.sink !== undefined) properties.sink = finding.sink.id;
  if (finding.activity !== undefined) properties.activity = finding.activity;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: finding.severity,
    message: { text: finding.message },
    locations: [{ physicalLocation: physicalLocation(finding.location) }],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    ...(relatedLocations.length > 0 ? { relatedLocations } : {}),
    ...(finding.trace.length > 0
      ? { codeFlows: [{ threadFlows: [{ locations: finding.trace.map(threadFlowLocation) }] }] }
      : {}),
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  };
}

export const sarifReporter: Reporter = (scan: ScanResult) => {
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lawful',
            version: scan.tool.version,
            semanticVersion: scan.tool.version,
            informationUri: PROJECT_URL,
            rules: RULES.map(ruleDescriptor),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: scan.problems.map((problem) => ({
              level: 'warning',
              message: { text: `${problem.kind}: ${problem.message}` },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: artifactUri(problem.file), uriBaseId: '%SRCROOT%' },
                    ...(problem.line !== undefined
                      ? { region: { startLine: problem.line, ...(problem.column !== undefined ? { startColumn: problem.column } : {}) } }
                      : {}),
                  },
                },
              ],
            })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: scan.findings.map(result),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
