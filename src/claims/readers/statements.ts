/**
 * Statements a field or a sentence makes about its server as a whole: a
 * ticked "requires a secure connection (SSL)" box, and "my outgoing server
 * requires authentication" (or that it needs none).
 */
import type { ReadContext } from './context.js';
import type { LineFacts } from './facts.js';

export function readStatements({ words, blocks }: ReadContext, facts: LineFacts): void {
  const { line, masked, origin, direction } = facts;
  if (words.terms.secureConnection.test(masked)) {
    blocks.ensureBlock(origin, line.start).security.set(direction ?? '*', 'ssl');
  }
  // "No authentication" is read first: it contains the positive words. In a sentence, it is a claim only about a server
  // it names by its direction ("the outgoing server needs none"), not in general remarks ("no authentication takes place without TLS").
  const noAuthFound = words.terms.noAuthentication.all(masked)[0];
  const noAuth = noAuthFound && facts.ownDirection !== undefined ? noAuthFound : undefined;
  if (noAuth || (!noAuthFound && words.terms.authentication.test(masked))) {
    const block = blocks.ensureBlock(origin, line.start);
    const where = noAuth ?? words.terms.authentication.all(masked)[0];
    blocks.add(block, {
      auth: !noAuth,
      direction: direction ?? 'outgoing',
      origin,
      position: blocks.index.range(line.start + where[0], line.start + where[1]),
      text: line.text.trim(),
    });
  }
}
