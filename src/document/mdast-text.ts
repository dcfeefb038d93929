/**
 * Text of mdast nodes, shared by the summary (engine) and the rules:
 * plain inline text, and the fragment targets written in the source.
 */
import type { PhrasingContent, RootContent } from 'mdast';

/** Plain text of inline content (code and link text included, markup dropped). */
export function inlineText(nodes: readonly PhrasingContent[] | readonly RootContent[]): string {
  let out = '';
  for (const node of nodes) {
    if ('value' in node && typeof node.value === 'string' && node.type !== 'html') out += node.value;
    else if ('children' in node) out += inlineText(node.children as PhrasingContent[]);
  }
  return out;
}

/** `id="…"` or `name="…"` on any HTML element: a fragment target. */
export const HTML_ID = /\b(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/giu;
const ANCHOR_ATTR = /\{#([^}\s]+)\}/gu;
const ANCHOR_HTML = /<a\s+(?:name|id)\s*=\s*["']([^"']+)["']/giu;

/** Anchors written explicitly in a heading or paragraph source (`{#id}`, `<a name="id">`). */
export function explicitAnchors(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(ANCHOR_ATTR)) out.push(m[1]);
  for (const m of source.matchAll(ANCHOR_HTML)) out.push(m[1]);
  return out;
}
