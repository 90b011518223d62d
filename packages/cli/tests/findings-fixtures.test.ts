/**
 * Policy findings against hand-written expectations (`expected-findings.json`) in every fixture under
 * `fixtures/findings` (one positive and one near-identical negative per finding id, plus suppressions),
 * `fixtures/policy-apps` (the seed policies applied to sample apps) and `fixtures/apps` (the demo apps).
 * Findings are compared by (file, line, ruleId, category); recall and precision are printed per fixture
 * and must both reach 95% in total. Also: byte-identical JSON across runs, and fingerprints that survive
 * lines added above a finding.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FINDING_IDS, type Finding } from '@lawful/core';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';
import { reporters } from '../src/reporters/index.js';

const fixturesDir = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

interface ExpectedFinding {
  file: string;
  line: number;
  ruleId: string;
  category?: string;
  why: string;
}

/** Every directory below `root` (itself included) that holds an `expected-findings.json`. */
function fixtureDirsUnder(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  const found: string[] = [];
  const visit = (dir: string): void => {
    if (fs.existsSync(path.join(dir, 'expected-findings.json'))) found.push(dir);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'src') visit(path.join(dir, entry.name));
    }
  };
  visit(root);
  return found;
}

const fixtureDirs = ['findings', 'policy-apps', 'apps']
  .flatMap((group) => fixtureDirsUnder(path.join(fixturesDir, group)))
  .sort();
const nameOf = (dir: string): string => path.relative(fixturesDir, dir).split(path.sep).join('/');

const keyOf = (finding: { file: string; line: number; ruleId: string; category?: string | undefined }): string =>
  `${finding.file}:${finding.line} ${finding.ruleId} ${finding.category ?? '-'}`;
const keyOfActual = (finding: Finding): string =>
  keyOf({ file: finding.location.file, line: finding.location.line, ruleId: finding.ruleId, category: finding.category });

/** Multiset difference: two findings may share a key (same line, category and rule, different sinks). */
function countKeys(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
function missingFrom(wanted: readonly string[], present: readonly string[]): string[] {
  const available = countKeys(present);
  const missing: string[] = [];
  for (const key of wanted) {
    const left = available.get(key) ?? 0;
    if (left > 0) available.set(key, left - 1);
    else missing.push(key);
  }
  return missing;
}

function readExpected(dir: string): ExpectedFinding[] {
  const parsed = JSON.parse(fs.readFileSync(path.join(dir, 'expected-findings.json'), 'utf8')) as { findings: ExpectedFinding[] };
  return parsed.findings;
}

const totals = { expected: 0, actual: 0, truePositives: 0 };
const percent = (part: number, whole: number): string => (whole === 0 ? '100.0' : ((part / whole) * 100).toFixed(1));

describe('finding fixtures', () => {
  it('has a positive and a negative fixture for every finding id, and the suppression pair', () => {
    const names = new Set(fixtureDirs.map(nameOf));
    for (const id of FINDING_IDS) {
      expect(names, id).toContain(`findings/${id}/positive`);
      expect(names, id).toContain(`findings/${id}/negative`);
    }
    expect(names).toContain('findings/suppression/valid');
    expect(names).toContain('findings/suppression/missing-reason');
  });

  it('expected-findings.json files are sorted by file, line, ruleId, category and explain every finding', () => {
    for (const dir of fixtureDirs) {
      const expected = readExpected(dir);
      const sorted = [...expected].sort(
        (a, b) =>
          (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
          a.line - b.line ||
          (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
          ((a.category ?? '') < (b.category ?? '') ? -1 : (a.category ?? '') > (b.category ?? '') ? 1 : 0),
      );
      expect(expected, nameOf(dir)).toEqual(sorted);
      for (const finding of expected) expect(finding.why.trim().length, `${nameOf(dir)} ${keyOf(finding)}`).toBeGreaterThan(10);
    }
  });

  for (const dir of fixtureDirs) {
    const name = nameOf(dir);
    it(name, async () => {
      const expectedKeys = readExpected(dir).map(keyOf);
      const { result } = await scan({ dir });
      const actualKeys = result.findings.map(keyOfActual);
      const missed = missingFrom(expectedKeys, actualKeys);
      const extra = missingFrom(actualKeys, expectedKeys);
      const truePositives = expectedKeys.length - missed.length;
      totals.expected += expectedKeys.length;
      totals.actual += actualKeys.length;
      totals.truePositives += truePositives;
      console.log(
        `${name}: recall ${percent(truePositives, expectedKeys.length)}% (${truePositives}/${expectedKeys.length}), ` +
          `precision ${percent(truePositives, actualKeys.length)}% (${truePositives}/${actualKeys.length})` +
          (missed.length ? `\n  missed:\n    ${missed.join('\n    ')}` : '') +
          (extra.length ? `\n  extra:\n    ${extra.join('\n    ')}` : ''),
      );

      expect(result.problems.filter((problem) => problem.kind === 'analysis' || problem.kind === 'config')).toEqual([]);
      const actualIds = new Set(result.findings.map((finding) => finding.ruleId));
      const pair = /^findings\/([^/]+)\/(positive|negative)$/.exec(name);
      if (pair) {
        const [, id, side] = pair;
        if (side === 'positive') expect([...actualIds], `${name} must report ${id}`).toContain(id);
        else expect([...actualIds], `${name} must not report ${id}`).not.toContain(id);
      }
      if (name === 'findings/suppression/valid') {
        expect([...actualIds]).not.toContain('undeclared-logging');
        expect([...actualIds]).not.toContain('invalid-suppression');
        expect(result.flows.some((flow) => flow.suppressed === true)).toBe(true);
      }
      if (name === 'findings/suppression/missing-reason') {
        expect([...actualIds]).toContain('invalid-suppression');
        expect([...actualIds]).toContain('undeclared-logging');
      }
    });
  }

  afterAll(() => {
    console.log(
      `findings fixtures total (${fixtureDirs.length} fixtures): recall ${percent(totals.truePositives, totals.expected)}% ` +
        `(${totals.truePositives}/${totals.expected}), precision ${percent(totals.truePositives, totals.actual)}% ` +
        `(${totals.truePositives}/${totals.actual})`,
    );
  });

  it('reaches 95% recall and precision in total', () => {
    // Runs after the per-fixture tests (vitest keeps declaration order within a file).
    expect(totals.expected).toBeGreaterThan(0);
    expect(totals.truePositives / totals.expected).toBeGreaterThanOrEqual(0.95);
    expect(totals.truePositives / totals.actual).toBeGreaterThanOrEqual(0.95);
  });
});

describe('stable output', () => {
  const demoApp = path.join(fixturesDir, 'apps', 'express-prisma-shop');

  it('gives byte-identical JSON when run twice', async () => {
    const first = await scan({ dir: demoApp, cwd: demoApp });
    const second = await scan({ dir: demoApp, cwd: demoApp });
    const firstJson = reporters.json(first.result, { hasConfig: first.config !== null });
    const secondJson = reporters.json(second.result, { hasConfig: second.config !== null });
    expect(first.result.findings.length).toBeGreaterThan(0);
    expect(secondJson).toBe(firstJson);
    // Nothing machine-specific leaks into the output.
    expect(firstJson).not.toContain(fixturesDir);
  });

  it('keeps fingerprints when unrelated lines are added above a finding', async () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'lawful-fingerprints-'));
    try {
      fs.cpSync(demoApp, copy, { recursive: true });
      const before = await scan({ dir: copy });
      const codeFindings = before.result.findings.filter((finding) => finding.location.file.startsWith('src/'));
      expect(codeFindings.length).toBeGreaterThan(0);
      const touchedFiles = [...new Set(codeFindings.map((finding) => finding.location.file))];
      const header = ['// Reviewed for the 2025 privacy audit.', '// See docs/architecture.md for the request flow.', ''];
      for (const file of touchedFiles) {
        const absolute = path.join(copy, file);
        fs.writeFileSync(absolute, `${header.join('\n')}\n${fs.readFileSync(absolute, 'utf8')}`);
      }
      const after = await scan({ dir: copy });
      const summary = (findings: readonly Finding[]) =>
        findings.map((finding) => `${finding.ruleId} ${finding.category ?? '-'} ${finding.location.file} ${finding.fingerprint}`).sort();
      expect(summary(after.result.findings)).toEqual(summary(before.result.findings));
      // The lines did move: the comparison above is not vacuous.
      const movedLines = after.result.findings
        .filter((finding) => finding.location.file.startsWith('src/'))
        .map((finding) => finding.location.line)
        .sort((a, b) => a - b);
      expect(movedLines).toEqual(codeFindings.map((finding) => finding.location.line + header.length).sort((a, b) => a - b));
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
