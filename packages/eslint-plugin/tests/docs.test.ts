import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import plugin, { rules } from '../src/index.js';

const docsDir = new URL('../../../docs/rules/', import.meta.url);

describe('rule docs and configs', () => {
  for (const [name, rule] of Object.entries(rules)) {
    it(`${name} has docs/rules/${name}.md that names both front-ends, and a derived docs url`, () => {
      const doc = fs.readFileSync(new URL(`${name}.md`, docsDir), 'utf8');
      expect(doc.split('\n')[0]).toContain(name);
      expect(doc).toContain(`lawful/${name}`);
      expect(doc).toContain('lawful scan');
      expect(rule.meta.docs?.url).toBe(`https://github.com/lawful-dev/lawful/blob/main/docs/rules/${name}.md`);
    });
  }

  it('generates recommended and strict from rule metadata, covering every rule', () => {
    const ruleNames = Object.keys(rules).map((name) => `lawful/${name}`).sort();
    expect(Object.keys(plugin.configs.recommended.rules ?? {}).sort()).toEqual(ruleNames);
    expect(Object.keys(plugin.configs.strict.rules ?? {}).sort()).toEqual(ruleNames);
    expect(Object.values(plugin.configs.strict.rules ?? {}).every((severity) => severity === 'error')).toBe(true);
    expect(plugin.configs.recommended.name).toBe('lawful/recommended');
    expect(plugin.meta).toMatchObject({ name: 'eslint-plugin-lawful', namespace: 'lawful' });
  });

  it('keeps config-level findings out of the plugin', () => {
    for (const configOnly of ['missing-legal-basis', 'unsafe-transfer', 'stale-declaration']) {
      expect(Object.keys(rules)).not.toContain(configOnly);
    }
  });
});
