/**
 * `@lawful/analyzer`: the flow engine on the TypeScript compiler API, shared by the CLI (ts-morph's
 * program) and the ESLint plugin (typescript-eslint's program).
 */
import { createHash } from 'node:crypto';
import type ts from 'typescript';
import type { Flow, Problem, SourceLocation } from '@lawful/core';
import { compareLocations, compareStrings } from '@lawful/core';
import type { AnalyzerCatalog } from './catalog.js';
import { dedupeFlows, FlowEngine } from './engine.js';
import { personalTagText } from './marks.js';
import type { PrismaModel } from './prisma.js';
import { loadPrismaModels, parsePrismaSchema } from './prisma.js';

export type {
  AnalyzerCatalog,
  AnalyzerCatalogInput,
  CompiledSinkRule,
  CompiledSource,
  CompiledSanitizer,
  CompiledHandler,
  HandlerRule,
  IdentifierCategoryMatcher,
  SourceCallback,
  SourceDecorator,
  SourceFile as SourceCatalogFile,
  SourceRead,
  SourceRule,
} from './catalog.js';
export { catalogForConfig, createAnalyzerCatalog, loadAnalyzerCatalog, matcherOf, withTaxonomy } from './catalog.js';
export { parsePrismaSchema, findPrismaSchemas } from './prisma.js';
export type { PrismaModel, PrismaField } from './prisma.js';
export { classifyUrlHost, isInternalHost } from './urls.js';

export interface AnalyzerOptions {
  /** The module instance (ts-morph's `ts` in the CLI, typescript-eslint's in the editor). */
  ts: typeof ts;
  program: ts.Program;
  /** Locations are reported relative to this, with `/` separators. */
  rootDir: string;
  catalog: AnalyzerCatalog;
  /** Name heuristics (default true). */
  heuristics?: boolean;
  /** Extra sanitizer functions from config: names or `module#export` (module relative to rootDir or a package). */
  sanitizers?: string[];
  /** Consent guard names from config (`activities[].consent.guard`). */
  guards?: string[];
  /**
   * Project files: analysed, followed across imports (summaries, wrapper modules). Default: not in
   * node_modules, not `.d.ts`.
   */
  isFileIncluded?: (fileName: string) => boolean;
  /**
   * Files whose flows `analyzeProgram` reports (default: every included file). In a monorepo scanned
   * package by package, pass the files not reported yet here and keep every workspace file included,
   * so calls into an already-scanned package still use its summaries.
   */
  isFileReported?: (fileName: string) => boolean;
  /**
   * Prisma schemas to use instead of the `*.prisma` files found under `rootDir` (tests, editors
   * with unsaved buffers). `file` is reported as given.
   */
  prismaSchemas?: { file: string; text: string }[];
}

export interface Analyzer {
  /** Flows whose sink call is in this file (computes callee summaries in other files lazily, memoised). */
  analyzeFile(fileName: string): FileAnalysis;
  /** Every included file, sorted; never throws: a failing file becomes a Problem and the rest goes on. */
  analyzeProgram(options?: { onProgress?: (done: number, total: number) => void }): ProgramAnalysis;
  /**
   * A stable hash (hex SHA-256) of everything OTHER files' analysis can observe of this file: its
   * declarations without function bodies (interfaces, type aliases, classes and their property
   * declarations with JSDoc marks and decorators, module-level variables and their initialisers such
   * as `export const logger = pino()`, imports and re-exports), and the summary of each of its
   * functions (parameter → sink with trace and guards, what it returns). Same text ⇒ same fingerprint;
   * an edit inside a function body that keeps its summary ⇒ same fingerprint. For incremental
   * caches: importers need re-analysis only when this changes. Summary traces carry line:column
   * (callers' flows repeat them), so an edit that moves a summarised step changes the fingerprint.
   */
  interfaceFingerprint(fileName: string): string;
  /**
   * Absolute paths of the project files this file's analysis used, sorted: the project files its
   * imports and re-exports resolve to, and every project file the engine looked into while analysing
   * it (callee summaries, declarations of marks and of the types it queried, wrapper modules). The
   * file itself is not listed. Runs the file's analysis if it has not run yet.
   */
  fileDependencies(fileName: string): string[];
}

export interface FileAnalysis {
  flows: Flow[];
  annotations: AnnotationUse[];
  problems: Problem[];
}

export interface ProgramAnalysis {
  flows: Flow[];
  annotations: AnnotationUse[];
  problems: Problem[];
  filesAnalyzed: number;
}

/** Every category a `@personal`, brand, decorator or Prisma comment names, resolved or not (for `unknown-category`). */
export interface AnnotationUse {
  raw: string;
  category?: string;
  location: SourceLocation;
  kind: 'jsdoc' | 'brand' | 'decorator' | 'prisma';
}

export function defaultIsFileIncluded(fileName: string): boolean {
  const normalized = fileName.replace(/\\/g, '/');
  return !normalized.includes('/node_modules/') && !/\.d\.[cm]?ts$/.test(normalized) && !/\.d\.[^.]+\.ts$/.test(normalized);
}

// One analyzer per program and catalog: summaries and caches are only valid for the program they came from.
const analyzers = new WeakMap<ts.Program, WeakMap<AnalyzerCatalog, Map<string, Analyzer>>>();

/** Memoised per program, catalog and options (unless file filters are given: they cannot be compared). */
export function createAnalyzer(options: AnalyzerOptions): Analyzer {
  if (options.isFileIncluded || options.isFileReported) return buildAnalyzer(options);
  const key = JSON.stringify([options.rootDir, options.heuristics ?? true, options.sanitizers ?? [], options.guards ?? [], options.prismaSchemas ?? null]);
  let byCatalog = analyzers.get(options.program);
  if (!byCatalog) {
    byCatalog = new WeakMap();
    analyzers.set(options.program, byCatalog);
  }
  let byOptions = byCatalog.get(options.catalog);
  if (!byOptions) {
    byOptions = new Map();
    byCatalog.set(options.catalog, byOptions);
  }
  const cached = byOptions.get(key);
  if (cached) return cached;
  const analyzer = buildAnalyzer(options);
  byOptions.set(key, analyzer);
  return analyzer;
}

function buildAnalyzer(options: AnalyzerOptions): Analyzer {
  const t = options.ts;
  const isFileIncluded = options.isFileIncluded ?? defaultIsFileIncluded;
  let prismaModels: Map<string, PrismaModel>;
  const prismaProblems: Problem[] = [];
  if (options.prismaSchemas) {
    prismaModels = new Map();
    for (const schema of options.prismaSchemas) {
      for (const model of parsePrismaSchema(schema.text, schema.file)) if (!prismaModels.has(model.name)) prismaModels.set(model.name, model);
    }
  } else {
    try {
      prismaModels = loadPrismaModels(options.rootDir);
    } catch (error) {
      prismaModels = new Map();
      prismaProblems.push({ file: 'schema.prisma', message: `could not read Prisma schemas: ${(error as Error).message}`, kind: 'read' });
    }
  }
  const engine = new FlowEngine({
    ts: t,
    program: options.program,
    catalog: options.catalog,
    rootDir: options.rootDir,
    heuristics: options.heuristics ?? true,
    sanitizers: options.sanitizers ?? [],
    guards: options.guards ?? [],
    isFileIncluded,
    prismaModels,
  });

  const annotationsOf = (sourceFile: ts.SourceFile): AnnotationUse[] => {
    const uses: AnnotationUse[] = [];
    // Every mark spells `personal` (`@personal`, `Personal<…>`, `@Personal(…)`): most files have none.
    if (!sourceFile.text.includes('ersonal')) return uses;
    const add = (raw: string, node: ts.Node, kind: AnnotationUse['kind']): void => {
      const category = raw === 'none' ? 'none' : options.catalog.taxonomy.resolve(raw);
      uses.push({ raw, ...(category ? { category } : {}), location: engine.location(node), kind });
    };
    const visit = (node: ts.Node): void => {
      const jsDoc = (node as { jsDoc?: ts.JSDoc[] }).jsDoc;
      for (const doc of jsDoc ?? []) {
        for (const tag of doc.tags ?? []) {
          const raw = personalTagText(t, tag);
          if (raw) add(raw, tag, 'jsdoc');
        }
      }
      if (t.isTypeReferenceNode(node)) {
        const name = t.isIdentifier(node.typeName) ? node.typeName.text : node.typeName.right.text;
        const category = node.typeArguments?.[1];
        if (name === 'Personal' && category && t.isLiteralTypeNode(category) && t.isStringLiteral(category.literal)) add(category.literal.text, category, 'brand');
      }
      if (t.isDecorator(node) && t.isCallExpression(node.expression) && t.isIdentifier(node.expression.expression) && node.expression.expression.text === 'Personal') {
        const argument = node.expression.arguments[0];
        if (argument && t.isStringLiteralLike(argument)) add(argument.text, node, 'decorator');
      }
      t.forEachChild(node, visit);
    };
    visit(sourceFile);
    return uses;
  };

  const prismaAnnotations = (): AnnotationUse[] => {
    const uses: AnnotationUse[] = [];
    for (const model of prismaModels.values()) {
      for (const field of model.fields.values()) {
        if (!field.mark) continue;
        const category = field.mark.raw === 'none' ? 'none' : options.catalog.taxonomy.resolve(field.mark.raw);
        uses.push({ raw: field.mark.raw, ...(category ? { category } : {}), location: { file: model.file, line: field.mark.line, column: field.mark.column }, kind: 'prisma' });
      }
    }
    return uses;
  };

  const analyzeSourceFile = (sourceFile: ts.SourceFile): FileAnalysis => {
    const file = engine.relativeFile(sourceFile.fileName);
    try {
      return { flows: engine.flowsOfFile(sourceFile), annotations: annotationsOf(sourceFile), problems: [] };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { flows: [], annotations: [], problems: [{ file, message: `analysis failed: ${message}`, kind: 'analysis' }] };
    }
  };

  const sourceFileOf = (fileName: string): ts.SourceFile => {
    const sourceFile = options.program.getSourceFile(fileName);
    if (!sourceFile) throw new Error(`${engine.relativeFile(fileName)}: file is not part of the program`);
    return sourceFile;
  };

  return {
    interfaceFingerprint(fileName) {
      return createHash('sha256').update(engine.interfaceText(sourceFileOf(fileName))).digest('hex');
    },
    fileDependencies(fileName) {
      return engine.dependenciesOf(sourceFileOf(fileName));
    },
    analyzeFile(fileName) {
      const sourceFile = options.program.getSourceFile(fileName);
      if (!sourceFile) {
        return { flows: [], annotations: [], problems: [{ file: engine.relativeFile(fileName), message: 'file is not part of the program', kind: 'read' }] };
      }
      return analyzeSourceFile(sourceFile);
    },
    analyzeProgram(programOptions) {
      const files = options.program
        .getSourceFiles()
        .filter((sourceFile) => isFileIncluded(sourceFile.fileName) && (options.isFileReported?.(sourceFile.fileName) ?? true))
        .sort((a, b) => compareStrings(engine.relativeFile(a.fileName), engine.relativeFile(b.fileName)));
      const flows: Flow[] = [];
      const annotations: AnnotationUse[] = [...prismaAnnotations()];
      const problems: Problem[] = [...prismaProblems];
      for (const [index, sourceFile] of files.entries()) {
        programOptions?.onProgress?.(index, files.length);
        const result = analyzeSourceFile(sourceFile);
        flows.push(...result.flows);
        annotations.push(...result.annotations);
        problems.push(...result.problems);
      }
      for (const error of options.catalog.errors) problems.push({ file: 'rules', message: error, kind: 'config' });
      annotations.sort((a, b) => compareLocations(a.location, b.location) || compareStrings(a.raw, b.raw));
      problems.sort((a, b) => compareStrings(a.file, b.file) || compareStrings(a.message, b.message));
      return { flows: dedupeFlows(flows), annotations, problems, filesAnalyzed: files.length };
    },
  };
}
