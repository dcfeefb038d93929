/**
 * A whole run: discover → file phase (in this thread or on a worker pool)
 * → set phase → sorted results.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Rule, TranslationSet } from '../rule.js';
import type { FileResult, FileSummary, LintMessage } from '../types.js';
import type { ResolvedConfig } from '../config/types.js';
import { discover } from '../discover/discover.js';
import { createEnvironment, type EnvironmentOptions } from './environment.js';
import { createFileLinter, emptySummary, type FileOutcome, type FileTarget } from './lint-file.js';
import { groupSets } from './sets.js';
import { runSetRules } from './set-phase.js';
import { runOnPool } from './pool.js';

export interface RunOptions extends EnvironmentOptions {
  /** Paths or globs from the command line; none means the config's `files`. */
  inputs?: string[];
  /** Worker threads for the file phase: a number, 'auto' (one per core when the run is large), or 0. */
  workers?: number | 'auto';
  /** Called as files finish (for a progress line). */
  onProgress?: (done: number, total: number) => void;
  /** Lint these targets instead of discovering (used by --changed/--staged). */
  targets?: FileTarget[];
}

export interface RunResult {
  config: ResolvedConfig;
  rules: readonly Rule[];
  results: FileResult[];
  summaries: FileSummary[];
  sets: TranslationSet[];
}

/** Below this many files a pool costs more (worker start-up, module loading) than it saves. */
const POOL_THRESHOLD = 400;

export async function run(options: RunOptions): Promise<RunResult> {
  const { env, effective, rules } = createEnvironment(options);
  const discovery = options.targets ? { files: options.targets, problems: [] } : await discover(env.config, options.cwd, options.inputs);
  const targets = discovery.files;

  const workers = workerCount(options.workers, targets.length);
  let outcomes: FileOutcome[];
  if (workers > 1) {
    outcomes = await runOnPool(targets, workers, options, options.onProgress);
  } else {
    const linter = createFileLinter(env, effective, rules, env.config.maxFileSize);
    outcomes = targets.map((target, i) => {
      const outcome = lintOne(linter, target);
      options.onProgress?.(i + 1, targets.length);
      return outcome;
    });
  }

  const summaries = outcomes.map((o) => o.summary);
  const sets = groupSets(summaries, env.config.locales.source);
  const setMessages = runSetRules(sets, effective, env);

  const results: FileResult[] = outcomes.map((o) => ({
    path: o.result.path,
    messages: sortMessages([...o.result.messages, ...(setMessages.get(o.result.path) ?? [])]),
  }));
  for (const problem of discovery.problems) {
    const point = { line: 1, column: 1 };
    results.push({
      path: problem.path,
      messages: [{ ruleId: 'parse-error', severity: 2, message: problem.message, range: { start: point, end: point }, fatal: true }],
    });
  }
  results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { config: env.config, rules, results, summaries, sets };
}

/** Read and lint one file; a read error is a message on it. */
export function lintOne(linter: ReturnType<typeof createFileLinter>, target: FileTarget): FileOutcome {
  let buffer: Buffer;
  try {
    buffer = readFileSync(target.absPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const point = { line: 1, column: 1 };
    return {
      result: { path: target.path, messages: [{ ruleId: 'parse-error', severity: 2, message: `File could not be read (${code}).`, range: { start: point, end: point }, fatal: true }] },
      summary: emptySummary(target, true),
    };
  }
  return linter.lint(target, buffer);
}

function workerCount(setting: RunOptions['workers'], files: number): number {
  if (typeof setting === 'number') return Math.max(0, Math.floor(setting));
  if (files < POOL_THRESHOLD) return 0;
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/** Deterministic order: line, column, rule. */
export function sortMessages(messages: LintMessage[]): LintMessage[] {
  return messages.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.column - b.range.start.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
