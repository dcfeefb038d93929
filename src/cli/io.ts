/**
 * What every command receives (arguments, folder, streams, environment)
 * and the error that ends a run with one line and exit code 2. Commands
 * import these from here, never from main.ts, so the CLI has no cycle.
 */

/** The process as a command sees it; tests pass strings in and read strings out. */
export interface Io {
  argv: string[];
  cwd: string;
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env?: Record<string, string | undefined>;
}

/** A mistake in how guidelint was called: one line on stderr, exit code 2, no stack. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Why a write failed, in a few words (no stack, no internal error). */
export function writeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const reasons: Record<string, string> = {
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    ENOENT: 'no such folder',
    EPIPE: 'the reader closed the pipe',
  };
  return (code && reasons[code]) ?? code ?? (error instanceof Error ? error.message : String(error));
}
