/** Runs the CLI in-process with captured output, as the tests' stand-in for a terminal-less shell. */
import { fileURLToPath } from 'node:url';
import { runCli, type CliIO } from '../src/cli.js';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export async function runLawful(args: string[], cwd = repoRoot): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), isTTY: false, env: {} };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}
