/** `guidelint rules`: the rules with family, default severity and whether they fix. */
import pc from 'picocolors';
import { rules } from '../../rules/index.js';
import type { Io } from './io.js';

export async function commandRules(io: Io, color: boolean): Promise<number> {
  const c = pc.createColors(color);
  const width = Math.max(...rules.map((r) => r.meta.id.length), 4);
  for (const r of rules) {
    const fix = r.meta.fixable ? ' (fixable)' : '';
    io.stdout.write(`${c.bold(r.meta.id.padEnd(width))}  ${r.meta.defaultSeverity.padEnd(5)}  ${r.meta.description}${c.dim(fix)}\n`);
  }
  return 0;
}
