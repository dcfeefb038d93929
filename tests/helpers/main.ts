/** The CLI in this process: dist's main(io) with captured stdout and stderr (pretest builds dist). */
import { join } from 'node:path';
import { REPO } from './cli.js';
import type { Io } from '../../src/cli/io.js';

export interface MainResult {
  code: number;
  stdout: string;
  stderr: string;
}

let loaded: ((io: Io) => Promise<number>) | undefined;

export async function runMain(
  argv: string[],
  cwd: string,
  options: { env?: Record<string, string | undefined>; stdout?: Io['stdout'] } = {},
): Promise<MainResult> {
  loaded ??= ((await import(join(REPO, 'dist/src/cli/main.js'))) as { main: (io: Io) => Promise<number> }).main;
  let stdout = '';
  let stderr = '';
  const code = await loaded({
    argv,
    cwd,
    stdout: options.stdout ?? { write: (t: string) => ((stdout += t), true), isTTY: false },
    stderr: { write: (t: string) => ((stderr += t), true), isTTY: false },
    env: { NO_COLOR: '1', CI: '1', ...options.env },
  });
  return { code, stdout, stderr };
}

/**
 * runCli's signature (cwd defaults to the repository), in this process:
 * for tests of what the CLI does. Tests of the binary itself (signals,
 * pipes, exit codes of the process, the package) spawn it with runCli.
 */
export function runIn(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<MainResult> {
  return runMain(args, options.cwd ?? REPO, { env: options.env });
}
