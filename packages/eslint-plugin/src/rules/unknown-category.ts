import { createFindingRule } from '../util/findingRule.js';

/** `lawful/unknown-category` — see docs/rules/unknown-category.md. */
const rule = createFindingRule('unknown-category', 'Annotations must name a category the taxonomy knows', 'warn');
export default rule;
