/** `--cache`: a warm re-scan reuses unchanged files and gives exactly the output of a cold scan. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reporters } from '../src/reporters/index.js';
import { scan } from '../src/scan.js';
import { DependentsIndex, type ProjectCache } from '../src/cache.js';

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

  it('notices files added to, renamed in and removed from the tsconfig file list (the list itself is cached)', async () => {
    const dir = copyApp('express-prisma-shop');
    await scanJson(dir, true);
    const added = `import { logger } from '../lib/logger.js';\nexport function audit(user: { email: string }): void {\n  logger.info({ email: user.email }, 'audit');\n}\n`;
    fs.mkdirSync(path.join(dir, 'src/audit'));
    fs.writeFileSync(path.join(dir, 'src/audit/trail.ts'), added);
    let warm = await scanJson(dir, true);
    expect(warm).toBe(await scanJson(dir, false));
    expect(warm).toContain('"file": "src/audit/trail.ts"');
    fs.renameSync(path.join(dir, 'src/audit/trail.ts'), path.join(dir, 'src/audit/log.ts'));
    warm = await scanJson(dir, true);
    expect(warm).toBe(await scanJson(dir, false));
    expect(warm).toContain('"file": "src/audit/log.ts"');
    expect(warm).not.toContain('src/audit/trail.ts');
    fs.rmSync(path.join(dir, 'src/audit'), { recursive: true });
    warm = await scanJson(dir, true);
    expect(warm).toBe(await scanJson(dir, false));
    expect(warm).not.toContain('src/audit/');
  });

  it('is discarded when a tsconfig the project extends changes', async () => {
    const dir = copyApp('express-prisma-shop');
    const tsconfigPath = path.join(dir, 'tsconfig.json');
    const tsconfig = JSON.parse(fs.readFileSync(tsconfigPath, 'utf8')) as { compilerOptions?: object };
    const base = path.join(dir, 'tsconfig.base.json');
    fs.writeFileSync(base, JSON.stringify({ compilerOptions: tsconfig.compilerOptions ?? {}, include: ['src'] }));
    fs.writeFileSync(tsconfigPath, JSON.stringify({ extends: './tsconfig.base.json' }));
    const before = await scanJson(dir, true);
    expect(before).toContain('"file": "src/jobs/purgeCarts.js"');
    // The base now lists only the routes: what they import is still scanned, the jobs (which nothing imports) are not.
    fs.writeFileSync(base, JSON.stringify({ compilerOptions: tsconfig.compilerOptions ?? {}, include: ['src/routes'] }));
    const warm = await scanJson(dir, true);
    expect(warm).toBe(await scanJson(dir, false));
    expect(warm).not.toContain('"file": "src/jobs/');
    expect(warm).toContain('"file": "src/routes/');
    expect(warm).toContain('"file": "src/services/');
  });

  it('reports files no tsconfig lists but the program imports, in cold and warm scans alike', async () => {
    const dir = copyApp('express-prisma-shop');
    const tsconfigPath = path.join(dir, 'tsconfig.json');
    const tsconfig = JSON.parse(fs.readFileSync(tsconfigPath, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(tsconfigPath, JSON.stringify({ ...tsconfig, exclude: ['src/services'] }));
    const cold = await scanJson(dir, false);
    expect(cold).toContain('"file": "src/services/');
    expect(await scanJson(dir, true)).toBe(cold);
    // an edit in an excluded, imported file is picked up by the warm scan
    const payments = path.join(dir, 'src/services/payments.ts');
    edit(payments, (text) => `${text}\nexport function debugCard(card: { email: string }): void {\n  console.log(card.email);\n}\n`);
    const warm = await scanJson(dir, true);
    expect(warm).toBe(await scanJson(dir, false));
    expect(warm).not.toBe(cold);
  });

  it('reports what TypeScript says about the tsconfig, in cold and warm scans alike', async () => {
    const dir = copyApp('careful-app');
    const tsconfigPath = path.join(dir, 'tsconfig.json');
    const tsconfig = JSON.parse(fs.readFileSync(tsconfigPath, 'utf8')) as { compilerOptions?: Record<string, unknown> };
    fs.writeFileSync(tsconfigPath, JSON.stringify({ ...tsconfig, compilerOptions: { ...tsconfig.compilerOptions, notAnOption: true } }));
    const cold = await scanJson(dir, false);
    const problems = JSON.parse(cold).problems as { file: string; kind: string; message: string }[];
    expect(problems).toContainEqual({ file: 'tsconfig.json', kind: 'config', message: "Unknown compiler option 'notAnOption'." });
    expect(await scanJson(dir, true)).toBe(cold);
    expect(await scanJson(dir, true)).toBe(cold);
  });

  it('puts the cache inside a --cache-location that is a directory, and only warns when it cannot write it', async () => {
    const dir = copyApp('careful-app');
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawful-cache-dir-'));
    const first = await scan({ dir, cwd: dir, cache: { location: cacheDir } });
    expect(fs.existsSync(path.join(cacheDir, '.lawfulcache'))).toBe(true);
    await scan({ dir, cwd: dir, cache: { location: 'new-folder/' } });
    expect(fs.existsSync(path.join(dir, 'new-folder', '.lawfulcache'))).toBe(true);

    const blocker = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocker, 'a file where the cache folder should be');
    const warnings: string[] = [];
    const outcome = await scan({ dir, cwd: dir, cache: { location: path.join(blocker, 'cache.json') }, onWarning: (message) => warnings.push(message) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^could not write the cache to .*not-a-folder.cache\.json \(.*\); the next scan starts cold$/);
    expect(outcome.result).toEqual(first.result);
  });
});

describe('DependentsIndex', () => {
  const file = (deps: string[]) => ({ hash: '', mtimeMs: 0, size: 0, fingerprint: '', deps, flows: [], annotations: [], problems: [] });
  // the caller changes cache.files first, then tells the index
  it.each([
    ['scanning the entries (a few questions)', 0],
    ['with the reverse index (many questions)', 20],
  ])('answers which files read a file, and follows changed and removed dependencies, %s', (_label, warmUp) => {
    const cache: ProjectCache = { key: '', files: { 'c.ts': file(['a.ts']), 'b.ts': file(['a.ts', 'd.ts']), 'a.ts': file([]) }, programLevel: { annotations: [], problems: [] } };
    const index = new DependentsIndex(cache);
    for (let i = 0; i < warmUp; i++) index.of('x.ts');
    expect(index.of('a.ts')).toEqual(['b.ts', 'c.ts']);
    expect(index.of('d.ts')).toEqual(['b.ts']);
    expect(index.of('b.ts')).toEqual([]);
    cache.files['b.ts'] = file(['d.ts']);
    index.set('b.ts', ['d.ts']);
    expect(index.of('a.ts')).toEqual(['c.ts']);
    delete cache.files['c.ts'];
    index.set('c.ts', []);
    expect(index.of('a.ts')).toEqual([]);
    expect(index.of('d.ts')).toEqual(['b.ts']);
  });
});
