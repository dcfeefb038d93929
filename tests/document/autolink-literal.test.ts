/**
 * The guarded autolink-literal step leaves exactly the tree the original
 * step leaves: compared node for node (types, values, URLs, positions)
 * on hand-made edge cases, the bundled guides and, where it is beside the
 * checkout, every file of ../shared/corpus.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { remarkGuardAutolinkLiterals } from '../../src/document/autolink-literal.js';
import { REPO, SHARED } from '../helpers/cli.js';

const original = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
const guarded = unified().use(remarkParse).use(remarkGfm).use(remarkGuardAutolinkLiterals).use(remarkFrontmatter, ['yaml']).freeze();

/** The tree as the original step leaves it and as the guarded one does. */
function both(text: string): [Root, Root] {
  return [original.runSync(original.parse(text)) as Root, guarded.runSync(guarded.parse(text)) as Root];
}

const CASES: Record<string, string> = {
  'bare URLs in prose': 'See https://www.ovh.com/manager/ and www.example.org, or HTTP://EXAMPLE.COM/x.\n',
  'upper-case WWW': 'Open WWW.EXAMPLE.COM now.\n',
  addresses: 'Write to support@example.com, mailto:a@b.co or xmpp:me@chat.example.org/home.\n',
  'inside emphasis, strong and strike': '*see https://a.example/x* and **b@c.example** and ~~www.d.example~~\n',
  'beside a link': '[https://x.example](https://x.example) then https://y.example and [a@b.example]\n\n[a@b.example]: https://z.example\n',
  'headings and tables': '# Mail for user@example.com\n\n| host | mail |\n|---|---|\n| www.example.com | a@example.com |\n| none | none |\n',
  'lists, quotes, footnotes': '- one https://a.example\n  - two www.b.example\n> quote c@d.example\n\nText[^1].\n\n[^1]: Note at https://e.example.\n',
  'nothing to find': 'Plain text with no address at all, a port 587 and a host ssl0.ovh.net.\n',
  lookbehinds: 'foohttps://a.example x.y@z.example a+b@c.example mailto:x@y.example.\n',
  'code is not text': 'Use `https://a.example` and\n\n```\nwww.b.example\n```\n',
};

describe('guarded autolink literals', () => {
  it('installs itself in place of the original step', () => {
    const data = guarded.data() as { fromMarkdownExtensions?: unknown[] };
    const names = (data.fromMarkdownExtensions ?? [])
      .flat()
      .flatMap((e) => ((e as { transforms?: Array<{ name: string }> }).transforms ?? []).map((t) => t.name));
    expect(names).toContain('guardedAutolinkLiterals');
    expect(names).not.toContain('transformGfmAutolinkLiterals');
  });

  for (const [name, text] of Object.entries(CASES)) {
    it(`leaves the original tree: ${name}`, () => {
      const [a, b] = both(text);
      expect(b).toEqual(a);
    });
  }

  it('still links what it should', () => {
    const [, tree] = both(CASES['bare URLs in prose'] + '\n' + CASES.addresses);
    const urls: string[] = [];
    const walk = (n: { type: string; url?: string; children?: unknown[] }): void => {
      if (n.type === 'link' && n.url) urls.push(n.url);
      for (const c of n.children ?? []) walk(c as never);
    };
    walk(tree as never);
    expect(urls).toEqual([
      'https://www.ovh.com/manager/',
      'http://www.example.org',
      'HTTP://EXAMPLE.COM/x',
      'mailto:support@example.com',
      'mailto:a@b.co',
      'mailto:me@chat.example.org',
    ]);
  });

  it('leaves the original tree on every bundled guide', () => {
    const files = fg.sync('guides/**/*.md', { cwd: REPO, absolute: true });
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const [a, b] = both(readFileSync(file, 'utf8'));
      expect(b, file).toEqual(a);
    }
  });

  const corpus = join(SHARED, 'corpus');
  const present = existsSync(corpus);
  if (!present) console.warn(`[skip] ${corpus} is absent: the autolink-literal tree comparison on the corpus did not run`);
  it.skipIf(!present)('leaves the original tree on every file of ../shared/corpus', () => {
    const files = fg.sync('**/*.md', { cwd: corpus, absolute: true });
    expect(files.length).toBeGreaterThan(500);
    let differing = 0;
    for (const file of files) {
      const [a, b] = both(readFileSync(file, 'utf8'));
      if (JSON.stringify(a) !== JSON.stringify(b)) differing++;
    }
    expect(differing).toBe(0);
  });
});
