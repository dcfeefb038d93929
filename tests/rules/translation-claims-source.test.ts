/**
 * translation-claims decides who is wrong: the source, when the model
 * finds a fault in its block and most translations agree with each other
 * and with the model against it; otherwise the translations that differ.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { briefFiles } from '../helpers/rule-tester.js';
import translationClaims from '../../rules/translation-claims.js';

const MODEL = resolve(import.meta.dirname, '../../guides/ovh-model.yaml');
const CONFIG = { locales: { pattern: 'guide.{locale}.md', source: 'fr-fr' }, products: [{ files: '**', product: 'mx-plan' }] };

const guide = (heading: string, label: string, host: string) => `## ${heading}\n\n- ${label}: **${host}**\n- Port: **993**\n`;
const FR = (host: string) => guide('Configuration IMAP', 'Serveur entrant', host);
const DE = (host: string) => guide('IMAP-Konfiguration', 'Posteingangsserver', host);
const FI = (host: string) => guide('IMAP-asetukset', 'Saapuvan postin palvelin', host);
const EN = (host: string) => guide('IMAP settings', 'Incoming server', host);

const lint = (files: Record<string, string>) => briefFiles(files, [translationClaims], { config: CONFIG as never, model: MODEL });

describe('translation-claims: who is wrong', () => {
  it('the source changed to a deprecated host, every translation kept the right one: one finding, on the source', () => {
    const out = lint({
      'g/guide.fr-fr.md': FR('ns0.ovh.net'),
      'g/guide.de-de.md': DE('ssl0.ovh.net'),
      'g/guide.fi-fi.md': FI('ssl0.ovh.net'),
      'g/guide.en-gb.md': EN('ssl0.ovh.net'),
    });
    expect(out).toEqual({
      'g/guide.fr-fr.md': ['3:22 translation-claims sourceDiffers'],
      'g/guide.de-de.md': [],
      'g/guide.fi-fi.md': [],
      'g/guide.en-gb.md': [],
    });
  });

  it('one translation drifted: the finding stays on it', () => {
    const out = lint({
      'g/guide.fr-fr.md': FR('ssl0.ovh.net'),
      'g/guide.de-de.md': DE('ns0.ovh.net'),
      'g/guide.fi-fi.md': FI('ssl0.ovh.net'),
      'g/guide.en-gb.md': EN('ssl0.ovh.net'),
    });
    expect(out['g/guide.fr-fr.md']).toEqual([]);
    expect(out['g/guide.de-de.md']).toEqual(['3:25 translation-claims differs']);
  });

  it('the translations disagree with the source but the model finds nothing wrong in it: they are reported, as before', () => {
    const out = lint({
      'g/guide.fr-fr.md': FR('imap.mail.ovh.net'),
      'g/guide.de-de.md': DE('ns0.ovh.net'),
      'g/guide.fi-fi.md': FI('ns0.ovh.net'),
      'g/guide.en-gb.md': EN('ns0.ovh.net'),
    });
    expect(out['g/guide.fr-fr.md']).toEqual([]);
    expect(['g/guide.de-de.md', 'g/guide.fi-fi.md', 'g/guide.en-gb.md'].map((p) => out[p].length)).toEqual([1, 1, 1]);
  });
});

describe('translation-claims: values a translation drops', () => {
  const source = '## IMAP\n\n- Serveur entrant : `ssl0.ovh.net:993`\n';
  it('the source gives host:993, a translation gives the host alone', () => {
    const out = lint({ 'g/guide.fr-fr.md': source, 'g/guide.de-de.md': '## IMAP\n\n- Posteingangsserver: `ssl0.ovh.net`\n' });
    expect(out['g/guide.de-de.md']).toEqual(['3:24 translation-claims omits']);
  });

  it('a translation that gives the port elsewhere in the block, or the same host:port, is silent', () => {
    expect(
      lint({ 'g/guide.fr-fr.md': source, 'g/guide.de-de.md': '## IMAP\n\n- Posteingangsserver: `ssl0.ovh.net`\n- Port: 993\n' })['g/guide.de-de.md'],
    ).toEqual([]);
    expect(lint({ 'g/guide.fr-fr.md': source, 'g/guide.de-de.md': '## IMAP\n\n- Posteingangsserver: `ssl0.ovh.net:993`\n' })['g/guide.de-de.md']).toEqual([]);
  });
});
