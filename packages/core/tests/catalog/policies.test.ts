/**
 * The seed-policy fixtures (fixtures/policies) are real privacy policies written as lawful configs.
 * They must stay loadable and use only categories the taxonomy knows, and they must keep the gaps the
 * policies have (no legal basis, no retention) so that later checks can flag them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { LEGAL_BASES, loadBuiltinTaxonomy, loadConfig, parseIsoDuration } from '@lawful/core';
import type { LawfulConfig } from '@lawful/core';

const policiesDir = join(dirname(fileURLToPath(import.meta.url)), '../../../../fixtures/policies');
const files = readdirSync(policiesDir).filter((file) => file.endsWith('.lawful.yaml')).sort();
const taxonomy = loadBuiltinTaxonomy();

function read(file: string): { text: string; config: LawfulConfig } {
  const text = readFileSync(join(policiesDir, file), 'utf8');
  const document = parseDocument(text);
  expect(document.errors.map(String)).toEqual([]);
  return { text, config: document.toJS() as LawfulConfig };
}

describe('seed policy fixtures', () => {
  it('there is one fixture per seed policy', () => {
    expect(files).toHaveLength(5);
    const readme = readFileSync(join(policiesDir, 'README.md'), 'utf8');
    for (const file of files) expect(readme).toContain(file);
  });

  describe.each(files)('%s', (file) => {
    const { text, config } = read(file);

    it('starts with the schema line and is version 1', () => {
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../packages/core/schema/lawful.schema.json');
      expect(config.version).toBe(1);
    });

    it('uses only categories the taxonomy knows', () => {
      const unknown = (config.activities ?? []).flatMap((activity) =>
        activity.categories.filter((category) => taxonomy.resolve(category) === undefined).map((category) => `${activity.id}: ${category}`),
      );
      expect(unknown).toEqual([]);
    });

    it('refers only to declared recipients and stores, with valid bases and durations', () => {
      const recipients = new Set(Object.keys(config.recipients ?? {}));
      const stores = new Set(Object.keys(config.stores ?? {}));
      for (const activity of config.activities ?? []) {
        for (const recipient of activity.recipients ?? []) expect(recipients, `${activity.id} → ${recipient}`).toContain(recipient);
        for (const store of activity.stores ?? []) expect(stores, `${activity.id} → ${store}`).toContain(store);
        if (activity.legal_basis) expect(LEGAL_BASES).toContain(activity.legal_basis);
        if (activity.legal_basis === 'legitimate_interests' && activity.legitimate_interest === undefined) {
          expect(text, `${activity.id} needs a comment about the missing interest`).toMatch(new RegExp(`id: ${activity.id}[\\s\\S]*?no specific legitimate interest`));
        }
        if (activity.retention?.keep !== undefined) expect(parseIsoDuration(activity.retention.keep), activity.id).toBeDefined();
      }
    });

    it('quotes the policy above every activity and comments every silence', () => {
      const activityCount = config.activities?.length ?? 0;
      const silentOnRetention = (config.activities ?? []).filter((activity) => activity.retention === undefined).length;
      const silenceComments = text.match(/# policy is silent on retention/g)?.length ?? 0;
      expect(silenceComments).toBeGreaterThanOrEqual(silentOnRetention);
      const silentOnBasis = (config.activities ?? []).filter((activity) => activity.legal_basis === undefined).length;
      expect(text.match(/# policy is silent on the legal basis/g)?.length ?? 0).toBeGreaterThanOrEqual(silentOnBasis);
      expect(text.match(/^ {2}# "/gm)?.length ?? 0).toBeGreaterThanOrEqual(activityCount);
    });

    it('loads with the config loader', async () => {
      const loaded = await loadConfig({ cwd: policiesDir, configFile: file });
      expect(loaded).not.toBeNull();
      expect(loaded!.config.activities?.length).toBe(config.activities?.length);
    });
  });
});
