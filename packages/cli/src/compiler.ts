/**
 * ts-morph, loaded with `require`: importing this large CommonJS package from an ES module makes Node
 * scan its source for named exports on every run (about 0.1 s, a fifth of a warm `--cache` scan).
 * It, and the TypeScript it bundles, are loaded through a code cache (code-cache.ts).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as TsMorph from 'ts-morph';
import { requireWithCodeCache } from './code-cache.js';

const requireHere = createRequire(import.meta.url);
for (const file of tsMorphDependencies()) requireWithCodeCache(file);
const tsMorph = requireWithCodeCache(requireHere.resolve('ts-morph')) as typeof TsMorph;

export const Project = tsMorph.Project;
export type Project = TsMorph.Project;
/** The TypeScript compiler API bundled with ts-morph (6.0, the version the analyzer is typed against). */
export const ts = tsMorph.ts;
export type { ts as TS } from 'ts-morph';
export { saveCodeCaches } from './code-cache.js';

/**
 * `@ts-morph/common/dist/typescript.js` and `@ts-morph/common` itself (which holds the standard
 * library's declarations as strings), in the order ts-morph requires them; none if the layout differs (ts-morph then loads them itself).
 */
function tsMorphDependencies(): string[] {
  try {
    const common = createRequire(requireHere.resolve('ts-morph')).resolve('@ts-morph/common');
    const file = path.join(path.dirname(common), 'typescript.js');
    return fs.existsSync(file) ? [file, common] : [];
  } catch {
    return [];
  }
}
