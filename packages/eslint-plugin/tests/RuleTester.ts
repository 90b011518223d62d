/** The one RuleTester factory: typed linting through the project service on `tests/fixture`. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuleTester } from '@typescript-eslint/rule-tester';
import * as vitest from 'vitest';

RuleTester.afterAll = vitest.afterAll;
RuleTester.describe = vitest.describe;
RuleTester.it = vitest.it;
RuleTester.itOnly = vitest.it.only;

export const fixtureDir = fileURLToPath(new URL('./fixture/', import.meta.url));
/** The linted file: it exists on disk (empty) so the project service knows it; tests supply its text. */
export const fixtureFile = path.join(fixtureDir, 'file.ts');

export function createRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: [] }, tsconfigRootDir: fixtureDir },
    },
  });
}

/** The expected output of the `lawful-ignore` suggestion: a comment line above `line`, same indent. */
export function ignoreSuggestion(code: string, line: number, ruleId: string): { messageId: 'suggestIgnore'; output: string } {
  const lines = code.split('\n');
  const indent = /^[ \t]*/.exec(lines[line - 1] ?? '')?.[0] ?? '';
  lines.splice(line - 1, 0, `${indent}// lawful-ignore ${ruleId} -- TODO: why this flow is fine`);
  return { messageId: 'suggestIgnore', output: lines.join('\n') };
}

/** An invalid case: one finding at `line`, offering the `lawful-ignore` suggestion. */
export function invalidCase(ruleId: string, name: string, code: string, line: number) {
  return {
    name,
    filename: fixtureFile,
    code,
    errors: [{ messageId: 'finding' as const, line, suggestions: [ignoreSuggestion(code, line, ruleId)] }],
  };
}
