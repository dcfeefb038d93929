/**
 * Images that will not show: a local file that does not exist (relative to
 * the guide; URLs, site-absolute paths and placeholders are skipped), and,
 * when `requireAlt` is on, images with no alt text.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Image } from 'mdast';
import { defineFileRule } from '../src/rule.js';
import { walk } from '../src/guide/text.js';
import { cutAtFirst } from '../src/document/trim.js';

interface Options {
  /** Check that local images exist on disk (default true). */
  checkExists: boolean;
  /** Report images with empty alt text (default false). */
  requireAlt: boolean;
}

/** A URL with a scheme (`https:`, `data:`), protocol-relative, site-absolute, or holding a placeholder: not a file next to the guide. */
const NOT_LOCAL = /^(?:[a-z][a-z0-9+.-]*:|\/|#)|[{}]|\$\{|%\{/iu;

function localPath(url: string): string | undefined {
  if (url === '' || NOT_LOCAL.test(url)) return undefined;
  const path = cutAtFirst(url, '?#');
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export default defineFileRule<Options>({
  meta: {
    id: 'guide-image',
    family: 'guide',
    description: 'Finds local images missing on disk and, optionally, images without alt text.',
    defaultSeverity: 'error',
    uses: { filesOnDisk: true },
    fixable: false,
    messages: {
      missingFile: 'Unexpected image `{url}` that does not exist, expected a file at `{path}`',
      noAlt: 'Unexpected image `{url}` with no alt text, expected a short description',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        checkExists: { type: 'boolean' },
        requireAlt: { type: 'boolean' },
      },
    },
    defaultOptions: { checkExists: true, requireAlt: false },
  },
  check(context) {
    const folder = dirname(context.absPath);
    const seen = new Map<string, boolean>();
    walk(context.tree, (node) => {
      if (node.type !== 'image') return true;
      const image = node as Image;
      if (context.options.requireAlt && !(image.alt ?? '').trim()) {
        context.report({ messageId: 'noAlt', data: { url: image.url }, node: image });
      }
      const local = context.options.checkExists ? localPath(image.url) : undefined;
      if (local !== undefined) {
        const abs = resolve(folder, local);
        let exists = seen.get(abs);
        if (exists === undefined) {
          exists = existsSync(abs);
          seen.set(abs, exists);
        }
        if (!exists) context.report({ messageId: 'missingFile', data: { url: image.url, path: local }, node: image });
      }
      return false;
    });
  },
});
