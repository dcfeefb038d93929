import type { FileResult } from '../types.js';

export interface Counts {
  errors: number;
  warnings: number;
  fixable: number;
  files: number;
}

export function countResults(results: readonly FileResult[]): Counts {
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  let files = 0;
  for (const r of results) {
    if (r.messages.length) files++;
    for (const m of r.messages) {
      if (m.severity === 2) errors++;
      else warnings++;
      if (m.fix) fixable++;
    }
  }
  return { errors, warnings, fixable, files };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
