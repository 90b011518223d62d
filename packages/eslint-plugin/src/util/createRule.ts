import { ESLintUtils } from '@typescript-eslint/utils';

export interface LawfulRuleDocs {
  description: string;
  /** Severity in `lawful/recommended`; `lawful/strict` turns every rule on as an error. */
  recommended: 'error' | 'warn';
  requiresTypeChecking: true;
}

/** The one rule factory: `meta.docs.url` is derived from the rule id, never hand-written. */
export const createRule = ESLintUtils.RuleCreator<LawfulRuleDocs>(
  (ruleId) => `https://github.com/lawful-dev/lawful/blob/main/docs/rules/${ruleId}.md`,
);
