import { mkdtempSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRulesDir, hashRulesDir, loadBuiltinTaxonomy, loadTaxonomyFrom, loadYamlRules, RulesFileError, Taxonomy, TaxonomyError } from '@lawful/core';

const taxonomy = loadBuiltinTaxonomy();

describe('findRulesDir and loadYamlRules', () => {
  it('finds the repository rules folder from the module and from a nested folder', () => {
    const rulesDir = findRulesDir();
    expect(rulesDir.replace(/\\/g, '/')).toMatch(/\/rules$/);
    expect(findRulesDir(join(rulesDir, 'categories'))).toBe(rulesDir);
  });

  it('throws when no rules folder exists above', () => {
    expect(() => findRulesDir(tmpdir())).toThrow(/no rules\/categories/);
  });

  it('loads files sorted by name, skips templates, reports YAML errors with file and line', () => {
    const root = mkdtempSync(join(tmpdir(), 'lawful-rules-'));
    mkdirSync(join(root, 'categories'));
    mkdirSync(join(root, 'sinks'));
    writeFileSync(join(root, 'categories', 'b.yaml'), 'categories:\n  - { key: user.contact, name: C, description: d }\n');
    writeFileSync(join(root, 'categories', 'a.yaml'), 'categories:\n  - { key: user, name: U, description: d }\n');
    writeFileSync(join(root, 'categories', '_template.yaml'), 'categories: [oops\n');
    writeFileSync(join(root, 'categories', 'notes.txt'), 'ignored');
    expect(loadYamlRules('categories', root).map((file) => file.file)).toEqual(['a.yaml', 'b.yaml']);
    expect(loadTaxonomyFrom(root).keys()).toEqual(['user', 'user.contact']);
    expect(loadYamlRules('sources', root)).toEqual([]);

    writeFileSync(join(root, 'sinks', 'broken.yaml'), 'library: x\nsinks:\n  - id: [unclosed\n');
    let error: unknown;
    try {
      loadYamlRules('sinks', root);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RulesFileError);
    expect((error as Error).message).toMatch(/^sinks\/broken\.yaml:\d+:\d+: /);
    expect((error as RulesFileError).line).toBeGreaterThanOrEqual(3);
  });

  it('hashes the rules folder by content: the same for the same files, different after an edit, an addition or a rename', () => {
    const root = join(mkdtempSync(join(tmpdir(), 'lawful-rules-hash-')), 'rules');
    mkdirSync(join(root, 'sinks'), { recursive: true });
    writeFileSync(join(root, 'sinks', 'a.yaml'), 'a: 1\n');
    writeFileSync(join(root, 'notes.txt'), 'not a catalog');
    const first = hashRulesDir(root);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRulesDir(root)).toBe(first); // now from the on-disk memo
    writeFileSync(join(root, 'notes.txt'), 'still not a catalog');
    expect(hashRulesDir(root)).toBe(first);
    writeFileSync(join(root, 'sinks', 'a.yaml'), 'a: 2\n');
    const edited = hashRulesDir(root);
    expect(edited).not.toBe(first);
    writeFileSync(join(root, 'sinks', 'b.yml'), 'b: 1\n');
    const added = hashRulesDir(root);
    expect(added).not.toBe(edited);
    renameSync(join(root, 'sinks', 'b.yml'), join(root, 'sinks', 'c.yml'));
    expect(hashRulesDir(root)).not.toBe(added);
  });

  it('caches the built-in taxonomy', () => {
    expect(loadBuiltinTaxonomy()).toBe(taxonomy);
  });
});

describe('Taxonomy', () => {
  it('keys are sorted and include fideslang keys and lawful extensions', () => {
    const keys = taxonomy.keys();
    expect(keys).toEqual([...keys].sort());
    expect(keys).toContain('user.contact.email');
    expect(keys).toContain('user.device.user_agent');
    expect(taxonomy.get('user.device.user_agent')?.lawfulExtension).toBe(true);
  });

  it('a parent covers its children, not the other way round', () => {
    expect(taxonomy.covers('user.contact', 'user.contact.email')).toBe(true);
    expect(taxonomy.covers('user', 'user.contact.address.postal_code')).toBe(true);
    expect(taxonomy.covers('user.contact.address', 'user.contact.address.city')).toBe(true);
    expect(taxonomy.covers('user.contact.email', 'user.contact.email')).toBe(true);
    expect(taxonomy.covers('user.contact.email', 'user.contact')).toBe(false);
    expect(taxonomy.covers('user.contact', 'user.contact_extra')).toBe(false);
    expect(taxonomy.covers('user.device', 'user.contact.email')).toBe(false);
    expect(taxonomy.covers('contact', 'email')).toBe(true);
  });

  it('resolves keys and aliases case-insensitively', () => {
    expect(taxonomy.resolve('user.contact.email')).toBe('user.contact.email');
    expect(taxonomy.resolve('email')).toBe('user.contact.email');
    expect(taxonomy.resolve('Email')).toBe('user.contact.email');
    expect(taxonomy.resolve('e-mail')).toBe('user.contact.email');
    expect(taxonomy.resolve('ip')).toBe('user.device.ip_address');
    expect(taxonomy.resolve('ssn')).toBe('user.government_id.national_identification_number');
    expect(taxonomy.resolve('dob')).toBe('user.demographic.date_of_birth');
    expect(taxonomy.resolve('phone')).toBe('user.contact.phone_number');
    expect(taxonomy.resolve('USER.NAME')).toBe('user.name');
    expect(taxonomy.resolve('user.contact.emial')).toBeUndefined();
    expect(taxonomy.resolve('none')).toBeUndefined();
  });

  it('marks Art. 9 special categories, inherited by children', () => {
    expect(taxonomy.isSpecial('user.health_and_medical')).toBe(true);
    expect(taxonomy.isSpecial('user.health_and_medical.genetic')).toBe(true);
    expect(taxonomy.isSpecial('user.biometric.fingerprint')).toBe(true);
    expect(taxonomy.isSpecial('user.demographic.race_ethnicity')).toBe(true);
    expect(taxonomy.isSpecial('user.demographic.political_opinion')).toBe(true);
    expect(taxonomy.isSpecial('user.demographic.religious_belief')).toBe(true);
    expect(taxonomy.isSpecial('user.demographic.sexual_orientation')).toBe(true);
    expect(taxonomy.isSpecial('user.demographic.trade_union_membership')).toBe(true);
    expect(taxonomy.isSpecial('user.demographic.sex_life')).toBe(true);
    expect(taxonomy.isSpecial('health')).toBe(true);
    expect(taxonomy.isSpecial('user.demographic')).toBe(false);
    expect(taxonomy.isSpecial('user.demographic.gender')).toBe(false);
    expect(taxonomy.isSpecial('user.contact.email')).toBe(false);
    expect(taxonomy.isSpecial('user')).toBe(false);
  });

  it('suggests close keys for typos', () => {
    expect(taxonomy.closest('user.contact.emial')[0]).toBe('user.contact.email');
    expect(taxonomy.closest('emial')[0]).toBe('user.contact.email');
    expect(taxonomy.closest('user.device.ip_adress')[0]).toBe('user.device.ip_address');
    expect(taxonomy.closest('completely-unrelated-thing-here')).toEqual([]);
    expect(taxonomy.closest('user.contact.emial', 1)).toHaveLength(1);
  });

  it('extend returns a new taxonomy with config categories', () => {
    const extended = taxonomy.extend([
      { key: 'user.unique_id.loyalty_number', parent: 'user.unique_id', name: 'Loyalty card number', names: ['loyaltyNo'] },
      { key: 'user.health_and_medical.fitness.steps', parent: 'user.health_and_medical.fitness', name: 'Step count' },
      { key: 'user.health_and_medical.fitness', parent: 'health', name: 'Fitness data' },
    ]);
    expect(extended).not.toBe(taxonomy);
    expect(taxonomy.get('user.unique_id.loyalty_number')).toBeUndefined();
    expect(extended.get('user.unique_id.loyalty_number')?.name).toBe('Loyalty card number');
    expect(extended.covers('user.unique_id', 'user.unique_id.loyalty_number')).toBe(true);
    expect(extended.parentOf('user.health_and_medical.fitness')).toBe('user.health_and_medical');
    expect(extended.isSpecial('user.health_and_medical.fitness.steps')).toBe(true);
    expect(extended.keys()).toContain('user.health_and_medical.fitness.steps');
  });

  it('extend rejects duplicates and unknown parents with the extension index', () => {
    expect(() => taxonomy.extend([{ key: 'user.contact.email', parent: 'user.contact', name: 'x' }])).toThrow(TaxonomyError);
    try {
      taxonomy.extend([
        { key: 'user.a', parent: 'user', name: 'a' },
        { key: 'user.b', parent: 'user.nowhere', name: 'b' },
      ]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TaxonomyError);
      expect((error as TaxonomyError).extensionIndex).toBe(1);
    }
    expect(() =>
      taxonomy.extend([
        { key: 'user.x', parent: 'user.y', name: 'x' },
        { key: 'user.y', parent: 'user.x', name: 'y' },
      ]),
    ).toThrow(/own ancestor/);
  });

  it('fromEntries rejects duplicate keys, missing parents and clashing aliases', () => {
    expect(() => Taxonomy.fromEntries([{ key: 'user', name: 'u', description: 'd' }, { key: 'user', name: 'u', description: 'd' }])).toThrow(/duplicate/);
    expect(() => Taxonomy.fromEntries([{ key: 'user.contact', name: 'c', description: 'd' }])).toThrow(/no parent/);
    expect(() =>
      Taxonomy.fromEntries([
        { key: 'user', name: 'u', description: 'd', aliases: ['x'] },
        { key: 'user.a', name: 'a', description: 'd', aliases: ['X'] },
      ]),
    ).toThrow(/alias/);
  });
});
