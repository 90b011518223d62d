import { describe, expect, it } from 'vitest';
import { Project, ts } from 'ts-morph';
import { createAnalyzer, loadAnalyzerCatalog } from '@lawful/analyzer';
import type { Analyzer } from '@lawful/analyzer';

const catalog = loadAnalyzerCatalog();

function analyzerOf(files: Record<string, string>): Analyzer {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true },
  });
  for (const [name, text] of Object.entries(files)) project.createSourceFile(`/app/${name}`, text);
  return createAnalyzer({ ts, program: project.getProgram().compilerObject, rootDir: '/app', catalog, prismaSchemas: [] });
}

const TYPES = `export interface User {\n  id: string;\n  /** @personal email */\n  contact: string;\n}\n`;
const LOGGER = `import pino from 'pino';\nexport const logger = pino();\n`;
const HELPER = `import { logger } from './logger';\nimport type { User } from './types';\nexport function audit(user: User, note: string) {\n  const line = note.trim();\n  logger.info({ id: user.id }, 'audited');\n  return line.length;\n}\n`;

function fingerprintOf(helper: string, file = 'helper.ts'): string {
  return analyzerOf({ 'types.ts': TYPES, 'logger.ts': LOGGER, 'helper.ts': helper }).interfaceFingerprint(`/app/${file}`);
}

describe('interfaceFingerprint', () => {
  it('is the same for the same text, in separate programs', () => {
    const first = fingerprintOf(HELPER);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprintOf(HELPER)).toBe(first);
  });

  it('ignores a body-only edit that keeps the summary', () => {
    const edited = HELPER.replace('const line = note.trim();', 'const line = note.trim().toUpperCase();');
    expect(fingerprintOf(edited)).toBe(fingerprintOf(HELPER));
  });

  it('changes when an exported function gains a sink for its parameter', () => {
    // `note` carries no personal data of its own: what callers pass for it now reaches the logger.
    const edited = HELPER.replace("logger.info({ id: user.id }, 'audited');", 'logger.info({ id: user.id }, line);');
    expect(fingerprintOf(edited)).not.toBe(fingerprintOf(HELPER));
  });

  it('changes when a declaration mark or a wrapper module initialiser changes', () => {
    const base = analyzerOf({ 'types.ts': TYPES, 'logger.ts': LOGGER });
    const marked = analyzerOf({ 'types.ts': TYPES.replace('  id: string;', '  /** @personal none */\n  id: string;'), 'logger.ts': LOGGER.replace('pino()', 'pino({ level: "debug" })') });
    expect(marked.interfaceFingerprint('/app/types.ts')).not.toBe(base.interfaceFingerprint('/app/types.ts'));
    expect(marked.interfaceFingerprint('/app/logger.ts')).not.toBe(base.interfaceFingerprint('/app/logger.ts'));
  });
});

describe('fileDependencies', () => {
  it('lists resolved imports, callee summary files and queried type files, sorted, absolute', () => {
    const analyzer = analyzerOf({
      'types.ts': TYPES,
      'logger.ts': LOGGER,
      'helper.ts': HELPER,
      'index.ts': `export { audit } from './helper';\n`,
      'user-service.ts': `import { audit } from './index';\nimport { loadUser } from './repo';\nexport async function run(id: string) {\n  const user = await loadUser(id);\n  audit(user, 'run');\n}\n`,
      'repo.ts': `import type { User } from './types';\nexport async function loadUser(id: string): Promise<User> {\n  return { id, contact: 'x' };\n}\n`,
      'unrelated.ts': `export const x = 1;\n`,
    });
    expect(analyzer.fileDependencies('/app/user-service.ts')).toEqual(['/app/helper.ts', '/app/index.ts', '/app/repo.ts']);
    expect(analyzer.fileDependencies('/app/helper.ts')).toEqual(['/app/logger.ts', '/app/types.ts']);
    expect(analyzer.fileDependencies('/app/unrelated.ts')).toEqual([]);
  });
});
