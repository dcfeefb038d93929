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
    lintFiles([{ path: 'guide.fr-fr.md', text: '# A\n\n[x](https://www.ovhcloud.com/fr/)\n' }, { path: 'guide.en-gb.md', text: gb }], [translationLinks], { config })['guide.en-gb.md'];
  it('a link to another host that shares the marker as a substring is silent', () => {
    expect(lint('# A\n\n[x](https://labs.ovhcloud.com/en/)\n')).toEqual([]);
  });
  it("a link to the other locale's site fires", () => {
    expect(lint('# A\n\n[x](https://www.ovhcloud.com/en/)\n').map((m) => m.messageId)).toEqual(['otherLocale']);
  });
});
