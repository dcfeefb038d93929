/**
 * Same-page links (`#x`, `./#x`) to an id no heading or anchor of the file
 * has. Heading ids are made as the publishing site makes them
 * (`dialect.slugger`: `github`, `ovh` or `grav`; see src/guide/slug.ts);
 * explicit anchors count too: `<a name="…">`, `id="…"` on any HTML
 * element, and `{#id}` attributes.
 */
import type { Definition, Heading, Html, Link } from 'mdast';
import { defineFileRule } from '../src/rule.js';
import { explicitAnchors, HTML_ID, inlineText } from '../src/document/mdast-text.js';
import { aliases, createSlugger, ovhSlug } from '../src/guide/slug.js';
import { walk } from '../src/guide/text.js';

const SAME_PAGE = /^(?:\.\/)?#(.*)$/su;

function decode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** Loose form used only to suggest the id that was probably meant. */
function loose(id: string): string {
  return ovhSlug(id).replace(/[-_]+/gu, '');
}

export default defineFileRule({
  meta: {
    id: 'guide-fragment-link',
    family: 'guide',
    description: 'Finds same-page links (`#fragment`) to ids that no heading or anchor of the file has.',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      missing: 'Unexpected link to `#{fragment}`, expected the id of a heading or anchor in this file (none has it)',
      missingNear: 'Unexpected link to `#{fragment}`, expected `#{suggestion}`, the id of a heading or anchor in this file',
    },
    schema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
  },
  check(context) {
    const ids = new Set<string>(['top']); // `#top` scrolls to the top in every browser (HTML standard).
    const style = context.config.dialect.slugger;
    const slugger = createSlugger(style);
    const targets: Array<Link | Definition> = [];
    const { text } = context;
    walk(context.tree, (node) => {
      if (node.type === 'heading') {
        const heading = node as Heading;
        const title = inlineText(heading.children)
          .replace(/\{#[^}]*\}/gu, '')
          .trim();
        ids.add(slugger.slug(title));
        for (const alias of aliases(style, title)) ids.add(alias);
      } else if (node.type === 'html') {
        for (const m of (node as Html).value.matchAll(HTML_ID)) ids.add(m[1] ?? m[2] ?? m[3]);
      } else if ((node.type === 'link' || node.type === 'definition') && SAME_PAGE.test(node.url)) {
        targets.push(node);
      }
      return true;
    });
    for (const id of explicitAnchors(text)) ids.add(id);
    if (targets.length === 0) return;
    const byLoose = new Map<string, string>();
    for (const id of ids) if (!byLoose.has(loose(id))) byLoose.set(loose(id), id);
    for (const target of targets) {
      const raw = SAME_PAGE.exec(target.url)?.[1] ?? '';
      if (raw === '') continue;
      const fragment = decode(raw);
      if (ids.has(fragment) || ids.has(raw)) continue;
      const key = loose(fragment);
      const suggestion = key ? byLoose.get(key) : undefined;
      if (suggestion !== undefined && suggestion !== 'top') context.report({ messageId: 'missingNear', data: { fragment, suggestion }, node: target });
      else context.report({ messageId: 'missing', data: { fragment }, node: target });
    }
  },
});
