/**
 * Builds one `ts.Program` per project with ts-morph. The scanner is read-only: it hands the compiler
 * program to the analyzer and never uses ts-morph's manipulation wrappers (CONVENTIONS.md 12).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Project, ts, type TS } from './compiler.js';
import { foldersUnchanged, readFolder, type FolderEntries, type FolderStamp, type Problem } from '@lawful/core';
import type { ProjectSpec } from './projects.js';

const DEFAULT_OPTIONS: TS.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.Preserve,
  allowJs: true,
  checkJs: false,
  strict: true,
  experimentalDecorators: true,
  skipLibCheck: true,
  noEmit: true,
};

// JavaScript files are analysed too: real codebases mix them.
const JS_TOO: TS.CompilerOptions = { allowJs: true, noEmit: true, skipLibCheck: true };

/** tsconfigs parsed by `projectFileNames`, reused for the program (one parse, one directory walk). */
const parsedConfigs = new Map<string, TS.ParsedCommandLine>();

/**
 * The program of `rootFiles` (a project's whole file list from `projectFileNames`, or the few files
 * the incremental cache re-analyses) and everything they import, with the project's compiler options.
 * A root file that cannot be read is left out; the caller reports it.
 */
export function loadProgram(spec: ProjectSpec, rootFiles: readonly string[]): TS.Program {
  const options = spec.tsconfig ? ((parsedConfigs.get(spec.tsconfig) ?? parseCompilerOptionsOnly(spec.tsconfig))?.options ?? JS_TOO) : DEFAULT_OPTIONS;
  const project = new Project({ compilerOptions: options });
  for (const file of rootFiles) {
    try {
      project.addSourceFileAtPathIfExists(file);
    } catch {
      // unreadable (permissions, a folder named like a file): reported as not scanned
    }
  }
  project.resolveSourceFileDependencies();
  return project.getProgram().compilerObject;
}

/**
 * A tsconfig's compiler options without its file list (no directory walk): for a program of a few
 * root files when the file list came from the cache.
 */
function parseCompilerOptionsOnly(tsconfig: string): TS.ParsedCommandLine | undefined {
  return ts.getParsedCommandLineOfConfigFile(tsconfig, JS_TOO, {
    ...ts.sys,
    readDirectory: () => [],
    onUnRecoverableConfigFileDiagnostic: () => undefined,
  });
}

/** Syntax errors in the program's own files: reported, and the rest of the file is still analysed. */
export function collectParseProblems(program: TS.Program, rootDir: string, isOwnFile: (fileName: string) => boolean): Problem[] {
  const problems: Problem[] = [];
  for (const sourceFile of program.getSourceFiles()) {
    if (!isOwnFile(sourceFile.fileName)) continue;
    const diagnostics = program.getSyntacticDiagnostics(sourceFile);
    const first = diagnostics[0];
    if (!first) continue;
    const position = first.start !== undefined ? sourceFile.getLineAndCharacterOfPosition(first.start) : undefined;
    problems.push({
      file: relativePath(rootDir, sourceFile.fileName),
      message: `${diagnostics.length} syntax error(s); first: ${ts.flattenDiagnosticMessageText(first.messageText, '\n')} (the rest of the file was still analysed)`,
      kind: 'parse',
      ...(position ? { line: position.line + 1, column: position.character + 1 } : {}),
    });
  }
  return problems;
}

/**
 * Files of the project's list that the program could not load (unreadable, vanished while scanning):
 * reported by name, since nothing may be skipped silently.
 */
export function collectUnreadableProblems(
  program: Pick<TS.Program, 'getSourceFile'>,
  files: readonly string[],
  rootDir: string,
  isOwnFile: (fileName: string) => boolean,
): Problem[] {
  return files
    .filter((fileName) => isOwnFile(fileName) && !program.getSourceFile(fileName))
    .map((fileName) => notScannedProblem(relativePath(rootDir, fileName)));
}

/** A file that is part of the scan but could not be read: reported, since nothing may be skipped silently. */
export function notScannedProblem(file: string): Problem {
  return { file, message: 'the file could not be read, so it was not scanned', kind: 'read' };
}

export function relativePath(rootDir: string, file: string): string {
  // Fast path (called for every file, several times): a normalised absolute path inside rootDir.
  if (path.sep === '/' && file.startsWith(rootDir) && file.charCodeAt(rootDir.length) === 47 /* '/' */ && isNormalisedAbsolute(file) && isNormalisedAbsolute(rootDir)) {
    return file.slice(rootDir.length + 1);
  }
  const relative = path.relative(rootDir, file).split(path.sep).join('/');
  return relative === '' ? '.' : relative;
}

/** `path.resolve(file)`, without the work when `file` is already absolute and normalised (TypeScript's file names are). */
export function absolutePath(file: string): string {
  return path.sep === '/' && isNormalisedAbsolute(file) ? file : path.resolve(file);
}

const DENORMALISED = /\/\/|\/\.\.?(?:\/|$)/;

function isNormalisedAbsolute(file: string): boolean {
  return file.charCodeAt(0) === 47 && (file.length === 1 || file.charCodeAt(file.length - 1) !== 47) && !DENORMALISED.test(file);
}

/**
 * What a tsconfig's file list was computed from, so a `--cache` re-scan can reuse the list instead
 * of walking the directories again (about 0.1 s on 5,000 files): the config files (the tsconfig and
 * what it extends) and every directory the walk read, stamped as core's `readFolder` does (see
 * folders.ts for when a stamped folder counts as unchanged).
 */
export interface FileListing {
  configs: [file: string, mtimeMs: number, size: number][];
  dirs: FolderStamp[];
  /** The list, relative to the tsconfig's folder with `/` (the bulk of a cache file, kept short). */
  files: string[];
  configProblems: string[];
}

export interface ProjectFiles {
  /** Absolute, sorted. */
  files: string[];
  /** The tsconfig and the configs it extends (absolute); empty without a tsconfig. */
  configFiles: string[];
  /** What TypeScript said about the tsconfig (unknown options, no inputs, unreadable), one message each. */
  configProblems: string[];
  /** For the next run; undefined when the listing cannot be checked (no tsconfig, TypeScript without `matchFiles`). */
  listing?: FileListing;
}

type MatchFiles = (
  path: string,
  extensions: readonly string[] | undefined,
  excludes: readonly string[] | undefined,
  includes: readonly string[] | undefined,
  useCaseSensitiveFileNames: boolean,
  currentDirectory: string,
  depth: number | undefined,
  getFileSystemEntries: (path: string) => { files: readonly string[]; directories: readonly string[] },
  realpath: (path: string) => string,
) => string[];

/**
 * The files a project's tsconfig includes, without building a program (for the cache's hashing).
 * `previous`, when every config file and directory it lists is unchanged, is returned as it is.
 */
export function projectFileNames(spec: ProjectSpec, previous?: FileListing): ProjectFiles {
  if (!spec.tsconfig) return { files: [...(spec.files ?? [])].map(absolutePath).sort(), configFiles: [], configProblems: [] };
  const base = path.dirname(spec.tsconfig);
  if (previous && listingIsCurrent(previous)) {
    const files = previous.files.map((file) => fromBase(base, file));
    return { files, configFiles: previous.configs.map(([file]) => file), configProblems: previous.configProblems, listing: previous };
  }
  // TypeScript's own directory walk (the rules of include/exclude/files stay TypeScript's), with each
  // directory it reads recorded. `matchFiles` is internal; without it the walk is simply not cached.
  const matchFiles = (ts as unknown as { matchFiles?: MatchFiles }).matchFiles;
  const dirs: FolderStamp[] = [];
  const readDirectory: TS.ParseConfigHost['readDirectory'] | undefined = matchFiles
    ? (root, extensions, excludes, includes, depth) =>
        matchFiles(root, extensions, excludes, includes, ts.sys.useCaseSensitiveFileNames, process.cwd(), depth, (dir) => readEntries(dir, dirs), (file) => ts.sys.realpath?.(file) ?? file)
    : undefined;
  const diagnostics: TS.Diagnostic[] = [];
  const parsed = ts.getParsedCommandLineOfConfigFile(spec.tsconfig, JS_TOO, {
    ...ts.sys,
    ...(readDirectory ? { readDirectory } : {}),
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => diagnostics.push(diagnostic),
  });
  if (parsed) parsedConfigs.set(spec.tsconfig, parsed);
  diagnostics.push(...(parsed?.errors ?? []));
  const configProblems = [...new Set(diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')))];
  const files = (parsed?.fileNames ?? []).map(absolutePath).sort();
  const configFiles = [spec.tsconfig, ...((parsed?.options.configFile as TS.TsConfigSourceFile | undefined)?.extendedSourceFiles ?? []).map(absolutePath)];
  const configs = configFiles.map((file): [string, number, number] => {
    const stats = statOrUndefined(file);
    return [file, stats?.mtimeMs ?? -1, stats?.size ?? -1];
  });
  const listing = readDirectory && parsed ? { configs, dirs, files: files.map((file) => relativePath(base, file)), configProblems } : undefined;
  return { files, configFiles, configProblems, ...(listing ? { listing } : {}) };
}

/** The absolute path of `file`, relative to `base` with `/` (the inverse of `relativePath`). */
function fromBase(base: string, file: string): string {
  return path.sep === '/' && !file.startsWith('../') && file !== '..' && file !== '.' ? `${base}/${file}` : path.resolve(base, file);
}

function listingIsCurrent(listing: FileListing): boolean {
  // a cache file is input like any other: a listing of another shape is simply not used
  const shapeOk = [listing.configs, listing.dirs, listing.files, listing.configProblems].every(Array.isArray);
  if (!shapeOk) return false;
  for (const [file, mtimeMs, size] of listing.configs) {
    const stats = statOrUndefined(file);
    if (!stats || stats.mtimeMs !== mtimeMs || stats.size !== size) return false;
  }
  return foldersUnchanged(listing.dirs);
}

/** A directory's files and subdirectories as TypeScript's `sys` lists them, recording its stamp. */
function readEntries(dir: string, record: FolderStamp[]): FolderEntries {
  const read = readFolder(dir);
  if (!read) return { files: [], directories: [] };
  record.push(read.stamp);
  return read.entries;
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}
