import { describe, expect, it } from 'vitest';
import undefinedReference from '../../rules/guide-undefined-reference.js';
import duplicateDefinition from '../../rules/guide-duplicate-definition.js';
import { lintText } from '../helpers/rule-tester.js';

const view = (text: string, rule = undefinedReference, options?: Record<string, unknown>, config?: Record<string, unknown>) =>
  lintText(text, [rule], { options, config: config as never }).map((m) => ({
    at: `${m.range.start.line}:${m.range.start.column}`,
    id: m.messageId,
    data: m.data,
  }));

describe('guide-undefined-reference (remark-lint no-undefined-references)', () => {
  it('finds full references and broken link syntax', () => {
    expect(view('See [the docs][docs].\n\nRead the [Rspamd docs] (https://docs.rspamd.com/).\n')).toEqual([
      { at: '1:5', id: 'undefined', data: { label: 'docs' } },
      { at: '3:10', id: 'undefined', data: { label: 'rspamd docs' } },
    ]);
  });

  it('leaves admonition markers, BBCode, shortcodes, ellipses and plain brackets alone by default', () => {
    const text = '> [!warning]\n> Text [/url] [url=x] [...] "[facebook] Subject" `Next`{.action}\n\n[details summary="x"]\n';
    expect(view(text, undefinedReference, undefined, { dialect: { shortcodes: ['details'] } })).toEqual([]);
    expect(view('"[facebook] Subject"\n', undefinedReference, { shortcut: 'all' })).toEqual([{ at: '1:2', id: 'undefined', data: { label: 'facebook' } }]);
  });
});

describe('guide-duplicate-definition (remark-lint no-duplicate-definitions)', () => {
  it('finds the second definition and points to the first', () => {
    const messages = lintText('[x][a]\n\n[a]: https://one.example\n[A]: https://two.example\n', [duplicateDefinition]);
    expect(messages.map((m) => ({ at: `${m.range.start.line}:${m.range.start.column}`, id: m.messageId, data: m.data }))).toEqual([
      { at: '4:1', id: 'duplicate', data: { label: 'a', line: 3 } },
    ]);
    expect(messages[0].related?.[0].range.start.line).toBe(3);
  });
});
