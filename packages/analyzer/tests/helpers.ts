import { Project, ts } from 'ts-morph';
import type { Flow } from '@lawful/core';
import { createAnalyzer, loadAnalyzerCatalog } from '@lawful/analyzer';
import type { AnalyzerOptions, ProgramAnalysis } from '@lawful/analyzer';

/** Analyzes an in-memory project (`/app/...` paths) with the built-in catalog. */
export function analyze(
  files: Record<string, string>,
  options: Partial<Omit<AnalyzerOptions, 'ts' | 'program' | 'rootDir'>> = {},
): ProgramAnalysis {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      allowJs: true,
      experimentalDecorators: true,
      jsx: ts.JsxEmit.ReactJSX,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    },
  });
  for (const [name, text] of Object.entries(files)) project.createSourceFile(`/app/${name}`, text);
  const program = project.getProgram().compilerObject;
  return createAnalyzer({ ts, program, rootDir: '/app', catalog: loadAnalyzerCatalog(), prismaSchemas: [], ...options }).analyzeProgram();
}

/** `file:line sinkId category` lines, for compact assertions. */
export function summarize(flows: Flow[]): string[] {
  return flows.map((flow) => `${flow.location.file}:${flow.location.line} ${flow.sink.id} ${flow.category}${flow.confidence === 'inferred' ? ' ~' : ''}`);
}
