import { describe, expect, it } from 'vitest';
import rule from '../../rules/claim-contradiction.js';
import { at, claim, OVH_MODEL, run } from './claim-context.js';

const scope = ['Configuration de Windows Mail', 'Parametre du compte e-mail en IMAP'];

describe('claim-contradiction (hand-made claims)', () => {
  it('a sentence asking for 587 in SMTP after a form giving 465', () => {
    const claims = [
      claim(39, { block: 'in', scope, protocol: 'pop3', protocolSource: 'block', direction: 'incoming', port: 993, security: 'ssl' }),
      claim(44, { block: 'out', scope, direction: 'outgoing', port: 465, security: 'ssl', column: 14 }),
      claim(48, { block: 'p', scope, origin: 'prose', protocol: 'smtp', protocolSource: 'block', port: 587, column: 46 }),
    ];
    for (const options of [{}, { model: OVH_MODEL, product: 'mx-plan' }]) {
      const reports = run(rule, claims, options);
      expect(at(reports)).toEqual(['48:46 sentenceVsForm']);
      expect(reports[0].data).toEqual({ port: 587, protocol: 'SMTP', line: 44, otherPort: 465 });
      expect(reports[0].related).toEqual([{ path: 'guide.fr-fr.md', range: claims[1].position, message: 'the settings give port `465` here' }]);
    }
  });

  it('same protocol, direction and security with different ports in two blocks', () => {
    const claims = [
      claim(10, { block: 'table', origin: 'table', direction: 'outgoing', port: 25, security: 'none' }),
      claim(20, { block: 'text', origin: 'prose', protocol: 'smtp', protocolSource: 'block', port: 587, security: 'none', column: 9 }),
    ];
    const reports = run(rule, claims);
    expect(at(reports)).toEqual(['20:9 samePurpose']);
    expect(reports[0].data).toEqual({ port: 587, otherPort: 25, line: 10, protocol: 'SMTP', direction: 'outgoing', security: 'without SSL' });
  });

  it('a ports table giving 465 with SSL and 587 without is no contradiction', () => {
    const claims = [
      claim(66, { block: 'table-in', origin: 'table', protocol: 'pop3', protocolSource: 'heading', direction: 'incoming', port: 995, security: 'ssl' }),
      claim(66, { block: 'table-in', origin: 'table', protocol: 'pop3', protocolSource: 'heading', direction: 'incoming', port: 110, security: 'none' }),
      claim(67, { block: 'table-out', origin: 'table', protocol: 'pop3', protocolSource: 'heading', direction: 'outgoing', port: 465, security: 'ssl' }),
      claim(67, { block: 'table-out', origin: 'table', protocol: 'pop3', protocolSource: 'heading', direction: 'outgoing', port: 587, security: 'none' }),
      // "465 or 587" in a list, and a sentence naming both.
      claim(57, { block: 'list', protocol: 'pop3', protocolSource: 'heading', direction: 'outgoing', port: 465 }),
      claim(57, { block: 'list', protocol: 'pop3', protocolSource: 'heading', direction: 'outgoing', port: 587 }),
      claim(59, { block: 's1', origin: 'prose', protocol: 'pop3', protocolSource: 'heading', port: 110, security: 'none' }),
      claim(59, { block: 's1', origin: 'prose', protocol: 'pop3', protocolSource: 'heading', port: 587, security: 'none' }),
    ];
    expect(run(rule, claims)).toEqual([]);
    expect(run(rule, claims, { model: OVH_MODEL, product: 'mx-plan' })).toEqual([]);
  });

  it('a sentence agreeing with the form, a sentence with no protocol of its own, and other sections are fine', () => {
    const agree = [
      claim(29, { block: 'form', direction: 'outgoing', port: 587 }),
      claim(33, { block: 'p', origin: 'prose', protocol: 'smtp', protocolSource: 'block', port: 587 }),
    ];
    expect(run(rule, agree)).toEqual([]);
    const loose = [
      claim(29, { block: 'form', direction: 'outgoing', port: 465 }),
      claim(33, { block: 'p', origin: 'prose', protocol: 'imap', protocolSource: 'heading', port: 587 }),
    ];
    expect(run(rule, loose)).toEqual([]);
    const apart = [
      claim(29, { block: 'form', scope: ['A'], direction: 'outgoing', port: 465 }),
      claim(33, { block: 'p', scope: ['B'], origin: 'prose', protocol: 'smtp', protocolSource: 'block', port: 587 }),
    ];
    expect(run(rule, apart)).toEqual([]);
  });

  it('a wrong port is left to its own rule, not reported again as a contradiction', () => {
    const claims = [
      claim(10, { block: 'table', origin: 'table', protocol: 'imap', protocolSource: 'block', port: 993, security: 'ssl' }),
      claim(20, { block: 'text', origin: 'prose', protocol: 'imap', protocolSource: 'block', port: 995, security: 'ssl' }),
    ];
    expect(run(rule, claims)).toEqual([]);
  });
});
