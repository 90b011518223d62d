import rule from '../../src/rules/undeclared-logging.js';
import { createRuleTester, fixtureFile, ignoreSuggestion, invalidCase } from '../RuleTester.js';

createRuleTester().run('undeclared-logging', rule, {
  valid: [
    {
      name: 'logging only an id',
      filename: fixtureFile,
      code: "import { logger } from './lib/logger';\nimport type { User } from './lib/user';\nexport function onLogin(user: User) {\n  logger.info({ userId: user.id });\n}\n",
    },
  ],
  invalid: [
    {
      name: 'a name-heuristic guess declared in this file offers `@personal none` on its declaration',
      filename: fixtureFile,
      code: "interface Lead {\n  contactEmail: string;\n}\nexport function onLead(lead: Lead) {\n  console.log(lead.contactEmail);\n}\n",
      errors: [
        {
          messageId: 'finding',
          line: 5,
          suggestions: [
            ignoreSuggestion("interface Lead {\n  contactEmail: string;\n}\nexport function onLead(lead: Lead) {\n  console.log(lead.contactEmail);\n}\n", 5, 'undeclared-logging'),
            {
              messageId: 'suggestPersonalNone',
              data: { name: 'contactEmail' },
              output: "interface Lead {\n  /** @personal none */\n  contactEmail: string;\n}\nexport function onLead(lead: Lead) {\n  console.log(lead.contactEmail);\n}\n",
            },
          ],
        },
      ],
    },
    invalidCase('undeclared-logging', 'logging a name no activity declares for the log', "import { logger } from './lib/logger';\nimport type { User } from './lib/user';\nexport function onLogin(user: User) {\n  logger.info({ name: user.fullName });\n}\n", 4),
  ],
});
