/**
 * Emphasis and strong markers that CommonMark left as literal text, so
 * the reader sees the asterisks: a space inside the markers
 * (`** text**`, `__ x__`), markers that do not match (`**word*`), and a
 * run of `*` that opens or closes nothing (`***Note`). Read on the parsed
 * tree: only literal `*`/`_` runs in text nodes are looked at, so code,
 * HTML, URLs, escaped `\*` and rendered emphasis never are. A run inside a
 * word (`snake_case`, `2*3`), between spaces (`2 * 3`) or touching no word
 * (`**` before a slash, `Password: ***`) is left alone, and so is a single `*` after
 * a word (a footnote mark) or before one (a wildcard).
 */
import type { Nodes, Parent, Text } from 'mdast';
import { defineFileRule } from '../src/rule.js';
import { spanOf, walk } from '../src/guide/text.js';
import { locatorFor } from '../src/document/positions.js';

const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const EMPHASIS: ReadonlySet<string> = new Set(['emphasis', 'strong']);
/** Containers whose text is never emphasis-bearing prose (code is no text node anyway). */
const SKIP: ReadonlySet<string> = new Set(['code', 'inlineCode', 'html', 'math', 'inlineMath', 'yaml', 'toml', 'definition']);
/** Longest span between a pair of markers that is still taken as one emphasis. */
const MAX_INNER = 200;

interface Run {
  char: '*' | '_';
  start: number;
  end: number;
  /** The characters around it in the source ('' at the start or end of the text). */
  before: string;
  after: string;
}

const kind = (ch: string): 'space' | 'word' | 'punct' => (ch === '' || SPACE.test(ch) ? 'space' : WORD.test(ch) ? 'word' : 'punct');

/** Unescaped `*` and `_` runs in source[start, end). Linear: one pass, no regex. */
function runsIn(text: string, start: number, end: number): Run[] {
  const out: Run[] = [];
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch !== '*' && ch !== '_') continue;
    let j = i + 1;
    while (j < end && text[j] === ch) j++;
    out.push({ char: ch, start: i, end: j, before: text[i - 1] ?? '', after: text[j] ?? '' });
    i = j - 1;
  }
  return out;
}

export default defineFileRule({
  meta: {
    id: 'guide-emphasis',
    family: 'guide',
    description: 'Finds emphasis and strong markers that did not render (`** text**`, `**word*`, an unclosed `***`).',
    defaultSeverity: 'warn',
    fixable: true,
    messages: {
      spaceInside:
        'Unexpected space inside `{markers}` in `{source}`, expected the markers against the words (`{expected}`): as written the markers show as text',
      mismatched: 'Unexpected `{source}`: `{open}` opens and `{close}` closes, expected the same markers on both sides (`**word**` or `*word*`)',
      unclosed:
        'Unexpected `{markers}` with no matching `{markers}` {where} it in `{source}`, expected a pair around the words (or `\\*` for a literal asterisk)',
    },
    schema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
  },
  check(context) {
    const { text } = context;
    if (!/[*_]/u.test(text)) return;
    const locator = locatorFor(text);
    const excerpt = (s: number, e: number): string => {
      const raw = text.slice(s, e).replace(/\s+/gu, ' ');
      return raw.length > 60 ? `${raw.slice(0, 57)}…` : raw;
    };
    walk(context.tree, (node, parent) => {
      if (SKIP.has(node.type)) return false;
      if (node.type !== 'text' || !parent) return true;
      const span = spanOf(node as Text);
      if (!span || span[1] === span[0]) return true;
      const runs = runsIn(text, span[0], span[1]);
      if (runs.length === 0) return true;
      const siblings = (parent as Parent).children as Nodes[];
      const done = new Set<Run>();
      const index = siblings.indexOf(node);

      // 1. A pair of equal runs with a space inside one or both ends: `** text**`, `**text **`, `__ x__`.
      // The next run of the same character, for each run (one backward pass: the pairing stays linear).
      const nextSame: Array<Run | undefined> = new Array(runs.length);
      const last: Record<string, Run | undefined> = {};
      for (let k = runs.length - 1; k >= 0; k--) {
        nextSame[k] = last[runs[k].char];
        last[runs[k].char] = runs[k];
      }
      for (let a = 0; a < runs.length; a++) {
        const open = runs[a];
        if (done.has(open)) continue;
        const n = open.end - open.start;
        if (n > 3 || kind(open.before) === 'word' || kind(open.after) === 'punct') continue;
        const close = nextSame[a];
        if (!close || close.end - close.start !== n || close.start - open.end > MAX_INNER || kind(close.after) === 'word' || kind(close.before) === 'punct')
          continue;
        const spaceAfterOpen = kind(open.after) === 'space';
        const spaceBeforeClose = kind(close.before) === 'space';
        if (!spaceAfterOpen && !spaceBeforeClose) continue;
        const inner = text.slice(open.end, close.start);
        if (!/\p{L}/u.test(inner) || inner.includes('\n') || inner.trim() === '') continue;
        // `*` alone with spaces on both sides is arithmetic (`2 * x * 3`); `_` alone is too often a placeholder.
        if (n === 1 && (open.char === '_' || (spaceAfterOpen && spaceBeforeClose))) continue;
        const innerStart = spaceAfterOpen ? open.end + (inner.length - inner.trimStart().length) : open.end;
        const innerEnd = spaceBeforeClose ? close.start - (inner.length - inner.trimEnd().length) : close.start;
        const markers = text.slice(open.start, open.end);
        const expected = `${markers}${text.slice(innerStart, innerEnd)}${markers}`;
        context.report({
          messageId: 'spaceInside',
          data: { markers, source: excerpt(open.start, close.end), expected: expected.length > 60 ? `${expected.slice(0, 57)}…` : expected },
          range: locator.range(open.start, close.end),
          fix: { range: [open.start, close.end], text: expected },
        });
        done.add(open).add(close);
      }

      for (const run of runs) {
        if (done.has(run) || run.char !== '*') continue;
        const n = run.end - run.start;
        const left = kind(run.before);
        const right = kind(run.after);
        // 2. A run touching a rendered emphasis made of the same character: `**word*` → `*` + *word*.
        const next = siblings[index + 1];
        const prev = siblings[index - 1];
        const nextSpan = next && EMPHASIS.has(next.type) && run.end === span[1] ? spanOf(next) : undefined;
        const prevSpan = prev && EMPHASIS.has(prev.type) && run.start === span[0] ? spanOf(prev) : undefined;
        if (nextSpan && nextSpan[0] === run.end && text[nextSpan[0]] === '*' && left !== 'word') {
          const closeLen = markerLength(text, nextSpan[1], -1);
          context.report({
            messageId: 'mismatched',
            data: { source: excerpt(run.start, nextSpan[1]), open: '*'.repeat(n + markerLength(text, nextSpan[0], 1)), close: '*'.repeat(closeLen) },
            range: locator.range(run.start, nextSpan[1]),
          });
          continue;
        }
        if (prevSpan && prevSpan[1] === run.start && text[prevSpan[1] - 1] === '*' && right !== 'word') {
          context.report({
            messageId: 'mismatched',
            data: {
              source: excerpt(prevSpan[0], run.end),
              open: '*'.repeat(markerLength(text, prevSpan[0], 1)),
              close: '*'.repeat(n + markerLength(text, prevSpan[1], -1)),
            },
            range: locator.range(prevSpan[0], run.end),
          });
          continue;
        }
        // 3. Two or three `*` against a word on one side only, with nothing to pair with: `***Note`, `done**`.
        if (n < 2 || n > 3 || (left === 'word') === (right === 'word')) continue;
        const opens = right === 'word';
        const lineStart = text.lastIndexOf('\n', run.start - 1) + 1;
        let lineEnd = text.indexOf('\n', run.end);
        if (lineEnd === -1) lineEnd = text.length;
        const from = opens ? run.start : Math.max(lineStart, run.start - 40);
        const to = opens ? Math.min(lineEnd, run.end + 40) : run.end;
        context.report({
          messageId: 'unclosed',
          data: { markers: '*'.repeat(n), where: opens ? 'after' : 'before', source: excerpt(from, to) },
          range: locator.range(run.start, run.end),
        });
      }
      return true;
    });
  },
});

/** Length of the `*` run at `offset` reading forwards (1) or backwards from `offset` (-1). */
function markerLength(text: string, offset: number, step: 1 | -1): number {
  let n = 0;
  for (let i = step === 1 ? offset : offset - 1; text[i] === '*'; i += step) n++;
  return n;
}
