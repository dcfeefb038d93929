/** The source text of Markdown nodes: slices, lines without quote markers, plain label text, ranges. */
import type { Nodes, Paragraph } from 'mdast';
import type { Range } from '../types.js';
import { trimEndChars } from '../document/trim.js';

/** One line of the source (or a part of one), with its offset in the file. */
export interface Line {
  text: string;
  start: number;
}

/** The source of a node. */
export function sliceOf(text: string, node: Nodes): string {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? '' : text.slice(s, e);
}

/** The source lines of a paragraph, without list/quote markers (offsets kept). */
export function linesOf(text: string, node: Paragraph): Line[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return [];
  const out: Line[] = [];
  let from = start;
  while (from <= end) {
    const nl = text.indexOf('\n', from);
    const to: number = nl === -1 || nl > end ? end : nl;
    let lineText = text.slice(from, to).replace(/\r$/, '');
    // Continuation lines inside quotes or lists keep their `>` markers in the source.
    const prefix = /^(?:\s*>)*\s*/u.exec(lineText)?.[0].length ?? 0;
    lineText = lineText.slice(prefix);
    out.push({ text: lineText, start: from + prefix });
    if (to === end) break;
    from = to + 1;
  }
  return out;
}

/** A heading's or label's text without markup, attributes or closing hashes. */
export function plain(source: string): string {
  return trimEndChars(source.replace(/^#+\s*/u, '').trimEnd(), '#')
    .replace(/<[^<>]+>/gu, '')
    .replace(/\{[^{}]*\}/gu, '')
    .replace(/[*_`]/gu, '')
    .trim();
}

export function rangeOf(node: Nodes): Range {
  const p = node.position;
  return p ? { start: { ...p.start }, end: { ...p.end } } : { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}
