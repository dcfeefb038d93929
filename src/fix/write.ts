/**
 * Write a fixed file back: the original BOM is kept, and the file is
 * replaced atomically (a temporary file in the same folder, then a rename),
 * so a crash never leaves half a guide on disk.
 *
 * The fixes were computed from `originalBuffer`, so they are written only
 * over those exact bytes: under the file's lock (see lock.ts), the file is
 * read again and compared right before the rename; if anyone (a writer's
 * editor, another guidelint run) changed it meanwhile, nothing is written
 * and the caller is told why.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { lockFile } from './lock.js';

const BOM = Uint8Array.of(0xef, 0xbb, 0xbf);

function hasBom(buffer: Uint8Array): boolean {
  return buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
}

/** The bytes to write for `text` (decoded, BOM excluded) given the file's original bytes. */
export function encodeLike(originalBuffer: Uint8Array, text: string): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!hasBom(originalBuffer)) return body;
  const out = new Uint8Array(BOM.length + body.length);
  out.set(BOM, 0);
  out.set(body, BOM.length);
  return out;
}

/** Written, or why not (the file is left as it is). */
export type WriteOutcome = { written: true } | { written: false; reason: string };

export interface WriteOptions {
  /** Called once the new content is ready, before the lock and the final check (tests use it to change the file in between). */
  beforeWrite?: (absPath: string) => void;
  /** How long to wait for another run's lock on the file (ms). */
  lockWaitMs?: number;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/**
 * Replace the file at `absPath` (a regular file, not a link) with
 * `newText`, keeping the BOM of `originalBuffer` and the file's mode, if
 * its content is still `originalBuffer`.
 */
export function writeFixed(absPath: string, originalBuffer: Uint8Array, newText: string, options: WriteOptions = {}): WriteOutcome {
  const bytes = encodeLike(originalBuffer, newText);
  const temp = join(dirname(absPath), `.${basename(absPath)}.guidelint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = statSync(absPath).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  const fd = openSync(temp, 'wx', mode ?? 0o644);
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temp);
    throw error;
  }
  closeSync(fd);
  let lock: ReturnType<typeof lockFile> | undefined;
  try {
    options.beforeWrite?.(absPath);
    lock = lockFile(absPath, options.lockWaitMs);
    if ('heldBy' in lock) return { written: false, reason: `${lock.heldBy}; not fixed, run --fix again` };
    let now: Buffer | undefined;
    try {
      now = readFileSync(absPath);
    } catch {
      now = undefined;
    }
    if (!now || !sameBytes(now, originalBuffer)) {
      return {
        written: false,
        reason: now ? 'changed while guidelint was fixing it; not fixed, run --fix again' : 'was removed while guidelint was fixing it; not fixed',
      };
    }
    renameSync(temp, absPath);
    return { written: true };
  } finally {
    if (lock && 'release' in lock) lock.release();
    try {
      unlinkSync(temp);
    } catch {
      // Renamed into place: nothing left to remove.
    }
  }
}
