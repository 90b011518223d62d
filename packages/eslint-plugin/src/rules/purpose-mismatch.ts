import { createFindingRule } from '../util/findingRule.js';

/** `lawful/purpose-mismatch` — see docs/rules/purpose-mismatch.md. */
const rule = createFindingRule('purpose-mismatch', 'Code marked @activity X must only make flows that activity X declares');
export default rule;
