/**
 * An exclusive lock per fixed file, so two guidelint runs (a pre-commit
 * hook and an editor task) never check-and-replace the same file at the
 * same time. The lock is a file created with O_EXCL next to the guide
 * (`.<name>.guidelint.lock`, holding the owner's pid); it is held only
 * while the file is re-read, compared and renamed, a few milliseconds.
 *
 * A lock whose owner is gone (no such pid on this machine) or that is older
 * than STALE_MS is taken over. Taking over is not atomic (the lock is
 * judged stale twice, the second time right before it is removed, which
 * leaves a window of microseconds): the content check under the lock
 * stays the real guard.
 */
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A lock older than this is stale whoever holds it (a lock is held for milliseconds). */
export const STALE_MS = 30_000;
/** How long to wait for a live lock before giving up on the file. */
export const WAIT_MS = 10_000;

export function lockPathOf(file: string): string {
  return join(dirname(file), `.${basename(file)}.guidelint.lock`);
}

export type LockOutcome = { release(): void } | { heldBy: string };

const pause = new Int32Array(new SharedArrayBuffer(4));

function sleep(ms: number): void {
  Atomics.wait(pause, 0, 0, ms);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The owner's pid if the lock at `path` is live; undefined when it is stale or already gone. */
function liveOwner(path: string, now: number): number | undefined {
  let text: string;
  let mtimeMs: number;
  try {
    mtimeMs = statSync(path).mtimeMs;
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const pid = Number.parseInt(text, 10);
  // A lock being written this instant has no pid yet: treat it as live until it is old.
  if (!Number.isInteger(pid) || pid <= 0) return now - mtimeMs > STALE_MS ? undefined : -1;
  if (now - mtimeMs > STALE_MS || !alive(pid)) return undefined;
  return pid;
}

/** Take the lock of `file`, waiting up to `waitMs` for another run to release it. */
export function lockFile(file: string, waitMs = WAIT_MS): LockOutcome {
  const path = lockPathOf(file);
  const deadline = Date.now() + waitMs;
  let owner = -1;
  for (;;) {
    let fd: number | undefined;
    try {
      fd = openSync(path, 'wx', 0o644);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (fd !== undefined) {
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          try {
            unlinkSync(path);
          } catch {
            // Already removed (taken over as stale): nothing to release.
          }
        },
      };
    }
    const live = liveOwner(path, Date.now());
    if (live === undefined) {
      // Judge again right before removing: another run may have just taken the stale lock over.
      if (liveOwner(path, Date.now()) === undefined) {
        try {
          unlinkSync(path);
        } catch {
          // Someone else removed it first; try again.
        }
      }
      continue;
    }
    owner = live;
    if (Date.now() >= deadline) return { heldBy: owner > 0 ? `another guidelint run (pid ${owner}) holds ${basename(path)}` : `${basename(path)} is held` };
    sleep(5);
  }
}
