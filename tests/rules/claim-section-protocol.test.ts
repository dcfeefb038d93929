import { describe, expect, it } from 'vitest';
import rule from '../../rules/claim-section-protocol.js';
import { at, blocksOf, claim, run } from './claim-context.js';

const scope = ['Configuration de Windows Mail', 'Parametre du compte e-mail en IMAP'];

describe('claim-section-protocol (hand-made claims)', () => {
  it('an IMAP section whose block says POP3, reported once at the stated protocol', () => {
    const claims = [
      claim(37, { block: 'form', scope, protocol: 'pop3', protocolSource: 'block', direction: 'incoming', column: 72, width: 4 }),
      claim(39, { block: 'form', scope, protocol: 'pop3', protocolSource: 'block', direction: 'incoming', port: 993 }),
      claim(44, { block: 'form', scope, direction: 'outgoing', port: 465 }),
    ];
    const reports = run(rule, claims, { blocks: blocksOf(claims, 'imap') });
    expect(at(reports)).toEqual(['37:72 otherProtocol']);
    expect(reports[0].data).toEqual({ stated: 'POP3', expected: 'IMAP', heading: 'Parametre du compte e-mail en IMAP' });
  });

  it('SMTP in an IMAP section is the outgoing half, not another protocol', () => {
    const claims = [claim(48, { block: 'p', scope, protocol: 'smtp', protocolSource: 'block', port: 587, origin: 'prose' })];
    expect(run(rule, claims, { blocks: blocksOf(claims, 'imap') })).toEqual([]);
  });

  it('stays silent when the block agrees with its heading, or the heading names no protocol', () => {
    const imap = [claim(3, { scope, protocol: 'imap', protocolSource: 'block' })];
    expect(run(rule, imap, { blocks: blocksOf(imap, 'imap') })).toEqual([]);
    const pop = [claim(3, { scope, protocol: 'pop3', protocolSource: 'block' })];
    expect(run(rule, pop, { blocks: blocksOf(pop) })).toEqual([]);
    // A protocol only inherited from the heading is no statement of the block.
    const inherited = [claim(3, { scope, protocol: 'pop3', protocolSource: 'heading' })];
    expect(run(rule, inherited, { blocks: blocksOf(inherited, 'imap') })).toEqual([]);
  });
});
