/**
 * Links a reader cannot use: no text to click (`[]({legacy}1683)`) or no
 * target (`[text]()`). Images are left to guide-image.
 */
import type { Link, Nodes } from 'mdast';
import { defineFileRule } from '../src/rule.js';
import { walk } from '../src/guide/text.js';
import { inlineText } from '../src/document/mdast-text.js';
import { trimEndChars } from '../src/document/trim.js';

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
    description: 'Finds links with no text or no target, and malformed URLs (doubled scheme, one slash, a URL text that is not the target).',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      noText: 'Unexpected link with no text to `{url}`, expected words a reader can click',
      noTarget: 'Unexpected link `{text}` with no target, expected a URL or an anchor',
      noTextNoTarget: 'Unexpected link with neither text nor target, expected both',
      doubledScheme: 'Unexpected doubled scheme in `{url}`, expected one (`{expected}`)',
      oneSlash: 'Unexpected `{scheme}:/` with one slash in `{url}`, expected `{scheme}://`',
      angle: 'Unexpected `<` and `>` around the text of the link `{source}`, expected `<{url}>` or `[{url}]({url})`',
      textUrl: 'Unexpected link whose text is the URL `{text}` but whose target is `{url}`, expected the text to show where the link goes',
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
      } else malformed(context, link);
      return true;
    });
  },
});

/** `https://https://host`, `http://https//host`: the first scheme is extra. */
const DOUBLED = /^(https?):\/\/+(https?)(:\/\/|:\/|\/\/|:)/iu;
const ONE_SLASH = /^(https?):\/(?!\/)/iu;
const URL_TEXT = /^<?((?:https?:\/\/|www\.)[^\s<>]+?)>?$/iu;

/** Host (without `www.`) and path (without a trailing `/`) of a URL, lower case; undefined when it is not one. */
function parts(url: string): { host: string; path: string } | undefined {
  try {
    const u = new URL(/^https?:\/\//iu.test(url) ? url : `https://${url}`);
    return { host: u.hostname.replace(/^www\./u, ''), path: trimEndChars(decodeURIComponent(u.pathname), '/').toLowerCase() };
  } catch {
    return undefined;
  }
}

type Context = Parameters<Parameters<typeof defineFileRule>[0]['check']>[0];

function malformed(context: Context, link: Link): void {
  const url = link.url;
  const start = link.position?.start.offset;
  const end = link.position?.end.offset;
  const source = start !== undefined && end !== undefined ? context.text.slice(start, end) : undefined;
  // Only links written with a destination: autolinks (`<https://…>`, bare URLs) have the URL as text by construction.
  const written = source !== undefined && source.startsWith('[');
  const doubled = DOUBLED.exec(url);
  if (doubled) {
    const expected = `${doubled[2]}://${url.slice(doubled[0].length)}`;
    context.report({ messageId: 'doubledScheme', data: { url, expected }, node: link, fix: fixUrl(source, start, url, expected) });
    return;
  }
  const slash = ONE_SLASH.exec(url);
  if (slash) {
    const expected = `${slash[1]}://${url.slice(slash[0].length)}`;
    context.report({ messageId: 'oneSlash', data: { url, scheme: slash[1] }, node: link, fix: fixUrl(source, start, url, expected) });
    return;
  }
  if (!written) return;
  const text = inlineText(link.children).trim();
  const shown = URL_TEXT.exec(text);
  if (!shown) return;
  const before = start !== undefined && start > 0 ? context.text[start - 1] : '';
  if ((before === '<' && text.endsWith('>')) || (text.startsWith('<') && text.endsWith('>'))) {
    context.report({ messageId: 'angle', data: { source: `${before === '<' ? '<' : ''}${source ?? ''}`, url }, node: link });
    return;
  }
  const a = parts(shown[1]);
  const b = parts(url);
  if (!a || !b) return;
  // A text that shows the start of the target (`example.com/guides` for `…/guides/imap`) is a shortened URL, not another one.
  if (a.host === b.host && (b.path === a.path || b.path.startsWith(`${a.path}/`))) return;
  context.report({ messageId: 'textUrl', data: { text: shown[1], url }, node: link });
}

/** Replace the destination in a link's source, when it appears there exactly once. */
function fixUrl(source: string | undefined, start: number | undefined, url: string, expected: string): { range: [number, number]; text: string } | undefined {
  if (source === undefined || start === undefined) return undefined;
  const at = source.lastIndexOf(`(${url}`);
  if (at === -1 || source.indexOf(`(${url}`) !== at) return undefined;
  return { range: [start + at + 1, start + at + 1 + url.length], text: expected };
}
