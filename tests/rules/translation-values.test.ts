/** translation-values on small en/de pairs: planted value changes found, legitimate rewording silent. */
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../helpers/rule-tester.js';
import translationValues from '../../rules/translation-values.js';

const CONFIG = {
  locales: { pattern: '{name}.{locale}.md', source: 'en' },
  translation: { equivalents: [['example.com', 'example.de']] },
};

function run(en: string, de: string) {
  return lintFiles(
    [
      { path: 'guide.en.md', text: `# Setup\n\n${en}\n` },
      { path: 'guide.de.md', text: `# Einrichtung\n\n${de}\n` },
    ],
    [translationValues],
    { config: CONFIG },
  )['guide.de.md'];
}

describe('translation-values: planted changes are found', () => {
  it('a version range turned around (comparator words of each language)', () => {
    const r = run(
      '| OS | Support |\n|---|---|\n| Alpine since 3.19 | limited |',
      '| OS | Unterstützung |\n|---|---|\n| Alpine 3.19 und älter | eingeschränkt |',
    );
    expect(r.map((m) => m.messageId)).toEqual(['range']);
    expect(r[0].message).toMatch(/`3\.19 or older` where the source `en` states `3\.19 or newer` \(guide\.en\.md:3\)/u);
    expect(r[0].related?.[0].path).toBe('guide.en.md');
  });
  it('an IP address losing an octet', () => {
    const r = run('The server listens on 192.168.1.10 and port 25.', 'Der Server lauscht auf 192.168.10 und Port 25.');
    expect(r.map((m) => m.messageId)).toEqual(['value']);
    expect(r[0].message).toMatch(/`192\.168\.10` here where the source `en` has `192\.168\.1\.10`.*a part lost/u);
  });
  it('a placeholder with a letter changed', () => {
    expect(run('Set MAILCOW_HOSTNAME and MAILCOW_TZ.', 'Setzen Sie MAILCOW_HOSTNAME und MAILCOW_TS.').map((m) => m.messageId)).toEqual(['value']);
  });
  it('a path with a typo', () => {
    expect(run('Data lives in /var/lib/mysql on the host.', 'Die Daten liegen in /var/lib/msql auf dem Host.').map((m) => m.messageId)).toEqual(['value']);
  });
});

describe('translation-values: legitimate variants stay silent', () => {
  it('the same range in other words', () => {
    expect(run('Supported since 3.19.', 'Unterstützt ab 3.19.')).toEqual([]);
  });
  it('a localized example address (declared) and a localized example (placeholder word)', () => {
    expect(run('Write to admin@example.com or your.domain.tld.', 'Schreiben Sie an admin@example.de oder ihre.domain.tld.')).toEqual([]);
  });
  it('a value left out by rewording', () => {
    expect(run('Version 2.1 of 2024 or 2.2 works.', 'Version 2.2 funktioniert.')).toEqual([]);
  });
});
