/**
 * ts-morph, loaded with `require`: importing this large CommonJS package from an ES module makes Node
 * scan its source for named exports on every run (about 0.1 s, a fifth of a warm `--cache` scan).
 */
import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

const tsMorph = createRequire(import.meta.url)('ts-morph') as typeof TsMorph;

export const Project = tsMorph.Project;
export type Project = TsMorph.Project;
/** The TypeScript compiler API bundled with ts-morph (6.0, the version the analyzer is typed against). */
export const ts = tsMorph.ts;
export type { ts as TS } from 'ts-morph';
