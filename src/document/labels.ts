/**
 * UI labels of one guide: the words of the interface a reader is told to
 * click or look for (`**Save**{.action}`, « Suivant », a bold field name,
 * a table header cell), each with the leaf block it sits in. The outline
 * (one character per leaf block) lets the set phase align the labels of a
 * translation with the source's without keeping the syntax tree.
 */
import type { Root, RootContent, PhrasingContent, Table } from 'mdast';
import type { LabelInfo, LabelShape, NameMention, Range } from '../types.js';
import { trimChars } from './trim.js';

export const LABEL_SHAPES: readonly LabelShape[] = ['action', 'bold', 'quoted', 'header'];

/**
 * A regular expression matching any of `names` as a whole word (longest
 * first); undefined for none. `inflected`: case-insensitive, hyphens and
 * spaces optional inside the name, and letters may follow it (`Linuxie`,
 * `Outlookissa`: inflected languages add endings to names); compare what
 * it matches with `nameKey`.
 */
/** A name as the loose pattern compares it: lower case, no hyphens or spaces. */
export const nameKey = (text: string): string => text.replace(/[-\s]+/gu, '').toLowerCase();

export function namesPattern(names: readonly string[], inflected = false): RegExp | undefined {
  const list = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return undefined;
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  // Loosely, hyphens and spaces may come and go inside a name (`E-Mail Pro`, `E-mail Pro` for `Email Pro`).
  const loose = (n: string) => [...n.replace(/[-\s]+/gu, '')].map(escape).join('[-\\s]?');
  const escaped = list.map((n) => (inflected ? loose(n) : escape(n).replace(/\s+/gu, '\\s+')));
  const after = inflected ? '' : '(?![\\p{L}\\p{N}_])';
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${escaped.join('|')})${after}`, inflected ? 'giu' : 'gu');
}

export interface LabelExtraction {
  /**
   * One character per leaf block, in document order: `1`–`6` a heading of
   * that depth, `p` a paragraph, `l` a paragraph in a list, `q` one in a
   * block quote, `r` a table row, `c` a code block.
   */
  outline: string;
  labels: LabelInfo[];
  /** Names of `namesPattern` mentioned, per leaf block. */
  names: NameMention[];
}

/** More than this many labels in one guide is not a guide's interface vocabulary: the rest is dropped (summaries stay small). */
const MAX_LABELS = 400;
const MAX_LENGTH = 80;
const MAX_WORDS = 10;
const ACTION_ATTR = /^\s?\{\s*\.action\s*\}/u;
// Quote pairs of the languages guides are written in; straight single quotes are apostrophes, never labels.
const QUOTED = /«([^«»\n]{1,80})»|„([^„“”\n]{1,80}?)[“”]|“([^“”\n]{1,80}?)”|”([^”\n]{1,80}?)”|"([^"\n]{1,80}?)"|‘([^‘’\n]{1,80}?)’|‚([^‚‘’\n]{1,80}?)[‘’]/gu;
/** Quotes and colons around a label (white space is folded and trimmed first). */
const SURROUNDING = ` "'«»„“”‘’‚:`;

/** The label as compared across guides: quotes, colons and spacing dropped. */
export function labelText(raw: string): string {
  return trimChars(raw.normalize('NFC').replace(/\s+/gu, ' '), SURROUNDING).trim();
}

/** Could this text name an interface element? Values (ports, hosts, paths, commands) and sentences cannot. */
export function plausibleLabel(text: string): boolean {
  if (text.length < 2 || text.length > MAX_LENGTH) return false;
  if (!/\p{L}/u.test(text)) return false;
  if (text.split(' ').length > MAX_WORDS) return false;
  if (/[/\\@`<>{}[\]=$]|:\/\/|->/u.test(text)) return false;
  // A host, file or dotted value (`ssl0.ovh.net`, `mailcow.conf`).
  if (/^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+$/u.test(text)) return false;
  return true;
}

function rangeOf(node: {
  position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
}): Range | undefined {
  const p = node.position;
  return p ? { start: { ...p.start }, end: { ...p.end } } : undefined;
}

function plain(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') out += node.value;
    else if ('children' in node) out += plain(node.children as PhrasingContent[]);
  }
  return out;
}

/** Where character `index` of a text node's value is, assuming the value is the source text (else its start). */
export function pointIn(node: PhrasingContent, index: number, length: number): Range | undefined {
  const range = rangeOf(node);
  if (!range || !('value' in node)) return range;
  const value = node.value;
  const start = range.start;
  const span = (range.end.offset ?? 0) - (start.offset ?? 0);
  if (start.offset === undefined || span !== value.length) return range;
  const at = (i: number) => {
    const before = value.slice(0, i);
    const nl = before.lastIndexOf('\n');
    return nl === -1
      ? { line: start.line, column: start.column + i, offset: start.offset! + i }
      : { line: start.line + before.split('\n').length - 1, column: i - nl, offset: start.offset! + i };
  };
  return { start: at(index), end: at(index + length) };
}

const WORD = /[\p{L}\p{M}]{2,}/gu;
const wordsOf = (text: string): string[] => [...text.normalize('NFC').toLowerCase().matchAll(WORD)].map((m) => m[0]);

/** Set `inProse` on each label whose every word (two letters or more) the guide also writes outside its labels. */
function markProseLabels(labels: LabelInfo[], prose: readonly string[]): void {
  const known = new Set<string>();
  for (const part of prose) for (const w of wordsOf(part)) known.add(w);
  for (const label of labels) {
    const words = wordsOf(label.text);
    if (words.length > 0 && words.every((w) => known.has(w))) label.inProse = true;
  }
}

export function extractLabels(tree: Root, shapes: readonly LabelShape[], names?: RegExp): LabelExtraction {
  const want = new Set(shapes);
  let outline = '';
  const labels: LabelInfo[] = [];
  const mentions: NameMention[] = [];
  // The guide's own running text, labels left out: a label whose every word the guide also writes in it is in its language.
  const prose: string[] = [];
  const mention = (nodes: readonly PhrasingContent[]): void => {
    if (!names) return;
    for (const node of nodes) {
      if (node.type === 'text') {
        for (const m of node.value.matchAll(names)) {
          const range = pointIn(node, m.index ?? 0, m[0].length);
          if (range && mentions.length < MAX_LABELS) mentions.push({ text: m[0].replace(/\s+/gu, ' '), block: outline.length - 1, range });
        }
      } else if ('children' in node) mention(node.children as PhrasingContent[]);
    }
  };
  const add = (raw: string, shape: LabelShape, range: Range | undefined): void => {
    const text = labelText(raw);
    if (!range || labels.length >= MAX_LABELS || !plausibleLabel(text)) return;
    // Bold and quotes also stress words (**not**, "see what happens"); an interface label starts with a capital.
    if ((shape === 'bold' || shape === 'quoted') && !/^[^\p{L}]*\p{Lu}/u.test(text)) return;
    labels.push({ text, shape, block: outline.length - 1, range });
  };

  const inline = (nodes: readonly PhrasingContent[]): void => {
    nodes.forEach((node, i) => {
      const next = nodes[i + 1];
      const action =
        (node.type === 'strong' || node.type === 'inlineCode' || node.type === 'emphasis') && next?.type === 'text' && ACTION_ATTR.test(next.value);
      if (action) {
        if (want.has('action')) add(node.type === 'inlineCode' ? node.value : plain(node.children), 'action', rangeOf(node));
        return;
      }
      if (node.type === 'strong') {
        // A bold link or bold code is a reference or a value, not a label.
        const linked = node.children.some((c) => c.type === 'link' || c.type === 'inlineCode' || c.type === 'linkReference');
        if (want.has('bold') && !linked) {
          add(plain(node.children), 'bold', rangeOf(node));
          return;
        }
      }
      if (node.type === 'text') prose.push(want.has('quoted') ? node.value.replace(QUOTED, ' ') : node.value);
      if (node.type === 'text' && want.has('quoted')) {
        for (const m of node.value.matchAll(QUOTED)) {
          // `title="…"` in a shortcode or HTML attribute is markup, not prose.
          if (node.value[(m.index ?? 0) - 1] === '=') continue;
          const inner = m.slice(1).find((g) => g !== undefined) ?? '';
          add(inner, 'quoted', pointIn(node, m.index ?? 0, m[0].length));
        }
      }
      if ('children' in node && node.type !== 'strong') inline(node.children as PhrasingContent[]);
    });
  };

  const table = (node: Table): void => {
    node.children.forEach((row, r) => {
      outline += 'r';
      for (const cell of row.children) {
        mention(cell.children);
        if (r === 0) {
          if (want.has('header')) add(plain(cell.children), 'header', rangeOf(cell));
        } else inline(cell.children);
      }
    });
  };

  const blocks = (nodes: readonly RootContent[], context: 'p' | 'l' | 'q'): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          outline += String(node.depth);
          prose.push(plain(node.children));
          mention(node.children);
          break;
        case 'paragraph':
          outline += context;
          inline(node.children);
          mention(node.children);
          break;
        case 'table':
          table(node);
          break;
        case 'code':
          outline += 'c';
          break;
        case 'list':
          for (const item of node.children) blocks(item.children, 'l');
          break;
        case 'blockquote':
          blocks(node.children, 'q');
          break;
        default:
          if ('children' in node && Array.isArray(node.children)) blocks(node.children as RootContent[], context);
      }
    }
  };
  blocks(tree.children, 'p');
  if (labels.length) markProseLabels(labels, prose);
  return { outline, labels, names: mentions };
}
