import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import rule from '../../rules/guide-markup-remnant.js';
import { lintText } from '../helpers/rule-tester.js';

const view = (text: string, config?: Record<string, unknown>, path?: string) =>
  lintText(text, [rule], { config: config as never, path }).map(
    (m) => `${m.range.start.line}:${m.range.start.column}-${m.range.end.column} ${m.messageId} ${m.data?.remnant}`,
  );

describe('guide-markup-remnant', () => {
  it('finds BBCode remnants at their exact place', () => {
    expect(view('Server: SSL0.OVH.NET [/ b]\n')).toEqual(['1:22-27 bbcode [/ b]']);
    expect(view('Use IMAP/blue] and [blue]]POP[/ blue].\n')).toEqual(['1:9-15 bbcode /blue]', '1:20-26 bbcode [blue]', '1:30-38 bbcode [/ blue]']);
    expect(view('See [b]this[/b].\n')).toEqual(['1:5-8 bbcode [b]', '1:12-16 bbcode [/b]']);
  });

  it('finds a BBCode link around a bare URL (autolinked by GFM)', () => {
    const text = 'Guide:\n[url=https://www.example.nl/guides/g1302.webmail_guide"]\ndeze link[/url]\n';
    expect(view(text)).toEqual(['2:1-57 bbcode [url=https://www.example.nl/guides/g1302.webmail_guide"]', '3:10-16 bbcode [/url]']);
  });

  it('finds escaped and broken HTML tags but not real HTML', () => {
    expect(view('If a<b then.\n')).toEqual([]);
    expect(view('One&lt;br&gt;two and <b>bold</b and <br> and <!-- c --> and <a name="x"></a>.\n')).toEqual(['1:4-14 html &lt;br&gt;', '1:29-32 html </b']);
  });

  it('is silent on Markdown syntax, code and declared shortcodes', () => {
    const text = [
      '> [!warning]',
      '> Text with [a link](https://example.com), [ref][], a footnote[^1] and `[/url]`.',
      '',
      '- [x] done',
      '',
      '[ref]: https://example.com',
      '[^1]: Note.',
      '',
      '```',
      '[b]code[/b]',
      '```',
      '',
      '[details summary="More"]',
      'Text',
      '[/details]',
      '',
    ].join('\n');
    expect(view(text, { dialect: { shortcodes: ['details'] } })).toEqual([]);
    expect(view(text)).toEqual(['15:1-11 closing [/details]']);
  });

  it('says how to declare a shortcode when a closing tag is no BBCode', () => {
    const [m] = lintText('Text [/ui-tabs]\n', [rule]);
    expect(m.messageId).toBe('closing');
    expect(m.message).toContain('if `ui-tabs` is a shortcode of the site generator, declare it in `dialect.shortcodes`');
    expect(lintText('Text [/url]\n', [rule])[0].messageId).toBe('bbcode');
  });

  it('finds the remnants of the bundled guides at their lines', () => {
    const at = (path: string) =>
      view(readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8'), undefined, path).map((s) => s.split(' ').slice(0, 2).join(' '));
    expect(at('guides/web/emails/windows_mail/guide.pt-pt.md')).toEqual(['64:47-53 bbcode', '91:47-53 bbcode']);
    expect(at('guides/web/emails/email_generalities/guide.nl-nl.md')).toEqual(['59:1-83 bbcode', '60:10-16 bbcode', '102:74-79 bbcode']);
  });
});
