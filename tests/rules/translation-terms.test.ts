/**
 * translation-terms on small trees in eight languages: each finding is
 * asserted by message id, place and data; the legitimate cousins (a brand
 * kept everywhere, a label the UI leaves in English, one label the UI
 * translates two ways on two screens) stay silent.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rule from '../../rules/translation-terms.js';
import { lintFiles, type TestFile } from '../helpers/rule-tester.js';
import { extractLabels } from '../../src/document/labels.js';
import { parseMarkdown } from '../../src/document/parse.js';
import { editDistance, nearMiss } from '../../src/translation/glossary.js';
import { readTbx } from '../../src/translation/tbx.js';
import type { LintMessage } from '../../src/types.js';

const CONFIG = { locales: { pattern: 'guide.{locale}.md', source: 'en-gb' } };

/** One guide per entry; per locale, its UI labels in order (each in its own step paragraph). */
type Guide = Record<string, string[]>;

function files(guides: readonly Guide[], shape: (label: string) => string = (l) => `**${l}**{.action}`): TestFile[] {
  return guides.flatMap((guide, g) =>
    Object.entries(guide).map(([locale, labels]) => ({
      path: `docs/guide-${g + 1}/guide.${locale}.md`,
      text: `# Guide ${g + 1}\n\n${labels.map((l, k) => `Step ${k + 1}: ${shape(l)}.`).join('\n\n')}\n`,
    })),
  );
}

function findings(list: TestFile[], config: object = CONFIG, options?: Record<string, unknown>): Array<{ path: string; m: LintMessage }> {
  const out = lintFiles(list, [rule], { config: config as never, options });
  return Object.entries(out).flatMap(([path, messages]) => messages.map((m) => ({ path, m })));
}

/** `Save` and `Incoming server` in four guides; each locale's usual forms. */
const USUAL: Record<string, [string, string]> = {
  'de-de': ['Speichern', 'Eingangsserver'],
  'fr-fr': ['Enregistrer', 'Serveur entrant'],
  'es-es': ['Guardar', 'Servidor entrante'],
  'it-it': ['Salva', 'Server in entrata'],
  'nl-nl': ['Opslaan', 'Inkomende server'],
  'pt-pt': ['Guardar', 'Servidor de entrada'],
  'fi-fi': ['Tallenna', 'Saapuva palvelin'],
};

function usualTree(change: (guide: number, locale: string, labels: string[]) => string[] = (_g, _l, labels) => labels): Guide[] {
  return [0, 1, 2, 3].map((g) => {
    const guide: Guide = { 'en-gb': ['Save', 'Incoming server', 'OVHcloud Control Panel'] };
    for (const [locale, forms] of Object.entries(USUAL)) guide[locale] = change(g, locale, [...forms, 'OVHcloud Control Panel']);
    return guide;
  });
}

describe('translation-terms', () => {
  it('is silent when every locale writes its labels one way, brand kept everywhere', () => {
    expect(findings(files(usualTree()))).toEqual([]);
  });

  it('reports a label left in the source language (es-es), with the usual form and where it is used', () => {
    const tree = usualTree((g, locale, labels) => (g === 3 && locale === 'es-es' ? ['Save', ...labels.slice(1)] : labels));
    const found = findings(files(tree));
    expect(found.map(({ path, m }) => [path, m.messageId, m.range.start.line, m.range.start.column, m.data])).toEqual([
      ['docs/guide-4/guide.es-es.md', 'untranslated', 3, 9, { form: 'Save', source: 'Save', locale: 'es-es', expected: 'Guardar', count: 3, total: 4 }],
    ]);
    const related = found[0].m.related!;
    expect(related[0]).toMatchObject({ path: 'docs/guide-1/guide.es-es.md', range: { start: { line: 3, column: 9 } } });
    expect(related[1]).toMatchObject({ path: 'docs/guide-4/guide.en-gb.md', range: { start: { line: 3, column: 9 } } });
  });

  it('reports a variant label (fr-fr) and a misspelt one (de-de: Eingangserver; pt-pt: entarda)', () => {
    const tree = usualTree((g, locale, labels) => {
      if (g === 1 && locale === 'fr-fr') return ['Enregistrer tout', ...labels.slice(1)];
      if (g === 2 && locale === 'de-de') return [labels[0], 'Eingangserver', labels[2]];
      if (g === 0 && locale === 'pt-pt') return [labels[0], 'Servidor de entarda', labels[2]];
      return labels;
    });
    const found = findings(files(tree)).map(({ path, m }) => [path, m.messageId, m.range.start.line, m.data?.form, m.data?.expected]);
    expect(found).toEqual([
      ['docs/guide-1/guide.pt-pt.md', 'misspelt', 5, 'Servidor de entarda', 'Servidor de entrada'],
      ['docs/guide-2/guide.fr-fr.md', 'variant', 3, 'Enregistrer tout', 'Enregistrer'],
      ['docs/guide-3/guide.de-de.md', 'misspelt', 5, 'Eingangserver', 'Eingangsserver'],
    ]);
  });

  it('needs a clear majority: a variant among two guides of four is not reported, and minGuides/majority are options', () => {
    const tree = usualTree((g, locale, labels) => (locale === 'it-it' && g >= 2 ? ['Salvare', ...labels.slice(1)] : labels));
    expect(findings(files(tree))).toEqual([]);
    const one = usualTree((g, locale, labels) => (locale === 'it-it' && g === 3 ? ['Salva tutto', ...labels.slice(1)] : labels));
    expect(findings(files(one)).map(({ m }) => m.messageId)).toEqual(['variant']);
    expect(findings(files(one), CONFIG, { minGuides: 4 })).toEqual([]);
  });

  it('stays silent on one label the UI translates two ways on two screens (fi-fi: 2 + 2 guides)', () => {
    const tree = usualTree((g, locale, labels) => (locale === 'fi-fi' && g >= 2 ? ['Säilytä', ...labels.slice(1)] : labels));
    expect(findings(files(tree))).toEqual([]);
    // …even when one screen's form is the majority (3 + 2): a form used by more than one guide is the UI's own.
    const five = [...tree, { 'en-gb': ['Save'], 'fi-fi': ['Säilytä'] }];
    expect(findings(files(five))).toEqual([]);
  });

  it('stays silent on a label the UI leaves in English in one locale (nl-nl keeps Dashboard in three guides)', () => {
    const tree = [0, 1, 2, 3].map((g) => ({
      'en-gb': ['Dashboard'],
      'nl-nl': ['Dashboard'],
      'fr-fr': ['Tableau de bord'],
      'de-de': [g === 3 ? 'Dashboard' : 'Übersicht'],
    }));
    // de-de: Übersicht in three guides, Dashboard once: that one is left untranslated.
    expect(findings(files(tree)).map(({ path, m }) => [path, m.messageId])).toEqual([['docs/guide-4/guide.de-de.md', 'untranslated']]);
  });

  it('reports a phrase kept in the source language where other languages translate it (it-it, one guide)', () => {
    const tree: Guide[] = [
      {
        'en-gb': ['Advanced settings', 'Webmail'],
        'it-it': ['Advanced settings', 'Webmail'],
        'de-de': ['Erweiterte Einstellungen', 'Webmail'],
        'fr-fr': ['Paramètres avancés', 'Webmail'],
        'es-es': ['Configuración avanzada', 'Webmail'],
      },
    ];
    const found = findings(files(tree));
    expect(found.map(({ path, m }) => [path, m.messageId, m.data?.form, m.data?.count])).toEqual([
      ['docs/guide-1/guide.it-it.md', 'untranslatedElsewhere', 'Advanced settings', 3],
    ]);
    // A brand or product name kept by another language is not "untranslated".
    tree[0]['fr-fr'][0] = 'Advanced settings';
    expect(findings(files(tree))).toEqual([]);
    // One word may be the same in two languages (`Options`): alone, it is never reported.
    const word: Guide[] = [{ 'en-gb': ['Options'], 'fr-fr': ['Options'], 'de-de': ['Optionen'], 'es-es': ['Opciones'], 'it-it': ['Opzioni'] }];
    expect(findings(files(word))).toEqual([]);
  });

  it('stays silent on a phrase the source and one translation share when the translation writes its words in its own text (pt-pt Login principal)', () => {
    const guide = (locale: string, label: string, prose: string): TestFile => ({
      path: `docs/ftp/guide.${locale}.md`,
      text: `# FTP\n\n- **${label}**: ${prose}\n`,
    });
    const tree = (ptProse: string): TestFile[] => [
      guide('fr-fr', 'Login principal', 'identifiant FTP créé avec votre hébergement.'),
      guide('pt-pt', 'Login principal', ptProse),
      guide('de-de', 'Haupt-Login', 'FTP-Benutzer, der mit Ihrem Hosting erstellt wurde.'),
      guide('es-es', 'Login principal', 'usuario FTP creado con su alojamiento.'),
      guide('it-it', 'Login principale', 'utente FTP creato con il tuo hosting.'),
      guide('en-gb', 'Main login', 'FTP user created with your hosting.'),
    ];
    const config = { locales: { pattern: 'guide.{locale}.md', source: 'fr-fr' } };
    // es-es keeps it too: then it is never "untranslated elsewhere".
    expect(findings(tree('o login FTP principal criado no seu alojamento.'), config)).toEqual([]);
    const alone = (ptProse: string) => tree(ptProse).filter((f) => !f.path.includes('es-es'));
    // Portuguese prose writes "login" and "principal": Portuguese shares the phrase.
    expect(findings(alone('o login FTP principal criado no seu alojamento.'), config)).toEqual([]);
    // Prose that never writes them: the phrase is the source's, left untranslated.
    const found = findings(alone('utilizador FTP criado no seu alojamento.'), config);
    expect(found.map(({ path, m }) => [path, m.messageId, m.data?.form])).toEqual([['docs/ftp/guide.pt-pt.md', 'untranslatedElsewhere', 'Login principal']]);
  });
  it('compares with a frozen glossary (YAML, and the TBX it exports), by locale or language', () => {
    const dir = mkdtempSync(join(tmpdir(), 'guidelint-terms-'));
    const yaml = join(dir, 'glossary.yaml');
    writeFileSync(yaml, 'terms:\n  Save:\n    nl: Opslaan\n    fr-fr: [Enregistrer, Sauvegarder]\n');
    const tree: Guide[] = [{ 'en-gb': ['Save'], 'nl-nl': ['Bewaren'], 'fr-fr': ['Sauvegarder'] }];
    const config = { ...CONFIG, terms: { glossary: yaml } };
    const found = findings(files(tree), config);
    expect(found.map(({ path, m }) => [path, m.messageId, m.data?.expected])).toEqual([['docs/guide-1/guide.nl-nl.md', 'glossary', 'Opslaan']]);
    expect(found[0].m.message).toContain('glossary.yaml');
    const tbx = join(dir, 'glossary.tbx');
    writeFileSync(
      tbx,
      '<?xml version="1.0"?><tbx type="TBX-Core" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>' +
        '<conceptEntry id="c1"><langSec xml:lang="en-gb"><termSec><term>Save</term></termSec></langSec>' +
        '<langSec xml:lang="nl-nl"><termSec><term>Opslaan</term></termSec></langSec></conceptEntry></body></text></tbx>',
    );
    expect(findings(files(tree), { ...CONFIG, terms: { glossary: tbx } }).map(({ m }) => m.messageId)).toEqual(['glossary']);
  });

  it('reads labels written as quotes and bold, not stressed words or attribute values', () => {
    const tree = parseMarkdown(
      'Click « Suivant », then **Mon serveur** and **not** this; [tab title="Remote Server"] "see it" `Save`{.action}\n\n| Port | Sécurité |\n|---|---|\n| 993 | SSL |\n',
    );
    const { labels, outline } = extractLabels(tree, ['action', 'bold', 'quoted', 'header']);
    expect(outline).toBe('prr');
    expect(labels.map((l) => `${l.shape}:${l.text}@${l.range.start.line}:${l.range.start.column}`)).toEqual([
      'quoted:Suivant@1:7',
      'bold:Mon serveur@1:25',
      'action:Save@1:96',
      'header:Port@3:1',
      'header:Sécurité@3:8',
    ]);
    expect(extractLabels(tree, ['header']).labels).toHaveLength(2);
  });

  it('stays silent on another good word for the same thing, and reports a form another language uses', () => {
    // Sauvegarder and Enregistrer are both good French: style, not an error.
    expect(findings(files(usualTree((g, locale, labels) => (g === 0 && locale === 'fr-fr' ? ['Sauvegarder', ...labels.slice(1)] : labels))))).toEqual([]);
    // Speichern in an Italian guide is the German form: reported, naming the locale that uses it.
    const leak = findings(files(usualTree((g, locale, labels) => (g === 2 && locale === 'it-it' ? ['Speichern', ...labels.slice(1)] : labels))));
    expect(leak.map(({ path, m }) => [path, m.messageId, m.data?.other, m.data?.expected])).toEqual([
      ['docs/guide-3/guide.it-it.md', 'otherLanguage', 'de-de', 'Salva'],
    ]);
  });

  it('keeps exact positions under front matter and CRLF', () => {
    const list = files(usualTree((g, locale, labels) => (g === 0 && locale === 'fr-fr' ? ['Enregistrer tout', ...labels.slice(1)] : labels)));
    const target = list.find((f) => f.path === 'docs/guide-1/guide.fr-fr.md')!;
    target.text = `---\r\ntitle: Guide\r\n---\r\n${String(target.text).replace(/\n/g, '\r\n')}`;
    const found = findings(list);
    expect(found.map(({ path, m }) => [path, m.range.start.line, m.range.start.column, m.range.end.column])).toEqual([
      ['docs/guide-1/guide.fr-fr.md', 6, 9, 29],
    ]);
  });

  it('obeys lint comments on the file it reports on', () => {
    const list = files(usualTree((g, locale, labels) => (g === 0 && locale === 'fr-fr' ? ['Enregistrer tout', ...labels.slice(1)] : labels)));
    expect(findings(list)).toHaveLength(1);
    const target = list.find((f) => f.path === 'docs/guide-1/guide.fr-fr.md')!;
    target.text = `<!--lint disable translation-terms-->\n\n${String(target.text)}`;
    expect(findings(list)).toEqual([]);
  });
});

describe('translation-terms: names', () => {
  const config = { ...CONFIG, names: ['Outlook', 'Thunderbird', 'Email Pro', 'Exchange', 'Windows Mail'] };
  const set = (texts: Record<string, string>): TestFile[] => Object.entries(texts).map(([locale, text]) => ({ path: `docs/mail/guide.${locale}.md`, text }));

  it('reports a product named in a translation where the source names another in the aligned block (de-de, fr-fr)', () => {
    const found = findings(
      set({
        'en-gb': '# Exchange\n\nOpen Outlook and add your Exchange account.\n\nOutlook then connects.\n',
        'de-de': '# Exchange\n\nÖffnen Sie Outlook und fügen Sie Ihr Exchange-Konto hinzu.\n\nThunderbird verbindet sich dann.\n',
        'fr-fr': '# Exchange\n\nOuvrez Outlook et ajoutez votre compte Email Pro.\n\nOutlook se connecte alors.\n',
        'es-es': '# Exchange\n\nAbra Outlook y añada su cuenta Exchange.\n\nOutlook se conecta.\n',
      }),
      config,
    );
    expect(found.map(({ path, m }) => [path, m.messageId, m.range.start.line, m.range.start.column, m.data?.name, m.data?.expected])).toEqual([
      ['docs/mail/guide.de-de.md', 'name', 5, 1, 'Thunderbird', 'Outlook'],
      // Outlook is there in both: Email Pro stands where the source says Exchange.
      ['docs/mail/guide.fr-fr.md', 'name', 3, 40, 'Email Pro', 'Exchange'],
    ]);
    expect(found[0].m.related?.[0]).toMatchObject({ path: 'docs/mail/guide.en-gb.md', range: { start: { line: 5, column: 1 } } });
    expect(found[1].m.related?.[0]).toMatchObject({ path: 'docs/mail/guide.en-gb.md', range: { start: { line: 3, column: 27 } } });
  });

  it('reports a service named otherwise (nl-nl says Email Pro where the source says Exchange)', () => {
    const found = findings(set({ 'en-gb': '# Setup\n\nYour Exchange service is ready.\n', 'nl-nl': '# Setup\n\nUw Email Pro-dienst is klaar.\n' }), config);
    expect(found.map(({ path, m }) => [path, m.messageId, m.data?.name, m.data?.expected])).toEqual([
      ['docs/mail/guide.nl-nl.md', 'name', 'Email Pro', 'Exchange'],
    ]);
  });

  it('stays silent on the same names, a name the source gives elsewhere, or a block that names none (it-it, pt-pt, fi-fi)', () => {
    const found = findings(
      set({
        'en-gb': '# Windows Mail\n\nOpen Windows Mail.\n\nIn Outlook, it is the same.\n\nClick Next.\n',
        'it-it': '# Windows Mail\n\nAprire Windows Mail.\n\nIn Outlook è lo stesso.\n\nFare clic su Avanti.\n',
        'pt-pt': '# Windows Mail\n\nAbra o Outlook.\n\nNo Outlook é igual.\n\nClique em Seguinte.\n',
        'fi-fi': '# Windows Mail\n\nAvaa sovellus.\n\nOutlookissa sama.\n\nNapsauta Seuraava.\n',
      }),
      config,
    );
    expect(found).toEqual([]);
  });

  // The source names Thunderbird in a note; each locale's way to say it, by language.
  const NOTE: Record<string, [string, string]> = {
    'en-gb': ['# Setup', 'The tool ships with Thunderbird and Outlook.'],
    'de-de': ['# Einrichtung', 'Das Werkzeug wird mit Thunderbird und Outlook geliefert.'],
    'fr-fr': ['# Configuration', 'L’outil est fourni avec Thunderbird et Outlook.'],
    'es-es': ['# Configuración', 'La herramienta se entrega con Thunderbird y Outlook.'],
    'pl-pl': ['# Konfiguracja', 'Narzędzie jest dostarczane z Thunderbirdem i Outlookiem.'],
    'fi-fi': ['# Asetukset', 'Työkalu toimitetaan Thunderbirdin ja Outlookin kanssa.'],
    'it-it': ['# Configurazione', 'Lo strumento è fornito con thunderbird e Outlook.'],
    'nl-nl': ['# Instellingen', 'De tool wordt geleverd met Thunder-bird en Out look.'],
  };
  const noteSet = (change: Record<string, string> = {}): TestFile[] =>
    set(Object.fromEntries(Object.entries(NOTE).map(([locale, [heading, note]]) => [locale, `${heading}\n\nIntro.\n\n${change[locale] ?? note}\n`])));

  it('is silent when every translation names them, inflected (pl-pl, fi-fi), in another case (it-it) or hyphenated otherwise (nl-nl)', () => {
    expect(findings(noteSet(), config)).toEqual([]);
  });

  it('reports a name one translation drops where the others keep it, at the heading over the passage (de-de, pl-pl)', () => {
    const found = findings(
      noteSet({ 'de-de': 'Das Werkzeug wird mit Ihrem Mailprogramm geliefert.', 'pl-pl': 'Narzędzie jest dostarczane z Outlookiem.' }),
      config,
    );
    expect(found.map(({ path, m }) => [path, m.messageId, m.range.start.line, m.data?.name, m.data?.count])).toEqual([
      // Two names of one passage make one finding.
      ['docs/mail/guide.de-de.md', 'nameDropped', 1, 'Thunderbird`, `Outlook', 5],
      ['docs/mail/guide.pl-pl.md', 'nameDropped', 1, 'Thunderbird', 5],
    ]);
    expect(found[0].m.related?.[0]).toMatchObject({ path: 'docs/mail/guide.en-gb.md', range: { start: { line: 5, column: 21 } } });
  });

  it('is silent on a name most languages translate (kept by fewer than the majority) or one only one other translation keeps', () => {
    const translated = noteSet({ 'de-de': 'Das Werkzeug.', 'fr-fr': 'L’outil.', 'es-es': 'La herramienta.', 'pl-pl': 'Narzędzie.' });
    expect(findings(translated, config).map(({ m }) => m.messageId)).toEqual([]);
    const two = set({ 'en-gb': NOTE['en-gb'].join('\n\n'), 'de-de': NOTE['de-de'].join('\n\n'), 'fr-fr': '# Configuration\n\nL’outil.' });
    expect(findings(two, config)).toEqual([]);
  });
});

describe('near misses', () => {
  it('counts edits, transpositions included, and stops early', () => {
    expect(editDistance('eingangserver', 'eingangsserver', 2)).toBe(1);
    expect(editDistance('entarda', 'entrada', 1)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
  it('is a misspelling, not an inflection, a number or a short word', () => {
    expect(nearMiss('Eingangserver', 'Eingangsserver')).toBe(true);
    expect(nearMiss('ENTRAANT', 'ENTRANT')).toBe(true);
    expect(nearMiss('Servers', 'Server')).toBe(false);
    expect(nearMiss('Step 3', 'Step 2')).toBe(false);
    expect(nearMiss('Save', 'Sace')).toBe(false);
  });
});

describe('TBX reading', () => {
  it('reads TBX v3 conceptEntry and TBX v2 martif termEntry', () => {
    const v2 =
      '<martif type="TBX"><text><body><termEntry id="t1"><langSet xml:lang="fr"><tig><term>Serveur entrant</term></tig></langSet><langSet xml:lang="de"><ntig><termGrp><term>Eingangs&#115;erver</term></termGrp></ntig></langSet></termEntry></body></text></martif>';
    expect(readTbx(v2).map((c) => [...c.languages])).toEqual([
      [
        ['fr', ['Serveur entrant']],
        ['de', ['Eingangsserver']],
      ],
    ]);
  });
});
