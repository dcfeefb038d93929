/**
 * Last commit date of each file, when the tree is a git repository: one
 * `git log` over the tree (newest first), not one process per file. Used
 * by translation-stale when guides carry no `updated` date.
 */
import { spawnSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

/** Up to this many files are named to `git log` (a command line stays short on every platform); more, and the whole tree is logged. */
const MAX_PATHSPECS = 100;

/**
 * Absolute path → ISO date of the last commit that touched it. Empty when
 * git or the repository is absent. With `only` (absolute paths, as for
 * --changed and --staged), git looks at those files alone: on a tree of
 * 20,000 guides that is the difference between parsing a listing of
 * every file and of a handful.
 */
export function lastCommitDates(root: string, only?: readonly string[]): Map<string, string> {
  const dates = new Map<string, string>();
  const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: root, encoding: 'utf8' });
  if (top.status !== 0 || !top.stdout.trim()) return dates;
  const base = top.stdout.trim();
  const pathspecs = only && only.length <= MAX_PATHSPECS ? only.map((p) => `:(literal)${relative(root, p) || '.'}`) : ['.'];
  const log = spawnSync('git', ['log', '--format=%x01%cI', '--name-only', '--no-renames', '--', ...pathspecs], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (log.status !== 0) return dates;
  let current = '';
  for (const line of log.stdout.split('\n')) {
    if (line.startsWith('\x01')) current = line.slice(1);
    else if (line && current) {
      const abs = resolve(base, line);
      if (!dates.has(abs)) dates.set(abs, current);
    }
  }
  return dates;
}
