/** claim-section-protocol: a section about one protocol whose settings block states another of the same direction (IMAP heading, POP3 field). */
import { defineFileRule } from '../src/rule.js';
import { protocolLabel } from '../src/claims/phrases.js';
import type { Claim } from '../src/types.js';

export default defineFileRule({
  meta: {
    id: 'claim-section-protocol',
    family: 'claim',
    description: 'Finds a settings block that states a protocol other than the one its section heading is about, such as a POP3 field under an IMAP heading.',
    defaultSeverity: 'error',
    messages: {
      otherProtocol: 'This block sets up {stated}, but its section `{heading}` is about {expected}',
    },
    schema: { type: 'object', additionalProperties: false, properties: {} },
  },
  check(context) {
    const { model } = context;
    const byBlock = new Map<string, Claim[]>();
    for (const claim of context.claims.claims) {
      if (claim.protocolSource !== 'block' || claim.protocol === undefined) continue;
      const list = byBlock.get(claim.block) ?? [];
      list.push(claim);
      byBlock.set(claim.block, list);
    }
    for (const block of context.claims.blocks) {
      if (block.headingProtocol === undefined) continue;
      const expected = model.protocol(block.headingProtocol);
      if (!expected) continue;
      // Only a protocol of the same direction replaces the heading's: SMTP in an IMAP section is the outgoing half of the account.
      const conflicting = (byBlock.get(block.id) ?? []).find((c) => {
        const stated = model.protocol(c.protocol ?? '');
        return stated !== undefined && stated !== expected && stated.direction !== undefined && stated.direction === expected.direction;
      });
      if (!conflicting) continue;
      const stated = model.protocol(conflicting.protocol ?? '');
      if (!stated) continue;
      context.report({
        messageId: 'otherProtocol',
        data: { stated: protocolLabel(stated), expected: protocolLabel(expected), heading: block.scope[block.scope.length - 1] ?? '' },
        range: conflicting.position,
      });
    }
  },
});
