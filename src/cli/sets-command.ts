/** `guidelint sets [--matrix] [set…]`: translation sets found, with their locales. */
import pc from 'picocolors';
import type { Flags } from './args.js';
import type { Io } from './io.js';
import { run, type RunOptions } from '../engine/run.js';
import type { TranslationSet } from '../rule.js';
import { matrixOutput } from './matrix-output.js';

export async function commandSets(args: string[], flags: Flags, options: RunOptions, io: Io, color: boolean): Promise<number> {
  const result = await run({ ...options, only: [] });
  // Positional arguments that are not paths select sets by key (substring match).
  const selectors = args.filter((a) => !(options.inputs ?? []).includes(a));
  const sets = result.sets.filter((s) => selectors.length === 0 || selectors.some((sel) => s.key.includes(sel)));
  if (flags.matrix) {
    // Fitted to the terminal (or $COLUMNS); a pipe gets the full table.
    const columns = io.stdout.columns ?? (Number(io.env?.COLUMNS) || undefined);
    io.stdout.write(matrixOutput(sets, flags.format === 'json' ? 'json' : 'text', color, columns));
    return 0;
  }
  if (flags.format === 'json') {
    io.stdout.write(JSON.stringify(sets.map(describe), null, 2) + '\n');
    return 0;
  }
  const c = pc.createColors(color);
  for (const set of sets) {
    const d = describe(set);
    io.stdout.write(`${c.bold(d.key)}\n  locales: ${d.locales.map((l) => (l === d.reference ? c.underline(l) + ' (reference)' : l)).join(', ')}\n`);
  }
  const translated = sets.filter((s) => s.members.length > 1).length;
  io.stdout.write(`${sets.length} sets (${translated} with translations), ${result.summaries.length} files\n`);
  return 0;
}

function describe(set: TranslationSet) {
  return {
    key: set.key,
    reference: set.reference ? (set.reference.locale ?? '(default)') : undefined,
    locales: set.members.map((m) => m.locale ?? '(default)'),
    files: set.members.map((m) => m.path),
  };
}
