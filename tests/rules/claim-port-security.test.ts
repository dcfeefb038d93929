import { describe, expect, it } from 'vitest';
import rule from '../../rules/claim-port-security.js';
import { at, claim, OVH_MODEL, run } from './claim-context.js';

describe('claim-port-security (hand-made claims)', () => {
  it('an implicit-TLS port without SSL is wrong everywhere', () => {
    const reports = run(rule, [
      claim(4, { protocol: 'imap', protocolSource: 'block', port: 993, security: 'none', column: 8 }),
      claim(5, { port: 465, security: 'starttls' }),
    ]);
    expect(at(reports)).toEqual(['4:8 registeredSecurity', '5:1 registeredSecurity']);
    expect(reports[0].data).toEqual({ port: 993, protocol: 'IMAP', security: 'none', expectedSecurity: 'ssl', expected: 'with SSL', stated: 'SSL is off' });
    expect(reports[1].data).toMatchObject({ port: 465, protocol: 'SMTP', security: 'starttls', stated: 'STARTTLS is chosen' });
  });

  it('587 with SSL ticked is wrong only where the product model says 587 is without SSL', () => {
    const claims = [claim(44, { direction: 'outgoing', port: 587, security: 'ssl' })];
    expect(run(rule, claims)).toEqual([]);
    expect(run(rule, claims, { model: OVH_MODEL })).toEqual([]);
    expect(run(rule, claims, { model: OVH_MODEL, product: 'exchange' })).toEqual([]);
    const reports = run(rule, claims, { model: OVH_MODEL, product: 'mx-plan' });
    expect(at(reports)).toEqual(['44:1 productSecurity']);
    expect(reports[0].data).toEqual({
      port: 587,
      protocol: 'SMTP',
      security: 'ssl',
      expectedSecurity: 'none',
      expected: 'without SSL',
      stated: 'SSL is ticked',
      product: 'MX Plan',
    });
  });

  it('a STARTTLS port of the product stated without security', () => {
    const reports = run(rule, [claim(2, { protocol: 'smtp', protocolSource: 'block', port: 587, security: 'none' })], {
      model: OVH_MODEL,
      product: 'email-pro',
    });
    expect(reports.map((r) => r.data?.expected)).toEqual(['with STARTTLS']);
  });

  it('stays silent on compatible securities and on ports of another protocol', () => {
    const claims = [
      claim(1, { protocol: 'imap', protocolSource: 'block', port: 993, security: 'ssl' }),
      claim(2, { protocol: 'imap', protocolSource: 'block', port: 143, security: 'ssl' }),
      claim(3, { protocol: 'imap', protocolSource: 'block', port: 143, security: 'starttls' }),
      claim(4, { protocol: 'smtp', protocolSource: 'block', port: 25, security: 'none' }),
      // Port 993 under POP3 is claim-port-protocol's finding, not this rule's.
      claim(5, { protocol: 'pop3', protocolSource: 'block', port: 993, security: 'none' }),
      // Under the wrong direction label: claim-port-direction's.
      claim(6, { direction: 'incoming', protocol: 'pop3', protocolSource: 'heading', port: 465, security: 'none' }),
    ];
    expect(run(rule, claims)).toEqual([]);
    // STARTTLS on a port the model calls "without SSL" is not judged.
    expect(
      run(rule, [claim(1, { protocol: 'smtp', protocolSource: 'block', port: 587, security: 'starttls' })], { model: OVH_MODEL, product: 'mx-plan' }),
    ).toEqual([]);
  });
});
