/**
 * ESLint and the CLI agree: linting every fixture project with ESLint's Node API and
 * `lawful/strict` gives the same (file, line, ruleId) set as `lawful scan` for the code-located ids.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import plugin, { rules } from '../src/index.js';
import { scan } from '../../cli/src/scan.js';

const fixturesDir = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const codeRuleIds = new Set(Object.keys(rules));

/** Every fixture project with a lawful config and a tsconfig: the apps, finding and policy fixtures. */
function fixtureProjects(): string[] {
  const roots = ['apps', 'findings', 'policy-apps'].map((name) => path.join(fixturesDir, name)).filter((dir) => fs.existsSync(dir));
  const projects: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (fs.existsSync(path.join(dir, 'lawful.config.yaml')) && fs.existsSync(path.join(dir, 'tsconfig.json'))) {
      projects.push(dir);
      return;
    }
    if (depth === 0) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'src') walk(path.join(dir, entry.name), depth - 1);
    }
  };
  for (const root of roots) walk(root, 3);
  return projects.sort();
}

async function lintWithEslint(projectDir: string, files: string[]): Promise<string[]> {
  const eslint = new ESLint({
    cwd: projectDir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
        languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: projectDir } },
      },
      plugin.configs.strict,
    ],
  });
  const results = await eslint.lintFiles(files.map((file) => path.join(projectDir, file)));
  const keys: string[] = [];
  for (const result of results) {
    const file = path.relative(projectDir, result.filePath).split(path.sep).join('/');
    for (const message of result.messages) {
      expect(message.fatal ?? false, `${file}: ${message.message}`).toBe(false);
      if (message.ruleId?.startsWith('lawful/')) keys.push(`${file}:${message.line} ${message.ruleId.slice('lawful/'.length)}`);
    }
  }
  return keys.sort();
}

describe('ESLint agrees with lawful scan', () => {
  const projects = fixtureProjects();

  it('has fixture projects with configs to compare', () => {
    expect(projects.length).toBeGreaterThan(0);
  });

  let compared = 0;
  for (const projectDir of projects) {
    it(path.relative(fixturesDir, projectDir), async () => {
      const outcome = await scan({ dir: projectDir });
      const cliKeys = outcome.result.findings
        .filter((finding) => codeRuleIds.has(finding.ruleId) && finding.location.file !== 'lawful.config.yaml')
        .map((finding) => `${finding.location.file}:${finding.location.line} ${finding.ruleId}`)
        .sort();
      const eslintKeys = await lintWithEslint(projectDir, [...outcome.scannedFiles].sort());
      expect(eslintKeys).toEqual(cliKeys);
      compared += cliKeys.length;
    });
  }

  it('compared real findings, not only empty sets', () => {
    expect(compared).toBeGreaterThanOrEqual(5);
  });
});
