import rule from '../../src/rules/unknown-category.js';
import { createRuleTester, fixtureFile, invalidCase } from '../RuleTester.js';

createRuleTester().run('unknown-category', rule, {
  valid: [
    {
      name: 'an alias the taxonomy knows',
      filename: fixtureFile,
      code: "export interface Lead {\n  /** @personal email */\n  contact: string;\n}\n",
    },
  ],
  invalid: [
    invalidCase('unknown-category', 'a misspelt category key', "export interface Lead {\n  /** @personal user.contact.emial */\n  contact: string;\n}\n", 2),
  ],
});
