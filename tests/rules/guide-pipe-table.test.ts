import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import rule, { cellCount } from '../../rules/guide-pipe-table.js';
import { lintText } from '../helpers/rule-tester.js';
import { applyFixes } from '../../src/fix/apply.js';
import { parseMarkdown } from '../../src/document/parse.js';

const lint = (text: string, path?: string) => lintText(text, [rule], { path });
const view = (text: string) => lint(text).map((m) => ({ at: `${m.range.start.line}:${m.range.start.column}`, id: m.messageId, data: m.data }));

describe('guide-pipe-table', () => {
  it('finds pipe lines without a delimiter row and fixes them into a table', () => {
    const text = '# Ports\n\nIntro.\n\n|Port|SSL on|SSL off|\n|In|995|110|\n|Out|465|587|\n';
    const [m] = lint(text);
    expect(view(text)).toEqual([{ at: '5:1', id: 'noDelimiter', data: { cells: 3, row: '|Port|SSL on|SSL off|' } }]);
    const fixed = applyFixes(text, [m.fix!]).text;
    expect(fixed).toBe('# Ports\n\nIntro.\n\n|Port|SSL on|SSL off|\n|---|---|---|\n|In|995|110|\n|Out|465|587|\n');
    expect(lint(fixed)).toEqual([]);
    expect(parseMarkdown(fixed).children.some((n) => n.type === 'table')).toBe(true);
  });

  it('keeps CRLF and front matter lines, and the blockquote prefix', () => {
    const text = '---\r\ntitle: x\r\n---\r\n\r\n> |a|b|\r\n> |1|2|\r\n';
    const [m] = lint(text);
    expect(m.range.start).toMatchObject({ line: 5, column: 3 });
    expect(m.fix).toEqual({ range: [text.indexOf('|a|b|') + 5, text.indexOf('|a|b|') + 5], text: '\r\n> |---|---|' });
  });

  it('finds a delimiter row of the wrong width, a headerless table and ragged rows', () => {
    expect(view('| a | b | c |\n| --- | --- |\n| 1 | 2 | 3 |\n')).toEqual([{ at: '2:1', id: 'delimiterCells', data: { found: 2, expected: 3 } }]);
    expect(view('|---|---|\n|La priorité|0|\n')).toEqual([{ at: '1:1', id: 'noHeader', data: { row: '|---|---|' } }]);
    expect(view('|a|b|\n|-|-|\n|1|2|\n|3|\n|4|5|6|\n')).toEqual([
      { at: '4:1', id: 'rowCells', data: { found: 1, expected: 2 } },
      { at: '5:1', id: 'rowCells', data: { found: 3, expected: 2 } },
    ]);
  });

  it('offers no fix when lines that lazily continued the quote would form a ragged table once it renders', () => {
    // Found by the fix property test: the fixed quote ends its paragraph, so the lines after it become a table with uneven rows.
    const text = '> |Port|Port|\n> |1|2|\nPort\n|Port|\n|-|\n|Port|\n|Port|Port|\n|Port|Port|\n';
    const out = lintText(text, [rule]);
    expect(out.map((m) => [m.range.start.line, m.messageId, Boolean(m.fix)])).toEqual([[1, 'noDelimiter', false]]);
    // The same with prose on the lazy line, and a second quote below that the fix would have cut off.
    const second = '> |Port|Port|\n> |1|2|\nText Port here\n|Port|\n|-|\n|Port|\n> |Port|Port|\n> |1|2|\n|Port|\n|Port|\n';
    expect(lintText(second, [rule]).map((m) => [m.range.start.line, m.messageId, Boolean(m.fix)])).toEqual([[1, 'noDelimiter', false]]);
  });

  it('offers no fix when the pipe lines are followed by prose that would join the table', () => {
    const [m] = lint('|a|b|\n|1|2|\nSome text after.\n');
    expect(m.messageId).toBe('noDelimiter');
    expect(m.fix).toBeUndefined();
  });

  it('stays silent on real tables, single pipe lines, code and escaped pipes', () => {
    expect(lint('|a|b|\n|---|---|\n|1|2|\n\n| alone |\n\n```\n|x|y|\n|1|2|\n```\n\n|a \\| b|c|\n|-|-|\n|1|2|\n')).toEqual([]);
  });

  it('counts cells like GFM', () => {
    expect(cellCount('|a|b|c|')).toBe(3);
    expect(cellCount('a | b')).toBe(2);
    expect(cellCount('|a \\| b|c|')).toBe(2);
    expect(cellCount('|| |')).toBe(2);
  });

  it('finds the pipe lines of the bundled Finnish guide at their lines', () => {
    const path = 'guides/web/emails/windows_mail/guide.fi-fi.md';
    const text = readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8');
    expect(lint(text, path).map((m) => `${m.range.start.line}:${m.messageId}`)).toEqual(['66:noDelimiter', '93:noDelimiter']);
  });
});
