/** `--shard i/n` + `lawful merge` give byte-identical output to one unsharded scan. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runLawful } from './run-cli.js';
import { scan } from '../src/scan.js';

const run = runLawful;

describe('sharded scans', () => {
  for (const [dir, total] of [
    ['fixtures/apps/express-prisma-shop', 3],
    ['fixtures/apps/nest-typeorm-service', 2],
    ['fixtures/cli/monorepo', 2],
  ] as const) {
    for (const format of ['json', 'sarif'] as const) {
      it(`${dir} in ${total} shards, ${format}`, async () => {
        const whole = await run(['scan', dir, '--format', format]);
        const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawful-shard-'));
        const shardFiles: string[] = [];
        for (let index = 1; index <= total; index++) {
          const file = path.join(tmp, `shard-${index}.json`);
          const shard = await run(['scan', dir, '--shard', `${index}/${total}`, '--output', file]);
          expect(shard.code, shard.stderr).toBe(0);
          shardFiles.push(file);
        }
        const merged = await run(['merge', ...shardFiles.reverse(), '--format', format]);
        expect(merged.code).toBe(whole.code);
        expect(merged.stdout.length).toBeGreaterThan(200);
        expect(merged.stdout).toBe(whole.stdout);
      });
    }
  }

  it('splits the work: each shard analyses only part of the files', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawful-shard-'));
    const counts: number[] = [];
    for (const index of [1, 2]) {
      const file = path.join(tmp, `s${index}.json`);
      await run(['scan', 'fixtures/apps/express-prisma-shop', '--shard', `${index}/2`, '--output', file]);
      counts.push((JSON.parse(fs.readFileSync(file, 'utf8')) as { raw: { files: string[] } }).raw.files.length);
    }
    expect(counts.every((count) => count > 0)).toBe(true);
    const whole = await scan({ dir: path.join(repoRoot, 'fixtures/apps/express-prisma-shop') });
    expect(counts[0]! + counts[1]!).toBe(whole.scannedFiles.size);
    expect(Math.max(...counts)).toBeLessThan(whole.scannedFiles.size);
  });

  it('refuses incomplete or mismatched shard sets', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawful-shard-'));
    const file = path.join(tmp, 's1.json');
    await run(['scan', 'fixtures/cli/loose', '--shard', '1/2', '--output', file]);
    const merged = await run(['merge', file]);
    expect(merged.code).toBe(2);
    expect(merged.stderr).toContain('missing shard(s) 2/2');
    expect((await run(['scan', 'fixtures/cli/loose', '--shard', '3/2', '--output', file])).stderr).toContain('--shard 3/2: expected i/n');
    expect((await run(['scan', 'fixtures/cli/loose', '--shard', '1/2'])).stderr).toContain('--shard needs --output');
  });
});
