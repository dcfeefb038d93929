import { describe, expect, it } from 'vitest';
import rule from '../../rules/guide-frontmatter.js';
import { lintText } from '../helpers/rule-tester.js';

const schema = {
  type: 'object',
  required: ['title', 'excerpt'],
  additionalProperties: false,
  properties: {
    title: { type: 'string', minLength: 1 },
    excerpt: { type: 'string' },
    order: { type: ['string', 'integer'] },
    section: { enum: ['Configuration sur ordinateur', 'Configuration sur mobile'] },
    deprecated: { type: 'boolean' },
    updated: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  },
};
const view = (text: string, options: Record<string, unknown> = { schema }) =>
  lintText(text, [rule], { options })
    .filter((m) => m.ruleId === rule.meta.id)
    .map((m) => ({ line: m.range.start.line, id: m.messageId, data: m.data }));

describe('guide-frontmatter', () => {
  it('reports each violation on the line of its key (CRLF file)', () => {
    const text = ['---', 'title: Windows Mail', 'order: 08', 'section: Ailleurs', 'deprecated: yes', 'updated: 2021-08-26', 'slug: x', '---', '# T', ''].join(
      '\r\n',
    );
    expect(view(text)).toEqual([
      { line: 1, id: 'missing', data: { key: 'excerpt' } },
      { line: 4, id: 'invalid', data: { key: 'section', value: 'Ailleurs', expected: 'one of `Configuration sur ordinateur`, `Configuration sur mobile`' } },
      { line: 5, id: 'invalid', data: { key: 'deprecated', value: 'yes', expected: 'a value of type `boolean`' } },
      { line: 7, id: 'unknownKey', data: { key: 'slug' } },
    ]);
  });

  it('accepts `order: 08` (read as text) and `order: 4`, and dates as text', () => {
    expect(view('---\ntitle: a\nexcerpt: ""\norder: 08\nupdated: 2021-08-26\n---\n')).toEqual([]);
    expect(view('---\ntitle: a\nexcerpt: ""\norder: 4\n---\n')).toEqual([]);
    expect(view('---\ntitle: a\nexcerpt: ""\norder: 4.5\n---\n')).toEqual([
      { line: 4, id: 'invalid', data: { key: 'order', value: '4.5', expected: 'a value of type `string,integer`' } },
    ]);
  });

  it('judges a file without front matter as empty, skips broken YAML, does nothing without a schema', () => {
    expect(view('# Title\n').map((m) => m.data?.key)).toEqual(['title', 'excerpt']);
    expect(view('---\ntitle: "unclosed\n---\n')).toEqual([]);
    expect(view('---\nfoo: 1\n---\n', {})).toEqual([]);
  });

  it('reports a schema that does not compile', () => {
    expect(view('---\ntitle: a\n---\n', { schema: { type: 'no-such-type' } }).map((m) => m.id)).toEqual(['badSchema']);
  });
});
