/**
 * The command table: each command's name, usage and help lines, and the
 * handler it runs. `--help`'s command list, the unknown-command message
 * and its did-you-mean are all read from here.
 */
import type { Flags } from './args.js';
import type { Io } from './io.js';
import type { RunOptions } from '../engine/run.js';
import { commandLint } from './lint-command.js';
import { commandSets } from './sets-command.js';
import { commandClaims } from './claims-command.js';
import { commandRules } from './rules-command.js';
import { commandMergeSarif } from './merge-sarif.js';
import { commandTerms } from './terms-command.js';
import { commandInit } from './init-command.js';

/** What a handler receives. */
export interface CommandContext {
  /** The positional arguments after the command's name (for lint: all of them). */
  args: string[];
  flags: Flags;
  io: Io;
  /** Colours on stdout (a terminal, --color, FORCE_COLOR; never with --no-color or NO_COLOR). */
  color: boolean;
  /** The engine's options from the flags, for these paths (read when asked: a bad --workers only matters to commands that run). */
  runOptions(inputs: string[]): RunOptions;
}

export interface Command {
  /** What follows `guidelint` on the usage line. */
  usage: string;
  /** What it does, in lines for --help. */
  help: readonly string[];
  run(context: CommandContext): Promise<number>;
}

/** Linting is what `guidelint` does without a command name. */
export const LINT: Command = {
  usage: '[options] [paths or globs…]',
  help: ['lint guides (default: what the config names)'],
  run: (c) => commandLint(c.args, c.flags, c.runOptions(c.args), c.io, c.color),
};

export const COMMANDS = {
  sets: {
    usage: 'sets [--matrix] [set…]',
    help: ['list translation sets and their locales;', '--matrix shows a locale × claim table per set'],
    run: (c) => commandSets(c.args, c.flags, c.runOptions(c.args.filter(isPathLike)), c.io, c.color),
  },
  claims: {
    usage: 'claims FILE…',
    help: ['show the technical claims understood in files'],
    run: (c) => commandClaims(c.args, c.flags, c.runOptions(c.args), c.io, c.color),
  },
  rules: {
    usage: 'rules',
    help: ['list the rules with their default severity'],
    run: (c) => commandRules(c.io, c.color),
  },
  'merge-sarif': {
    usage: 'merge-sarif FILE… -o OUT',
    help: ['combine SARIF reports (e.g. from shards)'],
    run: (c) => commandMergeSarif(c.args, c.flags, c.io),
  },
  terms: {
    usage: 'terms [--locale L] [-f json|csv|tbx] [paths…]',
    help: ["the UI labels' translations learned from the tree"],
    run: (c) => commandTerms(c.args, c.flags, c.io),
  },
  init: {
    usage: 'init',
    help: ['write a commented guidelint.config.yaml for', 'the tree here (layout, locales, likely source)'],
    run: (c) => commandInit(c.io),
  },
} as const satisfies Record<string, Command>;

export type CommandName = keyof typeof COMMANDS;

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

export function commandNamed(name: string | undefined): Command | undefined {
  return name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name as CommandName] : undefined;
}

/** `sets` takes set keys and paths; a path has a slash, a dot or a glob character. */
function isPathLike(text: string): boolean {
  return /[/*.]/.test(text);
}
