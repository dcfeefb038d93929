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
import { spanOf, walk } from '../src/guide/text.js';
import { locatorFor } from '../src/document/positions.js';

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
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*(?:\|[ \t]*)?$/u;
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
    lines.push({ start: pos + prefix, end: contentEnd, lineStart, content: trimEndBlanks(raw.slice(prefix)), eol });
    if (nl === -1 || nl >= end) break;
    pos = nl + 1;
    first = false;
  }
  return lines;
}

function delimiterFor(cells: number): string {
  return `|${'---|'.repeat(cells)}`;
}

type TextFix = { range: [number, number]; text: string };

/** A finding whose fix is offered only if the fixed document really renders the table. */
interface Pending {
  descriptor: Parameters<FileContext['report']>[0];
  fix?: TextFix;
  /** Offsets of the first pipe line's start and of the paragraph's end, in the original text. */
  from: number;
  end: number;
  /** Rows the table must have once fixed. */
  rows: number;
}

function checkParagraph(context: FileContext, node: Paragraph, pending: Pending[]): void {
  const span = spanOf(node);
  if (!span) return;
  const { text } = context;
  const lines = paragraphLines(text, span[0], span[1]);
  const locator = locatorFor(text);
  // A line of a quoted paragraph without the quote's `>` continues it lazily: once a fix turns the
  // paragraph into a table, such lines leave the quote and the blocks after it change. No fix then.
  const quotes = (line: SourceLine) => [...text.slice(line.lineStart, line.start)].filter((c) => c === '>').length;
  const lazy = lines.some((line) => quotes(line) < quotes(lines[0]));
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
      const fix = second.content.includes(':')
        ? undefined
        : { range: [second.start, second.start + second.content.length] as [number, number], text: replacement };
      pending.push({
        descriptor: { messageId: 'delimiterCells', data: { found, expected }, range: locator.range(second.start, second.end) },
        fix: lazy ? undefined : fix,
        from: header.lineStart,
        end: span[1],
        rows: run.length - 1,
      });
      continue;
    }
    const prefix = text.slice(second.lineStart, second.start);
    const insert = { range: [header.end, header.end] as [number, number], text: `${header.eol}${prefix}${delimiterFor(expected)}` };
    pending.push({
      descriptor: { messageId: 'noDelimiter', data: { cells: expected, row: header.content }, range },
      fix: lazy ? undefined : insert,
      from: header.lineStart,
      end: span[1],
      rows: run.length,
    });
  }
}

/**
 * Offer a fix only when the edited paragraph really renders as one table
 * holding every pipe line, all rows as wide as the header. Every fix of the
 * file is judged in one parse of the document with all of them applied, as
 * `--fix` applies them, in their real context (a blockquote, a lazy line
 * after it, a table right below). Fixes sit in different paragraphs, so
 * they never overlap. One parse per file, not per finding: a file with
 * 1,000 broken tables took minutes when each fix re-parsed the document.
 */
function validateAll(text: string, pending: readonly Pending[]): Set<Pending> {
  const fixes = pending.filter((p) => p.fix).sort((a, b) => a.fix!.range[0] - b.fix!.range[0]);
  const ok = new Set<Pending>();
  if (fixes.length === 0) return ok;
  const parts: string[] = [];
  let copied = 0;
  let shift = 0;
  // Where each fixed paragraph lies in the fixed text.
  const spans: Array<{ item: Pending; from: number; to: number }> = [];
  for (const item of fixes) {
    const [start, end] = item.fix!.range;
    if (start < copied) continue;
    parts.push(text.slice(copied, start), item.fix!.text);
    copied = end;
    const delta = item.fix!.text.length - (end - start);
    spans.push({ item, from: item.from + shift, to: item.end + shift + delta });
    shift += delta;
  }
  parts.push(text.slice(copied));
  const tables: Table[] = [];
  walk(parseMarkdown(parts.join('')), (node) => {
    if (node.type === 'table') {
      tables.push(node as Table);
      return false;
    }
    return true;
  });
  // Tables and spans are both in document order: one merge walk.
  const even = (table: Table): boolean => {
    const width = table.children[0]?.children.length ?? 0;
    return table.children.every((row) => row.children.length === width);
  };
  let t = 0;
  for (const { item, from, to } of spans) {
    while (t < tables.length && (tables[t].position?.end.offset ?? 0) < from) t++;
    const table = tables[t];
    const start = table?.position?.start.offset;
    if (!table || start === undefined || start > to) continue;
    if (table.children.length !== item.rows || !even(table)) continue;
    // Lines that lazily continued the paragraph may now form a table of their own: it must render whole too.
    let next = t + 1;
    while (next < tables.length && (tables[next].position?.start.offset ?? Infinity) <= to && even(tables[next])) next++;
    if (next < tables.length && (tables[next].position?.start.offset ?? Infinity) <= to) continue;
    ok.add(item);
  }
  return ok;
}

export default defineFileRule({
  meta: {
    id: 'guide-pipe-table',
    family: 'guide',
    description:
      'Finds pipe tables that do not render (no delimiter row, a delimiter row of the wrong width, no header) and table rows whose cell count differs from the header.',
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
    const pending: Pending[] = [];
    walk(context.tree, (node) => {
      if (node.type === 'paragraph') {
        checkParagraph(context, node, pending);
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
    if (pending.length === 0) return;
    const valid = validateAll(context.text, pending);
    for (const item of pending) context.report(valid.has(item) ? { ...item.descriptor, fix: item.fix } : item.descriptor);
  },
});

/** `text` without trailing spaces and tabs (a loop: `/[ \t]+$/` retries from every blank of a long run). */
function trimEndBlanks(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return end === text.length ? text : text.slice(0, end);
}
