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
