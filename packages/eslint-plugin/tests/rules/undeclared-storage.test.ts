import rule from '../../src/rules/undeclared-storage.js';
import { createRuleTester, fixtureFile, invalidCase } from '../RuleTester.js';

createRuleTester().run('undeclared-storage', rule, {
  valid: [
    {
      name: 'writing the email to the declared database',
      filename: fixtureFile,
      code: "import { PrismaClient } from '@prisma/client';\nimport type { User } from './lib/user';\nconst prisma = new PrismaClient();\nexport async function save(user: User) {\n  await prisma.user.create({ data: { email: user.email } });\n}\n",
    },
  ],
  invalid: [
    invalidCase('undeclared-storage', 'keeping the email in localStorage', "import type { User } from './lib/user';\nexport function remember(user: User) {\n  localStorage.setItem('email', user.email);\n}\n", 3),
  ],
});
