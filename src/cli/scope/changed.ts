/**
 * `--changed[=REF]` and `--staged`: lint what a change touches, with the
 * rest of each touched translation set (set rules compare locales, so
 * they need every sibling), and report only what the change is
 * responsible for. scopeToChanges() answers with the files to lint and
 * the filter to apply to their results; it reads the config the run has
 * already loaded.
 *
 * The cost follows the change, not the tree: when the locale layout keeps
 * a set in one folder (`guide.{locale}.md`, `{name}.{locale}.md`) only
 * the touched folders are globbed; otherwise (`{locale}/**`) the tree is
 * globbed but only touched sets are read and parsed.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import fg from 'fast-glob';
import picomatch from 'picomatch';
import { UsageError } from '../io.js';
import type { RunOptions } from '../../engine/run.js';
import type { FileTarget } from '../../engine/lint-file.js';
import type { ResolvedConfig } from '../../config/types.js';
import type { Rule } from '../../rule.js';
import type { FileResult, LintMessage } from '../../types.js';
import { discover, toPosix, NoFilesMatchedError } from '../../discover/discover.js';
import { localeOf } from '../../discover/locale.js';
import * as git from './git.js';
import { mirrorOntoTouched } from './mirror.js';
import { stagedTargets } from './staged.js';

/** Which change to lint. */
export interface ChangeRequest {
  /** `--staged` (the index against HEAD); otherwise `--changed`. */
  staged: boolean;
  /** `--changed=REF`: compare with the merge base of HEAD and REF (default: the default branch). */
  base?: string;
  /** `--all-findings`: report untouched files too. */
  allFindings?: boolean;
}

/** The files to lint for a change, and which of their findings to report. */
export interface ChangeScope {
  targets: FileTarget[];
  filter(results: FileResult[]): FileResult[];
}

/**
 * `--changed REF` (with a space) means the ref, as `--changed=REF` does,
 * when the word names a commit; otherwise it stays a path filter (which
 * prepareChanged() then requires to exist). A word that is both a commit
 * and a path is refused: the user says which.
 */
export function changedRefArgument(argv: string[], cwd: string): string[] {
  const at = argv.indexOf('--changed');
  if (at === -1) return argv;
  const end = argv.indexOf('--');
  if (end !== -1 && end < at) return argv;
  const next = argv[at + 1];
  if (next === undefined || next === '' || next.startsWith('-')) return argv;
  const top = git.topLevel(cwd);
  if (!top || !git.isCommit(top, next)) return argv;
  if (existsSync(resolve(cwd, next))) {
    throw new UsageError(`\`${next}\` after --changed is both a commit and a path: write --changed=${next} for the commit, or ./${next} for the path`);
  }
  return [...argv.slice(0, at), `--changed=${next}`, ...argv.slice(at + 2)];
}

/** Command-line paths with --changed must exist, and globs must match: a filter that matches nothing would lint nothing and pass. */
async function checkFilters(options: RunOptions): Promise<void> {
  const unmatched: string[] = [];
  for (const input of options.inputs ?? []) {
    if (/[*?[\]{}!]/.test(input)) {
      if (options.errorOnUnmatched === false) continue;
      const found = await fg(input, { cwd: options.cwd, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'], suppressErrors: true, unique: true });
      if (found.length === 0) unmatched.push(input);
    } else if (!existsSync(resolve(options.cwd, input))) {
      throw new UsageError(
        `--changed: \`${input}\` is neither a commit of this repository nor a file or folder (a filter that matches nothing would lint nothing)`,
      );
    }
  }
  if (unmatched.length) throw new NoFilesMatchedError(unmatched.map((pattern) => ({ pattern, fromConfig: false })));
}

/** A changed path the config would lint (or would have linted, for a deletion). */
interface Candidate {
  /** Relative to the config root, `/`-separated. */
  rel: string;
  /** Relative to the git top level, as git names it. */
  gitPath: string;
  deleted: boolean;
}

/**
 * Scope a run to a change. `options` are the run's (cwd, command-line
 * paths); `config` and `rules` are what the run loaded; `warn` writes one
 * line on stderr.
 */
export async function scopeToChanges(
  request: ChangeRequest,
  options: RunOptions,
  config: ResolvedConfig,
  rules: readonly Rule[],
  warn: (line: string) => void,
): Promise<ChangeScope> {
  const mode = request.staged ? 'staged' : 'changed';
  const top = git.topLevel(options.cwd);
  if (!top) throw new UsageError(`--${mode} needs a git repository, and ${options.cwd} is not inside one`);
  await checkFilters(options);

  let changes: git.Change[];
  let since: string;
  try {
    if (request.staged) {
      changes = git.stagedChanges(top);
      since = 'staged';
    } else {
      const base = resolveBase(top, request.base, warn);
      changes = git.changesSince(top, base.commit);
      since = `changed since ${base.label}`;
    }
  } catch (error) {
    if (error instanceof git.GitError) throw new UsageError(error.message);
    throw error;
  }

  // Git prints real paths; the config root may sit under a symbolic link (/tmp on macOS).
  const realRoot = realpathSync(config.root);
  const inScope = scopeTest(config, options);
  if (request.staged) refuseUnmerged(changes, top, realRoot, inScope);
  const candidates: Candidate[] = [];
  for (const change of changes) {
    const touched = [{ path: change.path, deleted: change.status === 'D' }];
    if (change.status === 'R' && change.from) touched.push({ path: change.from, deleted: true });
    for (const t of touched) {
      const rel = toPosix(relative(realRoot, join(top, t.path)));
      if (inScope(rel)) candidates.push({ rel, gitPath: t.path, deleted: t.deleted });
    }
  }

  if (candidates.length === 0) {
    warn(`no guide ${since} (${changes.length} changed ${changes.length === 1 ? 'file' : 'files'}, none that the config lints); nothing to lint.`);
    return { targets: [], filter: () => [] };
  }

  const discovered = await discoverAround(config, candidates);
  const byRel = new Map(discovered.map((t) => [toPosix(relative(config.root, t.absPath)), t]));
  const touchedKeys = new Set<string>();
  const shrunkKeys = new Set<string>();
  const touchedRels = new Set<string>();
  for (const c of candidates) {
    if (c.deleted) {
      // The file is gone: its set still needs checking (translation-missing reports the gap).
      const key = localeOf(c.rel, config.locales.patterns, config.locales.match, config.locales.default).setKey;
      touchedKeys.add(key);
      shrunkKeys.add(key);
      continue;
    }
    const target = byRel.get(c.rel);
    if (!target) continue; // Ignored (`ignore:`, .guidelintignore) or not a file.
    touchedKeys.add(target.setKey ?? c.rel);
    touchedRels.add(c.rel);
  }

  let targets = discovered.filter((t) => touchedKeys.has(t.setKey ?? toPosix(relative(config.root, t.absPath))));
  if (request.staged) targets = stagedTargets(top, realRoot, config.root, targets);
  // discover() ran from the config root; reporters want paths relative to the working directory.
  targets = targets.map((t) => ({ ...t, path: toPosix(relative(options.cwd, resolve(config.root, t.path))) || t.path }));

  if (touchedRels.size === 0 && shrunkKeys.size === 0) {
    warn(`no guide ${since} that the config lints (the changed guides are ignored); nothing to lint.`);
    return { targets: [], filter: () => [] };
  }

  const touchedAbs = new Set([...touchedRels].map((rel) => resolve(config.root, rel)));
  const shrunkAbs = new Set(targets.filter((t) => t.setKey !== undefined && shrunkKeys.has(t.setKey)).map((t) => resolve(options.cwd, t.path)));
  // Rules that compare locales: set rules, and the translation family.
  const setRuleIds = new Set(rules.filter((r) => r.kind === 'set' || r.meta.family === 'translation').map((r) => r.meta.id));
  const comparesLocales = (ruleId: string) => setRuleIds.has(ruleId);
  const responsible = (file: string, m: LintMessage): boolean =>
    (m.related ?? []).some((r) => touchedAbs.has(resolve(options.cwd, r.path))) || (shrunkAbs.has(file) && comparesLocales(m.ruleId));

  return {
    targets,
    filter(all: FileResult[]): FileResult[] {
      // Disagreements the change caused are also reported on the touched file (the source), inside the diff.
      const results = mirrorOntoTouched(all, options.cwd, (abs) => touchedAbs.has(abs), comparesLocales);
      if (request.allFindings) return results;
      const out: FileResult[] = [];
      for (const r of results) {
        const abs = resolve(options.cwd, r.path);
        if (touchedAbs.has(abs)) {
          out.push(r);
          continue;
        }
        const messages = r.messages.filter((m) => responsible(abs, m));
        if (messages.length) out.push({ ...r, messages });
      }
      return out;
    },
  };
}

/**
 * During a merge with unresolved conflicts a guide has no staged content
 * yet (only its conflicting versions): say so instead of linting half a merge.
 */
function refuseUnmerged(changes: readonly git.Change[], top: string, realRoot: string, inScope: (rel: string) => boolean): void {
  const unmerged = changes.filter((c) => c.status === 'U' && inScope(toPosix(relative(realRoot, join(top, c.path))))).map((c) => c.path);
  if (unmerged.length === 0) return;
  const more = unmerged.length > 1 ? ` and ${unmerged.length - 1} more` : '';
  throw new UsageError(
    `--staged: ${unmerged[0]}${more} ${unmerged.length > 1 ? 'have' : 'has'} unresolved merge conflicts; resolve them and \`git add\` the result, then run again`,
  );
}

/**
 * The commit to compare with: the merge base of HEAD and REF (what a pull
 * request shows), or of HEAD and the default branch when no REF is given.
 */
function resolveBase(top: string, ref: string | undefined, warn: (line: string) => void): { commit: string; label: string } {
  if (!git.isCommit(top, 'HEAD')) throw new UsageError('--changed needs at least one commit; use --staged before the first commit');
  if (ref !== undefined) {
    if (!ref || !git.isCommit(top, ref)) {
      throw new UsageError(`--changed: \`${ref}\` is not a commit in this repository (in CI, fetch it first, e.g. actions/checkout with fetch-depth: 0)`);
    }
    const base = git.mergeBase(top, 'HEAD', ref);
    if (base) return { commit: base, label: ref };
    warn(`HEAD and ${ref} have no common ancestor here (shallow clone?); comparing with ${ref} itself.`);
    return { commit: ref, label: ref };
  }
  const branch = git.defaultBranch(top);
  if (!branch) throw new UsageError('--changed: cannot find the default branch (origin/HEAD, main or master); name the base with --changed=REF');
  const base = git.mergeBase(top, 'HEAD', branch);
  if (!base) throw new UsageError(`--changed: HEAD and ${branch} have no common ancestor; name the base with --changed=REF`);
  return { commit: base, label: branch };
}

/** Is a path (relative to the config root) one the config lints, and within the command-line paths, if any? */
function scopeTest(config: ResolvedConfig, options: RunOptions): (rel: string) => boolean {
  const lintable = picomatch(config.files);
  const inputs = (options.inputs ?? []).map((input) => {
    const abs = resolve(options.cwd, input);
    const rel = toPosix(relative(config.root, abs));
    if (/[*?[\]{}!]/.test(input)) return picomatch(rel);
    // A folder holds everything under it; a file is itself.
    return (path: string) => path === rel || rel === '' || path.startsWith(`${rel}/`);
  });
  return (rel) => rel !== '' && !rel.startsWith('../') && rel !== '..' && lintable(rel) && (inputs.length === 0 || inputs.some((test) => test(rel)));
}

/** Does every locale pattern keep a whole set in one folder (the locale in the file name)? */
export function setsStayInFolder(patterns: readonly string[]): boolean {
  return patterns.every((p) => {
    const at = p.indexOf('{locale}');
    return at === -1 || !p.slice(at).includes('/');
  });
}

/**
 * Files around the candidates that the config lints (ignore rules applied
 * by discover()): only the touched folders when sets stay in one folder,
 * else the whole tree (globbed, not parsed).
 */
async function discoverAround(config: ResolvedConfig, candidates: readonly Candidate[]): Promise<FileTarget[]> {
  const lintable = picomatch(config.files);
  let inputs: string[] = [];
  if (setsStayInFolder(config.locales.patterns)) {
    const folders = new Set(candidates.map((c) => dirname(c.rel)));
    inputs = [...folders].map((d) => (d === '.' ? '*' : `${fg.escapePath(d)}/*`));
  }
  const { files } = await discover(config, config.root, inputs);
  return files.filter((t) => lintable(toPosix(relative(config.root, t.absPath))));
}
