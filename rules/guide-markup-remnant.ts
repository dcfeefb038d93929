/**
 * Markup from another system left in the text: BBCode (`[url=…]…[/url]`,
 * `[/ b]`, `IMAP/blue]`, `[blue]]`) and HTML that shows as raw text
 * (`&lt;br&gt;`, a tag cut short such as `</b`). Real inline HTML,
 * Markdown link syntax, task items, admonition markers, footnotes and the
 * shortcodes the dialect declares are left alone; code is never read.
 */
import { defineFileRule } from '../src/rule.js';
import { nonTextSpans, overlaps, spanOf, walk } from '../src/guide/text.js';
import { locatorFor } from '../src/document/positions.js';

interface Options {
  /** BBCode tag names recognised in opening tags and in broken closing tags (`[b]`, `IMAP/blue]`). */
  tags: string[];
  /** HTML tag names recognised when escaped (`&lt;br&gt;`) or cut short (`</b`). */
  htmlTags: string[];
}

const BBCODE_TAGS = [
  'b',
  'i',
  'u',
  's',
  'url',
  'img',
  'quote',
  'code',
  'list',
  'color',
  'colour',
  'size',
  'font',
  'center',
  'left',
  'right',
  'email',
  'sub',
  'sup',
  'strike',
  'hr',
  'table',
  'tr',
  'td',
  // Colour tags some forum and CMS exports use as shorthands for [color=…].
  'blue',
  'green',
  'red',
  'orange',
  'yellow',
  'purple',
  'black',
  'white',
  'gray',
  'grey',
];

const HTML_TAGS = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'center',
  'code',
  'del',
  'div',
  'em',
  'font',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'table',
  'td',
  'th',
  'tr',
  'u',
  'ul',
];

const NAME = '[\\p{L}][\\p{L}\\p{N}_-]{0,40}';
const INLINE_CONTAINERS = new Set(['paragraph', 'heading', 'tableCell']);

interface Pattern {
  /** The message id; a closing tag in brackets whose name is no BBCode tag says `closing` instead. */
  kind: 'bbcode' | 'html';
  regex: RegExp;
  /** Which tag names count (undefined: any name that is not a shortcode). */
  names?: ReadonlySet<string>;
}

/** A character every pattern below needs: a bracket, a tag's `<` or an escaped `&lt;`. */
const MAY_HOLD_TAG = /[[\]<]|&lt;/u;

interface Compiled {
  patterns: Pattern[];
  /** The BBCode tag names (lower case). */
  bbcode: ReadonlySet<string>;
}

const compiled = new Map<string, Compiled>();
/** The patterns for these options, compiled once per distinct tag lists (not once per file). */
function patterns(options: Options): Compiled {
  const key = JSON.stringify([options.tags, options.htmlTags]);
  let list = compiled.get(key);
  if (!list) compiled.set(key, (list = compile(options)));
  return list;
}

function compile(options: Options): Compiled {
  const bb = new Set(options.tags.map((t) => t.toLowerCase()));
  const html = new Set(options.htmlTags.map((t) => t.toLowerCase()));
  const list: Pattern[] = [
    // A closing tag in brackets, `[/url]`, `[/ b]`: never Markdown, whatever the name.
    { kind: 'bbcode', regex: new RegExp(`\\[\\/[ \\t]?(${NAME})[ \\t]?\\]`, 'gu') },
    // An opening tag of a known name, bare or with a value: `[b]`, `[url=https://…]`, `[blue]]`.
    { kind: 'bbcode', regex: new RegExp(`\\[(${NAME})(?:=[^\\]\\n]{0,500})?\\]`, 'gu'), names: bb },
    // A closing tag that lost its bracket: `IMAP/blue]`.
    { kind: 'bbcode', regex: new RegExp(`(?<=[^\\s\\[\\\\])\\/[ \\t]?(${NAME})\\]`, 'gu'), names: bb },
    // An escaped tag shown as text: `&lt;br&gt;`, `&lt;/b&gt;`.
    { kind: 'html', regex: new RegExp(`&lt;\\/?(${NAME})(?:[ \\t][^&\\n]{0,200})?\\/?&gt;`, 'giu'), names: html },
    // A tag cut short, which the parser leaves as text: `</b`, `<br` at the end of a line.
    // (An opening `<b` right after a letter or digit is left alone: `a<b` is arithmetic.)
    { kind: 'html', regex: new RegExp(`(?:(?<![\\\\\\p{L}\\p{N}])<(?!\\/)|(?<!\\\\)<\\/)(${NAME})(?![\\p{L}\\p{N}_-])`, 'gu'), names: html },
  ];
  return { patterns: list, bbcode: bb };
}

export default defineFileRule<Options>({
  meta: {
    id: 'guide-markup-remnant',
    family: 'guide',
    description: 'Finds BBCode and broken or escaped HTML tags left in the text, outside code and declared shortcodes.',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      bbcode: 'Unexpected BBCode `{remnant}`, expected Markdown or plain text',
      html: 'Unexpected HTML shown as text `{remnant}`, expected a complete tag or Markdown',
      closing:
        'Unexpected closing tag `{remnant}` shown as text, expected Markdown or plain text (if `{name}` is a shortcode of the site generator, declare it in `dialect.shortcodes`)',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        tags: { type: 'array', items: { type: 'string', minLength: 1 } },
        htmlTags: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
    },
    defaultOptions: { tags: BBCODE_TAGS, htmlTags: HTML_TAGS },
  },
  check(context) {
    const shortcodes = new Set(context.config.dialect.shortcodes.map((s) => s.toLowerCase()));
    const list = patterns(context.options);
    const { text } = context;
    const locator = locatorFor(text);
    walk(context.tree, (node) => {
      if (!INLINE_CONTAINERS.has(node.type)) return true;
      const span = spanOf(node);
      if (!span) return false;
      const source = text.slice(span[0], span[1]);
      if (!MAY_HOLD_TAG.test(source)) return false;
      let skip: ReturnType<typeof nonTextSpans> | undefined;
      const found: Array<{ start: number; end: number; order: number; kind: Pattern['kind'] | 'closing'; name: string; text: string }> = [];
      list.patterns.forEach((pattern, order) => {
        for (const m of source.matchAll(pattern.regex)) {
          const name = m[1].toLowerCase();
          if (shortcodes.has(name)) continue;
          if (pattern.names && !pattern.names.has(name)) continue;
          const start = span[0] + m.index;
          const end = start + m[0].length;
          skip ??= nonTextSpans(node, text);
          if (overlaps(skip, start, end)) continue;
          const kind = pattern.kind === 'bbcode' && !pattern.names && !list.bbcode.has(name) ? 'closing' : pattern.kind;
          found.push({ start, end, order, kind, name: m[1], text: m[0] });
        }
      });
      // One finding per stretch of text: sorted sweep, the earlier pattern wins a tie.
      found.sort((a, b) => a.start - b.start || a.order - b.order);
      let reached = -1;
      for (const f of found) {
        if (f.start < reached) continue;
        reached = f.end;
        const remnant = f.text.length > 60 ? `${f.text.slice(0, 57)}…` : f.text;
        context.report({ messageId: f.kind, data: { remnant, name: f.name }, range: locator.range(f.start, f.end) });
      }
      return false;
    });
  },
});
