/**
 * Tables: a GFM table, or pipe lines that do not render as one (see
 * `pipe-lines.ts`), as rows of cells with their offsets. A table of
 * `|Field|Value|` rows is a field table (`field-table.ts`); any other is
 * a matrix with row and column headers (`matrix-table.ts`). Either is
 * read in blocks of its own.
 */
import type { Table } from 'mdast';
import type { ClaimOrigin } from '../../types.js';
import type { ReadContext } from './context.js';
import type { Line } from '../source.js';
import { readFieldTable } from './field-table.js';
import { readMatrixTable } from './matrix-table.js';

export function readTable(context: ReadContext, node: Table): void {
  const rows = node.children.map((row) =>
    row.children.map((cell) => {
      const start = cell.position?.start.offset ?? 0;
      const end = cell.position?.end.offset ?? start;
      return { text: context.text.slice(start, end), start };
    }),
  );
  readRows(context, rows, 'table');
}

/** Rows of cells, the first the header. */
export function readRows(context: ReadContext, rows: Line[][], origin: ClaimOrigin): void {
  context.blocks.closeBlock();
  const [header, ...body] = rows;
  if (header && body.length > 0 && !readFieldTable(context, rows, origin)) readMatrixTable(context, header, body, origin);
  context.blocks.closeBlock();
}
