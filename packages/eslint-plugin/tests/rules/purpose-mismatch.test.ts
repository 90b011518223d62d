import rule from '../../src/rules/purpose-mismatch.js';
import { createRuleTester, fixtureFile, invalidCase } from '../RuleTester.js';

createRuleTester().run('purpose-mismatch', rule, {
  valid: [
    {
      name: 'a support function logging what support_logs declares',
      filename: fixtureFile,
      code: "import { logger } from './lib/logger';\nimport type { User } from './lib/user';\n/** @activity support_logs */\nexport function onTicket(user: User) {\n  logger.info({ email: user.email });\n}\n",
    },
  ],
  invalid: [
    invalidCase('purpose-mismatch', 'an accounts function logging, which only support_logs declares', "import { logger } from './lib/logger';\nimport type { User } from './lib/user';\n/** @activity accounts */\nexport function onLogin(user: User) {\n  logger.info({ email: user.email });\n}\n", 5),
  ],
});
