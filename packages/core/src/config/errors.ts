/**
 * Config errors a person can act on (CONVENTIONS 14): each problem names the file, line, column,
 * key path and what was expected. All problems of a file are reported at once.
 */
import path from 'node:path';
import type { Problem } from '../model.js';

export interface ConfigProblem {
  /** Absolute path of the config file. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Key path in the config, e.g. `activities[2].legal_basis`; empty for the file as a whole. */
  path: string;
  message: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly problems: ConfigProblem[];
  /** Directory the printed file names are relative to. */
  readonly cwd: string;

  constructor(problems: ConfigProblem[], cwd: string) {
    const sorted = [...problems].sort(compareProblems);
    super(formatProblems(sorted, cwd));
    this.problems = sorted;
    this.cwd = cwd;
  }

  /** One line per problem: `lawful.config.yaml:12:5 activities[2].legal_basis: expected …`. */
  format(cwd: string = this.cwd): string {
    return formatProblems(this.problems, cwd);
  }

  /** The problems in the scan result's `problems` shape, file relative to `root`. */
  toProblems(root: string = this.cwd): Problem[] {
    return this.problems.map((problem) => ({
      file: relativeFile(problem.file, root),
      message: problem.path ? `${problem.path}: ${problem.message}` : problem.message,
      kind: 'config',
      line: problem.line,
      column: problem.column,
    }));
  }
}

export function formatProblem(problem: ConfigProblem, cwd: string): string {
  const where = `${relativeFile(problem.file, cwd)}:${problem.line}:${problem.column}`;
  return problem.path ? `${where} ${problem.path}: ${problem.message}` : `${where} ${problem.message}`;
}

function formatProblems(problems: readonly ConfigProblem[], cwd: string): string {
  return problems.map((problem) => formatProblem(problem, cwd)).join('\n');
}

/** Relative to `cwd` with `/` separators, so output is the same on every machine. */
export function relativeFile(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return (relative === '' ? path.basename(file) : relative).split(path.sep).join('/');
}

export function compareProblems(a: ConfigProblem, b: ConfigProblem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
