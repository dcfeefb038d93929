/**
 * Heading fields: a heading ends the block before it, names the section
 * its settings belong to, and may give them a protocol (`## IMAP
 * configuration`), a direction (`#### Incoming server`) or a region
 * (`### Europe`, up to the next heading of the same depth).
 */
import type { Heading } from 'mdast';
import type { ReadContext } from './context.js';
import { mask } from '../text.js';
import { plain, rangeOf, sliceOf } from '../source.js';

export function readHeading({ text, words, blocks }: ReadContext, node: Heading): void {
  blocks.closeBlock();
  const range = rangeOf(node);
  const source = sliceOf(text, node);
  while (blocks.scope.length && blocks.scope[blocks.scope.length - 1].depth >= node.depth) blocks.scope.pop();
  const protocols = words.protocolsIn(mask(source));
  // A heading that names one direction (`#### Incoming server (IMAP)`) gives it to the fields of its section.
  const direction = words.directionIn(mask(source), true);
  blocks.scope.push({
    depth: node.depth,
    text: plain(source),
    protocol: protocols.length === 1 ? protocols[0].id : undefined,
    ...(direction ? { direction } : {}),
    range,
  });
  const region = words.regionIn(plain(source));
  if (region) blocks.region = { id: region, depth: node.depth };
  else if (blocks.region && node.depth <= blocks.region.depth) blocks.region = undefined;
}
