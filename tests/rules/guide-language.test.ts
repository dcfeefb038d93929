import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import rule, { clearlyOwn, englishLabel } from '../../rules/guide-language.js';
import { lintText } from '../helpers/rule-tester.js';

const view = (text: string, path: string, options?: Record<string, unknown>) =>
  lintText(text, [rule], { path, options }).map((m) => ({ at: `${m.range.start.line}:${m.range.start.column}`, id: m.messageId, data: m.data }));
const seed = (path: string) => readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8');

describe('guide-language', () => {
  it('finds the English UI labels of the bundled Finnish guide', () => {
    const path = 'guides/web/emails/windows_mail/guide.fi-fi.md';
    expect(view(seed(path), path)).toEqual([
      { at: '13:34', id: 'label', data: { label: 'Next', language: 'fi' } },
      { at: '31:15', id: 'label', data: { label: 'My outgoing server requires authentication', language: 'fi' } },
      { at: '35:10', id: 'label', data: { label: 'Next', language: 'fi' } },
    ]);
  });

  it('finds the English link text of the bundled Dutch guide and nothing in the other Dutch guide', () => {
    const path = 'guides/web/emails/email_generalities/guide.nl-nl.md';
    expect(view(seed(path), path)).toEqual([{ at: '56:1', id: 'label', data: { label: 'clicking here', language: 'nl' } }]);
    const other = 'guides/web/emails/windows_mail/guide.nl-nl.md';
    expect(view(seed(other), other)).toEqual([]);
  });

  it('finds a paragraph in another language', () => {
    const text =
      'Se il server non risponde, controlla la connessione di rete.\n\nIf none of these are working, you need to look at the logs of the server and restart the services from the command line.\n';
    expect(view(text, 'guide.it-it.md')).toEqual([
      { at: '3:1', id: 'paragraph', data: { found: 'en', expected: 'it', sample: 'If none of these are working, you need…' } },
    ]);
    expect(view(text, 'guide.it-it.md', { minLength: 200 })).toEqual([]);
  });

  it('ignores code, URLs and UI labels marked as code, short paragraphs and files without a locale', () => {
    const text =
      'Klikkaa `Next`{.action}.\n\n```\nThis is an English code comment explaining what the command below does in detail.\n```\n\nhttps://example.com/this/is/a/long/english/looking/path/with/many/words/in/it\n';
    expect(view(text, 'guide.fi-fi.md')).toEqual([]);
    expect(view('Click ”Next”.\n', 'guide.md')).toEqual([]);
  });

  // Quoted names that different software gives one field, joined by the language's "or": an English one is an alternative.
  const LISTS: Record<string, [string, string]> = {
    fr: ['La dénomination peut ressembler à « Nom d’utilisateur », « Identifiant », ou encore « Username ».', 'Cliquez sur « Suivant » puis sur « Next ».'],
    es: ['Puede denominarse «Nombre de usuario», «Identificador» o incluso «Username».', 'Haga clic en «Siguiente» y luego en «Next».'],
    de: ['Das Feld heißt „Benutzername“ oder „Username“.', 'Klicken Sie auf „Weiter“ und dann auf „Next“.'],
    it: ['Il campo può chiamarsi "Nome utente" oppure "Username".', 'Clicca su "Avanti" e poi su "Next".'],
    pt: ['A denominação pode ser "Palavra-passe" ou "Password".', 'Clique em "Seguinte" e depois em "Next".'],
    pl: ['Pole może nazywać się „Hasło” lub „Password”.', 'Kliknij „Dalej”, a potem „Next”.'],
    nl: ['Het veld heet "Wachtwoord" of "Password".', 'Klik op "Volgende" en daarna op "Next".'],
  };
  for (const [language, [list, leftover]] of Object.entries(LISTS)) {
    it(`accepts an English name among the alternatives a list gives (${language}) and still finds a leftover`, () => {
      const path = `guide.${language}-${language === 'en' ? 'gb' : language}.md`;
      expect(view(`${list}\n`, path)).toEqual([]);
      expect(view(`${leftover}\n`, path).map((f) => f.data?.label)).toEqual(['Next']);
    });
  }

  it('judges short labels with the word lists', () => {
    expect(englishLabel('Next', 'fi')).toBe(true);
    expect(englishLabel('POP before SMTP', 'fi')).toBe(false);
    expect(englishLabel('Server', 'nl')).toBe(false);
    expect(englishLabel('Volgende', 'nl')).toBe(false);
    expect(englishLabel('Windows Mail', 'fi')).toBe(false);
    // German and Dutch use "Mailbox" as is (the mailcow docs quote an SQL table of that name).
    expect(englishLabel('Mailbox', 'de')).toBe(false);
    expect(englishLabel('Mailbox', 'fi')).toBe(true);
  });

  it('takes a paragraph of its own grammar words as its own language without franc, and still reports a mixed one', () => {
    const fr = new Set(['le', 'la', 'les', 'de', 'et', 'vous', 'pour', 'dans']);
    const en = new Set(['the', 'and', 'of', 'to', 'you', 'for', 'in', 'is']);
    expect(clearlyOwn('Vous pouvez configurer le client et les dossiers dans la fenêtre pour le compte.', fr, [en])).toBe(true);
    expect(clearlyOwn('You can set up the client and the folders in the window for the account.', fr, [en])).toBe(false);
    // Too few grammar words to say: franc decides.
    expect(clearlyOwn('Serveur IMAP SSL0.OVH.NET port 993 chiffrement SSL/TLS.', fr, [en])).toBe(false);
    // A French paragraph that quotes an English sentence at length is not taken on trust.
    expect(clearlyOwn('Le message dit : the server is not available and you need to check the logs of the service for the cause.', fr, [en])).toBe(false);
    // The shortcut does not hide an English paragraph in a French guide.
    const text =
      'Vous pouvez configurer le client de messagerie et les dossiers dans la fenêtre des paramètres du compte.\n\nIf none of these are working, you need to look at the logs of the server and restart the services from the command line.\n';
    expect(view(text, 'guide.fr-fr.md').map((m) => `${m.at} ${m.id} ${m.data?.found}`)).toEqual(['3:1 paragraph en']);
  });
});
