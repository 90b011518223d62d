/**
 * Command-line entry: parses arguments, runs a command, maps outcomes to exit codes
 * (0 clean, 1 error findings or too many warnings, 2 usage or config error).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from '@lawful/core';
import { UsageError } from './projects.js';
import { version } from './version.js';

export interface CliIO {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour). */
  isTTY: boolean;
  /** Whether progress may be drawn: stderr is a terminal and this is not CI. Default: `isTTY`. */
  showProgress?: boolean;
  env: NodeJS.ProcessEnv;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

const HELP = `lawful ${version} — a privacy linter for TypeScript

Usage:
  lawful scan [dir] [--config f] [--project tsconfig.json] [--format stylish|json|sarif|markdown]
              [--output f] [--baseline f] [--update-baseline] [--diff <git-ref>] [--max-warnings n]
            [--cache] [--cache-location f]
  lawful map  [dir] [--format html|mermaid|json] [--output f]   data-flow map for people
  lawful ropa [dir] [--format markdown|csv|json] [--output f] [--bom]   Art. 30 record with code evidence
  lawful init [dir] [--force]                                  draft lawful.config.yaml from the code
  lawful scan [dir] --shard i/n --output shard-i.json          one shard of a scan, for parallel CI jobs
  lawful merge <shard.json…> [--format …] [--output f]         combine shards: same output as one scan

Exit codes: 0 no error finding; 1 findings; 2 usage or config error.
Docs: docs/getting-started.md
`;

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  project: { type: 'string', short: 'p' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  baseline: { type: 'string' },
  'update-baseline': { type: 'boolean' },
  diff: { type: 'string' },
  'max-warnings': { type: 'string' },
  shard: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  force: { type: 'boolean' },
  bom: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} satisfies ParseArgsConfig['options'];

export type CliValues = ReturnType<typeof parseCommandLine>['values'];

function parseCommandLine(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
}

const COMMANDS = ['scan', 'map', 'ropa', 'init', 'merge'] as const;
type Command = (typeof COMMANDS)[number];

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    io.stderr(`lawful: ${(error as Error).message}\n\n${HELP}`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(`${version}\n`);
    return EXIT_OK;
  }
  const [commandName, dir = '.', ...extra] = positionals;
  if (values.help || commandName === undefined || commandName === 'help') {
    io.stdout(HELP);
    return commandName === undefined && !values.help ? EXIT_USAGE : EXIT_OK;
  }
  if (!(COMMANDS as readonly string[]).includes(commandName)) {
    io.stderr(`lawful: unknown command "${commandName}"; expected one of ${COMMANDS.join(', ')}\n\n${HELP}`);
    return EXIT_USAGE;
  }
  if (extra.length > 0 && commandName !== 'merge') {
    io.stderr(`lawful: unexpected argument(s) ${extra.join(' ')}; one directory only\n`);
    return EXIT_USAGE;
  }
  try {
    const { commands, mergeCommand } = await import('./commands.js');
    if (commandName === 'merge') return await mergeCommand(positionals.slice(1), values, io);
    const command = commandName as Exclude<Command, 'merge'>;
    return await commands[command](dir, values, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`${error.format(io.cwd)}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      io.stderr(`lawful: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

/** Writes command output to `--output` (creating folders) or stdout. */
export function writeOutput(text: string, output: string | undefined, io: CliIO): void {
  if (output) {
    const target = path.resolve(io.cwd, output);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  } else {
    io.stdout(text);
  }
}
