import { createFindingRule } from '../util/findingRule.js';

/** `lawful/missing-retention` — see docs/rules/missing-retention.md. */
const rule = createFindingRule('missing-retention', 'A store or log receiving personal data needs a retention period in the activity that allows it');
export default rule;
