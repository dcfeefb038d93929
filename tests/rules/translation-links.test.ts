/** translation-links v2: locale markers match URL parts (WHATWG URL parser), never substrings. */
import { describe, expect, it } from 'vitest';
import { markerMatches } from '../../rules/translation-links.js';
import { lintFiles } from '../helpers/rule-tester.js';
import translationLinks from '../../rules/translation-links.js';

describe('markerMatches', () => {
  it('matches a host with its path segments, not a longer host', () => {
    expect(markerMatches('ovhcloud.com/en/', 'https://www.ovhcloud.com/en/web/')).toBe(true);
    expect(markerMatches('ovhcloud.com/en/', 'https://labs.ovhcloud.com/en/')).toBe(false);
    expect(markerMatches('ovhcloud.com/en/', 'https://www.ovhcloud.com/fr/en/')).toBe(false);
  });
  it('matches a query parameter by name and value', () => {
    expect(markerMatches('ovhSubsidiary=fi', 'https://www.ovh.com/auth/?action=gotomanager&ovhSubsidiary=FI')).toBe(true);
    expect(markerMatches('ovhSubsidiary=fi', 'https://example.org/?x=ovhSubsidiary=fi')).toBe(false);
  });
  it('matches whole path segments', () => {
    expect(markerMatches('/fi/', 'https://docs.ovh.com/fi/guide/')).toBe(true);
    expect(markerMatches('/fi/', 'https://docs.ovh.com/fish/fi-guide/')).toBe(false);
    expect(markerMatches('/fi/', '../fi/guide')).toBe(true);
  });
  it('matches a bare host and its www form only', () => {
    expect(markerMatches('ovh.ie', 'https://www.ovh.ie/')).toBe(true);
    expect(markerMatches('ovh.ie', 'https://ovh.ie.example.com/')).toBe(false);
  });
});

describe('translation-links with URL-part markers', () => {
  const config = {
    locales: { pattern: 'guide.{locale}.md', source: 'fr-fr' },
    links: { locales: { 'fr-fr': ['ovhcloud.com/fr/'], 'en-gb': ['ovhcloud.com/en-gb/'], en: ['ovhcloud.com/en/'] } },
  };
  const lint = (gb: string) =>
    lintFiles(
      [
        { path: 'guide.fr-fr.md', text: '# A\n\n[x](https://www.ovhcloud.com/fr/)\n' },
        { path: 'guide.en-gb.md', text: gb },
      ],
      [translationLinks],
      { config },
    )['guide.en-gb.md'];
  it('a link to another host that shares the marker as a substring is silent', () => {
    expect(lint('# A\n\n[x](https://labs.ovhcloud.com/en/)\n')).toEqual([]);
  });
  it("a link to the other locale's site fires", () => {
    expect(lint('# A\n\n[x](https://www.ovhcloud.com/en/)\n').map((m) => m.messageId)).toEqual(['otherLocale']);
  });
});

describe('translation-links v2: aligned links', () => {
  const config = { locales: { pattern: '{name}.{locale}.md', source: 'en' }, translation: { siteUrls: ['https://docs.example.org/'] } };
  const run = (en: string, de: string) =>
    lintFiles(
      [
        { path: 'guide.en.md', text: `# Setup\n\nSee \`setup.sh\`.\n\n${en}\n` },
        { path: 'guide.de.md', text: `# Einrichtung\n\nSiehe \`setup.sh\`.\n\n${de}\n` },
      ],
      [translationLinks],
      { config },
    )['guide.de.md'];

  it('a mistyped target is a likely typo, with the source link', () => {
    const r = run(
      'Donate on [Liberapay](https://liberapay.com/project) for `setup.sh`.',
      'Spenden Sie auf [Liberapay](https://liberpay.com/project) für `setup.sh`.',
    );
    expect(r.map((m) => m.messageId)).toEqual(['typo']);
    expect(r[0].message).toMatch(/`https:\/\/liberpay\.com\/project` is most likely a mistyped `https:\/\/liberapay\.com\/project`/u);
    expect(r[0].related?.[0].path).toBe('guide.en.md');
  });
  it('a truncated target is a likely typo', () => {
    expect(
      run(
        'Read [the docs](https://github.com/org/repo/blob/main/docs/federate.md) on `setup.sh`.',
        'Lesen Sie [die Doku](https://github.com/org/repo/blob/main/docs/federate.m) zu `setup.sh`.',
      ).map((m) => m.messageId),
    ).toEqual(['typo']);
  });
  it('a link dropped from the aligned paragraph is reported once for the section', () => {
    const r = run('Run `setup.sh`, see [the catalog](https://apps.acme.net) and [the forum](https://forum.acme.net).', 'Starten Sie `setup.sh`.');
    expect(r.map((m) => m.messageId)).toEqual(['missingLink']);
  });
  it('a full URL of the site with another locale where the source links relatively', () => {
    expect(
      run('Find [the IP](/finding_the_local_ip) with `setup.sh`.', 'Die [IP finden](https://docs.example.org/en/finding_the_local_ip) mit `setup.sh`.').map(
        (m) => m.messageId,
      ),
    ).toEqual(['absolute']);
  });

  it('the same page under another URL scheme is silent', () => {
    expect(run('See [backups](../backup/) and `setup.sh`.', 'Siehe [Sicherungen](/pages/02.admin/10.backup/backup.de.md) und `setup.sh`.')).toEqual([]);
    expect(run('See [backups](/backup) and `setup.sh`.', 'Siehe [Sicherungen](https://docs.example.org/de/backup) und `setup.sh`.')).toEqual([]);
  });
  it('a localized page of an outside site, and a localized example address, are silent', () => {
    expect(
      run('See [TTL](https://en.wikipedia.org/wiki/Time_to_live) and `setup.sh`.', 'Siehe [TTL](https://de.wikipedia.org/wiki/Time_to_Live) und `setup.sh`.'),
    ).toEqual([]);
    expect(
      run('Open [the admin](https://your.domain.tld/admin) with `setup.sh`.', 'Öffnen Sie [die Verwaltung](https://ihre.domain.tld/admin) mit `setup.sh`.'),
    ).toEqual([]);
  });
  it('a link replaced by another target (a newer page) is not reported as dropped', () => {
    expect(
      run('Chat on [Riot](https://riot.im/app/#/room) with `setup.sh`.', 'Chatten Sie mit [Element](https://app.element.io/#/room) und `setup.sh`.'),
    ).toEqual([]);
  });
});

describe('translation-links: the source that differs', () => {
  const config = { locales: { pattern: '{name}.{locale}.md', source: 'fr' } };
  const lint = (texts: Record<string, string>) =>
    lintFiles(
      Object.entries(texts).map(([locale, text]) => ({ path: `guide.${locale}.md`, text })),
      [translationLinks],
      { config: config as never },
    );
  const page = (heading: string, links: string[]) => `# ${heading}\n\n${links.map((l, i) => `See [page ${i + 1}](${l}).`).join('\n\n')}\n`;

  it('reports once, on the source, every target most translations link and the source never does', () => {
    const out = lint({
      fr: page('Configuration', ['/links/manager']),
      de: page('Einrichtung', ['/links/control-panel/email', '/links/community']),
      es: page('Configuración', ['/links/control-panel/email', '/links/community']),
      it: page('Configurazione', ['/links/manager']),
    });
    expect(out['guide.fr.md'].map((m) => [m.messageId, m.range.start.line, m.data?.url, m.data?.count])).toEqual([
      ['sourceTarget', 3, '`/links/control-panel/email`, `/links/community`', 2],
    ]);
    expect(out['guide.fr.md'][0].related).toHaveLength(4);
    expect([...out['guide.de.md'], ...out['guide.es.md'], ...out['guide.it.md']]).toEqual([]);
  });

  it('blames the one translation that links elsewhere when the others agree with the source', () => {
    const out = lint({
      fr: page('Configuration', ['/links/manager']),
      de: page('Einrichtung', ['/links/control-panel/email']),
      es: page('Configuración', ['/links/manager']),
      it: page('Configurazione', ['/links/manager']),
    });
    expect(out['guide.fr.md']).toEqual([]);
    expect(out['guide.de.md'].map((m) => m.messageId)).toEqual(['internalTarget']);
  });
});
