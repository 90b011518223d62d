import { createFindingRule } from '../util/findingRule.js';

/** `lawful/consent-not-checked` — see docs/rules/consent-not-checked.md. */
const rule = createFindingRule('consent-not-checked', "A flow that only a consent-based activity allows must run after that activity's consent check");
export default rule;
