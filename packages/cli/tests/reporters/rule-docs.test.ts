import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINDING_IDS } from '@lawful/core';
import { RULES } from '../../src/reporters/index.js';

const docsDir = new URL('../../../../docs/', import.meta.url);

describe('rule documentation', () => {
  it('every finding id has docs/rules/<id>.md titled with the id, and SARIF links to it', () => {
    for (const id of FINDING_IDS) {
      const page = new URL(`rules/${id}.md`, docsDir);
      expect(existsSync(page), id).toBe(true);
      const text = readFileSync(page, 'utf8');
      expect(text.split('\n')[0]).toBe(`# \`${id}\``);
      expect(text).toMatch(/## Why[\s\S]*Art\. \d/);
      expect(text).toContain('## ❌ Incorrect');
      expect(text).toContain('## ✅ Correct');
      expect(RULES.find((rule) => rule.id === id)?.helpUri.endsWith(`/docs/rules/${id}.md`)).toBe(true);
    }
    expect(readFileSync(new URL('suppressions.md', docsDir), 'utf8')).toContain('## `invalid-suppression`');
  });
});
