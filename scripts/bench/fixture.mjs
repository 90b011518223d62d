// @ts-check
/**
 * The largest fixture app (`fixtures/apps/*`, by TypeScript file count) is measured next to the
 * generated projects, for issue 6's "largest fixture" figure. The bench never writes into
 * `fixtures/`: it copies the app into `bench-results/projects/` and adds its ESLint configs there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { eslintConfigFiles } from './generate.mjs';

const TYPESCRIPT_FILE = /\.(ts|tsx|mts|cts)$/;

/** Source files under `dir`, relative and sorted, skipping node_modules and build output. */
export function listTypeScriptFiles(dir) {
  const found = [];
  const walk = (current) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (TYPESCRIPT_FILE.test(entry.name)) found.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

/** The fixture app with the most TypeScript files (ties broken by name), or undefined. */
export function findLargestFixtureApp(repoRoot) {
  const appsDir = path.join(repoRoot, 'fixtures/apps');
  if (!fs.existsSync(appsDir)) return undefined;
  const apps = fs
    .readdirSync(appsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ name: entry.name, dir: path.join(appsDir, entry.name), files: listTypeScriptFiles(path.join(appsDir, entry.name)) }))
    .filter((app) => app.files.length > 0)
    .sort((a, b) => b.files.length - a.files.length || a.name.localeCompare(b.name));
  return apps[0];
}

/** Copies the fixture into `projectsDir/fixture-<name>` (fresh each run) and returns it as a bench project. */
export function prepareFixtureProject(fixture, projectsDir, repoRoot) {
  const dir = path.join(projectsDir, `fixture-${fixture.name}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(fixture.dir, dir, {
    recursive: true,
    filter: (source) => path.basename(source) !== 'node_modules',
  });
  // keep the fixture's installed dependencies (if it has any) without copying them
  const modules = path.join(fixture.dir, 'node_modules');
  if (fs.existsSync(modules)) fs.symlinkSync(modules, path.join(dir, 'node_modules'), 'dir');
  for (const [file, content] of eslintConfigFiles(repoRoot)) fs.writeFileSync(path.join(dir, file), content);
  const sources = fixture.files.filter((file) => !file.endsWith('.d.ts'));
  return {
    name: `fixture-${fixture.name}`,
    kind: 'fixture',
    files: fixture.files.length,
    dir,
    source: path.relative(repoRoot, fixture.dir).split(path.sep).join('/'),
    hasTsconfig: fs.existsSync(path.join(dir, 'tsconfig.json')),
    fileToEdit: sources[0] ?? fixture.files[0],
    editCounter: 0,
  };
}
