/**
 * `guidelint [options] [paths or globs…]`: lint, optionally only what a
 * change touches, fix, compare with the baseline, and write the report in
 * the format asked for.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Flags } from './args.js';
import { UsageError, writeFailure, type Io } from './io.js';
import { printConfig } from './print-config.js';
import { applyFixes } from './fix.js';
import { scopeToChanges } from './scope/changed.js';
import { DEFAULT_BASELINE, readBaseline, withoutKnown, writeBaseline } from './baseline.js';
import { run, type RunOptions, type RunResult } from '../engine/run.js';
import { createEnvironment } from '../engine/environment.js';
import { DEFAULT_FORMAT, FORMATS, formatters, isFormat, type Format } from '../report/formats.js';
import { countResults } from '../report/counts.js';
import { escapeControl } from '../report/escape.js';
import { lineReader } from '../report/lines.js';
import { packageVersion } from '../paths.js';
import type { FileResult } from '../types.js';

export async function commandLint(inputs: string[], flags: Flags, options: RunOptions, io: Io, color: boolean): Promise<number> {
  const format = flags.format ?? DEFAULT_FORMAT;
  if (!isFormat(format)) throw new UsageError(`unknown format \`${flags.format}\`; expected one of ${FORMATS.join(', ')}`);
  const maxWarnings = flags['max-warnings'] === undefined ? -1 : Number(flags['max-warnings']);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError('--max-warnings expects a whole number');
  if (flags.fix && flags['fix-dry-run']) throw new UsageError('use either --fix or --fix-dry-run, not both');

  if (flags['print-config'] !== undefined) return printConfig(flags['print-config'], options, io);
  const prepared = await prepareTargets(flags, options, io);
  const progress = progressLine(io, flags);
  // The lint command reports messages; summaries are not kept past their set rules (memory on large trees).
  let result: RunResult = await run({ ...prepared.options, onProgress: progress?.update, slimSummaries: true });
  progress?.done();

  if (flags.fix || flags['fix-dry-run']) {
    result = await applyFixes(result, flags, { ...prepared.options, onProgress: undefined }, io);
  }

  let results: FileResult[] = prepared.filter(result.results);
  if (flags.quiet) results = results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 2) }));
  const baselinePath = resolve(io.cwd, flags.baseline ?? DEFAULT_BASELINE);
  if (flags['write-baseline']) {
    const count = writeBaseline(baselinePath, results, lineReader(io.cwd));
    io.stderr.write(
      `guidelint: wrote ${count} ${count === 1 ? 'finding' : 'findings'} to ${escapeControl(flags.baseline ?? DEFAULT_BASELINE)}; --new-only will leave them out\n`,
    );
    return 0;
  }
  if (flags['new-only']) {
    const kept = withoutKnown(results, readBaseline(baselinePath, flags.baseline ?? DEFAULT_BASELINE), lineReader(io.cwd));
    results = kept.results;
    if (kept.known) io.stderr.write(`guidelint: ${kept.known} known ${kept.known === 1 ? 'finding' : 'findings'} from the baseline not reported\n`);
  }

  const report = render(format, results, result, color && !flags.output, io);
  if (flags['fix-dry-run'] && !flags.output) {
    // The diff was the output; the findings left are summed up on stderr.
  } else if (flags.output) {
    writeReport(resolve(io.cwd, flags.output), report, 'the report', 'w');
  } else {
    writeStdout(io, report);
  }
  if (flags.summary) {
    writeReport(resolve(io.cwd, flags.summary), render('markdown', results, result, false, io), 'the summary', 'a');
  }

  const counts = countResults(results);
  if (counts.errors > 0) return 1;
  if (maxWarnings >= 0 && counts.warnings > maxWarnings) {
    io.stderr.write(`guidelint: ${counts.warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

interface PreparedTargets {
  options: RunOptions;
  /** Which results to report (all, or only what a change is responsible for with --changed/--staged). */
  filter(results: FileResult[]): FileResult[];
}

/** With --changed/--staged, the files of the change (the environment is built once, here, and handed to the run). */
async function prepareTargets(flags: Flags, options: RunOptions, io: Io): Promise<PreparedTargets> {
  if (flags.base !== undefined && !flags.changed) throw new UsageError('--base goes with --changed (or write --changed=REF)');
  if (!flags.changed && !flags.staged) return { options, filter: (r) => r };
  if (flags.changed && flags.staged) throw new UsageError('use either --changed or --staged, not both');
  const setup = createEnvironment(options);
  const warn = (line: string): void => void io.stderr.write(`guidelint: ${line}\n`);
  const scope = await scopeToChanges(
    { staged: Boolean(flags.staged), base: flags.base, allFindings: flags['all-findings'] },
    options,
    setup.env.config,
    setup.rules,
    warn,
  );
  return { options: { ...options, setup, targets: scope.targets }, filter: scope.filter };
}

function render(format: Format, results: FileResult[], run: RunResult, color: boolean, io: Io): string {
  const locales = new Map(run.summaries.map((s) => [s.path, s.locale]));
  return formatters[format].render({
    results,
    rules: run.rules,
    localeOf: (path) => locales.get(path),
    color,
    cwd: io.cwd,
    env: io.env ?? process.env,
    lineText: lineReader(io.cwd),
    version: packageVersion(),
  });
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

/** A progress line on stderr for long runs on a terminal; silent otherwise. */
function progressLine(io: Io, flags: Flags) {
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
