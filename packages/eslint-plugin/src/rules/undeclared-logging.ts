import { createFindingRule } from '../util/findingRule.js';

/** `lawful/undeclared-logging` — see docs/rules/undeclared-logging.md. */
const rule = createFindingRule('undeclared-logging', 'Personal data must not be written to a log not declared for it');
export default rule;
