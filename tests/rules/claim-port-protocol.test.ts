import { describe, expect, it } from 'vitest';
import rule from '../../rules/claim-port-protocol.js';
import { at, claim, OVH_MODEL, run } from './claim-context.js';

describe('claim-port-protocol (hand-made claims)', () => {
  it('POP3 stated in the block with port 993', () => {
    const reports = run(rule, [
      claim(37, { protocol: 'pop3', protocolSource: 'block', direction: 'incoming', column: 72, width: 4 }),
      claim(39, { protocol: 'pop3', protocolSource: 'block', direction: 'incoming', port: 993, security: 'ssl', column: 14 }),
    ]);
    expect(at(reports)).toEqual(['39:14 wrongPort']);
    expect(reports[0].data).toEqual({ port: 993, protocol: 'POP3', expected: '`995` with SSL, `110` without SSL or with STARTTLS' });
  });

  it('with a product model, the product’s ports are the expected ones', () => {
    const reports = run(rule, [claim(5, { protocol: 'pop3', protocolSource: 'block', port: 993 })], { model: OVH_MODEL, product: 'mx-plan' });
    expect(at(reports)).toEqual(['5:1 wrongProductPort']);
    expect(reports[0].data).toEqual({ port: 993, protocol: 'POP3', expected: '`995` with SSL, `110` without SSL', product: 'MX Plan' });
  });

  it('a heading’s protocol is judged for ports of its own direction', () => {
    const reports = run(rule, [claim(9, { protocol: 'imap', protocolSource: 'heading', direction: 'incoming', port: 995 })]);
    expect(at(reports)).toEqual(['9:1 wrongPort']);
    expect(reports[0].data?.protocol).toBe('IMAP');
  });

  it('an unregistered port is not judged without a product, but is with one that lists the protocol', () => {
    const claims = [claim(3, { protocol: 'smtp', protocolSource: 'block', port: 2525 })];
    expect(run(rule, claims)).toEqual([]);
    const reports = run(rule, claims, { model: OVH_MODEL, product: 'exchange' });
    expect(at(reports)).toEqual(['3:1 wrongProductPort']);
    expect(reports[0].data).toMatchObject({ port: 2525, protocol: 'SMTP', expected: '`587` with STARTTLS', product: 'Exchange' });
  });

  it('stays silent on correct and unrelated ports', () => {
    const claims = [
      claim(1, { protocol: 'imap', protocolSource: 'block', port: 993, security: 'ssl' }),
      claim(2, { protocol: 'imap', protocolSource: 'heading', port: 143 }),
      // The outgoing half of an IMAP section.
      claim(3, { protocol: 'imap', protocolSource: 'heading', direction: 'outgoing', port: 465 }),
      claim(4, { protocol: 'imap', protocolSource: 'heading', port: 587 }),
      // POP3 stated for the incoming server of the block; this is its outgoing server.
      claim(5, { protocol: 'pop3', protocolSource: 'block', direction: 'outgoing', port: 587 }),
      // Ports of protocols with no direction (web, ManageSieve) are no mail confusion.
      claim(6, { protocol: 'imap', protocolSource: 'heading', port: 443 }),
      claim(7, { protocol: 'imap', protocolSource: 'heading', port: 4190 }),
      // No protocol at all.
      claim(8, { port: 993 }),
      claim(9, { protocol: 'gopher', protocolSource: 'block', port: 70 }),
    ];
    expect(run(rule, claims)).toEqual([]);
    // Email Pro gives no POP port: POP3 claims fall back to the registered ports.
    expect(run(rule, [claim(1, { protocol: 'pop3', protocolSource: 'block', port: 110 })], { model: OVH_MODEL, product: 'email-pro' })).toEqual([]);
  });

  it('leaves a port under the wrong direction label to claim-port-direction', () => {
    expect(run(rule, [claim(57, { protocol: 'pop3', protocolSource: 'heading', direction: 'incoming', port: 465 })])).toEqual([]);
  });
});
