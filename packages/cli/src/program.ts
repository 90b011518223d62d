/**
 * Builds one `ts.Program` per project with ts-morph. The scanner is read-only: it hands the compiler
 * program to the analyzer and never uses ts-morph's manipulation wrappers (CONVENTIONS.md 12).
 */
import path from 'node:path';
import { Project, ts, type TS } from './compiler.js';
import type { Problem } from '@lawful/core';
import type { ProjectSpec } from './projects.js';

export interface LoadedProgram {
  program: TS.Program;
  problems: Problem[];
}

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

/**
 * The program of a project. With `rootFiles`, only those files and what they import are loaded (the
 * incremental cache re-analyses a few files without parsing the whole project).
 */
// JavaScript files are analysed too: real codebases mix them.
const JS_TOO: TS.CompilerOptions = { allowJs: true, noEmit: true, skipLibCheck: true };

/** tsconfigs parsed by `projectFileNames`, reused when the cache builds a program from a few files. */
const parsedConfigs = new Map<string, TS.ParsedCommandLine>();

export function loadProgram(spec: ProjectSpec, rootDir: string, rootFiles?: readonly string[]): LoadedProgram {
  const problems: Problem[] = [];
  let project: Project;
  const parsed = spec.tsconfig && rootFiles ? parsedConfigs.get(spec.tsconfig) : undefined;
  if (parsed) {
    // A few root files of an already parsed tsconfig (the cache's re-analysis): no second directory walk.
    project = new Project({ compilerOptions: parsed.options });
    for (const file of rootFiles ?? []) project.addSourceFileAtPathIfExists(file);
    project.resolveSourceFileDependencies();
  } else if (spec.tsconfig) {
    project = new Project({
      tsConfigFilePath: spec.tsconfig,
      compilerOptions: JS_TOO,
      skipAddingFilesFromTsConfig: rootFiles !== undefined,
    });
    if (rootFiles) {
      for (const file of rootFiles) project.addSourceFileAtPathIfExists(file);
      project.resolveSourceFileDependencies();
    }
    const configDiagnostics = project.getConfigFileParsingDiagnostics();
    for (const diagnostic of configDiagnostics) {
      problems.push({
        file: relativePath(rootDir, spec.tsconfig),
        message: ts.flattenDiagnosticMessageText(diagnostic.compilerObject.messageText, '\n'),
        kind: 'config',
      });
    }
  } else {
    project = new Project({ compilerOptions: DEFAULT_OPTIONS });
    for (const file of rootFiles ?? spec.files ?? []) project.addSourceFileAtPathIfExists(file);
    if (rootFiles) project.resolveSourceFileDependencies();
  }
  const program = project.getProgram().compilerObject;
  return { program, problems };
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
 * Files the tsconfig includes that the program could not load (unreadable, vanished while scanning):
 * reported by name, since nothing may be skipped silently.
 */
export function collectUnreadableProblems(
  program: Pick<TS.Program, 'getRootFileNames' | 'getSourceFile'>,
  rootDir: string,
  isOwnFile: (fileName: string) => boolean,
): Problem[] {
  return program
    .getRootFileNames()
    .filter((fileName) => isOwnFile(fileName) && !program.getSourceFile(fileName))
    .map((fileName) => ({ file: relativePath(rootDir, fileName), message: 'the file could not be read, so it was not scanned', kind: 'read' as const }));
}

export function relativePath(rootDir: string, file: string): string {
  const relative = path.relative(rootDir, file).split(path.sep).join('/');
  return relative === '' ? '.' : relative;
}

/** The files a project's tsconfig includes, without building a program (for the cache's hashing). */
export function projectFileNames(spec: ProjectSpec): string[] {
  if (!spec.tsconfig) return [...(spec.files ?? [])].sort();
  const parsed = ts.getParsedCommandLineOfConfigFile(spec.tsconfig, JS_TOO, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: () => undefined,
  });
  if (parsed) parsedConfigs.set(spec.tsconfig, parsed);
  return (parsed?.fileNames ?? []).map((file) => path.resolve(file)).sort();
}
