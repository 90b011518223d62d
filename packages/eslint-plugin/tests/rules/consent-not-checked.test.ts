import rule from '../../src/rules/consent-not-checked.js';
import { createRuleTester, fixtureFile, invalidCase } from '../RuleTester.js';

createRuleTester().run('consent-not-checked', rule, {
  valid: [
    {
      name: 'tracking inside the consent check',
      filename: fixtureFile,
      code: "import { track } from './lib/analytics';\nimport { hasConsent } from './lib/consent';\nimport type { User } from './lib/user';\nexport async function onSignup(user: User) {\n  if (await hasConsent(user.id, 'marketing')) {\n    track('signup', { email: user.email });\n  }\n}\n",
    },
    {
      name: 'tracking after an early return on refusal',
      filename: fixtureFile,
      code: "import { track } from './lib/analytics';\nimport { hasConsent } from './lib/consent';\nimport type { User } from './lib/user';\nexport async function onSignup(user: User) {\n  if (!(await hasConsent(user.id, 'marketing'))) return;\n  track('signup', { email: user.email });\n}\n",
    },
  ],
  invalid: [
    invalidCase('consent-not-checked', 'tracking without asking', "import { track } from './lib/analytics';\nimport type { User } from './lib/user';\nexport async function onSignup(user: User) {\n  track('signup', { email: user.email });\n}\n", 4),
  ],
});
