import { describe, expect, it } from 'vitest';
import rule from '../../rules/claim-host.js';
import { at, claim, MAILCOW_MODEL, OVH_MODEL, run } from './claim-context.js';

describe('claim-host (hand-made claims)', () => {
  it('a deprecated host, with its replacement and a fix that keeps the case', () => {
    const text = 'Tuleva palvelin: ns0.ovh.net\nLähtevä palvelin: NS0.OVH.NET\n';
    const claims = [
      claim(1, {
        host: 'ns0.ovh.net',
        direction: 'incoming',
        column: 18,
        width: 11,
        position: { start: { line: 1, column: 18, offset: 17 }, end: { line: 1, column: 29, offset: 28 } },
      }),
      claim(2, {
        host: 'NS0.OVH.NET',
        direction: 'outgoing',
        position: { start: { line: 2, column: 19, offset: 47 }, end: { line: 2, column: 30, offset: 58 } },
      }),
    ];
    const reports = run(rule, claims, { model: OVH_MODEL, locale: 'fi-fi', text });
    expect(at(reports)).toEqual(['1:18 deprecated', '2:19 deprecated']);
    expect(reports[0].data).toEqual({ host: 'ns0.ovh.net', note: 'old MX Plan server name', expected: '`ssl0.ovh.net`' });
    expect(reports.map((r) => r.fix)).toEqual([
      { range: [17, 28], text: 'ssl0.ovh.net' },
      { range: [47, 58], text: 'SSL0.OVH.NET' },
    ]);
  });

  it('a host that never existed', () => {
    const reports = run(rule, [claim(7, { host: 'ssl0.mail.ovh.net', direction: 'incoming' })], { model: OVH_MODEL, locale: 'lt-lt' });
    expect(reports.map((r) => [r.messageId, r.data])).toEqual([['wrong', { host: 'ssl0.mail.ovh.net', note: 'never existed', expected: '`ssl0.ovh.net`' }]]);
  });

  it('the European host in a Canadian guide', () => {
    const reports = run(rule, [claim(3, { host: 'SSL0.OVH.NET', protocol: 'imap', protocolSource: 'block' })], {
      model: OVH_MODEL,
      locale: 'en-ca',
      product: 'mx-plan',
    });
    expect(reports.map((r) => [r.messageId, r.data])).toEqual([['wrongLocale', { host: 'ssl0.ovh.net', locale: 'en-ca', expected: '`imap.mail.ovh.ca`' }]]);
  });

  it('a host of another protocol, of another product, and an unknown one', () => {
    const reports = run(
      rule,
      [
        claim(1, { host: 'smtp.mail.ovh.net', protocol: 'imap', protocolSource: 'block', direction: 'incoming' }),
        claim(2, { host: 'ssl1.ovh.net', direction: 'outgoing' }),
      ],
      { model: OVH_MODEL, product: 'mx-plan' },
    );
    expect(reports.map((r) => [r.messageId, r.data])).toEqual([
      ['wrongProtocol', { host: 'smtp.mail.ovh.net', protocol: 'IMAP', expected: '`ssl0.ovh.net` or `imap.mail.ovh.net`' }],
      ['unknown', { host: 'ssl1.ovh.net', expected: '`ssl0.ovh.net` or `smtp.mail.ovh.net`' }],
    ]);
    const exchange = run(rule, [claim(4, { host: 'ssl0.ovh.net', direction: 'incoming' })], { model: OVH_MODEL, product: 'Exchange' });
    expect(exchange.map((r) => [r.messageId, r.data])).toEqual([
      ['notForProduct', { host: 'ssl0.ovh.net', product: 'Exchange', expected: '`ex?.mail.ovh.net`' }],
    ]);
  });

  it('a deprecated host with no replacement', () => {
    const reports = run(rule, [claim(1, { host: 'webmail.ovh.net' })], { model: OVH_MODEL });
    expect(reports.map((r) => [r.messageId, r.data])).toEqual([['deprecatedNoReplacement', { host: 'webmail.ovh.net', note: 'legacy webmail address' }]]);
  });

  it('stays silent on good hosts, hosts outside the model’s domains, and non-mail hosts', () => {
    const claims = [
      claim(1, { host: 'SSL0.OVH.NET', direction: 'incoming' }),
      claim(2, { host: 'ex**X**.mail.ovh.net', protocol: 'imap', protocolSource: 'block' }),
      claim(3, { host: 'mail.example.org', direction: 'incoming' }),
      // Under ovh.net but given as no mail server (a DNS server, say): not the model's business.
      claim(4, { host: 'dns10.ovh.net' }),
      claim(5, { port: 993 }),
    ];
    expect(run(rule, claims, { model: OVH_MODEL })).toEqual([]);
    expect(
      run(rule, [claim(1, { host: 'mail.example.org', direction: 'incoming', protocol: 'imap', protocolSource: 'block' })], {
        model: MAILCOW_MODEL,
        product: 'mailcow',
      }),
    ).toEqual([]);
    // The built-in model alone judges no host.
    expect(run(rule, [claim(1, { host: 'ns0.ovh.net', direction: 'incoming' })])).toEqual([]);
  });
});
