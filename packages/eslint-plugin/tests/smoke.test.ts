/** The real `eslint` binary on a user-style project with `eslint.config.mjs` (needs `pnpm build`). */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const projectDir = fileURLToPath(new URL('../../../fixtures/eslint-smoke/', import.meta.url));
// eslint's `exports` hide its bin; find it next to its package.json. `eslint9` is ESLint 9 (npm alias).
const eslintBin = (name: string) => path.join(path.dirname(createRequire(import.meta.url).resolve(`${name}/package.json`)), 'bin', 'eslint.js');

describe.each([
  ['ESLint 10', 'eslint', 'v10.'],
  ['ESLint 9', 'eslint9', 'v9.'],
])('eslint binary smoke test (%s)', (_label, packageName, versionPrefix) => {
  it('is the ESLint major it claims to be', () => {
    expect(spawnSync(process.execPath, [eslintBin(packageName), '--version'], { encoding: 'utf8' }).stdout.startsWith(versionPrefix)).toBe(true);
  });

  it('reports lawful/undeclared-logging with the CLI message through a flat config', () => {
    const run = spawnSync(process.execPath, [eslintBin(packageName), '--format', 'json', 'src'], { cwd: projectDir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string | null; line: number; message: string }[] }[];
    const messages = results.flatMap((result) => result.messages);
    const lawful = messages.filter((message) => message.ruleId?.startsWith('lawful/'));
    expect(lawful.map((message) => [message.ruleId, message.line])).toEqual([['lawful/undeclared-logging', 9]]);
    expect(lawful[0]?.message).toContain('user.contact.email');
  });
});
