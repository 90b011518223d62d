import { createFindingRule } from '../util/findingRule.js';

/** `lawful/undeclared-sharing` — see docs/rules/undeclared-sharing.md. */
const rule = createFindingRule('undeclared-sharing', 'Personal data must not reach a third party (SDK or external host) that no activity declares for it');
export default rule;
