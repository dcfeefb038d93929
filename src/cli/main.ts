/**
 * The command line as a testable function: `main({argv, cwd, stdout,
 * stderr}) → exit code`. No stack trace ever reaches the user: known
 * problems (bad config, model, language pack, usage) exit 2 with one clear line.
 * Only bin/ and tests import this file; commands live in the table of
 * commands.ts and share io.ts.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { OPTIONS, parse } from './args.js';
import { COMMAND_NAMES, LINT, commandNamed } from './commands.js';
import { HELP } from './help.js';
import { UsageError, type Io } from './io.js';
import { runOptionsFrom, useColor } from './options.js';
import { changedRefArgument } from './scope/changed.js';
import { BaselineError } from './baseline.js';
import { didYouMean } from '../suggest.js';
import { escapeControl } from '../report/escape.js';
import { packageVersion } from '../paths.js';
import { DataFileError } from '../config/validate.js';
import { NoFilesMatchedError } from '../discover/discover.js';

export async function main(io: Io): Promise<number> {
  try {
    return await dispatch(io);
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof DataFileError ||
      error instanceof NoFilesMatchedError ||
      error instanceof BaselineError ||
      isKnownDataError(error)
    ) {
      io.stderr.write(`guidelint: ${escapeControl((error as Error).message)}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`guidelint: internal error: ${message}\nPlease report this with the command you ran.\n`);
    if (io.env?.GUIDELINT_DEBUG && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
    return 2;
  }
}

/** Errors from the model and lexicon loaders name their file and line like DataFileError. */
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
  const [name, ...rest] = positionals;
  const command = commandNamed(name);
  if (!command && !flags.changed && !flags.staged) refuseUnknownWords(positionals, io.cwd);
  return (command ?? LINT).run({
    args: command ? rest : positionals,
    flags,
    io,
    color: useColor(flags, io),
    runOptions: (inputs) => runOptionsFrom(flags, io, inputs),
  });
}

/**
 * A bare word (no slash, dot or glob character) that is no file or folder
 * is a mistyped or unknown command (`guidelint init`, `guidelint rule`),
 * not a path to report as missing.
 */
function refuseUnknownWords(positionals: string[], cwd: string): void {
  for (const word of positionals) {
    if (!/^[A-Za-z][\w-]*$/.test(word) || existsSync(resolve(cwd, word))) continue;
    throw new UsageError(
      `\`${word}\` is not a command, file or folder${didYouMean(word, COMMAND_NAMES, (c) => `guidelint ${c}`)} (commands: ${COMMAND_NAMES.join(', ')}; see guidelint --help)`,
    );
  }
}
