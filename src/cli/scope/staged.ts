/**
 * What `--staged` reads and writes: the staged bytes of each file (not
 * the work tree's), and `--staged --fix`, which stages the fixed content.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { UsageError } from '../io.js';
import type { FileTarget } from '../../engine/lint-file.js';
import { toPosix } from '../../discover/discover.js';
import * as git from './git.js';

/**
 * For --staged: keep only files in the index, and read files whose work
 * tree differs from the index from git (`git show :path`), written to a
 * temporary folder that is removed when the process exits, or is stopped
 * by SIGINT, SIGTERM or SIGHUP.
 */
export function stagedTargets(top: string, realRoot: string, root: string, targets: FileTarget[]): FileTarget[] {
  const index = git.indexPaths(top);
  const unstaged = git.unstagedPaths(top);
  let temp: string | undefined;
  const out: FileTarget[] = [];
  for (const t of targets) {
    const rel = toPosix(relative(root, t.absPath));
    const gitPath = toPosix(relative(top, join(realRoot, rel)));
    if (!index.has(gitPath)) continue; // Untracked or removed from the index: not part of the commit.
    if (!unstaged.has(gitPath)) {
      out.push(t);
      continue;
    }
    if (!temp) {
      // The handlers go in before the folder exists: a signal right after it is made still removes it.
      let made: string | undefined;
      removeOnExit(() => made);
      temp = made = mkdtempSync(join(tmpdir(), 'guidelint-staged-'));
    }
    const file = join(temp, gitPath);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, git.stagedContent(top, gitPath));
    // `path` stays the file's own, so findings name it; only the bytes come from the index.
    out.push({ ...t, absPath: file });
  }
  return out;
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Remove the folder `dirOf` gives when the process exits, and when a signal stops it (Node
 * runs no 'exit' listener then): remove, then let the signal do what it
 * would have done, unless someone else listens for it.
 */
function removeOnExit(dirOf: () => string | undefined): void {
  const remove = (): void => {
    const dir = dirOf();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
  const handlers = new Map<NodeJS.Signals, () => void>();
  const forget = (): void => {
    process.off('exit', remove);
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
  process.once('exit', remove);
  for (const signal of STOP_SIGNALS) {
    const handler = (): void => {
      forget();
      remove();
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    handlers.set(signal, handler);
    process.on(signal, handler);
  }
}

/**
 * `--staged --fix` changes what will be committed, so it fixes only files
 * whose work tree equals the index: the fixed content is written to the
 * work tree and staged in place of the old one. A partially staged file
 * is refused (fixing one copy would leave the other wrong, and the two
 * copies have different offsets).
 */
export interface StagedFixGuard {
  /** Files (paths as in the results) not to fix, with why. */
  refuse: Map<string, string>;
  /** Stage a written file's new content, if the index still holds its old content. */
  afterWrite(path: string, file: string, before: Uint8Array, after: Uint8Array): void;
}

export function stagedFixGuard(cwd: string, paths: readonly string[], warn: (line: string) => void): StagedFixGuard {
  const refuse = new Map<string, string>();
  const found = git.topLevel(cwd);
  if (!found) return { refuse, afterWrite: () => {} };
  const top = realpathSync(found);
  const gitPathOf = (file: string): string | undefined => {
    try {
      const rel = toPosix(relative(top, realpathSync(file)));
      return rel && !rel.startsWith('../') ? rel : undefined;
    } catch {
      return undefined;
    }
  };
  let unstaged: Set<string>;
  try {
    unstaged = git.unstagedPaths(top);
  } catch (error) {
    if (error instanceof git.GitError) throw new UsageError(error.message);
    throw error;
  }
  for (const path of paths) {
    const gitPath = gitPathOf(resolve(cwd, path));
    if (gitPath !== undefined && unstaged.has(gitPath)) {
      refuse.set(path, 'is partially staged (its work tree differs from the index); not fixed: stage or stash the rest, then run --staged --fix again');
    }
  }
  return {
    refuse,
    afterWrite(path, file, before, after) {
      const gitPath = gitPathOf(file);
      try {
        const entry = gitPath === undefined ? undefined : git.indexEntry(top, gitPath);
        if (gitPath !== undefined && entry && git.hashObject(top, gitPath, before) === entry.id) {
          if (git.setIndexEntry(top, gitPath, entry.mode, git.hashObject(top, gitPath, after, true))) return;
          warn(`${path}: fixed in the work tree, but git did not let the fix be staged (index locked?); stage it with git add`);
          return;
        }
      } catch (error) {
        if (!(error instanceof git.GitError)) throw error;
      }
      warn(`${path}: fixed in the work tree only (its staged content changed meanwhile); stage it with git add`);
    },
  };
}
