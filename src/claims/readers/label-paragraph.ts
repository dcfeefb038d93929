/**
 * Label paragraphs: short paragraphs that carry no value themselves but
 * say what the values after them are about. A region label
 * (`**EUROPE**`) scopes the hosts after it; a direction or protocol label
 * (`**Incoming server (IMAP)**`, `**Ausgangsserver**`) starts the settings
 * it introduces; a lead-in naming one protocol (`- **Configuration en
 * IMAP**`) gives it to the table right after it.
 */
import type { List, Paragraph } from 'mdast';
import type { Direction, Range } from '../../types.js';
import type { ReadContext } from './context.js';
import { findHosts, mask } from '../text.js';
import { plain, rangeOf, sliceOf } from '../source.js';
import { DIGIT, LEAD_MAX } from '../words.js';
import { splitLabel } from './field.js';

export interface Label {
  direction?: Direction;
  protocol?: string;
}

/** A region label on its own (`**EUROPE**`): the hosts after it, up to the next heading, are that region's. */
export function readRegionLabel({ text, words, blocks }: ReadContext, node: Paragraph): void {
  const region = words.regionIn(plain(sliceOf(text, node)));
  if (!region) return;
  blocks.closeBlock();
  blocks.region = { id: region, depth: (blocks.scope[blocks.scope.length - 1]?.depth ?? 0) + 0.5 };
}

/**
 * A short paragraph with no value in it (no digit, no `label: value`)
 * that states a direction or one protocol: the label of the fields that
 * follow it. Reading one ends the block before it.
 */
export function readLabelParagraph({ text, words, blocks }: ReadContext, node: Paragraph): Label | undefined {
  const source = sliceOf(text, node);
  if (source.length > LEAD_MAX || DIGIT.test(words.withoutProtocols(source)) || source.includes('\n')) return undefined;
  const masked = mask(source);
  if (splitLabel(masked).label !== undefined || findHosts(masked).length > 0) return undefined;
  const direction = words.directionIn(masked);
  const protocol = words.oneProtocol(masked);
  if (!direction && !protocol) return undefined;
  blocks.closeBlock();
  return { ...(direction ? { direction } : {}), ...(protocol ? { protocol } : {}) };
}

/**
 * A short paragraph, or a list of one item, that names exactly one
 * protocol and nothing else a setting has (no digit): the lead-in of a
 * table that follows it (`- **Pour une configuration en POP**`).
 */
export function readLeadIn({ text, words }: ReadContext, node: Paragraph | List): { protocol: string; range: Range } | undefined {
  let paragraph: Paragraph | undefined = node.type === 'paragraph' ? node : undefined;
  if (node.type === 'list') {
    const only = node.children.length === 1 ? node.children[0] : undefined;
    const child = only && only.children.length === 1 ? only.children[0] : undefined;
    paragraph = child?.type === 'paragraph' ? child : undefined;
  }
  if (!paragraph) return undefined;
  const source = sliceOf(text, paragraph);
  if (source.length > LEAD_MAX || DIGIT.test(words.withoutProtocols(source))) return undefined;
  const protocol = words.oneProtocol(mask(source));
  if (protocol === undefined) return undefined;
  return { protocol, range: rangeOf(paragraph) };
}
