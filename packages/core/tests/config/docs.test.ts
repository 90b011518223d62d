/** docs/config.md must not teach a config that does not load. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FINDING_IDS, LEGAL_BASES, RECIPIENT_ROLES } from '@lawful/core';
import { loadConfig } from '../../src/config/load.js';
import { buildConfigSchema } from '../../src/config/schema.js';

const docs = readFileSync(fileURLToPath(new URL('../../../../docs/config.md', import.meta.url)), 'utf8');

describe('docs/config.md', () => {
  it('has a complete example that loads', async () => {
    const section = docs.slice(docs.indexOf('## A complete example'));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toBeDefined();
    const directory = mkdtempSync(path.join(os.tmpdir(), 'lawful-docs-'));
    try {
      writeFileSync(path.join(directory, 'lawful.config.yaml'), example!);
      const loaded = await loadConfig({ cwd: directory, stopDir: directory });
      expect(loaded?.config.activities?.length).toBeGreaterThanOrEqual(4);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('documents every top-level key, legal basis, role and finding id', () => {
    const topLevelKeys = Object.keys((buildConfigSchema() as { properties: object }).properties).filter((key) => key !== '$schema');
    for (const word of [...topLevelKeys, ...LEGAL_BASES, ...RECIPIENT_ROLES, ...FINDING_IDS]) {
      expect(docs, word).toContain(`\`${word}\``);
    }
  });
});
