/**
 * `--format markdown` / `--summary FILE`: a job summary whose quoted guide
 * text renders as text (no HTML, no links, no layout), with line links.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root } from 'mdast';
import { escapeMessage, escapeText, formatMarkdown, SUMMARY_FINDINGS } from '../../src/report/markdown.js';
import type { FileResult, LintMessage } from '../../src/types.js';
import { removeTree, tempTree } from '../helpers/cli.js';
import { runIn } from '../helpers/main.js';

function msg(over: Partial<LintMessage> = {}): LintMessage {
  return { ruleId: 'guide-x', family: 'guide', severity: 2, message: 'Wrong.', range: { start: { line: 3, column: 1 }, end: { line: 3, column: 4 } }, ...over };
}

const parse = (md: string) => unified().use(remarkParse).use(remarkGfm).parse(md) as Root;

function collect(node: Nodes, type: string, out: Nodes[] = []): Nodes[] {
  if (node.type === type) out.push(node);
  if ('children' in node) for (const c of node.children) collect(c as Nodes, type, out);
  return out;
}

function text(node: Nodes): string {
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map((c) => text(c as Nodes)).join('');
  return '';
}

describe('escaping', () => {
  it('renders hostile text as itself', async () => {
    const hostile = '<img src=x onerror=alert(1)> **bold** [link](http://evil) | cell ~~s~~ $x$ \\ & "q" www.evil.example a@b.example https://x.example';
    const tree = parse(escapeText(hostile));
    expect(collect(tree, 'html')).toEqual([]);
    // GFM may autolink a bare URL, showing the URL itself; a link hiding its target would be an injection.
    for (const link of collect(tree, 'link') as Array<Nodes & { url: string }>) expect(link.url.endsWith(text(link))).toBe(true);
    expect(collect(tree, 'link').map((l) => text(l))).not.toContain('link');
    expect(collect(tree, 'strong')).toEqual([]);
    expect(collect(tree, 'delete')).toEqual([]);
    expect(text(tree)).toBe(hostile);
  });

  it('keeps the message’s code spans and folds line breaks', async () => {
    const out = escapeMessage('Port `<b>587</b>` where the guide says "see\n[here](x)".');
    const tree = parse(out);
    expect(collect(tree, 'inlineCode').map((n) => text(n))).toEqual(['<b>587</b>']);
    expect(collect(tree, 'html')).toEqual([]);
    expect(collect(tree, 'link')).toEqual([]);
    expect(out).not.toContain('\n');
  });

  it('treats an unbalanced backtick as text', async () => {
    const tree = parse(escapeMessage('a ` b <i>c</i>'));
    expect(collect(tree, 'inlineCode')).toEqual([]);
    expect(text(tree)).toBe('a ` b <i>c</i>');
  });
});

describe('formatMarkdown', () => {
  const results: FileResult[] = [
    {
      path: 'docs/x/guide.fi-fi.md',
      messages: [
        msg({
          ruleId: 'translation-claims',
          family: 'translation',
          message: 'Port `110` where the source says `993`.',
          range: { start: { line: 40, column: 1 }, end: { line: 41, column: 3 } },
          related: [{ path: 'docs/x/guide.fr-fr.md', range: { start: { line: 38, column: 1 }, end: { line: 38, column: 4 } }, message: 'source' }],
        }),
        msg({ ruleId: 'guide-y', family: 'guide', severity: 1 }),
      ],
    },
    { path: 'docs/clean.md', messages: [] },
  ];
  const localeOf = (p: string) => (/\.([a-z]{2}-[a-z]{2})\.md$/.exec(p) ?? [])[1];

  it('counts per rule and lists findings with blob links and locales', async () => {
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'ovh/docs', GITHUB_SHA: 'abc123' };
    const out = formatMarkdown(results, { env, localeOf });
    expect(out).toContain('**1 error** and **1 warning** in 1 file (2 checked).');
    expect(out).toContain('| `translation-claims` | 1 | 0 |');
    expect(out).toContain('| `guide-y` | 0 | 1 |');
    const tree = parse(out);
    const links = collect(tree, 'link') as Array<Nodes & { url: string }>;
    expect(links.map((l) => l.url)).toEqual([
      'https://github.com/ovh/docs/blob/abc123/docs/x/guide.fi-fi.md#L40-L41',
      'https://github.com/ovh/docs/blob/abc123/docs/x/guide.fi-fi.md#L3',
    ]);
    expect(out).toMatch(/translation-claims`: Port `110` where the source says `993`\. \(locales: fi-fi, fr-fr\)/);
  });

  it('uses relative links without the GitHub environment, encoding odd paths', async () => {
    const out = formatMarkdown([{ path: 'docs/a (1)/g.md', messages: [msg()] }], { env: {} });
    const links = collect(parse(out), 'link') as Array<Nodes & { url: string }>;
    expect(links.map((l) => l.url)).toEqual(['docs/a%20%281%29/g.md#L3']);
  });

  it('lists the worst findings first and says how many were left out', async () => {
    const many: FileResult[] = [
      {
        path: 'a.md',
        messages: Array.from({ length: SUMMARY_FINDINGS + 5 }, (_, i) =>
          msg({ severity: 1, range: { start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 1 } } }),
        ),
      },
      { path: 'z.md', messages: [msg({ ruleId: 'claim-port', family: 'claim' })] },
    ];
    const out = formatMarkdown(many);
    expect(out).toContain(`### Worst findings (${SUMMARY_FINDINGS} of ${SUMMARY_FINDINGS + 6})`);
    expect(out.split('\n').find((l) => l.startsWith('- '))).toContain('[z.md:3](z.md#L3) `claim-port`');
  });

  it('says so when there is nothing to report', async () => {
    expect(formatMarkdown([{ path: 'a.md', messages: [] }])).toContain('No problems found in 1 file.');
  });
});

describe('--summary FILE (CLI)', () => {
  it('appends the summary to the file, next to any report format', async () => {
    const root = tempTree({ 'a/guide.fr-fr.md': '---\ntitle: "<script>\n---\n# T\n', 'summary.md': '# Earlier step\n' });
    try {
      const r = await runIn(['--format', 'json', '--summary', 'summary.md', 'a'], {
        cwd: root,
        env: { GITHUB_SERVER_URL: 'https://github.example', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'f00' },
      });
      expect(r.code).toBe(1);
      expect(() => JSON.parse(r.stdout)).not.toThrow();
      const summary = readFileSync(join(root, 'summary.md'), 'utf8');
      expect(summary.startsWith('# Earlier step\n## guidelint')).toBe(true);
      expect(summary).toContain('[a/guide.fr-fr.md:2](https://github.example/o/r/blob/f00/a/guide.fr-fr.md#L2)');
      expect(summary).toContain('`parse-error`');
    } finally {
      removeTree(root);
    }
  });
});
