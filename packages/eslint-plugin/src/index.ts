/**
 * eslint-plugin-lawful: lawful's findings in the editor, from the same analyzer and policy as the CLI,
 * on typescript-eslint's program.
 *
 * ```js
 * // eslint.config.mjs
 * import tseslint from 'typescript-eslint';
 * import lawful from 'eslint-plugin-lawful';
 * export default [
 *   ...tseslint.configs.recommendedTypeChecked,
 *   { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
 *   lawful.configs.recommended,
 * ];
 * ```
 */
import { createRequire } from 'node:module';
import type { TSESLint } from '@typescript-eslint/utils';
import { rules } from './rules/index.js';

const require = createRequire(import.meta.url);
const { name, version } = require('../package.json') as { name: string; version: string };

type RuleName = keyof typeof rules;
type Severity = 'error' | 'warn';

const plugin = {
  meta: { name, version, namespace: 'lawful' },
  rules,
  configs: {} as Record<'recommended' | 'strict', TSESLint.FlatConfig.Config>,
};

/** Flat configs generated from rule metadata: `recommended` uses each rule's `docs.recommended` severity; `strict` makes all errors. */
function configFromRules(configName: string, severityOf: (ruleName: RuleName) => Severity): TSESLint.FlatConfig.Config {
  const entries = (Object.keys(rules) as RuleName[]).sort().map((ruleName) => [`lawful/${ruleName}`, severityOf(ruleName)] as const);
  return {
    name: `lawful/${configName}`,
    plugins: { lawful: plugin as unknown as TSESLint.FlatConfig.Plugin },
    rules: Object.fromEntries(entries),
  };
}

plugin.configs.recommended = configFromRules('recommended', (ruleName) => rules[ruleName].meta.docs?.recommended ?? 'error');
plugin.configs.strict = configFromRules('strict', () => 'error');

export { rules };
export default plugin;
