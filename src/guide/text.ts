/**
 * Helpers the hygiene rules share: the source ranges of nodes (code,
 * HTML…) a scan must skip, and node walking with parents. Offsets to
 * points: src/document/positions.ts.
 */
import type { Nodes, Parent, Root } from 'mdast';

type Located = { position?: { start: { offset?: number }; end: { offset?: number } } };

/** [start, end) offsets of a node, when it has them. */
export function spanOf(node: Located): [number, number] | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? undefined : [s, e];
}

/** Depth-first walk in document order with an explicit stack (deep nesting must not overflow the call stack). Return `false` to skip a node's children. */
export function walk(tree: Root, visit: (node: Nodes, parent: Parent | undefined) => boolean | void): void {
  const stack: Array<{ node: Nodes; parent: Parent | undefined }> = [{ node: tree, parent: undefined }];
  while (stack.length) {
    const { node, parent } = stack.pop()!;
    if (visit(node, parent) === false) continue;
    if ('children' in node) {
      const children = (node as Parent).children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], parent: node as Parent });
    }
  }
}

/** Sorted, merged source ranges of the nodes whose type is in `types` (not descended into). */
export function rangesOf(tree: Root, types: ReadonlySet<string>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  walk(tree, (node) => {
    if (!types.has(node.type)) return true;
    const span = spanOf(node);
    if (span) out.push(span);
    return false;
  });
  return mergeRanges(out);
}

export function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  ranges.sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** True when [start, end) overlaps one of the sorted, merged `ranges` (binary search). */
export function overlaps(ranges: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = ranges[mid];
    if (e <= start) lo = mid + 1;
    else if (s >= Math.max(end, start + 1)) hi = mid - 1;
    else return true;
  }
  return false;
}

/** True when offset lies inside one of the sorted, merged `ranges`. */
export function inside(ranges: ReadonlyArray<readonly [number, number]>, offset: number): boolean {
  return overlaps(ranges, offset, offset + 1);
}

/** Node types whose content is code, not prose. */
export const CODE_TYPES: ReadonlySet<string> = new Set(['code', 'inlineCode', 'math', 'inlineMath']);

const LINK_TYPES: ReadonlySet<string> = new Set(['link', 'linkReference', 'definition']);
const OPAQUE_TYPES: ReadonlySet<string> = new Set(['inlineCode', 'html', 'image', 'imageReference', 'footnoteReference', 'inlineMath', 'break']);

/**
 * Source spans inside an inline container (paragraph, heading, cell) that
 * are not literal text: code, HTML, images, and the syntax of links (their
 * brackets and destinations, not their text). Bare URLs the GFM autolinker
 * turned into links count as text. Nodes created by the autolinker have no
 * positions, so spans are derived from the positioned nodes around them.
 */
export function nonTextSpans(container: Nodes, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  walk({ type: 'root', children: [container] } as Root, (node) => {
    const span = spanOf(node);
    if (!span) return true;
    if (OPAQUE_TYPES.has(node.type)) {
      out.push(span);
      return false;
    }
    if (LINK_TYPES.has(node.type)) {
      const first = text[span[0]];
      if (first !== '[' && first !== '<') return false; // a bare URL: its text is the source
      if (first === '<') {
        out.push(span);
        return false;
      }
      // Syntax is the link's span minus its children's spans.
      let pos = span[0];
      for (const child of (node as Parent).children as Nodes[]) {
        const c = spanOf(child);
        if (!c) continue;
        if (c[0] > pos) out.push([pos, c[0]]);
        pos = Math.max(pos, c[1]);
      }
      if (pos < span[1]) out.push([pos, span[1]]);
      return true;
    }
    return true;
  });
  return mergeRanges(out);
}
