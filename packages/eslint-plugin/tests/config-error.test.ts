/**
 * Editor sessions: a broken lawful config is reported once, clearly, on the first linted file — not as
 * a crash — and a fixed config is picked up without restarting.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

function makeProject(config: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawful-eslint-config-'));
  fs.mkdirSync(path.join(dir, 'src'));
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', types: [] }, include: ['src'] }),
  );
  fs.writeFileSync(path.join(dir, 'lawful.config.yaml'), config);
  fs.writeFileSync(path.join(dir, 'src/a.ts'), "export function a(user: { email: string }) {\n  console.log(user.email);\n}\n");
  fs.writeFileSync(path.join(dir, 'src/b.ts'), "export function b(user: { email: string }) {\n  console.log(user.email);\n}\n");
  return dir;
}

async function lint(dir: string) {
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: dir } } },
      plugin.configs.recommended,
    ],
  });
  return eslint.lintFiles([path.join(dir, 'src/a.ts'), path.join(dir, 'src/b.ts')]);
}

describe('lawful config errors in ESLint', () => {
  it('reports a broken config once, with file, line and key, and keeps linting', async () => {
    const dir = makeProject('version: 1\nactivities:\n  - id: logs\n    legal_basis: legitimate_interest\n    categories: [user.contact.email]\n');
    const results = await lint(dir);
    const messages = results.flatMap((result) => result.messages.map((message) => ({ file: path.basename(result.filePath), ...message })));
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    const configErrors = messages.filter((message) => message.message.startsWith('lawful config error'));
    expect(configErrors).toHaveLength(1);
    expect(configErrors[0]!.message).toContain('lawful.config.yaml:4:5 activities[0].legal_basis: expected one of consent');

    // Fixed on disk: the next lint run of the same process uses the new config.
    const config = path.join(dir, 'lawful.config.yaml');
    fs.writeFileSync(config, 'version: 1\nactivities: []\n');
    const future = new Date(Date.now() + 5_000);
    fs.utimesSync(config, future, future);
    const fixed = (await lint(dir)).flatMap((result) => result.messages);
    expect(fixed.some((message) => message.message.startsWith('lawful config error'))).toBe(false);
    expect(fixed.filter((message) => message.ruleId === 'lawful/undeclared-logging')).toHaveLength(2);
  });
});
