/** `guidelint claims FILE…`: what the extractor understood, as a table or JSON. */
import type { Flags } from './args.js';
import type { Io } from './io.js';
import { UsageError } from './io.js';
import { run, type RunOptions } from '../engine/run.js';
import { formatClaimsTable } from '../claims/format.js';

export async function commandClaims(files: string[], flags: Flags, options: RunOptions, io: Io, _color: boolean): Promise<number> {
  if (files.length === 0) throw new UsageError('`guidelint claims` needs at least one file');
  const result = await run({ ...options, only: [], workers: 0 });
  const unreadable = result.results.filter((r) => r.messages.some((m) => m.fatal));
  if (flags.format === 'json') {
    io.stdout.write(
      JSON.stringify(
        result.summaries.map((s) => ({ path: s.path, locale: s.locale, product: s.product, blocks: s.blocks, claims: s.claims })),
        null,
        2,
      ) + '\n',
    );
  } else {
    for (const s of result.summaries) io.stdout.write(formatClaimsTable(s.path, { claims: s.claims, blocks: s.blocks }) + '\n');
  }
  for (const r of unreadable) for (const m of r.messages) io.stderr.write(`${r.path}:${m.range.start.line}: ${m.message}\n`);
  return unreadable.length ? 1 : 0;
}
