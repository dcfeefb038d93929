/**
 * Read one file and lint it, with the fingerprint of the bytes read (for
 * the cache): the same step in this thread and on a worker.
 */
import { readFileSync, statSync } from 'node:fs';
import { emptySummary, PARSE_RULE, type FileLinter, type FileOutcome, type FileTarget } from './lint-file.js';
import { fingerprintOf, type Fingerprint } from './cache.js';

/** An outcome with the fingerprint of the bytes it was made from (for the cache). */
export type Fingerprinted = FileOutcome & { fingerprint?: Fingerprint };

/** Read and lint one file; a read error is a message on it. With `fingerprint`, stat before reading (see cache.ts). */
export function lintOne(linter: FileLinter, target: FileTarget, fingerprint = false): Fingerprinted {
  let buffer: Buffer;
  let stat: { size: number; mtimeMs: number; ctimeMs: number } | undefined;
  const checkedAt = Date.now();
  try {
    if (fingerprint) stat = statSync(target.absPath);
    buffer = readFileSync(target.absPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const point = { line: 1, column: 1 };
    return {
      result: {
        path: target.path,
        messages: [{ ruleId: PARSE_RULE, severity: 2, message: `File could not be read (${code}).`, range: { start: point, end: point }, fatal: true }],
      },
      summary: emptySummary(target, true),
    };
  }
  const outcome: Fingerprinted = linter.lint(target, buffer);
  if (stat) outcome.fingerprint = fingerprintOf(stat, buffer, checkedAt);
  return outcome;
}
