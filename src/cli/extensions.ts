/**
 * Extension points of the lint command: formats, commands and target
 * selection that live in their own modules (integrations, fixing).
 */
import type { Flags, Format } from './args.js';
import type { Io } from './main.js';
import { UsageError } from './main.js';
import type { RunOptions, RunResult } from '../engine/run.js';
import type { FileResult } from '../types.js';

export type CommandHandler = (args: string[], flags: Flags, io: Io) => Promise<number>;

/** Commands other than lint/sets/claims/rules. */
export function extraCommand(_name: string | undefined): CommandHandler | undefined {
  return undefined;
}

export function extraFormat(format: Format, _results: FileResult[], _run: RunResult): string {
  throw new UsageError(`format \`${format}\` is not available yet`);
}

export interface PreparedTargets {
  options: RunOptions;
  /** Which results to report (all, or only touched files with --changed/--staged). */
  filter(results: FileResult[]): FileResult[];
}

export async function prepareTargets(flags: Flags, options: RunOptions, _io: Io): Promise<PreparedTargets> {
  if (flags.changed || flags.staged) throw new UsageError('--changed and --staged are not available yet');
  return { options, filter: (r) => r };
}

export async function applyFixes(result: RunResult, _flags: Flags, _options: RunOptions, _io: Io): Promise<RunResult> {
  return result;
}
