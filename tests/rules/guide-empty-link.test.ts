import { describe, expect, it } from 'vitest';
import rule from '../../rules/guide-empty-link.js';
import { lintText } from '../helpers/rule-tester.js';
import { applyFixes } from '../../src/fix/apply.js';

const view = (text: string) =>
  lintText(text, [rule]).map((m) => ({
    at: `${m.range.start.line}:${m.range.start.column}-${m.range.end.line}:${m.range.end.column}`,
    id: m.messageId,
    data: m.data,
  }));

describe('guide-empty-link', () => {
  it('finds links without text or target', () => {
    expect(view('---\ntitle: x\n---\n- []({legacy}1683)\n- [ ](https://example.com)\n- [text]()\n- []()\n')).toEqual([
      { at: '4:3-4:19', id: 'noText', data: { url: '{legacy}1683' } },
      { at: '5:3-5:27', id: 'noText', data: { url: 'https://example.com' } },
      { at: '6:3-6:11', id: 'noTarget', data: { text: 'text' } },
      { at: '7:3-7:7', id: 'noTextNoTarget', data: undefined },
    ]);
  });

  it('accepts links with an image, code or HTML as text, and images', () => {
    expect(view('[![logo](l.png)](https://example.com) [`x`](a) [<b>B</b>](b) ![](img.png) <https://example.com>\n')).toEqual([]);
  });
});

describe('guide-empty-link: malformed URLs', () => {
  const full = (text: string) =>
    lintText(text, [rule]).map((m) => ({ at: `${m.range.start.line}:${m.range.start.column}`, id: m.messageId, data: m.data, fix: m.fix }));

  it('finds a doubled scheme and one slash, and fixes the destination only', () => {
    const text = '---\r\ntitle: x\r\n---\r\nSee [the manager](https://https://www.example.com/manager) and [F-Droid](https:/f-droid.org/packages/x).\r\n';
    const found = full(text);
    expect(found.map((f) => [f.at, f.id, f.data])).toEqual([
      ['4:5', 'doubledScheme', { url: 'https://https://www.example.com/manager', expected: 'https://www.example.com/manager' }],
      ['4:64', 'oneSlash', { url: 'https:/f-droid.org/packages/x', scheme: 'https' }],
    ]);
    const fixed = applyFixes(
      text,
      found.flatMap((f) => (f.fix ? [f.fix] : [])),
    ).text;
    expect(fixed).toBe('---\r\ntitle: x\r\n---\r\nSee [the manager](https://www.example.com/manager) and [F-Droid](https://f-droid.org/packages/x).\r\n');
    expect(full(fixed)).toEqual([]);
  });

  it('finds `<[url>](url)` and a URL text that is not the target', () => {
    expect(
      full('Open <[https://example.com/a>](https://example.com/a).\n\n[https://play.example.com/id=x](https://play.example.com/store/apps?id=x)\n').map((f) => [
        f.at,
        f.id,
      ]),
    ).toEqual([
      ['1:7', 'angle'],
      ['3:1', 'textUrl'],
    ]);
  });

  it('accepts autolinks, shortened URL texts and texts that are not URLs', () => {
    expect(
      full(
        '<https://example.com/a> https://example.com/b [example.com/guides](https://www.example.com/guides/imap/) [http://example.com](https://example.com/) [the guide](https://example.com/x)\n',
      ),
    ).toEqual([]);
  });
});
