/**
 * Last commit date of each file, when the tree is a git repository: one
 * `git log` over the tree (newest first), not one process per file. Used
 * by translation-stale when guides carry no `updated` date.
 *
 * The log runs beside the file phase, not before it, and stops as soon as
 * the files that need a date have one. On a long history this matters: a
 * synthetic repository of 40,000 commits takes git 4.3 s to list, and a
 * tree whose guides all carry `updated` needs none of it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

/** Up to this many files are named to `git log` (a command line stays short on every platform); more, and the whole tree is logged. */
const MAX_PATHSPECS = 100;

export class CommitDates {
  private readonly dates = new Map<string, string>();
  private readonly finished: Promise<void>;
  private stopGit: () => void = () => {};
  /** Paths still waited for (see `settle`); undefined until then. */
  private wanted: Set<string> | undefined;
  private release: () => void = () => {};
  private ended = false;

  /**
   * Start `git log` under `root`. With `only` (absolute paths, as for
   * --changed and --staged), git looks at those files alone: on a tree of
   * 20,000 guides that is the difference between a listing of every file
   * and of a handful. Outside a repository (or without git) no date is known.
   */
  constructor(root: string, only?: readonly string[]) {
    const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: root, encoding: 'utf8' });
    const base = top.status === 0 ? top.stdout.trim() : '';
    if (!base) {
      this.ended = true;
      this.finished = Promise.resolve();
      return;
    }
    const pathspecs = only && only.length <= MAX_PATHSPECS ? only.map((p) => `:(literal)${relative(root, p) || '.'}`) : ['.'];
    this.finished = new Promise<void>((done) => {
      const child = spawn('git', ['log', '--format=%x01%cI', '--name-only', '--no-renames', '--', ...pathspecs], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      this.stopGit = () => {
        // The pipe too: whatever still holds it must not keep this process alive.
        child.stdout.destroy();
        child.kill();
        child.unref();
      };
      let current = '';
      let rest = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) {
          if (line.startsWith('\x01')) current = line.slice(1);
          else if (line && current) this.record(resolve(base, line), current);
        }
      });
      const end = (): void => {
        this.ended = true;
        done();
      };
      child.on('close', end);
      child.on('error', end);
    });
  }

  private record(path: string, date: string): void {
    if (this.dates.has(path)) return;
    this.dates.set(path, date);
    if (this.wanted?.delete(path) && this.wanted.size === 0) this.release();
  }

  /** The date of `path`, if git has listed it so far. */
  get(path: string): string | undefined {
    return this.dates.get(path);
  }

  /** True once git has listed its whole history (or was never there). */
  get complete(): boolean {
    return this.ended;
  }

  /** Resolves when git has listed its whole history. */
  whenComplete(): Promise<void> {
    return this.finished;
  }

  /**
   * Resolves once each of `paths` has a date or git has finished, then
   * stops git: the rest of the history is not needed.
   */
  async settle(paths: Iterable<string>): Promise<void> {
    if (!this.ended) {
      this.wanted = new Set([...paths].filter((p) => !this.dates.has(p)));
      if (this.wanted.size > 0) await Promise.race([this.finished, new Promise<void>((r) => (this.release = r))]);
    }
    this.stopGit();
  }
}
