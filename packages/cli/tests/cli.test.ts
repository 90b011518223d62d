/** The CLI as users run it: commands, exit codes, problems, monorepos, output formats. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runLawful } from './run-cli.js';

const cliFixtures = path.join(repoRoot, 'fixtures/cli');

const run = runLawful;

describe('lawful scan', () => {
  it('prints every problem of an invalid config with file:line:column and key, and exits 2', async () => {
    const { code, stderr } = await run(['scan', 'fixtures/cli/bad-config']);
    expect(code).toBe(2);
    expect(stderr).toContain('fixtures/cli/bad-config/lawful.config.yaml:3:11 stores.logs.kind: expected one of log,');
    expect(stderr).toContain('lawful.config.yaml:7:5 activities[0].legal_basis:');
    expect(stderr).toContain('lawful.config.yaml:9:20 activities[0].stores[1]: unknown store "warehouse"; defined stores: logs');
  });

  it('with no config lists flows, points at lawful init, and exits 0', async () => {
    const { code, stdout } = await run(['scan', 'fixtures/cli/loose']);
    expect(code).toBe(0);
    expect(stdout).toContain('src/report.js');
    expect(stdout).toContain('user.contact.phone_number → log/console');
    expect(stdout).toContain('lawful init');
  });

  it('reports a file it cannot parse by name and still scans the rest', async () => {
    const { code, stdout } = await run(['scan', 'fixtures/cli/broken-source', '--format', 'json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { flows: { location: { file: string } }[]; problems: { file: string; kind: string }[] };
    expect(result.problems).toEqual([expect.objectContaining({ file: 'src/broken.ts', kind: 'parse' })]);
    expect(result.flows.map((flow) => flow.location.file)).toContain('src/fine.ts');
  });

  it('scans every workspace package once, follows calls across packages, paths relative to the root', async () => {
    const { stdout } = await run(['scan', 'fixtures/cli/monorepo', '--format', 'json']);
    const result = JSON.parse(stdout) as { root: string; flows: { location: { file: string; line: number }; sink: { id: string } }[] };
    expect(result.root).toBe('fixtures/cli/monorepo');
    expect(result.flows.map((flow) => `${flow.location.file}:${flow.location.line} ${flow.sink.id}`)).toEqual([
      'packages/admin/src/export.ts:4 sdk/segment',
      'packages/web/src/signup.ts:4 sdk/segment',
    ]);
  });

  it('checks each workspace package against the config nearest to it', async () => {
    const { code, stdout } = await run(['scan', 'fixtures/cli/monorepo', '--format', 'json']);
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as { findings: { ruleId: string; location: { file: string } }[]; flows: { activity?: string; location: { file: string } }[] };
    // web's config declares the Segment flow; admin's declares nothing.
    expect(result.findings.map((finding) => `${finding.location.file} ${finding.ruleId}`)).toEqual(['packages/admin/src/export.ts undeclared-sharing']);
    expect(result.flows.find((flow) => flow.location.file === 'packages/web/src/signup.ts')?.activity).toBe('product_analytics');
  });

  it('gives byte-identical JSON for the same input', async () => {
    const first = await run(['scan', 'fixtures/apps/next-analytics', '--format', 'json']);
    const second = await run(['scan', 'fixtures/apps/next-analytics', '--format', 'json']);
    expect(first.stdout.length).toBeGreaterThan(100);
    expect(second.stdout).toBe(first.stdout);
  });

  it('writes SARIF to --output', async () => {
    const output = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lawful-cli-')), 'out.sarif');
    const { code } = await run(['scan', 'fixtures/cli/loose', '--format', 'sarif', '--output', output]);
    expect(code).toBe(0);
    const sarif = JSON.parse(fs.readFileSync(output, 'utf8')) as { version: string; runs: unknown[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
  });

  it('exits 2 on usage errors with a message', async () => {
    expect((await run(['scan', 'fixtures/cli/loose', '--format', 'xml'])).stderr).toContain('--format xml: expected one of stylish, json, sarif, markdown');
    expect((await run(['scan', 'no/such/dir'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['scan', '--no-such-flag'])).code).toBe(2);
    expect((await run(['scan', 'fixtures/cli/loose', '--update-baseline'])).stderr).toContain('--update-baseline needs --baseline');
  });

  it('prints help and version', async () => {
    expect((await run(['--help'])).stdout).toContain('lawful scan [dir]');
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('the built binary', () => {
  it('runs `lawful scan` and exits with the documented code', () => {
    const bin = path.join(repoRoot, 'packages/cli/dist/bin.js');
    expect(fs.existsSync(bin), 'run `pnpm build` first').toBe(true);
    const ok = spawnSync(process.execPath, [bin, 'scan', path.join(cliFixtures, 'loose')], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('log/console');
    const bad = spawnSync(process.execPath, [bin, 'scan', path.join(cliFixtures, 'bad-config')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown store "warehouse"');
  });
});
