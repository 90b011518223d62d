import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { generateProject, readProjectMarker } from '../../../scripts/bench/generate.mjs';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lawful-bench-gen-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** Every file under `dir` as relative path → content, sorted, so two trees compare byte for byte. */
function readTree(dir: string): Map<string, string> {
  const entries: [string, string][] = [];
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else entries.push([path.relative(dir, full).split(path.sep).join('/'), fs.readFileSync(full, 'utf8')]);
    }
  };
  walk(dir);
  return new Map(entries.sort(([a], [b]) => a.localeCompare(b)));
}

const sourceFiles = (tree: Map<string, string>) => [...tree.keys()].filter((file) => file.startsWith('src/') && file.endsWith('.ts'));

describe('bench project generator', () => {
  const first = path.join(scratch, 'first');
  const second = path.join(scratch, 'second');
  const otherSeed = path.join(scratch, 'other-seed');
  const summary = generateProject(first, { files: 50, seed: 7 });
  generateProject(second, { files: 50, seed: 7 });
  generateProject(otherSeed, { files: 50, seed: 8 });

  it('writes the same bytes for the same seed, and different code for another seed', () => {
    const firstTree = readTree(first);
    expect(readTree(second)).toEqual(firstTree);
    expect(readTree(otherSeed)).not.toEqual(firstTree);
  });

  it('writes exactly the requested number of TypeScript files, most without personal data', () => {
    const tree = readTree(first);
    expect(sourceFiles(tree)).toHaveLength(50);
    expect(summary.files).toBe(50);
    expect(summary.personalFiles).toBeGreaterThan(0);
    expect(summary.personalFiles / summary.files).toBeLessThanOrEqual(0.2);
    expect(readProjectMarker(first)).toMatchObject({ files: 50, seed: 7 });
  });

  it('writes the project files the bench relies on', () => {
    const tree = readTree(first);
    for (const file of [
      'tsconfig.json',
      'package.json',
      'prisma/schema.prisma',
      'lawful.config.yaml',
      'eslint.base.config.mjs',
      'eslint.lawful.config.mjs',
      'src/types/vendor.d.ts',
      'src/lib/logger.ts',
      'src/lib/analytics.ts',
    ]) {
      expect(tree.has(file), file).toBe(true);
    }
    expect(tree.get('prisma/schema.prisma')).toContain('/// @personal user.contact.email');
    expect(tree.get('src/lib/logger.ts')).toContain('export function pino(');
    expect(tree.get('src/lib/analytics.ts')).toMatch(/export function track\(event: string, props/);
    expect([...tree.values()].some((content) => content.includes('prisma.') && content.includes('.create({'))).toBe(true);
    // no node_modules: the third-party packages must be declared ambiently
    expect(fs.existsSync(path.join(first, 'node_modules'))).toBe(false);
  });

  it('type-checks under strict options without node_modules', () => {
    const configPath = path.join(first, 'tsconfig.json');
    const config = ts.getParsedCommandLineOfConfigFile(configPath, undefined, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    });
    if (!config) throw new Error('tsconfig.json could not be read');
    expect(config.options.strict).toBe(true);
    expect(config.fileNames).toHaveLength(50);
    const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => ({
      file: diagnostic.file ? path.relative(first, diagnostic.file.fileName) : undefined,
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
    }));
    expect(diagnostics).toEqual([]);
  });
});
