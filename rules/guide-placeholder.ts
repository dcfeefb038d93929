/**
 * Placeholders left unresolved in a guide: the dialect's known leftovers
 * (`dialect.leftoverPlaceholders`, such as a `{legacy}` link prefix that
 * the site never resolves) and any other `{word}` token in text or link
 * targets that is not a placeholder the site resolves
 * (`dialect.placeholders`). Attribute blocks (`{.action}`, `{#id}`,
 * `{.thumbnail .w-640}`), template syntax (`{{ x }}`, `${X}`), code and
 * HTML are left alone.
 */
import { defineFileRule } from '../src/rule.js';
import type { Root } from 'mdast';
import { CODE_TYPES, mergeRanges, overlaps, rangesOf, spanOf, walk } from '../src/guide/text.js';
import { locatorFor } from '../src/document/positions.js';
import { patternSource, tokenMatcher } from '../src/guide/patterns.js';

interface Options {
  /** Report `{word}` tokens that are not declared placeholders (default true). */
  unknown: boolean;
  /** More tokens to accept (literal, `*` for any run), e.g. `{serviceName}` in API paths. */
  ignore: string[];
}

/** `{word}` not part of `{{…}}`, `${…}`, `%{…}`, `#{…}` or `@{…}`. */
const TOKEN = /(?<![{$%#@\\])\{[\p{L}_][\p{L}\p{N}_-]{0,60}\}(?!\})/gu;
const SKIP_ALWAYS = new Set([...CODE_TYPES, 'yaml', 'toml']);

export default defineFileRule<Options>({
  meta: {
    id: 'guide-placeholder',
    family: 'guide',
    description: 'Finds unresolved placeholders: declared leftovers and `{word}` tokens the site does not resolve.',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      leftover: 'Unexpected leftover placeholder `{found}`, expected a real link or text (the site never resolves it)',
      unknown: 'Unexpected placeholder `{found}`, expected one the site resolves ({known})',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        unknown: { type: 'boolean' },
        ignore: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
    },
    defaultOptions: { unknown: true, ignore: [] },
  },
  check(context) {
    const { text } = context;
    const { placeholders, leftoverPlaceholders } = context.config.dialect;
    const locator = locatorFor(text);
    const skip = rangesOf(context.tree, SKIP_ALWAYS);
    const html = mergeRanges([...skip.map((r) => [...r] as [number, number]), ...rangesOf(context.tree, new Set(['html']))]);
    const found: Array<[number, number]> = [];

    if (leftoverPlaceholders.length) {
      const leftover = new RegExp(leftoverPlaceholders.map((p) => patternSource(p, '[^\\s()<>\\[\\]]*?')).join('|'), 'gu');
      for (const m of text.matchAll(leftover)) {
        if (m[0] === '') continue;
        const start = m.index;
        const end = start + m[0].length;
        if (overlaps(skip, start, end)) continue;
        found.push([start, end]);
        context.report({ messageId: 'leftover', data: { found: m[0] }, range: locator.range(start, end) });
      }
    }

    if (!context.options.unknown) return;
    const isPlaceholder = tokenMatcher(placeholders);
    const isIgnored = tokenMatcher(context.options.ignore);
    const isLeftover = tokenMatcher(leftoverPlaceholders);
    const known = placeholders.length ? placeholders.map((p) => `\`${p}\``).join(', ') : 'none are declared in `dialect.placeholders`';
    const urls = urlSpans(context.tree, text);
    for (const m of text.matchAll(TOKEN)) {
      const start = m.index;
      const end = start + m[0].length;
      if (isPlaceholder(m[0]) || isIgnored(m[0]) || isLeftover(m[0])) continue;
      if (overlaps(html, start, end) || found.some(([s, e]) => start < e && end > s)) continue;
      // In prose, `{name}/data/conf` or `ssl/{hostname}` is a path the reader fills in, not a site placeholder.
      if (!overlaps(urls, start, end) && (text[start - 1] === '/' || text[end] === '/')) continue;
      context.report({ messageId: 'unknown', data: { found: m[0], known }, range: locator.range(start, end) });
    }
  },
});

/** Source spans of link, image and definition destinations (a node's span minus its text). */
function urlSpans(tree: Root, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  walk(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return true;
    const span = spanOf(node);
    if (!span) return true;
    if (node.type !== 'link' || text[span[0]] !== '[') {
      out.push(span);
      return node.type === 'link';
    }
    let pos = span[0];
    for (const child of node.children) {
      const c = spanOf(child);
      if (c) pos = Math.max(pos, c[1]);
    }
    out.push([pos, span[1]]);
    return true;
  });
  return mergeRanges(out);
}
