/**
 * Positions in a document's text: the one offset → line/column converter
 * (lines end at LF, CRLF or a lone CR, as micromark counts them; columns
 * in UTF-16 units), used by the claim extractor, the hygiene rules and
 * the position repair below.
 *
 * Give positions to the nodes remark-gfm's autolink literal step creates
 * without them (a bare `https://…` or `www.…` in text becomes a link and
 * the text around it new text nodes, all position-less). remark's message
 * control treats position-less stretches as generated content and drops
 * every message inside them, so a finding next to a bare URL vanished.
 * Positions are recovered from the source: each link is found by its
 * visible text after the previous node; the text between takes the rest.
 */
import type { Nodes, Parent, Root } from 'mdast';
import { location } from 'vfile-location';
import type { Point, Range } from '../types.js';

/** Turns offsets into 1-based line/column points (built once per text). */
export class Locator {
  private readonly index: ReturnType<typeof location>;
  constructor(readonly text: string) {
    this.index = location(text);
  }
  point(offset: number): Point {
    const p = this.index.toPoint(Math.min(Math.max(0, offset), this.text.length));
    return p ? { line: p.line, column: p.column, offset: p.offset } : { line: 1, column: 1, offset: 0 };
  }
  range(start: number, end: number): Range {
    return { start: this.point(start), end: this.point(end) };
  }
}

let cached: Locator | undefined;
/** A locator for `text`, reused while rules run on the same file. */
export function locatorFor(text: string): Locator {
  if (!cached || cached.text !== text) cached = new Locator(text);
  return cached;
}

type Offsets = [number, number];

function offsets(node: Nodes): Offsets | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? undefined : [s, e];
}

function visibleText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(visibleText).join('');
  return '';
}

/**
 * remark's message control takes everything after the last end offset it
 * sees as generated, and drops messages there. Parents only give it their
 * start, so when the document ends inside a parent after its last child
 * (`[text]({legacy}1683)`: the destination; `[](url)`: an empty link) a
 * finding there vanished. A zero-width empty text at the end of that
 * parent gives message control the end it needs.
 */
function closeTrailingParent(tree: Root): void {
  const path: Nodes[] = [];
  let node: Nodes = tree;
  while ('children' in node && node.children.length > 0) {
    node = node.children[node.children.length - 1] as Nodes;
    path.push(node);
  }
  const ends = path.map((n) => n.position?.end.offset ?? -1);
  const last = ends[ends.length - 1];
  const max = Math.max(...ends);
  if (path.length === 0 || (last === max && !('children' in path[path.length - 1]))) return;
  for (let i = path.length - 1; i >= 0; i--) {
    const parent = path[i];
    if (ends[i] === max && 'children' in parent && parent.position) {
      const end = parent.position.end;
      (parent.children as Nodes[]).push({ type: 'text', value: '', position: { start: { ...end }, end: { ...end } } } as Nodes);
      return;
    }
  }
}

/** Fill in missing positions in place; nodes that cannot be placed are left as they are. */
export function fillPositions(tree: Root, text: string): void {
  const locator = new Locator(text);
  const set = (node: Nodes, [s, e]: Offsets) => {
    node.position = locator.range(s, e);
  };
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const parent = stack.pop()!;
    if (!('children' in parent)) continue;
    const children = (parent as Parent).children as Nodes[];
    const own = offsets(parent);
    if (own && children.some((c) => !c.position)) placeRuns(children, own, text, set);
    for (const child of children) if ('children' in child) stack.push(child);
  }
  closeTrailingParent(tree);
}

function placeRuns(children: Nodes[], [parentStart, parentEnd]: Offsets, text: string, set: (n: Nodes, o: Offsets) => void): void {
  let i = 0;
  while (i < children.length) {
    if (children[i].position) {
      i++;
      continue;
    }
    let j = i;
    while (j < children.length && !children[j].position) j++;
    const lo = i > 0 ? (offsets(children[i - 1])?.[1] ?? parentStart) : parentStart;
    const hi = j < children.length ? (offsets(children[j])?.[0] ?? parentEnd) : parentEnd;
    placeRun(children.slice(i, j), lo, hi, text, set);
    i = j;
  }
}

function placeRun(run: Nodes[], lo: number, hi: number, text: string, set: (n: Nodes, o: Offsets) => void): void {
  const planned: Array<[Nodes, Offsets]> = [];
  let cursor = lo;
  let pending: Nodes | undefined;
  for (const node of run) {
    if (node.type === 'text') {
      if (pending) return; // two texts in a row: no anchor between them, leave the run alone
      pending = node;
      continue;
    }
    const visible = visibleText(node);
    const at = visible ? text.indexOf(visible, cursor) : -1;
    if (at === -1 || at + visible.length > hi) return;
    if (pending) planned.push([pending, [cursor, at]]);
    pending = undefined;
    planned.push([node, [at, at + visible.length]]);
    if ('children' in node) for (const child of node.children as Nodes[]) if (!child.position) planned.push([child, [at, at + visible.length]]);
    cursor = at + visible.length;
  }
  if (pending) planned.push([pending, [cursor, hi]]);
  for (const [node, o] of planned) set(node, o);
}
