import rule from '../../src/rules/undeclared-logging.js';
import { createRuleTester, fixtureFile, invalidCase } from '../RuleTester.js';

createRuleTester().run('undeclared-logging', rule, {
  valid: [
    {
      name: 'logging only an id',
      filename: fixtureFile,
      code: "import { logger } from './lib/logger';\nimport type { User } from './lib/user';\nexport function onLogin(user: User) {\n  logger.info({ userId: user.id });\n}\n",
    },
  ],
  invalid: [
    invalidCase('undeclared-logging', 'logging a name no activity declares for the log', "import { logger } from './lib/logger';\nimport type { User } from './lib/user';\nexport function onLogin(user: User) {\n  logger.info({ name: user.fullName });\n}\n", 4),
  ],
});
