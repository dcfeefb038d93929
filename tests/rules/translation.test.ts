/**
 * Translation sets written for the tests: one planted drift each, found on
 * the changed file; and sets with only legitimate differences, silent.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { lintFiles, brief } from '../helpers/rule-tester.js';
import type { Rule } from '../../src/rule.js';
import translationClaims from '../../rules/translation-claims.js';
import translationStructure from '../../rules/translation-structure.js';
import translationFrontmatter from '../../rules/translation-frontmatter.js';
import translationLinks from '../../rules/translation-links.js';
import translationMissing from '../../rules/translation-missing.js';
import translationStale from '../../rules/translation-stale.js';

const MODEL = resolve(import.meta.dirname, '../../guides/ovh-model.yaml');
const RULES: Rule[] = [translationClaims, translationStructure, translationFrontmatter, translationLinks, translationMissing, translationStale];
const CONFIG = {
  locales: { pattern: 'guide.{locale}.md', source: 'fr-fr' },
  products: [{ files: '**', product: 'mx-plan' }],
  frontmatter: { identical: ['legacy_guide_number', 'deprecated'] },
  links: {
    locales: {
      'fr-fr': ['ovhSubsidiary=fr', '/fr/'],
      'de-de': ['ovhSubsidiary=de', '/de/'],
      'fi-fi': ['ovhSubsidiary=fi', '/fi/'],
      'en-ie': ['ovhSubsidiary=ie'],
    },
  },
};

const FR = `---
title: Configurer Thunderbird
legacy_guide_number: 1297
updated: 2021-08-26
---

## Configuration IMAP

- Serveur entrant : **ssl0.ovh.net**
- Port : **993**
- Cochez la case : Ce serveur nécessite une connexion sécurisée (SSL)

|Type de serveur|Port (avec SSL)|Port (sans SSL)|
|---|---|---|
|Entrant|993|143|
|Sortant|465|587|

\`\`\`bash
dig mx example.com
\`\`\`

> [!warning]
>
> Utilisez le mot de passe de votre adresse.

![webmail](images/webmail.png)

## Aller plus loin

Rendez-vous sur [l'espace client](https://www.ovh.com/auth/?ovhSubsidiary=fr).
`;

const DE = `---
title: Thunderbird einrichten
legacy_guide_number: 1297
updated: 2021-08-26
---

## IMAP-Konfiguration

- Posteingangsserver: **SSL0.OVH.NET**
- Port: **993**
- Aktivieren: Server erfordert eine verschlüsselte Verbindung (SSL)

|Servertyp|Port (mit SSL)|Port (ohne SSL)|
|---|---|---|
|Eingang|993|143|
|Ausgang|465|587|

\`\`\`bash
# MX-Einträge prüfen
dig mx example.com
\`\`\`

> [!warning]
>
> Verwenden Sie das Passwort Ihrer Adresse.

![Webmail](images/webmail_de.png)

## Weiterführende Informationen

Gehen Sie zum [Kundencenter](https://www.ovh.com/auth/?ovhSubsidiary=de).
`;

function lint(files: Record<string, string>, config: object = CONFIG) {
  const out = lintFiles(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    RULES,
    { config: config as never, model: MODEL },
  );
  return Object.fromEntries(Object.entries(out).map(([p, m]) => [p, m.filter((x) => x.ruleId.startsWith('translation-'))]));
}

describe('legitimate differences stay silent', () => {
  it('a German translation with translated headings, labels, links, comments and a locale image', () => {
    const out = lint({ 'g/guide.fr-fr.md': FR, 'g/guide.de-de.md': DE });
    expect(out['g/guide.de-de.md']).toEqual([]);
    expect(out['g/guide.fr-fr.md']).toEqual([]);
  });

  it('a localized screenshot under another name, and an outline shifted by one level as a whole', () => {
    const shifted = DE.replace('images/webmail_de.png', 'images/webmail-anmeldung.png').replace(/^## /gmu, '### ');
    const out = lint({ 'g/guide.fr-fr.md': FR, 'g/guide.de-de.md': shifted });
    expect(out['g/guide.de-de.md']).toEqual([]);
  });

  it('locale-scoped hosts the model accepts (fr-ca uses the .ca hosts)', () => {
    const frCa = FR.replace('**ssl0.ovh.net**', '**imap.mail.ovh.ca**').replace('ovhSubsidiary=fr', 'ovhSubsidiary=ca');
    const out = lint({ 'g/guide.fr-fr.md': FR, 'g/guide.fr-ca.md': frCa }, { ...CONFIG, links: { locales: {} } });
    expect(out['g/guide.fr-ca.md']).toEqual([]);
  });
});

describe('one planted drift, found on the changed file', () => {
  const cases: Array<[string, string, string, string]> = [
    ['a port', DE.replace('- Port: **993**', '- Port: **995**'), 'translation-claims', 'differs'],
    ['a host', DE.replace('**SSL0.OVH.NET**', '**ns0.ovh.net**'), 'translation-claims', 'differs'],
    ['an SSL state in a table', DE.replace('|Ausgang|465|587|', '|Ausgang|587|465|'), 'translation-claims', 'differs'],
    ['a removed section', DE.replace(/## Weiterführende Informationen[\s\S]*$/u, ''), 'translation-structure', 'missingSection'],
    ['a removed code block', DE.replace(/```bash[\s\S]*?```\n/u, ''), 'translation-structure', 'code'],
    ['a removed admonition', DE.replace(/> \[!warning\][\s\S]*?Adresse\.\n/u, ''), 'translation-structure', 'admonitions'],
    ['a removed image', DE.replace('![Webmail](images/webmail_de.png)', ''), 'translation-structure', 'images'],
    ['a heading at another level', DE.replace('## IMAP-Konfiguration', '### IMAP-Konfiguration'), 'translation-structure', 'levels'],
    ['a front matter value', DE.replace('legacy_guide_number: 1297', 'legacy_guide_number: 1298'), 'translation-frontmatter', 'differs'],
    ['a link to another locale', DE.replace('ovhSubsidiary=de', 'ovhSubsidiary=ie'), 'translation-links', 'otherLocale'],
    ['an older date', DE.replace('updated: 2021-08-26', 'updated: 2018-04-18'), 'translation-stale', 'stale'],
  ];
  for (const [what, changed, rule, messageId] of cases) {
    it(`${what}: ${rule} ${messageId}`, () => {
      const out = lint({ 'g/guide.fr-fr.md': FR, 'g/guide.de-de.md': changed });
      expect(out['g/guide.fr-fr.md']).toEqual([]);
      expect(out['g/guide.de-de.md'].map((m) => `${m.ruleId} ${m.messageId}`)).toEqual([`${rule} ${messageId}`]);
      const [finding] = out['g/guide.de-de.md'];
      if (rule !== 'translation-links') expect(finding.related?.[0]?.path).toBe('g/guide.fr-fr.md');
    });
  }
});

describe('messages and positions', () => {
  it('translation-claims names both sides and the source line', () => {
    const out = lint({ 'g/guide.fr-fr.md': FR, 'g/guide.de-de.md': DE.replace('**SSL0.OVH.NET**', '**ns0.ovh.net**') });
    const [m] = out['g/guide.de-de.md'];
    expect(brief([m])).toEqual(['9:25 translation-claims differs']);
    expect(m.data).toMatchObject({ locale: 'de-de', source: 'fr-fr', where: 'guide.fr-fr.md:9', section: 'IMAP-Konfiguration' });
    expect(String(m.data?.here)).toContain('ns0.ovh.net');
    expect(String(m.data?.there)).toContain('ssl0.ovh.net');
    expect(m.related?.[0].range.start.line).toBe(9);
  });

  it('translation-frontmatter says g1300 and 1300 are the same guide written two ways', () => {
    const fi = DE.replace('legacy_guide_number: 1297', 'legacy_guide_number: g1297');
    const out = lint({ 'g/guide.fr-fr.md': FR, 'g/guide.fi-fi.md': fi });
    const [m] = out['g/guide.fi-fi.md'];
    expect(m.messageId).toBe('spelling');
    expect(m.range.start.line).toBe(3);
    expect(m.data).toMatchObject({ key: 'legacy_guide_number', here: 'g1297', there: '1297' });
  });

  it('translation-stale says how far behind', () => {
    const out = lint({ 'g/guide.fr-fr.md': FR, 'g/guide.de-de.md': DE.replace('updated: 2021-08-26', 'updated: 2018-04-18') });
    expect(out['g/guide.de-de.md'][0].data?.behind).toBe('3 years 4 months');
  });

  it('translation-links compares internal link targets once locale markers are removed', () => {
    const fr = FR.replace('Rendez-vous sur', 'Voir [le guide DNS](/fr/pages/web/domains/dns) et');
    const same = DE.replace('Gehen Sie zum', 'Siehe [DNS](/de/pages/web/domains/dns) und');
    const other = DE.replace('Gehen Sie zum', 'Siehe [DNS](/de/pages/web/domains/dnssec) und');
    expect(lint({ 'g/guide.fr-fr.md': fr, 'g/guide.de-de.md': same })['g/guide.de-de.md']).toEqual([]);
    const out = lint({ 'g/guide.fr-fr.md': fr, 'g/guide.de-de.md': other })['g/guide.de-de.md'];
    expect(out.map((m) => `${m.range.start.line} ${m.messageId} ${m.data?.url}`)).toEqual(['31 internalTarget /de/pages/web/domains/dnssec']);
  });

  it('translation-missing reports a required locale on the reference', () => {
    const out = lint({ 'g/guide.fr-fr.md': FR, 'g/guide.de-de.md': DE }, { ...CONFIG, locales: { ...CONFIG.locales, required: ['fr-fr', 'de-de', 'en-gb'] } });
    expect(out['g/guide.fr-fr.md'].map((m) => `${m.messageId} ${m.data?.locale}`)).toEqual(['missing en-gb']);
  });

  it('an older revision is said once, not as a cascade', () => {
    const old = `---\nlegacy_guide_number: 1297\nupdated: 2021-08-26\n---\n\n# Thunderbird\n\n# Schritt 1\n\n# Schritt 2\n\n# Schritt 3\n\n# Schritt 4\n`;
    const out = lint({ 'g/guide.fr-fr.md': FR, 'g/guide.de-de.md': old });
    const structure = out['g/guide.de-de.md'].filter((m) => m.ruleId === 'translation-structure');
    expect(structure.map((m) => m.messageId).sort()).toEqual(['images', 'revision']);
  });

  it('obeys <!--lint disable--> comments in the translation', () => {
    const changed = `<!--lint disable translation-claims-->\n\n${DE.replace(/^---[\s\S]*?---\n/u, '')}`.replace('**SSL0.OVH.NET**', '**ns0.ovh.net**');
    const withFm = `---\ntitle: x\nlegacy_guide_number: 1297\nupdated: 2021-08-26\n---\n${changed}`;
    const out = lint({ 'g/guide.fr-fr.md': FR, 'g/guide.de-de.md': withFm });
    expect(out['g/guide.de-de.md'].filter((m) => m.ruleId === 'translation-claims')).toEqual([]);
  });
});
