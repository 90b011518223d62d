/** `--cache`: a warm re-scan reuses unchanged files and gives exactly the output of a cold scan. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reporters } from '../src/reporters/index.js';
import { scan } from '../src/scan.js';

const appsDir = fileURLToPath(new URL('../../../fixtures/apps/', import.meta.url));

function copyApp(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `lawful-cache-${name}-`));
  fs.cpSync(path.join(appsDir, name), dir, { recursive: true });
  return dir;
}

async function scanJson(dir: string, cache: boolean): Promise<string> {
  const outcome = await scan({ dir, cwd: dir, ...(cache ? { cache: {} } : {}) });
  return reporters.json(outcome.result, { readFile: outcome.readFile, hasConfig: outcome.config !== null });
}

function edit(file: string, change: (text: string) => string): void {
  const text = fs.readFileSync(file, 'utf8');
  const changed = change(text);
  expect(changed).not.toBe(text);
  fs.writeFileSync(file, changed);
}

describe('scan --cache', () => {
  it('reuses every result when nothing changed, and matches a cold scan', async () => {
    const dir = copyApp('express-prisma-shop');
    const cold = await scanJson(dir, false);
    expect(await scanJson(dir, true)).toBe(cold);
    expect(fs.existsSync(path.join(dir, '.lawfulcache'))).toBe(true);
    expect(await scanJson(dir, true)).toBe(cold);
  });

  it('after an edit that adds a flow, the warm scan equals a cold scan', async () => {
    const dir = copyApp('express-prisma-shop');
    await scanJson(dir, true);
    const file = path.join(dir, 'src/routes/account.ts');
    edit(file, (text) => `${text}\nexport function debugCustomer(customer: { email: string }): void {\n  console.log('customer', customer.email);\n}\n`);
    const warm = await scanJson(dir, true);
    const cold = await scanJson(dir, false);
    expect(warm).toBe(cold);
    expect(warm).toContain('"line": ');
    expect(JSON.parse(warm).flows.some((flow: { location: { file: string }; sink: { id: string } }) => flow.location.file === 'src/routes/account.ts' && flow.sink.id === 'log/console')).toBe(true);
  });

  it('re-analyses callers when a wrapper they call starts sending data somewhere new', async () => {
    const dir = copyApp('express-prisma-shop');
    const before = await scanJson(dir, true);
    const analytics = path.join(dir, 'src/lib/analytics.ts');
    // The wrapper now also logs what it sends: every caller passing personal data gets a new log flow.
    edit(analytics, (text) => text.replace(/(export function track\([^)]*\)[^{]*\{)/, "$1\n  console.log('track', arguments);"));
    const warm = await scanJson(dir, true);
    const cold = await scanJson(dir, false);
    expect(warm).toBe(cold);
    expect(warm).not.toBe(before);
  });

  it('drops the results of a deleted file', async () => {
    const dir = copyApp('next-analytics');
    await scanJson(dir, true);
    const files = JSON.parse(await scanJson(dir, false)).flows.map((flow: { location: { file: string } }) => flow.location.file) as string[];
    const victim = files[files.length - 1]!;
    fs.rmSync(path.join(dir, victim));
    const warm = await scanJson(dir, true);
    expect(warm).toBe(await scanJson(dir, false));
    expect(warm).not.toContain(`"file": "${victim}"`);
  });
});
