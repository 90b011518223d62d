import rule from '../../src/rules/undeclared-sharing.js';
import { createRuleTester, fixtureFile, invalidCase } from '../RuleTester.js';

createRuleTester().run('undeclared-sharing', rule, {
  valid: [
    {
      name: 'sending the email to an internal service',
      filename: fixtureFile,
      code: "import type { User } from './lib/user';\nexport async function bill(user: User) {\n  await fetch('http://billing.internal/v1/invoices', { method: 'POST', body: JSON.stringify({ email: user.email }) });\n}\n",
    },
  ],
  invalid: [
    invalidCase('undeclared-sharing', 'sending the email to an external host no recipient declares', "import type { User } from './lib/user';\nexport async function enrich(user: User) {\n  await fetch('https://api.enrich.example/v1/people', { method: 'POST', body: JSON.stringify({ email: user.email }) });\n}\n", 3),
  ],
});
