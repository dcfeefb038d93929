/**
 * Pipe tables that do not render as tables: pipe lines with no delimiter
 * row under the header (the page shows the raw `|Port|SSL|` text), a
 * delimiter row whose cell count differs from the header's, and rows of a
 * real table with more or fewer cells than its header.
 */
import type { Paragraph, Table } from 'mdast';
import { defineFileRule } from '../src/rule.js';
import type { FileContext } from '../src/rule.js';
import { parseMarkdown } from '../src/document/parse.js';
import { locatorFor, spanOf, walk } from '../src/guide/text.js';

interface SourceLine {
  /** Offset of the line's content (after container prefixes such as `> `). */
  start: number;
  /** Offset of the end of the line's content (before its line ending). */
  end: number;
  /** Offset where the raw line starts (before any prefix). */
  lineStart: number;
  content: string;
  eol: string;
}

const PIPE_ROW = /^\|.*\|[ \t]*$/u;
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/u;
const CONTAINER_PREFIX = /^(?:[ \t]*>)*[ \t]*/u;

/** Number of cells in a pipe row: pipes that are not escaped split it; the outer ones do not count. */
export function cellCount(row: string): number {
  let s = row.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  let cells = 1;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '|') cells++;
  }
  return cells;
}

/** The lines of a paragraph, with container prefixes removed from all but the first. */
function paragraphLines(text: string, start: number, end: number): SourceLine[] {
  const lines: SourceLine[] = [];
  let pos = start;
  let first = true;
  while (pos <= end) {
    const nl = text.indexOf('\n', pos);
    const hardEnd = nl === -1 || nl >= end ? end : nl;
    const contentEnd = hardEnd > pos && text[hardEnd - 1] === '\r' && hardEnd !== end ? hardEnd - 1 : hardEnd;
    const lineStart = first ? text.lastIndexOf('\n', start - 1) + 1 : pos;
    const raw = text.slice(pos, contentEnd);
    const prefix = first ? 0 : (CONTAINER_PREFIX.exec(raw)?.[0].length ?? 0);
    const eol = nl === -1 ? '' : text[nl - 1] === '\r' ? '\r\n' : '\n';
    lines.push({ start: pos + prefix, end: contentEnd, lineStart, content: raw.slice(prefix).replace(/[ \t]+$/u, ''), eol });
    if (nl === -1 || nl >= end) break;
    pos = nl + 1;
    first = false;
  }
  return lines;
}

function delimiterFor(cells: number): string {
  return `|${'---|'.repeat(cells)}`;
}

function checkParagraph(context: FileContext, node: Paragraph): void {
  const span = spanOf(node);
  if (!span) return;
  const { text } = context;
  const lines = paragraphLines(text, span[0], span[1]);
  const locator = locatorFor(text);
  let i = 0;
  while (i < lines.length) {
    if (!PIPE_ROW.test(lines[i].content)) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && PIPE_ROW.test(lines[j].content)) j++;
    const run = lines.slice(i, j);
    i = j;
    if (run.length < 2) continue;
    const header = run[0];
    const range = locator.range(header.start, header.end);
    if (DELIMITER_ROW.test(header.content)) {
      context.report({ messageId: 'noHeader', data: { row: header.content }, range });
      continue;
    }
    const expected = cellCount(header.content);
    const second = run[1];
    if (DELIMITER_ROW.test(second.content)) {
      const found = cellCount(second.content);
      // Same width and still no table: a container of the site's dialect (an indented MkDocs admonition…) holds it; not ours to judge.
      if (found === expected) continue;
      const replacement = delimiterFor(expected);
      const fix = second.content.includes(':') ? undefined : { range: [second.start, second.start + second.content.length] as [number, number], text: replacement };
      context.report({ messageId: 'delimiterCells', data: { found, expected }, range: locator.range(second.start, second.end), fix: fix && validated(text, span[1], run, fix) });
      continue;
    }
    const prefix = text.slice(second.lineStart, second.start);
    const insert = { range: [header.end, header.end] as [number, number], text: `${header.eol}${prefix}${delimiterFor(expected)}` };
    context.report({ messageId: 'noDelimiter', data: { cells: expected, row: header.content }, range, fix: validated(text, span[1], run, insert) });
  }
}

/** Offer a fix only when the edited paragraph really renders as one table holding every pipe line. */
function validated(text: string, end: number, run: SourceLine[], fix: { range: [number, number]; text: string }) {
  // Judge the edit in the whole document, with its real context (a blockquote, a lazy line after
  // it, a table right below): it must give one table holding every pipe line, all rows as wide
  // as the header, or it is not offered.
  const fixed = text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
  const from = run[0].lineStart;
  const to = end + fix.text.length - (fix.range[1] - fix.range[0]);
  const rows = run.length - (fix.range[0] === fix.range[1] ? 0 : 1);
  let ok = false;
  walk(parseMarkdown(fixed), (node) => {
    const start = node.position?.start.offset;
    if (node.type !== 'table' || start === undefined || start > to || (node.position?.end.offset ?? 0) < from) return !ok;
    const table = node as Table;
    const width = table.children[0]?.children.length ?? 0;
    ok = table.children.length === rows && table.children.every((row) => row.children.length === width);
    return !ok;
  });
  return ok ? fix : undefined;
}

export default defineFileRule({
  meta: {
    id: 'guide-pipe-table',
    family: 'guide',
    description: 'Finds pipe tables that do not render (no delimiter row, a delimiter row of the wrong width, no header) and table rows whose cell count differs from the header.',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      noDelimiter: 'Unexpected pipe lines without a delimiter row under `{row}`, expected a row like `|---|` with `{cells}` cells so they render as a table',
      delimiterCells: 'Unexpected delimiter row with `{found}` cells, expected `{expected}` as in the header, otherwise the table does not render',
      noHeader: 'Unexpected delimiter row `{row}` before any header row, expected a header row above it so the lines render as a table',
      rowCells: 'Unexpected `{found}` cells in this table row, expected `{expected}` as in the header',
    },
    schema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
  },
  check(context) {
    walk(context.tree, (node) => {
      if (node.type === 'paragraph') {
        checkParagraph(context, node);
        return false;
      }
      if (node.type === 'table') {
        const [head, ...rows] = node.children;
        const expected = head?.children.length ?? 0;
        for (const row of rows) {
          if (row.children.length !== expected) context.report({ messageId: 'rowCells', data: { found: row.children.length, expected }, node: row });
        }
        return false;
      }
      return true;
    });
  },
});
