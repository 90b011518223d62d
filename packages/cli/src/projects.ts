/**
 * Which TypeScript projects a scan covers (DESIGN.md "What is scanned"): `--project`, else the
 * workspace packages (pnpm/npm/yarn) or a solution tsconfig's `references`, else `<dir>/tsconfig.json`,
 * else every TS/JS file under `<dir>` with default options.
 */
import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { parse as parseYaml } from 'yaml';

export interface ProjectSpec {
  /** Absolute path of the tsconfig, or undefined for a loose set of files. */
  tsconfig?: string;
  /** Folder the project lives in (for the nearest config file). */
  dir: string;
  /** Explicit files for a project without tsconfig. */
  files?: string[];
}

const SOURCE_EXTENSIONS = /\.(?:[cm]?tsx?|[cm]?jsx?)$/;
const IGNORED_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'coverage', '.next', 'out']);

export function discoverProjects(dir: string, project?: string): ProjectSpec[] {
  if (project) {
    const tsconfig = path.resolve(dir, project);
    if (!fs.existsSync(tsconfig)) throw new UsageError(`--project ${project}: no such file`);
    return [{ tsconfig, dir: path.dirname(tsconfig) }];
  }
  const workspaces = workspacePackageDirs(dir);
  if (workspaces.length > 0) {
    const specs = workspaces
      .map((packageDir) => path.join(packageDir, 'tsconfig.json'))
      .filter((tsconfig) => fs.existsSync(tsconfig))
      .map((tsconfig) => ({ tsconfig, dir: path.dirname(tsconfig) }));
    if (specs.length > 0) return specs;
  }
  const rootTsconfig = path.join(dir, 'tsconfig.json');
  if (fs.existsSync(rootTsconfig)) {
    const references = solutionReferences(rootTsconfig);
    if (references.length > 0) return references.map((tsconfig) => ({ tsconfig, dir: path.dirname(tsconfig) }));
    return [{ tsconfig: rootTsconfig, dir }];
  }
  return [{ dir, files: listSourceFiles(dir) }];
}

/** Package folders of a pnpm (`pnpm-workspace.yaml`) or npm/yarn (`package.json#workspaces`) workspace. */
function workspacePackageDirs(dir: string): string[] {
  const patterns: string[] = [];
  const pnpmWorkspace = path.join(dir, 'pnpm-workspace.yaml');
  if (fs.existsSync(pnpmWorkspace)) {
    const parsed = parseYaml(fs.readFileSync(pnpmWorkspace, 'utf8')) as { packages?: unknown } | null;
    if (Array.isArray(parsed?.packages)) patterns.push(...parsed.packages.filter((p): p is string => typeof p === 'string'));
  }
  const packageJson = path.join(dir, 'package.json');
  if (patterns.length === 0 && fs.existsSync(packageJson)) {
    const parsed = JSON.parse(fs.readFileSync(packageJson, 'utf8')) as { workspaces?: unknown };
    const workspaces = Array.isArray(parsed.workspaces)
      ? parsed.workspaces
      : (parsed.workspaces as { packages?: unknown } | undefined)?.packages;
    if (Array.isArray(workspaces)) patterns.push(...workspaces.filter((p): p is string => typeof p === 'string'));
  }
  if (patterns.length === 0) return [];
  const include = patterns.filter((p) => !p.startsWith('!')).map((p) => p.replace(/\/$/, ''));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1).replace(/\/$/, ''));
  const isIncluded = picomatch(include);
  const isExcluded = exclude.length > 0 ? picomatch(exclude) : () => false;
  const maxDepth = Math.max(...include.map((p) => (p.includes('**') ? 6 : p.split('/').length)));
  return listDirectories(dir, maxDepth)
    .filter((relative) => isIncluded(relative) && !isExcluded(relative))
    .map((relative) => path.join(dir, relative))
    .sort();
}

function solutionReferences(tsconfig: string): string[] {
  const text = fs.readFileSync(tsconfig, 'utf8');
  // tsconfig is JSONC; the YAML parser accepts JSON with comments removed well enough for `references`.
  type SolutionConfig = { references?: { path?: string }[]; files?: unknown[]; include?: unknown[] } | null;
  let parsed: SolutionConfig;
  try {
    parsed = parseYaml(stripJsonComments(text)) as SolutionConfig;
  } catch {
    return [];
  }
  const references = parsed?.references ?? [];
  const hasOwnFiles = (parsed?.files?.length ?? 0) > 0 || (parsed?.include?.length ?? 0) > 0;
  if (references.length === 0 || hasOwnFiles) return [];
  return references
    .map((reference) => (reference.path ? path.resolve(path.dirname(tsconfig), reference.path) : undefined))
    .filter((p): p is string => p !== undefined)
    .map((p) => (p.endsWith('.json') ? p : path.join(p, 'tsconfig.json')))
    .filter((p) => fs.existsSync(p))
    .sort();
}

function stripJsonComments(text: string): string {
  return text.replace(/("(?:\\.|[^"\\])*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (match, string: string | undefined) => string ?? '');
}

function listDirectories(root: string, maxDepth: number): string[] {
  const result: string[] = [];
  const walk = (relative: string, depth: number) => {
    if (depth > maxDepth) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || IGNORED_DIRS.has(entry.name) || entry.name.startsWith('.')) continue;
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      result.push(child);
      walk(child, depth + 1);
    }
  };
  walk('', 1);
  return result;
}

/** Every TS/JS source file under `root`, sorted, outside node_modules and build output. */
export function listSourceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!IGNORED_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(full);
      } else if (SOURCE_EXTENSIONS.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        files.push(full);
      }
    }
  };
  walk(root);
  return files.sort();
}

/** A mistake in how lawful was called: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
