/**
 * Extension points of the lint command: formats, commands and target
 * selection that live in their own modules (integrations, fixing).
 */
import type { Flags, Format } from './args.js';
import type { Io } from './main.js';
import { UsageError } from './main.js';
import type { RunOptions, RunResult } from '../engine/run.js';
import type { FileResult } from '../types.js';
import { prepareChanged } from './changed.js';
import { commandMergeSarif } from './merge-sarif.js';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { formatGithub } from '../report/github.js';
import { formatMarkdown } from '../report/markdown.js';

export type CommandHandler = (args: string[], flags: Flags, io: Io) => Promise<number>;

/** Commands other than lint/sets/claims/rules. */
export function extraCommand(name: string | undefined): CommandHandler | undefined {
  if (name === 'merge-sarif') return commandMergeSarif;
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

export async function applyFixes(result: RunResult, _flags: Flags, _options: RunOptions, _io: Io): Promise<RunResult> {
  return result;
}
