/** Real git repositories in temporary folders, for --changed/--staged and hook tests. */
import { spawnSync } from 'node:child_process';
import { tempTree } from './cli.js';

/** Identity and settings so commits work on any machine, whatever the user's git config says. */
export const GIT_ENV: Record<string, string> = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function git(cwd: string, args: string[], env: Record<string, string> = {}): GitResult {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, NO_COLOR: '1', CI: '1', ...env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Like git() but throws when git fails (setup steps). */
export function mustGit(cwd: string, args: string[]): string {
  const r = git(cwd, args);
  if (r.code !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** A repository on branch `main` holding `files`, all committed. */
export function gitRepo(files: Record<string, string | Uint8Array>): string {
  const root = tempTree(files);
  mustGit(root, ['init', '-q', '-b', 'main']);
  mustGit(root, ['add', '-A']);
  mustGit(root, ['commit', '-q', '-m', 'initial']);
  return root;
}
