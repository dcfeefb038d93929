/**
 * The command line as a testable function: `main({argv, cwd, stdout,
 * stderr}) → exit code`. No stack trace ever reaches the user: known
 * problems (bad config, model, language pack, usage) exit 2 with one clear line.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { HELP, FORMATS, OPTIONS, parse, type Flags, type Format } from './args.js';
import { didYouMean } from '../suggest.js';
import { printConfig } from './print-config.js';
import { commandInit } from './init-command.js';
import { BaselineError, DEFAULT_BASELINE, readBaseline, withoutKnown, writeBaseline } from './baseline.js';
import { run, type RunOptions, type RunResult } from '../engine/run.js';
import { formatStylish } from '../report/stylish.js';
import { formatJson } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { countResults } from '../report/counts.js';
import { escapeControl } from '../report/escape.js';
import { packageVersion } from '../paths.js';
import { DataFileError } from '../config/validate.js';
import { NoFilesMatchedError } from '../discover/discover.js';
import { changedRefArgument } from './changed.js';
import type { FileResult } from '../types.js';
import { commandSets } from './sets-command.js';
import { commandClaims } from './claims-command.js';
import { commandRules } from './rules-command.js';
import { parseShard, type Shard } from '../engine/shard.js';
import { extraFormat, extraCommand, prepareTargets, applyFixes } from './extensions.js';
import { registry } from '../../rules/index.js';

export interface Io {
  argv: string[];
  cwd: string;
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env?: Record<string, string | undefined>;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export async function main(io: Io): Promise<number> {
  try {
    return await dispatch(io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof DataFileError || error instanceof NoFilesMatchedError || error instanceof BaselineError || isKnownDataError(error)) {
      io.stderr.write(`guidelint: ${escapeControl((error as Error).message)}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`guidelint: internal error: ${message}\nPlease report this with the command you ran.\n`);
    if (io.env?.GUIDELINT_DEBUG && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
    return 2;
  }
}

/** Errors from the model and language pack loaders name their file and line like DataFileError. */
function isKnownDataError(error: unknown): boolean {
  return error instanceof Error && /^(ModelError|LexiconError|ConfigError)$/.test(error.name);
}

async function dispatch(io: Io): Promise<number> {
  let parsed;
  const argv = changedRefArgument(io.argv, io.cwd);
  try {
    parsed = parse(argv);
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    const unknown = /^Unknown option '(--?[^']+)'/.exec(message);
    const hint = unknown ? didYouMean(unknown[1].replace(/^-+/, ''), Object.keys(OPTIONS), (c) => `--${c}`) : '';
    throw new UsageError(`${message}${hint ? `${hint} ` : '. '}Run \`guidelint --help\` for usage.`);
  }
  const { values: flags, positionals } = parsed;
  if (flags.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (flags.version) {
    io.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  const color = useColor(flags, io);
  const runOptions = (inputs: string[]): RunOptions => ({
    registry,
    cwd: io.cwd,
    configPath: flags.config ? resolve(io.cwd, flags.config) : undefined,
    inputs,
    only: flags.rule,
    workers: parseWorkers(flags.workers),
    cache: flags.cache,
    cacheLocation: flags['cache-location'],
    shard: shardFlag(flags.shard),
    allowOutsideRoot: flags['allow-outside-root'],
    errorOnUnmatched: !flags['no-error-on-unmatched-pattern'],
  });

  switch (command) {
    case 'sets':
      return commandSets(rest, flags, runOptions(rest.filter(isPathLike)), io, color);
    case 'claims':
      return commandClaims(rest, flags, runOptions(rest), io, color);
    case 'rules':
      return commandRules(io, color);
    case 'init':
      return commandInit(io);
    default: {
      const extra = extraCommand(command);
      if (extra) return extra(rest, flags, io);
      if (!flags.changed && !flags.staged) refuseUnknownWords(positionals, io.cwd);
      return lint(positionals, flags, runOptions(positionals), io, color);
    }
  }
}

export const COMMANDS = ['sets', 'claims', 'rules', 'merge-sarif', 'init'];

/**
 * A bare word (no slash, dot or glob character) that is no file or folder
 * is a mistyped or unknown command (`guidelint init`, `guidelint rule`),
 * not a path to report as missing.
 */
function refuseUnknownWords(positionals: string[], cwd: string): void {
  for (const word of positionals) {
    if (!/^[A-Za-z][\w-]*$/.test(word) || existsSync(resolve(cwd, word))) continue;
    throw new UsageError(`\`${word}\` is not a command, file or folder${didYouMean(word, COMMANDS, (c) => `guidelint ${c}`)} (commands: ${COMMANDS.join(', ')}; see guidelint --help)`);
  }
}

function isPathLike(text: string): boolean {
  return /[/*.]/.test(text);
}

async function lint(inputs: string[], flags: Flags, options: RunOptions, io: Io, color: boolean): Promise<number> {
  const format = (flags.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format \`${flags.format}\`; expected one of ${FORMATS.join(', ')}`);
  const maxWarnings = flags['max-warnings'] === undefined ? -1 : Number(flags['max-warnings']);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError('--max-warnings expects a whole number');
  if (flags.fix && flags['fix-dry-run']) throw new UsageError('use either --fix or --fix-dry-run, not both');

  if (flags['print-config'] !== undefined) return printConfig(flags['print-config'], options, io);
  const prepared = await prepareTargets(flags, options, io);
  const progress = progressLine(io, flags, inputs);
  // The lint command reports messages; summaries are not kept past their set rules (memory on large trees).
  let result: RunResult = await run({ ...prepared.options, onProgress: progress?.update, slimSummaries: true });
  progress?.done();

  if (flags.fix || flags['fix-dry-run']) {
    const fixed = await applyFixes(result, flags, { ...prepared.options, onProgress: undefined }, io);
    result = fixed;
  }

  let results: FileResult[] = prepared.filter(result.results);
  if (flags.quiet) results = results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 2) }));
  const baselinePath = resolve(io.cwd, flags.baseline ?? DEFAULT_BASELINE);
  if (flags['write-baseline']) {
    const count = writeBaseline(baselinePath, results, lineReader(io.cwd));
    io.stderr.write(`guidelint: wrote ${count} ${count === 1 ? 'finding' : 'findings'} to ${escapeControl(flags.baseline ?? DEFAULT_BASELINE)}; --new-only will leave them out\n`);
    return 0;
  }
  if (flags['new-only']) {
    const kept = withoutKnown(results, readBaseline(baselinePath, flags.baseline ?? DEFAULT_BASELINE), lineReader(io.cwd));
    results = kept.results;
    if (kept.known) io.stderr.write(`guidelint: ${kept.known} known ${kept.known === 1 ? 'finding' : 'findings'} from the baseline not reported\n`);
  }

  const report = render(format, results, result, color && !flags.output, io.cwd);
  if (flags['fix-dry-run'] && !flags.output) {
    // The diff was the output; the findings left are summed up on stderr.
  } else if (flags.output) {
    writeReport(resolve(io.cwd, flags.output), report, 'the report', 'w');
  } else {
    writeStdout(io, report);
  }
  if (flags.summary) {
    writeReport(resolve(io.cwd, flags.summary), render('markdown', results, result, false), 'the summary', 'a');
  }

  const counts = countResults(results);
  if (counts.errors > 0) return 1;
  if (maxWarnings >= 0 && counts.warnings > maxWarnings) {
    io.stderr.write(`guidelint: ${counts.warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** Why a write failed, in a few words (no stack, no internal error). */
export function writeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const reasons: Record<string, string> = {
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    ENOENT: 'no such folder',
    EPIPE: 'the reader closed the pipe',
  };
  return (code && reasons[code]) ?? code ?? (error instanceof Error ? error.message : String(error));
}

function writeReport(path: string, text: string, what: string, flag: 'w' | 'a'): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, { flag });
  } catch (error) {
    throw new UsageError(`cannot write ${what} to ${escapeControl(path)}: ${writeFailure(error)}`);
  }
}

/** A stream that fails at once (a synchronous write to a full device) ends the run with one line; bin/ handles later failures. */
function writeStdout(io: Io, text: string): void {
  try {
    io.stdout.write(text);
  } catch (error) {
    throw new UsageError(`cannot write the report to standard output: ${writeFailure(error)}`);
  }
}

function render(format: Format, results: FileResult[], run: RunResult, color: boolean, cwd = process.cwd()): string {
  switch (format) {
    case 'json':
      return formatJson(results);
    case 'sarif':
      return formatSarif(results, { rules: run.rules, version: packageVersion(), lineText: lineReader(cwd) });
    case 'stylish':
      return formatStylish(results, { color });
    default:
      return extraFormat(format, results, run);
  }
}

/** Lines of the reported files, read once each, for SARIF fingerprints; undefined when a file cannot be read. */
function lineReader(cwd: string): (path: string, line: number) => string | undefined {
  const files = new Map<string, string[] | undefined>();
  return (path, line) => {
    if (!files.has(path)) {
      try {
        files.set(path, readFileSync(resolve(cwd, path), 'utf8').split(/\r?\n/));
      } catch {
        files.set(path, undefined);
      }
    }
    return files.get(path)?.[line - 1];
  };
}

function shardFlag(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  const shard = parseShard(value);
  if (!shard) throw new UsageError(`--shard expects I/N with 1 ≤ I ≤ N (e.g. 2/3), not \`${value}\``);
  return shard;
}

export function parseWorkers(value: string | undefined): number | 'auto' | undefined {
  if (value === undefined || value === 'auto') return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError('--workers expects a whole number or `auto`');
  // More threads than cores only add memory (each parses its own files); the API (run()) is not capped.
  return Math.min(n, availableParallelism());
}

export function useColor(flags: Flags, io: Io): boolean {
  if (flags['no-color'] || io.env?.NO_COLOR) return false;
  if (flags.color || io.env?.FORCE_COLOR) return true;
  return Boolean(io.stdout.isTTY);
}

/** A progress line on stderr for long runs on a terminal; silent otherwise. */
function progressLine(io: Io, flags: Flags, _inputs: string[]) {
  if (!io.stderr.isTTY || flags.quiet || io.env?.CI) return undefined;
  const started = Date.now();
  let last = 0;
  return {
    update(done: number, total: number) {
      const now = Date.now();
      if (total < 200 || (now - last < 100 && done < total)) return;
      last = now;
      const rate = done / Math.max(0.001, (now - started) / 1000);
      io.stderr.write(`\r\x1b[2Kguidelint: ${done}/${total} files (${Math.round(rate)}/s)`);
    },
    done() {
      if (last) io.stderr.write('\r\x1b[2K');
    },
  };
}
