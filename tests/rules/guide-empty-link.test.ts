import { describe, expect, it } from 'vitest';
import rule from '../../rules/guide-empty-link.js';
import { lintText } from '../helpers/rule-tester.js';

const view = (text: string) => lintText(text, [rule]).map((m) => ({ at: `${m.range.start.line}:${m.range.start.column}-${m.range.end.line}:${m.range.end.column}`, id: m.messageId, data: m.data }));

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
