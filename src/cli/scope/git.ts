/**
 * The few git questions `--changed` and `--staged` ask, through the git
 * command line (no library: git itself is the authority on renames,
 * merge bases and the index). Every path here is relative to the top
 * level of the work tree, `/`-separated, as git prints it.
 */
import { spawnSync } from 'node:child_process';

export class GitError extends Error {
  override name = 'GitError';
}

/** One line of `git diff --name-status`: A, M, D, T, R (rename) or C (copy). */
export interface Change {
  status: 'A' | 'M' | 'D' | 'T' | 'R' | 'C' | 'U' | 'X';
  path: string;
  /** For renames and copies: where the file came from. */
  from?: string;
}

/** Run git in `cwd`; output as a string, or undefined when git exits non-zero. */
function tryGit(cwd: string, args: string[]): string | undefined {
  // -c core.quotepath=off keeps non-ASCII names readable; -z output is never quoted anyway.
  const r = spawnSync('git', ['-c', 'core.quotepath=off', ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (r.error) throw new GitError(`git could not be run (${(r.error as NodeJS.ErrnoException).code ?? r.error.message})`);
  return r.status === 0 ? r.stdout : undefined;
}

function git(cwd: string, args: string[], what: string): string {
  const out = tryGit(cwd, args);
  if (out === undefined) throw new GitError(what);
  return out;
}

/** Top level of the work tree holding `cwd`, or undefined when `cwd` is not in one. */
export function topLevel(cwd: string): string | undefined {
  return tryGit(cwd, ['rev-parse', '--show-toplevel'])?.trim() || undefined;
}

/** Does `ref` name a commit? */
export function isCommit(top: string, ref: string): boolean {
  return tryGit(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]) !== undefined;
}

/**
 * The default branch to compare with: origin/HEAD (what the remote calls
 * its default), else a local `main`, else `master`.
 */
export function defaultBranch(top: string): string | undefined {
  const remote = tryGit(top, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'])?.trim();
  if (remote && isCommit(top, remote)) return remote;
  for (const name of ['main', 'master']) if (isCommit(top, name)) return name;
  return undefined;
}

/** Merge base of `a` and `b`, or undefined (unrelated histories, or a shallow clone that lacks it). */
export function mergeBase(top: string, a: string, b: string): string | undefined {
  return tryGit(top, ['merge-base', '--end-of-options', a, b])?.trim() || undefined;
}

/** Parse `--name-status -z` output: status, NUL, path (NUL, path for renames and copies). */
export function parseNameStatus(out: string): Change[] {
  const fields = out.split('\0');
  const changes: Change[] = [];
  for (let i = 0; i < fields.length;) {
    const status = fields[i++];
    if (!status) continue;
    const letter = status[0] as Change['status'];
    if (letter === 'R' || letter === 'C') {
      const from = fields[i++];
      const path = fields[i++];
      if (from !== undefined && path !== undefined) changes.push({ status: letter, path, from });
    } else {
      const path = fields[i++];
      if (path !== undefined) changes.push({ status: letter, path });
    }
  }
  return changes;
}

const DIFF = ['diff', '--no-color', '--no-ext-diff', '--no-textconv', '--name-status', '-M', '-z'];

/** Changes between `base` and the work tree (committed or not), plus untracked files as additions. */
export function changesSince(top: string, base: string): Change[] {
  const tracked = parseNameStatus(git(top, [...DIFF, base, '--'], `git diff against \`${base}\` failed`));
  const untracked = git(top, ['ls-files', '--others', '--exclude-standard', '-z'], 'git ls-files failed')
    .split('\0')
    .filter(Boolean)
    .map((path): Change => ({ status: 'A', path }));
  return [...tracked, ...untracked];
}

/** Changes staged for commit (index against HEAD; against the empty tree before the first commit). */
export function stagedChanges(top: string): Change[] {
  return parseNameStatus(git(top, [...DIFF, '--cached', '--'], 'git diff --cached failed'));
}

/** Paths whose work-tree content differs from the index (so the staged content must be read from git). */
export function unstagedPaths(top: string): Set<string> {
  const out = git(top, ['diff', '--no-color', '--no-ext-diff', '--name-only', '-z', '--'], 'git diff failed');
  return new Set(out.split('\0').filter(Boolean));
}

/** Every path in the index. */
export function indexPaths(top: string): Set<string> {
  const out = git(top, ['ls-files', '--cached', '-z'], 'git ls-files failed');
  return new Set(out.split('\0').filter(Boolean));
}

/** The staged content of `path` (`git show :path`), as bytes. */
export function stagedContent(top: string, path: string): Buffer {
  const r = spawnSync('git', ['cat-file', 'blob', `:${path}`], { cwd: top, maxBuffer: 512 * 1024 * 1024 });
  if (r.status !== 0) throw new GitError(`could not read the staged content of ${path}`);
  return r.stdout;
}

/** The index entry of `path` at stage 0 (mode and object id), or undefined when it has none (untracked, unmerged). */
export function indexEntry(top: string, path: string): { mode: string; id: string } | undefined {
  const out = tryGit(top, ['ls-files', '--stage', '-z', '--', `:(literal)${path}`]);
  for (const line of (out ?? '').split('\0')) {
    const m = /^(\d+) ([0-9a-f]+) 0\t(.*)$/su.exec(line);
    if (m && m[3] === path) return { mode: m[1], id: m[2] };
  }
  return undefined;
}

/** The object id `git add` would give `bytes` as the content of `path` (its filters applied); with `write`, the blob is also stored. */
export function hashObject(top: string, path: string, bytes: Uint8Array, write = false): string {
  const r = spawnSync('git', ['hash-object', ...(write ? ['-w'] : []), `--path=${path}`, '--stdin'], { cwd: top, input: bytes, encoding: 'utf8' });
  if (r.status !== 0) throw new GitError('git hash-object failed');
  return r.stdout.trim();
}

/** Point the index entry of `path` at blob `id` (keeping `mode`); false when git refuses (index locked). */
export function setIndexEntry(top: string, path: string, mode: string, id: string): boolean {
  return tryGit(top, ['update-index', '--cacheinfo', `${mode},${id},${path}`]) !== undefined;
}
