/** The scan reporters, one pure function per format (CONVENTIONS.md item 10). */
import type { Reporter } from './types.js';
import { jsonReporter } from './json.js';
import { markdownReporter } from './markdown.js';
import { sarifReporter } from './sarif.js';
import { stylishReporter } from './stylish.js';

export type ReporterFormat = 'stylish' | 'json' | 'sarif' | 'markdown';

export const reporters: Record<ReporterFormat, Reporter> = {
  stylish: stylishReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  markdown: markdownReporter,
};

export type { Reporter, ReporterOptions } from './types.js';
export { jsonReporter, flowToJson, findingToJson } from './json.js';
export { markdownReporter } from './markdown.js';
export { sarifReporter, FINGERPRINT_KEY } from './sarif.js';
export { stylishReporter } from './stylish.js';
export { RULES, REPORTED_RULE_IDS, ruleDocsUrl, type RuleMeta } from './rule-meta.js';
