/**
 * Write a fixed file back: the original BOM is kept, and the file is
 * replaced atomically (a temporary file in the same folder, then a rename),
 * so a crash never leaves half a guide on disk.
 */
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

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

/** Replace the file at `absPath` with `newText`, keeping the BOM of `originalBuffer` and the file's mode. */
export function writeFixed(absPath: string, originalBuffer: Uint8Array, newText: string): void {
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
  try {
    renameSync(temp, absPath);
  } catch (error) {
    unlinkSync(temp);
    throw error;
  }
}
