// Types for scripts/bench/generate.mjs, so TypeScript callers (the generator test) get them.
export declare const GENERATOR_VERSION: number;
export declare const MARKER_FILE: string;

export interface GeneratedProjectSummary {
  files: number;
  personalFiles: number;
  personalFeatures: number;
  commerceModules: number;
  utilities: number;
  seed: number;
}

export declare function generateProject(
  dir: string,
  options: { files: number; seed?: number; repoRoot?: string },
): GeneratedProjectSummary;

export declare function planLayout(files: number): { personalFeatures: number; commerceModules: number; utilities: number };

export declare function readProjectMarker(dir: string): { generatorVersion: number; files: number; seed: number } | undefined;
