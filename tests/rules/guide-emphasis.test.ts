import { describe, expect, it } from 'vitest';
import rule from '../../rules/guide-emphasis.js';
import { lintText } from '../helpers/rule-tester.js';
import { applyFixes } from '../../src/fix/apply.js';

const view = (text: string) =>
  lintText(text, [rule]).map((m) => ({
    at: `${m.range.start.line}:${m.range.start.column}-${m.range.end.line}:${m.range.end.column}`,
    id: m.messageId,
    fix: m.fix?.text,
  }));

describe('guide-emphasis', () => {
  it('finds a space inside the markers and fixes it, with front matter and CRLF', () => {
    const text = "---\r\ntitle: x\r\n---\r\nClick ** Save** now.\r\n\r\n1. ** L'application est prête : **\r\n\r\nThe __ x__ and **text **.\r\n";
    expect(view(text)).toEqual([
      { at: '4:7-4:16', id: 'spaceInside', fix: '**Save**' },
      { at: '6:4-6:35', id: 'spaceInside', fix: "**L'application est prête :**" },
      { at: '8:5-8:11', id: 'spaceInside', fix: '__x__' },
      { at: '8:16-8:25', id: 'spaceInside', fix: '**text**' },
    ]);
  });

  it('finds markers that do not match, as in a table cell', () => {
    expect(view('| **Proximus*- | **nee*- |\n|---|---|\n| a | b |\n\nSee *word** here.\n')).toEqual([
      { at: '1:3-1:14', id: 'mismatched', fix: undefined },
      { at: '1:18-1:24', id: 'mismatched', fix: undefined },
      { at: '5:5-5:12', id: 'mismatched', fix: undefined },
    ]);
  });

  it('finds two or three `*` against one word that pair with nothing', () => {
    expect(view('! **Formatting a disk deletes its data!\n\n- Éditeur** : markdown.\n\nx ***Note\n')).toEqual([
      { at: '1:3-1:5', id: 'unclosed', fix: undefined },
      { at: '3:10-3:12', id: 'unclosed', fix: undefined },
      { at: '5:3-5:6', id: 'unclosed', fix: undefined },
    ]);
  });

  it('leaves rendered emphasis, escapes, code, arithmetic, identifiers, globs, footnote marks and bullets alone', () => {
    const ok = [
      '**bold**, *em*, ***both***, __strong__, _em_ and **Cloud**storage.',
      'Escaped \\*\\* x\\*\\* stays literal; `** x**` is code.',
      '2 * 3 * 4 = 24, a*b*c, 2*3.',
      'Use my_var_name, __init__.py, foo__bar and _private.',
      'Match **/*.md and *.txt; Password: ***.',
      'Price* (conditions apply)',
      '* a bullet\n* another',
      '***',
      '```\n** x**\n```',
      '[**x** y](https://example.com/a_b_c)',
    ];
    for (const text of ok) expect(view(`${text}\n`), text).toEqual([]);
  });

  it('applies its fixes once, and a second run finds nothing', () => {
    const text = 'Click ** Save** and __ x__.\n';
    const fixes = lintText(text, [rule]).flatMap((m) => (m.fix ? [m.fix] : []));
    const fixed = applyFixes(text, fixes).text;
    expect(fixed).toBe('Click **Save** and __x__.\n');
    expect(view(fixed)).toEqual([]);
  });

  it('stays linear on a 100,000-character line of markers', () => {
    // (Many unmatched `*` on one line would time micromark, which is quadratic there, not this rule.)
    expect(view(`** ${'word '.repeat(20_000)}**\n`)).toEqual([]);
    // Past 5,000 marks in one paragraph the file is reported as too complex before parsing (see src/document/complexity.ts).
    expect(view(`${'*'.repeat(4_000)} x\n`)).toEqual([]);
  });
});
