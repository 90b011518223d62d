import rule from '../../src/rules/missing-retention.js';
import { createRuleTester, fixtureFile, invalidCase } from '../RuleTester.js';

createRuleTester().run('missing-retention', rule, {
  valid: [
    {
      name: 'database write under an activity with retention',
      filename: fixtureFile,
      code: "import { PrismaClient } from '@prisma/client';\nimport type { User } from './lib/user';\nconst prisma = new PrismaClient();\nexport async function save(user: User) {\n  await prisma.user.create({ data: { email: user.email } });\n}\n",
    },
  ],
  invalid: [
    invalidCase('missing-retention', 'log write under an activity without retention', "import { logger } from './lib/logger';\nimport type { User } from './lib/user';\nexport function onTicket(user: User) {\n  logger.info({ email: user.email });\n}\n", 4),
  ],
});
