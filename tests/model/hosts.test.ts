import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { loadModel, parseModel } from '../../src/model/load.js';
import { matchHost, normalizeHost, underDomains } from '../../src/model/hosts.js';

const OVH = join(resolve(import.meta.dirname, '../..'), 'guides/ovh-model.yaml');

describe('normalizeHost', () => {
  it.each([
    ['SSL0.OVH.NET', 'ssl0.ovh.net'],
    ['  ssl0.ovh.net. ', 'ssl0.ovh.net'],
    ['ssl0.ovh.net:993', 'ssl0.ovh.net'],
    ['https://SSL0.ovh.net/en/', 'ssl0.ovh.net'],
    ['https://mail.ovh.net/fi/?x=1', 'mail.ovh.net'],
    ['ex**X**.mail.ovh.net', 'exx.mail.ovh.net'],
    ['ex**?**.mail.ovh.net', 'ex?.mail.ovh.net'],
    ['ex?.mail.ovh.net', 'ex?.mail.ovh.net'],
    ['`pro1.mail.ovh.net`', 'pro1.mail.ovh.net'],
    ['mx1.mail.ovh.net.', 'mx1.mail.ovh.net'],
    ['', ''],
  ])('%s → %s', (input, output) => {
    expect(normalizeHost(input)).toBe(output);
  });
});

describe('host patterns', () => {
  it('`?` stands for a server number or a placeholder', () => {
    for (const host of [
      'ex1.mail.ovh.net',
      'ex12.mail.ovh.net',
      'ex?.mail.ovh.net',
      'exx.mail.ovh.net',
      'ex*.mail.ovh.net',
      'ex#.mail.ovh.net',
      'exn.mail.ovh.net',
    ]) {
      expect(matchHost('ex?.mail.ovh.net', host), host).toBe(true);
    }
    for (const host of [
      'ex.mail.ovh.net',
      'exa.mail.ovh.net',
      'ex1a.mail.ovh.net',
      'ex1.mail.ovh.com',
      'ex1.mail.ovh.net.evil.com',
      'ex1xmailxovhxnet',
      'pro1.mail.ovh.net',
    ]) {
      expect(matchHost('ex?.mail.ovh.net', host), host).toBe(false);
    }
  });

  it('`*` stands for one label part, never for several labels', () => {
    expect(matchHost('*.hosting.ovh.net', 'cluster021.hosting.ovh.net')).toBe(true);
    expect(matchHost('*.hosting.ovh.net', 'ftp.cluster021.hosting.ovh.net')).toBe(false);
  });

  it('compares case-insensitively once normalised', () => {
    expect(matchHost('SSL0.OVH.NET', normalizeHost('ssl0.ovh.net'))).toBe(true);
    expect(matchHost('ssl0.ovh.net', normalizeHost('SSL0.OVH.NET'))).toBe(true);
  });

  it('a domain covers itself and its subdomains only', () => {
    expect(underDomains('ssl0.ovh.net', ['ovh.net'])).toBe(true);
    expect(underDomains('ovh.net', ['ovh.net'])).toBe(true);
    expect(underDomains('notovh.net', ['ovh.net'])).toBe(false);
    expect(underDomains('ovh.net.example.org', ['ovh.net'])).toBe(false);
  });
});

describe('locale scoping', () => {
  const model = parseModel(
    [
      'regions:',
      '  america: [fr-ca, en-ca]',
      'products:',
      '  p:',
      '    name: P',
      '    endpoints:',
      '      - protocol: imap',
      '        ports: [{ port: 993, security: ssl }]',
      '',
    ].join('\n'),
  );

  it.each([
    [[], 'fr-fr', true],
    [['america'], 'fr-ca', true],
    [['america'], 'FR_CA', true],
    [['america'], 'fr-fr', false],
    [['!america'], 'fr-fr', true],
    [['!america'], 'en-ca', false],
    [['fr'], 'fr-be', true],
    [['fr'], 'en-gb', false],
    [['fr', '!fr-ca'], 'fr-ca', false],
    [['fr', '!fr-ca'], 'fr-fr', true],
    [['america'], undefined, true],
  ] as const)('%j admits %s: %s', (list, locale, admitted) => {
    expect(model.localeApplies(list, locale)).toBe(admitted);
  });
});

describe('checkHost with the OVH model', () => {
  const model = loadModel(OVH);

  it('accepts the MX Plan hosts in Europe, whatever their case', () => {
    expect(model.checkHost('SSL0.OVH.NET', { locale: 'fr-fr' })).toEqual({ status: 'ok', expected: [] });
    expect(model.checkHost('imap.mail.ovh.net', { locale: 'fi-fi', protocol: 'imap', product: 'mx-plan' }).status).toBe('ok');
    expect(model.checkHost('ssl0.ovh.net', { locale: 'nl-nl', direction: 'outgoing' }).status).toBe('ok');
  });

  it('deprecated host with its replacement', () => {
    expect(model.checkHost('ns0.ovh.net', { locale: 'fi-fi', direction: 'incoming' })).toEqual({
      status: 'deprecated',
      expected: ['ssl0.ovh.net'],
      replacement: 'ssl0.ovh.net',
      note: 'old MX Plan server name',
    });
  });

  it('a deprecated host whose replacement does not fit the locale gets the locale’s hosts instead', () => {
    const v = model.checkHost('ns0.ovh.net', { locale: 'en-ca', protocol: 'smtp', product: 'mx-plan' });
    expect(v.status).toBe('deprecated');
    expect(v.replacement).toBeUndefined();
    expect(v.expected).toEqual(['smtp.mail.ovh.ca']);
  });

  it('a host that never existed', () => {
    const v = model.checkHost('ssl0.mail.ovh.net', { locale: 'lt-lt', product: 'mx-plan', protocol: 'imap' });
    expect([v.status, v.replacement, v.expected]).toEqual(['wrong', 'ssl0.ovh.net', ['ssl0.ovh.net']]);
  });

  it('legacy numbered hosts are deprecated even though they match a pattern', () => {
    expect(model.checkHost('pro1.mail.ovh.net', { product: 'email-pro' }).status).toBe('deprecated');
    expect(model.checkHost('ex2.mail.ovh.net', { product: 'exchange' })).toMatchObject({ status: 'deprecated', expected: ['ex?.mail.ovh.net'] });
    expect(model.checkHost('pro3.mail.ovh.net', { product: 'email-pro' }).status).toBe('ok');
  });

  it('European host in an America/APAC locale', () => {
    const v = model.checkHost('ssl0.ovh.net', { locale: 'en-ca', protocol: 'imap', product: 'mx-plan' });
    expect(v).toEqual({ status: 'wrong-locale', expected: ['imap.mail.ovh.ca'] });
    expect(model.checkHost('imap.mail.ovh.ca', { locale: 'en-au', protocol: 'imap', product: 'mx-plan' }).status).toBe('ok');
    expect(model.checkHost('imap.mail.ovh.ca', { locale: 'fr-fr', protocol: 'imap', product: 'mx-plan' })).toEqual({
      status: 'wrong-locale',
      expected: ['ssl0.ovh.net', 'imap.mail.ovh.net'],
    });
  });

  it('with no product, a host valid for some product is fine; its hosts are suggested for another locale', () => {
    expect(model.checkHost('ssl0.ovh.ca', { locale: 'en-ca' }).status).toBe('ok');
    expect(model.checkHost('ex3.mail.ovh.net', { locale: 'fr-fr' }).status).toBe('ok');
    const v = model.checkHost('ssl0.ovh.ca', { locale: 'fr-fr', protocol: 'pop3' });
    expect(v).toEqual({ status: 'wrong-locale', expected: ['ssl0.ovh.net', 'pop.mail.ovh.net'] });
  });

  it('a host of another protocol', () => {
    expect(model.checkHost('smtp.mail.ovh.net', { locale: 'fr-fr', protocol: 'imap' })).toEqual({
      status: 'wrong-protocol',
      expected: ['ssl0.ovh.net', 'imap.mail.ovh.net'],
    });
    expect(model.checkHost('smtp.mail.ovh.net', { locale: 'fr-fr', direction: 'incoming' }).status).toBe('wrong-protocol');
    expect(model.checkHost('ssl0.ovh.net', { locale: 'fr-fr', protocol: 'imap' }).status).toBe('ok');
  });

  it('a host of another product', () => {
    expect(model.checkHost('ssl0.ovh.net', { product: 'Exchange', protocol: 'imap' })).toEqual({ status: 'not-for-product', expected: ['ex?.mail.ovh.net'] });
    expect(model.checkHost('ex**X**.mail.ovh.net', { product: 'exchange', protocol: 'smtp' }).status).toBe('ok');
  });

  it('unknown under the model’s domains, outside elsewhere, known hosts fine', () => {
    expect(model.checkHost('ssl1.ovh.net', { product: 'mx-plan', locale: 'fr-fr', protocol: 'smtp' })).toEqual({
      status: 'unknown',
      expected: ['ssl0.ovh.net', 'smtp.mail.ovh.net'],
    });
    expect(model.checkHost('mail.example.org', { product: 'mx-plan' }).status).toBe('outside');
    expect(model.checkHost('mx2.mail.ovh.net', {}).status).toBe('ok');
    expect(model.checkHost('ex.mail.ovh.ca', { locale: 'fr-ca' }).status).toBe('ok');
    expect(model.checkHost('ex.mail.ovh.ca', { locale: 'fr-fr' }).status).toBe('wrong-locale');
  });

  it('the built-in model alone has no opinion on hosts', () => {
    expect(loadModel().checkHost('ns0.ovh.net', {}).status).toBe('outside');
  });
});
