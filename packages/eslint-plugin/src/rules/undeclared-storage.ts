import { createFindingRule } from '../util/findingRule.js';

/** `lawful/undeclared-storage` — see docs/rules/undeclared-storage.md. */
const rule = createFindingRule('undeclared-storage', 'Personal data must not be written to a store (database, cache, file, cookie, browser storage, object storage) not declared for it');
export default rule;
