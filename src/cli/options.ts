/** Run options and output settings read from the command-line flags. */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Flags } from './args.js';
import { UsageError, type Io } from './io.js';
import type { RunOptions } from '../engine/run.js';
import { parseShard, type Shard } from '../engine/shard.js';
import { registry } from '../../rules/index.js';

/** The engine's options for linting `inputs` as the flags ask. */
export function runOptionsFrom(flags: Flags, io: Io, inputs: string[]): RunOptions {
  return {
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
