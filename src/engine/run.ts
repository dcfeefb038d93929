/**
 * A whole run: discover → file phase (in this thread or on a worker pool)
 * → set phase → sorted results.
 */
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Rule, TranslationSet } from '../rule.js';
import type { FileResult, FileSummary, LintMessage } from '../types.js';
import type { ResolvedConfig } from '../config/types.js';
import { discover, NoFilesMatchedError } from '../discover/discover.js';
import { applyOverrides } from '../config/overrides.js';
import { resolve } from 'node:path';
import { createEnvironment, type EnvironmentOptions, type Setup } from './environment.js';
import { createFileLinter, DEFAULT_MAX_BYTES, emptySummary, type FileOutcome, type FileTarget } from './lint-file.js';
import { createSetStream, slimFromHead, type Member } from './set-stream.js';
import { DEFAULT_FILE_TIMEOUT_S, runOnPool } from './pool.js';
import { scanComplexity } from '../document/complexity.js';
import { openCache } from './cache.js';
import { lintOne, type Fingerprinted } from './read-file.js';
import { inShard, type Shard } from './shard.js';
import { CommitDates } from './git-dates.js';
import { createTreePhase, type TreeEntry } from './tree-phase.js';

export interface RunOptions extends EnvironmentOptions {
  /** Paths or globs from the command line; none means the config's `files`. */
  inputs?: string[];
  /** Worker threads for the file phase: a number, 'auto' (one per core when the run is large and there are several cores), or 0 (lint in this thread). */
  workers?: number | 'auto';
  /** Called as files finish (for a progress line). */
  onProgress?: (done: number, total: number) => void;
  /** Lint these targets instead of discovering (used by --changed/--staged). */
  targets?: FileTarget[];
  /** Reuse the outcomes of unchanged files between runs (`--cache`); see cache.ts. */
  cache?: boolean;
  /** Folder of the cache (`--cache-location`). */
  cacheLocation?: string;
  /** Lint files outside the config root and the command-line paths (`--allow-outside-root`). */
  allowOutsideRoot?: boolean;
  /** Lint only this shard's translation sets (`--shard I/N`). */
  shard?: Shard;
  /**
   * Keep only identity and locale of each summary once its set rules have
   * run (the lint command needs no more): memory stays bounded on large trees.
   */
  slimSummaries?: boolean;
  /** Throw NoFilesMatchedError when a glob (config `files` or command line) matches no file (the CLI's default). */
  errorOnUnmatched?: boolean;
  /** The environment when the caller already built it (the CLI's --changed reads its config): loaded once. */
  setup?: Setup;
}

export interface RunResult {
  config: ResolvedConfig;
  rules: readonly Rule[];
  results: FileResult[];
  summaries: FileSummary[];
  sets: TranslationSet[];
  /** With `cache`: files whose stored outcome was reused, and files linted afresh. */
  cacheStats?: { hits: number; misses: number };
  /** With `cache` and slim summaries: sets whose stored findings were reused, and sets compared afresh. */
  setCacheStats?: { hits: number; misses: number };
}

/** Below this many files a pool costs more (worker start-up, module loading) than it saves. */
const POOL_THRESHOLD = 400;

export async function run(options: RunOptions): Promise<RunResult> {
  const setup = options.setup ?? createEnvironment(options);
  const { env, effective, rules } = setup;
  const discovery = options.targets
    ? { files: options.targets, problems: [], unmatched: [] }
    : await discover(env.config, options.cwd, options.inputs, { allowOutsideRoot: options.allowOutsideRoot });
  if (options.errorOnUnmatched && discovery.unmatched.length) throw new NoFilesMatchedError(discovery.unmatched);
  // A file outside every set is a set of its own (as groupSets has it).
  const targets = inShard(discovery.files, options.shard, (t) => t.setKey ?? t.path);
  const problems = inShard(discovery.problems, options.shard, (p) => p.path);

  // Cache hits first: a warm run with nothing changed never starts the pool.
  const cache = options.cache
    ? openCache(setup, { cwd: options.cwd, location: options.cacheLocation, variant: options.shard && `${options.shard.index}/${options.shard.count}` })
    : undefined;
  const outcomes: FileOutcome[] = new Array(targets.length);
  const indexOf = new Map(targets.map((t, i) => [t, i]));
  const slim = Boolean(options.slimSummaries);
  // Set rules run as each set completes (set-stream.ts), from cached and fresh summaries alike;
  // in slim runs, a set none of whose members changed reuses its stored findings.
  const tree = createTreePhase(effective, env);
  const stream = createSetStream(targets, env, effective, { slim, setCache: cache, onSlim: (t, small) => (outcomes[indexOf.get(t)!].summary = small) });
  // Commit dates only matter to the rules that declare they read them (meta.uses.commitDates), and only for
  // files that carry no date of their own under those rules' keys: those wait for git, the others go straight to their set.
  const dating = effective.filter((e) => e.rule.meta.uses?.commitDates);
  const dates = dating.length && targets.length > 1 ? new CommitDates(env.config.root, options.targets && targets.map((t) => t.absPath)) : undefined;
  const dateKeys = dating.map((e) => e.rule.meta.uses?.commitDates?.unlessDated?.(e.options));
  const waiting: Array<{ target: FileTarget; member: Member }> = [];
  const dated = (target: FileTarget, member: Member): Member => {
    const date = dates?.get(target.absPath);
    if (!date) return member;
    const { summary } = member;
    return {
      ...member,
      summary: typeof summary === 'function' ? () => ({ ...summary(), lastCommit: date }) : { ...summary, lastCommit: date },
      identity: member.identity && { ...member.identity, lastCommit: date },
    };
  };
  const flush = (): void => {
    for (const { target, member } of waiting.splice(0)) stream.add(target, dated(target, member));
  };
  void dates?.whenComplete().then(flush);
  const add = (target: FileTarget, member: Member, frontmatter: FileSummary['frontmatter']): void => {
    // A file with its own date never uses a commit date: leaving it out keeps its set's digest (cache.ts) the same from run to run.
    if (!dates || dateKeys.every((key) => key !== undefined && hasDate(frontmatter, key))) stream.add(target, member);
    else if (dates.complete) stream.add(target, dated(target, member));
    else waiting.push({ target, member });
  };
  const pending: number[] = [];
  targets.forEach((target, i) => {
    const hit = cache?.get(target);
    if (!hit) {
      pending.push(i);
      return;
    }
    const identity = { hash: hit.hash };
    // A summary whose stored bytes are damaged stands in as unreadable: its set is still compared.
    const load = (): FileSummary => hit.summary() ?? emptySummary(target, true);
    // The tree rules' part was stored with the outcome: the summary is decoded only if it was not.
    if (tree.active) tree.addEntry(isTreeEntry(hit.tree(), target.path) ?? tree.collect(load()));
    if (slim) {
      // Only the head is read now; the full summary is decoded if the file's set must be compared again.
      const small = slimFromHead(target, hit.head);
      outcomes[i] = { result: hit.result, summary: small };
      add(target, { summary: load, slim: small, identity }, hit.head.frontmatter);
    } else {
      const summary = load();
      outcomes[i] = { result: hit.result, summary };
      add(target, { summary, identity }, summary.frontmatter);
    }
  });
  const todo = pending.map((i) => targets[i]);
  const cached = targets.length - todo.length;
  const progress = options.onProgress && ((done: number) => options.onProgress?.(cached + done, targets.length));

  const workers = workerCount(options.workers, todo.length);
  const take = (k: number, { fingerprint, ...outcome }: Fingerprinted): void => {
    const index = pending[k];
    outcomes[index] = outcome;
    const entry = tree.active ? tree.collect(outcome.summary) : undefined;
    if (entry) tree.addEntry(entry);
    cache?.set(targets[index], outcome, fingerprint, entry);
    add(targets[index], { summary: outcome.summary, identity: fingerprint && { hash: fingerprint.hash } }, outcome.summary.frontmatter);
  };
  if (workers > 0) {
    // Worker threads lint; this thread feeds them and runs set rules as sets complete (see pool.ts).
    await runOnPool(todo, workers, { ...options, fingerprint: Boolean(cache) }, { onOutcome: take, onProgress: progress, fileTimeout: env.config.fileTimeout });
  } else {
    const linter = createFileLinter(env, effective, rules, env.config.maxFileSize);
    const timeout = env.config.fileTimeout ?? DEFAULT_FILE_TIMEOUT_S;
    // Files whose paragraphs the parser would take long on are linted on one worker, under the watchdog.
    const heavy: number[] = [];
    let linted = 0;
    todo.forEach((target, k) => {
      if (timeout > 0 && looksHeavy(target.absPath, env.config.maxFileSize ?? DEFAULT_MAX_BYTES)) {
        heavy.push(k);
        return;
      }
      take(k, lintOne(linter, target, Boolean(cache)));
      progress?.(++linted);
    });
    if (heavy.length) {
      const onOutcome = (j: number, outcome: Fingerprinted): void => {
        take(heavy[j], outcome);
        progress?.(++linted);
      };
      await runOnPool(
        heavy.map((k) => todo[k]),
        1,
        { ...options, fingerprint: Boolean(cache) },
        { onOutcome, fileTimeout: timeout },
      );
    }
  }
  cache?.save();
  if (dates) {
    await dates.settle(waiting.map((w) => w.target.absPath));
    flush();
  }

  const { sets, messages: setMessages } = stream.finish();
  for (const [path, list] of tree.finish()) setMessages.set(path, [...(setMessages.get(path) ?? []), ...list]);
  const summaries = outcomes.map((o) => o.summary);

  const results: FileResult[] = outcomes.map((o) => ({
    path: o.result.path,
    messages: sortMessages([...o.result.messages, ...(setMessages.get(o.result.path) ?? [])]),
  }));
  for (const problem of problems) {
    const point = { line: 1, column: 1 };
    results.push({
      path: problem.path,
      messages: [{ ruleId: 'parse-error', severity: 2, message: problem.message, range: { start: point, end: point }, fatal: true }],
    });
  }
  results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const absOf = new Map(targets.map((t) => [t.path, t.absPath]));
  const overridden = applyOverrides(env.config, results, (path) => absOf.get(path) ?? resolve(options.cwd, path));
  return {
    config: env.config,
    rules,
    results: overridden,
    summaries,
    sets,
    cacheStats: cache && { ...cache.stats },
    setCacheStats: cache && slim ? { ...cache.setStats } : undefined,
  };
}

/** Estimated parse time past which a file is moved to a worker in a single-thread run (seconds). */
const HEAVY_SECONDS = 0.5;

/** Would the parser take long on this file (quadratic paragraphs under the scan's limits)? Unreadable: no (lintOne reports it). */
function looksHeavy(absPath: string, maxBytes: number): boolean {
  try {
    const size = statSync(absPath).size;
    // Under 4 KB no paragraph can hold enough marks to matter; over the limit the file is not parsed.
    if (size < 4096 || size > maxBytes) return false;
    // Marks are ASCII: reading the bytes as Latin-1 counts them as the decoded text would.
    return scanComplexity(readFileSync(absPath).toString('latin1')).estimate > HEAVY_SECONDS;
  } catch {
    return false;
  }
}

/** A stored tree entry, when it has the expected shape for this file. */
function isTreeEntry(value: unknown, path: string): TreeEntry | undefined {
  const e = value as Partial<TreeEntry> | undefined;
  return e && typeof e === 'object' && e.path === path && Array.isArray(e.data) && Array.isArray(e.control) ? (e as TreeEntry) : undefined;
}

/** True when the front matter has a date under `key` (then the rule that reads it needs no commit date for the file). */
function hasDate(frontmatter: FileSummary['frontmatter'], key: string): boolean {
  const value = frontmatter?.[key];
  if (typeof value !== 'string' && !(value instanceof Date)) return false;
  return !Number.isNaN(new Date(value).getTime());
}

function workerCount(setting: RunOptions['workers'], files: number): number {
  if (typeof setting === 'number') return Math.max(0, Math.floor(setting));
  if (files < POOL_THRESHOLD) return 0;
  const cores = availableParallelism();
  return cores < 2 ? 0 : Math.min(cores, 8);
}

/** Deterministic order: line, column, rule. */
export function sortMessages(messages: LintMessage[]): LintMessage[] {
  return messages.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
