/**
 * Pipe lines: a paragraph whose every line starts with `|` (a table
 * broken by a missing delimiter row or a stray line) is read as the table
 * it was meant to be, its cells split at the pipes.
 */
import type { ReadContext } from './context.js';
import type { Line } from '../source.js';
import { readRows } from './table.js';

/** Whether the lines of a paragraph are pipe lines. */
export function arePipeLines(lines: readonly Line[]): boolean {
  const pipe = lines.filter((l) => /^\s*\|/.test(l.text));
  return pipe.length >= 2 && pipe.length === lines.length;
}

export function readPipeLines(context: ReadContext, lines: readonly Line[]): void {
  const rows = lines.map((line) => {
    const cells: Line[] = [];
    const body = line.text.trimEnd();
    let i = body.indexOf('|');
    while (i !== -1 && i < body.length - 1) {
      const next = body.indexOf('|', i + 1);
      const end = next === -1 ? body.length : next;
      cells.push({ text: body.slice(i + 1, end), start: line.start + i + 1 });
      i = next;
    }
    return cells;
  });
  readRows(context, rows, 'pipe-lines');
}
