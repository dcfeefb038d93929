/**
 * Extension points of the lint command: formats, commands and target
 * selection that live in their own modules (integrations, fixing).
 */
import type { Flags, Format } from './args.js';
import type { Io } from './main.js';
import { UsageError } from './main.js';
import { run, type RunOptions, type RunResult } from '../engine/run.js';
import { runFixes, createFixContext } from '../fix/index.js';
import type { FileResult } from '../types.js';
import { prepareChanged, stagedFixGuard } from './changed.js';
import { commandMergeSarif } from './merge-sarif.js';
import { commandTerms } from './terms-command.js';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { formatGithub } from '../report/github.js';
import { formatMarkdown } from '../report/markdown.js';

export type CommandHandler = (args: string[], flags: Flags, io: Io) => Promise<number>;

/** Commands other than lint/sets/claims/rules. */
export function extraCommand(name: string | undefined): CommandHandler | undefined {
  if (name === 'merge-sarif') return commandMergeSarif;
  if (name === 'terms') return commandTerms;
  return undefined;
}

export function extraFormat(format: Format, results: FileResult[], run: RunResult): string {
  const repoPath = workspacePath(process.env.GITHUB_WORKSPACE);
  if (format === 'github') return formatGithub(results, { repoPath });
  if (format === 'markdown') {
    const locales = new Map(run.summaries.map((s) => [s.path, s.locale]));
    return formatMarkdown(results, { env: process.env, repoPath, localeOf: (path) => locales.get(path) });
  }
  throw new UsageError(`format \`${format}\` is not available yet`);
}

/**
 * GitHub names files relative to the checkout ($GITHUB_WORKSPACE); report
 * paths are relative to the working directory, which may be a subfolder.
 */
function workspacePath(workspace: string | undefined): (path: string) => string {
  if (!workspace) return (path) => path;
  return (path) => {
    const rel = relative(workspace, resolve(path)).split(sep).join('/');
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  };
}

export interface PreparedTargets {
  options: RunOptions;
  /** Which results to report (all, or only touched files with --changed/--staged). */
  filter(results: FileResult[]): FileResult[];
}

export async function prepareTargets(flags: Flags, options: RunOptions, io: Io): Promise<PreparedTargets> {
  if (flags.base !== undefined && !flags.changed) throw new UsageError('--base goes with --changed (or write --changed=REF)');
  if (flags.changed || flags.staged) return prepareChanged(flags, options, io);
  return { options, filter: (r) => r };
}

/**
 * `--fix`: apply the fixable findings (relinting each fixed file, up to 10
 * passes), write the files atomically, then lint again so the report and
 * set rules see the fixed text. `--fix-dry-run`: print the unified diff
 * and change nothing. A file that cannot be fixed safely (changed while
 * being fixed, a link out of the tree, partially staged under --staged) is
 * left alone with one line on stderr.
 */
export async function applyFixes(result: RunResult, flags: Flags, options: RunOptions, io: Io): Promise<RunResult> {
  const dryRun = Boolean(flags['fix-dry-run']);
  const warn = (line: string): void => void io.stderr.write(`guidelint: ${line}\n`);
  const { relint, root } = createFixContext(options);
  const fixable = result.results.filter((r) => r.messages.some((m) => m.fix)).map((r) => r.path);
  const guard = flags.staged && fixable.length ? stagedFixGuard(io.cwd, fixable, warn) : undefined;
  const fixed = await runFixes({ results: result.results, cwd: io.cwd, dryRun, relint, root, refuse: guard?.refuse, afterWrite: guard?.afterWrite });
  for (const s of fixed.skipped) warn(`${s.path}: ${s.reason}`);
  if (dryRun) {
    io.stdout.write(fixed.diff);
    io.stderr.write(`guidelint: ${fixed.applied} fixes would change ${fixed.fixedFiles.length} files (dry run, nothing written)\n`);
    return result;
  }
  io.stderr.write(`guidelint: applied ${fixed.applied} fixes to ${fixed.fixedFiles.length} files\n`);
  return fixed.fixedFiles.length ? run(options) : result;
}
