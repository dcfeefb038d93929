/**
 * Find the guides to lint: fast-glob over the config's `files` (or the
 * paths and globs given on the command line), minus `ignore:` and
 * `.guidelintignore` (gitignore syntax). Symlinked files are read once;
 * symlinked folders are not walked (no loops); a dangling link is
 * reported, not fatal.
 */
import { existsSync, statSync, lstatSync, realpathSync } from 'node:fs';
import { DataTextError, readRegularFile } from '../config/data-text.js';
import { DataFileError } from '../config/validate.js';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import type { ResolvedConfig } from '../config/types.js';
import { localeOf } from './locale.js';

/** Where a file sits in the tree and its translation set (what discovery finds; the engine lints it). */
export interface FileTarget {
  path: string;
  absPath: string;
  locale?: string;
  setKey?: string;
}

export interface DiscoveryProblem {
  path: string;
  message: string;
}

export interface Discovery {
  files: FileTarget[];
  problems: DiscoveryProblem[];
  /** Globs (the config's `files`, or command-line globs) that matched no file once ignore rules applied. */
  unmatched: Array<{ pattern: string; fromConfig: boolean }>;
}

/**
 * A glob matched no file: a moved docs folder must not pass CI as
 * "0 files checked" (`--no-error-on-unmatched-pattern` opts out).
 */
export class NoFilesMatchedError extends Error {
  override name = 'NoFilesMatchedError';
  constructor(readonly unmatched: Discovery['unmatched']) {
    const list = unmatched.map((u) => `\`${u.pattern}\`${u.fromConfig ? ' (files: in the config)' : ''}`).join(', ');
    super(`no files matched ${list}; check the path, or pass --no-error-on-unmatched-pattern to allow it`);
  }
}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
export const IGNORE_FILE = '.guidelintignore';

/** `/`-separated path relative to `from`. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function loadIgnore(config: ResolvedConfig): Ignore {
  const ig = ignore().add(config.ignore);
  try {
    ig.add(readRegularFile(join(config.root, IGNORE_FILE)));
  } catch (error) {
    // No ignore file: nothing to add. One that cannot be read is an error: ignoring it would lint what it excludes.
    if (error instanceof DataTextError && !/ENOENT/u.test(error.message)) throw new DataFileError(IGNORE_FILE, 1, '', error.message);
  }
  return ig;
}

function hasGlob(text: string): boolean {
  return /[*?[\]{}!]/.test(text);
}

/**
 * Discover files. `inputs` are CLI paths or globs relative to `cwd`;
 * with none, the config's `files` globs relative to its root are used.
 */
export async function discover(config: ResolvedConfig, cwd: string, inputs: readonly string[] = [], options: DiscoverOptions = {}): Promise<Discovery> {
  const problems: DiscoveryProblem[] = [];
  const patterns: Array<{ pattern: string; base: string; fromConfig: boolean; folder?: boolean }> = [];
  const explicit: string[] = [];
  // Where linted files may really be: the config root (or its repository), the working folder, and what the command line names.
  const allowed = [...new Set([config.root, repositoryOf(config.root), cwd].filter((d): d is string => Boolean(d)).map(realOrSelf))];
  const inside = (real: string): boolean =>
    options.allowOutsideRoot === true || allowed.some((dir) => real === dir || real.startsWith(dir.endsWith(sep) ? dir : dir + sep));
  if (inputs.length === 0) {
    for (const p of config.files) {
      if (!inside(realOrSelf(staticBase(config.root, p)))) {
        problems.push({
          path: p,
          message: `The \`files\` pattern \`${p}\` reaches outside the config root (${config.root}), its repository and the working folder; it was not used. Run with --allow-outside-root to lint what it names.`,
        });
        continue;
      }
      patterns.push({ pattern: p, base: config.root, fromConfig: true });
    }
  } else {
    for (const input of inputs) {
      const abs = resolve(cwd, input);
      let stat;
      try {
        stat = statSync(abs);
      } catch {
        stat = undefined;
      }
      if (stat) allowed.push(realOrSelf(abs));
      if (stat?.isDirectory()) patterns.push({ pattern: '**/*.{md,markdown}', base: abs, fromConfig: false, folder: true });
      else if (stat?.isFile()) explicit.push(abs);
      else if (hasGlob(input)) {
        allowed.push(realOrSelf(cwd));
        patterns.push({ pattern: toPosix(input), base: cwd, fromConfig: false });
      } else
        problems.push({
          path: toPosix(relative(cwd, abs)) || input,
          message: isDangling(abs) ? 'Broken symbolic link: its target does not exist.' : 'No such file or folder.',
        });
    }
  }

  const ig = loadIgnore(config);
  const seen = new Set<string>();
  const files: FileTarget[] = [];

  /**
   * `real`: the file's real path when the caller knows it (a regular file
   * the glob reached without following a link), so no system call is needed.
   */
  const add = (abs: string, fromGlob: boolean, known?: string): boolean => {
    const rel = toPosix(relative(config.root, abs));
    // Ignore rules apply to files inside the config root; explicit files are always linted.
    if (fromGlob && rel && !rel.startsWith('..') && !isAbsolute(rel) && ig.ignores(rel)) return false;
    let real: string;
    try {
      real = known ?? realpathSync.native(abs);
      if (!known && !statSync(real).isFile()) return false;
    } catch {
      problems.push({ path: toPosix(relative(cwd, abs)), message: 'Broken symbolic link: its target does not exist.' });
      return true;
    }
    if (!inside(real)) {
      // A link in the tree to a file elsewhere (a secret, /etc/…): its text would be quoted in findings.
      problems.push({
        path: toPosix(relative(cwd, abs)),
        message: 'Symbolic link to a file outside the tree; it was not linted. Run with --allow-outside-root to lint it.',
      });
      return true;
    }
    if (seen.has(real)) return true;
    seen.add(real);
    const { locale, setKey } = localeOf(rel.startsWith('..') ? toPosix(abs) : rel, config.locales.patterns, config.locales.match, config.locales.default);
    files.push({ path: toPosix(relative(cwd, abs)) || toPosix(abs), absPath: abs, locale, setKey });
    return true;
  };
  const unmatched: Discovery['unmatched'] = [];

  for (const abs of explicit) add(abs, false);
  for (const { pattern, base, fromConfig, folder } of patterns) {
    let matched = false;
    // The glob follows no link, so below the base's real path a regular file's real path is its own.
    let realBase: string | undefined;
    try {
      realBase = realpathSync.native(base);
    } catch {
      realBase = undefined;
    }
    const entries = await fg(pattern, {
      cwd: base,
      absolute: true,
      dot: false,
      onlyFiles: false,
      followSymbolicLinks: false,
      ignore: ALWAYS_IGNORED,
      suppressErrors: true,
      objectMode: true,
    });
    for (const entry of entries) {
      if (entry.dirent.isDirectory()) continue;
      if (entry.dirent.isSymbolicLink()) {
        // Follow links to files only; a link to a folder is skipped, so a loop cannot form.
        try {
          if (statSync(entry.path).isDirectory()) continue;
        } catch {
          // Dangling: reported by add().
        }
      }
      if (add(entry.path, true, realBase !== undefined && entry.dirent.isFile() ? join(realBase, relative(base, entry.path)) : undefined)) matched = true;
    }
    // A folder named on the command line may hold no guide (that is not a typo); a glob must match.
    if (!matched && !folder) unmatched.push({ pattern, fromConfig });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems, unmatched };
}

export interface DiscoverOptions {
  /** Lint files outside the config root and the command-line paths (links, `..` or absolute patterns). */
  allowOutsideRoot?: boolean;
}

/** The folder a glob starts walking from: its leading segments without glob characters, resolved from `root`. */
function staticBase(root: string, pattern: string): string {
  const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  const segments = body.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (hasGlob(segment)) break;
    fixed.push(segment);
  }
  return resolve(root, fixed.join('/') || '.');
}

/** The top of the git work tree holding `dir`, if any (a `.git` entry in it or above). */
function repositoryOf(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}

function isDangling(abs: string): boolean {
  try {
    return lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}
