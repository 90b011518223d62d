import { ESLintUtils } from '@typescript-eslint/utils';
import { ruleDocsUrl } from '@lawful/core';

export interface LawfulRuleDocs {
  description: string;
  /** Severity in `lawful/recommended`; `lawful/strict` turns every rule on as an error. */
  recommended: 'error' | 'warn';
  requiresTypeChecking: true;
}

/** The one rule factory: `meta.docs.url` is derived from the rule id, never hand-written. */
export const createRule = ESLintUtils.RuleCreator<LawfulRuleDocs>(ruleDocsUrl);
