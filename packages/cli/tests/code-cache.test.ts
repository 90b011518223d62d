import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeCacheFile, requireWithCodeCache, saveCodeCaches } from '../src/code-cache.js';

function writeModule(body: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawful-code-cache-test-'));
  const file = path.join(dir, 'answer.js');
  fs.writeFileSync(file, body);
  return file;
}

const forget = (file: string) => {
  delete createRequire(file).cache[file];
};

describe('requireWithCodeCache', () => {
  it('loads a CommonJS file once, as require would, and writes its code cache after the work', () => {
    const file = writeModule("const path = require('node:path');\nexports.answer = () => 42;\nexports.base = path.basename(__filename);\n");
    const first = requireWithCodeCache(file) as { answer: () => number; base: string };
    expect(first.answer()).toBe(42);
    expect(first.base).toBe('answer.js');
    // the same instance for a later plain require (ts-morph's require('./typescript'))
    expect(createRequire(file)(file)).toBe(first);
    expect(fs.existsSync(codeCacheFile(file))).toBe(false);
    saveCodeCaches();
    expect(fs.statSync(codeCacheFile(file)).size).toBeGreaterThan(0);

    forget(file);
    const second = requireWithCodeCache(file) as { answer: () => number };
    expect(second).not.toBe(first);
    expect(second.answer()).toBe(42);
  });

  it('ignores a corrupt cache and loads the file anyway', () => {
    const file = writeModule('exports.value = 7;\n');
    fs.mkdirSync(path.dirname(codeCacheFile(file)), { recursive: true });
    fs.writeFileSync(codeCacheFile(file), 'not a V8 code cache');
    expect((requireWithCodeCache(file) as { value: number }).value).toBe(7);
    saveCodeCaches(); // rejected: written again
    expect(fs.readFileSync(codeCacheFile(file), 'utf8')).not.toBe('not a V8 code cache');
  });

  it('reports an error the module throws, like require', () => {
    const file = writeModule("globalThis.lawfulCodeCacheRuns = (globalThis.lawfulCodeCacheRuns ?? 0) + 1;\nthrow new Error('broken module');\n");
    expect(() => requireWithCodeCache(file)).toThrow('broken module');
    expect(createRequire(file).cache[file]).toBeUndefined();
    expect((globalThis as { lawfulCodeCacheRuns?: number }).lawfulCodeCacheRuns).toBe(1); // evaluated once, not retried
  });
});
