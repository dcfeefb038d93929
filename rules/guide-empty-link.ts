/**
 * Links a reader cannot use: no text to click (`[]({legacy}1683)`) or no
 * target (`[text]()`). Images are left to guide-image.
 */
import type { Link, Nodes } from 'mdast';
import { defineFileRule } from '../src/rule.js';
import { walk } from '../src/guide/text.js';
import { inlineText } from '../src/engine/summarize.js';

/** True when a link shows nothing: no text other than white space, no image, no inline code, no HTML. */
function isEmpty(node: Nodes): boolean {
  if (node.type === 'text') return node.value.trim() === '';
  if (node.type === 'image' || node.type === 'imageReference' || node.type === 'inlineCode' || node.type === 'html') return false;
  if ('children' in node) return (node.children as Nodes[]).every(isEmpty);
  return true;
}

export default defineFileRule({
  meta: {
    id: 'guide-empty-link',
    family: 'guide',
    description: 'Finds links with no text or no target.',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      noText: 'Unexpected link with no text to `{url}`, expected words a reader can click',
      noTarget: 'Unexpected link `{text}` with no target, expected a URL or an anchor',
      noTextNoTarget: 'Unexpected link with neither text nor target, expected both',
    },
    schema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
  },
  check(context) {
    walk(context.tree, (node) => {
      if (node.type !== 'link') return true;
      const link = node as Link;
      const noText = link.children.every(isEmpty);
      const noTarget = link.url.trim() === '';
      if (noText && noTarget) context.report({ messageId: 'noTextNoTarget', node: link });
      else if (noText) context.report({ messageId: 'noText', data: { url: link.url }, node: link });
      else if (noTarget) {
        const text = inlineText(link.children).trim();
        context.report({ messageId: 'noTarget', data: { text }, node: link });
      }
      return true;
    });
  },
});
