/**
 * One guide template per language, in the wording real OVH guides use
 * (shared/reference/ovh-mail-facts.md, section 2): a settings form, a
 * ports table, legacy pipe lines and a sentence. The correct guide raises
 * nothing; each variant plants one wrong claim and must be found, at its
 * line, by the right rule.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { lintText } from '../helpers/rule-tester.js';
import { rules } from '../../rules/index.js';
import { parseMarkdown } from '../../src/document/parse.js';
import { extractClaims } from '../../src/claims/extract.js';
import { loadLexicons } from '../../src/claims/lexicon.js';
import { loadModel } from '../../src/model/load.js';

const MODEL = resolve(import.meta.dirname, '../../guides/ovh-model.yaml');
const CLAIM_RULES = rules.filter((r) => r.meta.family === 'claim');

interface Words {
  type: string; // "server type" field label
  incoming: string; // incoming server label
  outgoing: string; // outgoing server label
  port: string;
  secure: string; // "this server requires a secure connection (SSL)"
  portsHeader: string; // ports table: first header cell
  sslOn: string;
  sslOff: string;
  rowIn: string;
  rowOut: string;
  sentence: (a: number, b: number) => string; // "ports A and B are without SSL"
  or: string;
}

const LANGUAGES: Record<string, Words> = {
  fr: {
    type: 'Type de serveur',
    incoming: 'Serveur entrant',
    outgoing: 'Serveur sortant',
    port: 'Port',
    secure: 'Ce serveur nécessite une connexion sécurisée (SSL)',
    portsHeader: 'Ports',
    sslOn: 'SSL activé',
    sslOff: 'SSL désactivé',
    rowIn: 'Entrant',
    rowOut: 'Sortant',
    sentence: (a, b) => `Les ports ${a} et ${b} correspondent au SSL désactivé.`,
    or: 'ou',
  },
  en: {
    type: 'Server type',
    incoming: 'Incoming server',
    outgoing: 'Outgoing server',
    port: 'Port',
    secure: 'This server requires a secure connection (SSL)',
    portsHeader: 'Port',
    sslOn: 'Port (with SSL)',
    sslOff: 'Port (without SSL)',
    rowIn: 'Incoming',
    rowOut: 'Outgoing',
    sentence: (a, b) => `Ports ${a} and ${b} are used without SSL.`,
    or: 'or',
  },
  de: {
    type: 'Servertyp',
    incoming: 'Posteingangsserver',
    outgoing: 'Postausgangsserver',
    port: 'Port',
    secure: 'Server erfordert eine verschlüsselte Verbindung (SSL)',
    portsHeader: 'Servertyp',
    sslOn: 'Port (mit SSL)',
    sslOff: 'Port (ohne SSL)',
    rowIn: 'Eingangsserver',
    rowOut: 'Ausgangsserver',
    sentence: (a, b) => `Die Ports ${a} und ${b} werden ohne SSL verwendet.`,
    or: 'oder',
  },
  es: {
    type: 'Tipo de servidor',
    incoming: 'Servidor de correo entrante',
    outgoing: 'Servidor de correo saliente',
    port: 'Puerto',
    secure: 'El servidor requiere conexión cifrada (SSL)',
    portsHeader: 'Tipo de servidor',
    sslOn: 'Puerto (con SSL)',
    sslOff: 'Puerto (sin SSL)',
    rowIn: 'Entrante',
    rowOut: 'Saliente',
    sentence: (a, b) => `Los puertos ${a} y ${b} se usan sin SSL.`,
    or: 'o',
  },
  it: {
    type: 'Tipo di server',
    incoming: 'Server di posta in entrata',
    outgoing: 'Server di posta in uscita',
    port: 'Porta',
    secure: 'Il server richiede una connessione cifrata (SSL)',
    portsHeader: 'Tipo di server',
    sslOn: 'Porta (con SSL)',
    sslOff: 'Porta (senza SSL)',
    rowIn: 'In entrata',
    rowOut: 'In uscita',
    sentence: (a, b) => `Le porte ${a} e ${b} si usano senza SSL.`,
    or: 'o',
  },
  pl: {
    type: 'Typ serwera',
    incoming: 'Serwer poczty przychodzącej',
    outgoing: 'Serwer poczty wychodzącej',
    port: 'Port',
    secure: 'Serwer wymaga szyfrowanego połączenia (SSL)',
    portsHeader: 'Typ serwera',
    sslOn: 'Port (z SSL)',
    sslOff: 'Port (bez SSL)',
    rowIn: 'Serwer poczty przychodzącej',
    rowOut: 'Serwer poczty wychodzącej',
    sentence: (a, b) => `Porty ${a} i ${b} są używane bez SSL.`,
    or: 'lub',
  },
  pt: {
    type: 'Tipo de servidor',
    incoming: 'Servidor de correio de entrada',
    outgoing: 'Servidor de correio de saída',
    port: 'Porta',
    secure: 'O servidor necessita de uma ligação encriptada (SSL)',
    portsHeader: 'Portas',
    sslOn: 'SSLactivado',
    sslOff: 'SSLdesativado',
    rowIn: 'Receção',
    rowOut: 'Envio',
    sentence: (a, b) => `As portas ${a} e ${b} correspondem à encriptação SSL desativada.`,
    or: 'ou',
  },
  nl: {
    type: 'Soort server',
    incoming: 'Inkomende e-mailserver',
    outgoing: 'Uitgaande e-mailserver',
    port: 'Poort',
    secure: 'De server vereist een versleutelde verbinding (SSL-encryptie)',
    portsHeader: 'Ports',
    sslOn: 'SSLgeactiveerd',
    sslOff: 'SSLgedeactiveerd',
    rowIn: 'Inkomend',
    rowOut: 'Uitgaand',
    sentence: (a, b) => `De ports ${a} en ${b} komen overeen met de SSL-beveiliging gedeactiveerd.`,
    or: 'of',
  },
  fi: {
    type: 'Palvelimen tyyppi',
    incoming: 'Saapuvan postin palvelin',
    outgoing: 'Lähtevän postin palvelin',
    port: 'Portti',
    secure: 'Palvelin vaatii salatun yhteyden (SSL)',
    portsHeader: 'Portti',
    sslOn: 'SSLaktiivinen',
    sslOff: 'SSLdeaktivoitu',
    rowIn: 'Saapuva',
    rowOut: 'Lähtevä',
    sentence: (a, b) => `Portit ${a} ja ${b} vastaavat deaktivoitua SSL-suojausta.`,
    or: 'tai',
  },
  lt: {
    type: 'Serverio tipas',
    incoming: 'Gaunamų pranešimų serveris',
    outgoing: 'Išsiunčiamų pranešimų serveris',
    port: 'Prievadas',
    secure: 'Naudokite SSL/TLS',
    portsHeader: 'Prievadai',
    sslOn: 'SSL apsaugaįjungta',
    sslOff: 'SSLišjungta',
    rowIn: 'Gaunamiems pranešimams',
    rowOut: 'Išsiunčiamiems pranešimams',
    sentence: (a, b) => `Prievadai ${a} ir ${b} atitinka SSL apsauga išjungta.`,
    or: 'arba',
  },
  cs: {
    type: 'Typ serveru',
    incoming: 'Server příchozí pošty',
    outgoing: 'Server odchozí pošty',
    port: 'Port',
    secure: 'Server vyžaduje šifrované připojení (SSL)',
    portsHeader: 'Typ serveru',
    sslOn: 'Port (s SSL)',
    sslOff: 'Port (bez SSL)',
    rowIn: 'Příchozí',
    rowOut: 'Odchozí',
    sentence: (a, b) => `Porty ${a} a ${b} se používají bez SSL.`,
    or: 'nebo',
  },
};

/** The guide; line numbers below are fixed by this template. */
function guide(w: Words, o: { protocol?: string; heading?: string; inPort?: number; host?: string; secure?: boolean } = {}): string {
  const lines = [
    '---',
    'title: IMAP',
    '---',
    '',
    `## ${o.heading ?? 'IMAP'}`, // 5
    '',
    `- ${w.type}: **${o.protocol ?? 'IMAP'}**`, // 7
    `- ${w.incoming}: **${o.host ?? 'ssl0.ovh.net'}**`, // 8
    `- ${w.port}: **${o.inPort ?? 993}**`, // 9
    ...(o.secure === false ? ['- ---'] : [`- ${w.secure}`]), // 10
    '',
    `|${w.portsHeader}|${w.sslOn}|${w.sslOff}|`, // 12
    '|---|---|---|',
    `|${w.rowIn}|993|143|`, // 14
    `|${w.rowOut}|465|587|`, // 15
    '',
    `|${w.portsHeader}|${w.sslOn}|${w.sslOff}|`, // 17
    `|${w.rowIn}|993|143|`, // 18
    `|${w.rowOut}|465|587|`, // 19
    '',
    w.sentence(143, 587), // 21
    '',
  ];
  return lines.join('\n');
}

function lint(language: string, text: string) {
  return lintText(text, CLAIM_RULES, {
    path: `g/guide.${language}-${language}.md`,
    model: MODEL,
    config: { locales: { pattern: 'guide.{locale}.md' }, products: [{ files: '**', product: 'mx-plan' }] },
  }).map((m) => `${m.range.start.line} ${m.ruleId}`);
}

function extract(language: string, text: string) {
  const model = loadModel(MODEL);
  return extractClaims(parseMarkdown(text), text, { language, lexicon: loadLexicons(), protocols: model.protocols }).claims;
}

for (const [language, words] of Object.entries(LANGUAGES)) {
  describe(`${language}: claims in the guides' own wording`, () => {
    it('extracts the form, the ports table, the pipe lines and the sentence', () => {
      const claims = extract(language, guide(words));
      const at = (line: number) => claims.filter((c) => c.position.start.line === line);
      expect(at(7)).toEqual([expect.objectContaining({ protocol: 'imap', protocolSource: 'block' })]);
      expect(at(8)).toEqual([expect.objectContaining({ host: 'ssl0.ovh.net', direction: 'incoming' })]);
      if (language !== 'lt') expect(at(9)).toEqual([expect.objectContaining({ port: 993, direction: 'incoming', security: 'ssl' })]);
      for (const [line, origin] of [
        [14, 'table'],
        [18, 'pipe-lines'],
      ] as const) {
        expect(at(line).map((c) => [c.port, c.direction, c.security, c.origin])).toEqual([
          [993, 'incoming', 'ssl', origin],
          [143, 'incoming', 'none', origin],
        ]);
      }
      expect(at(15).map((c) => [c.port, c.direction, c.security])).toEqual([
        [465, 'outgoing', 'ssl'],
        [587, 'outgoing', 'none'],
      ]);
      expect(at(21).map((c) => [c.port, c.security])).toEqual([
        [143, 'none'],
        [587, 'none'],
      ]);
    });

    it('raises nothing on the correct guide', () => {
      expect(lint(language, guide(words))).toEqual([]);
    });

    it('finds a wrong port for the protocol (POP3 with 993)', () => {
      expect(lint(language, guide(words, { protocol: 'POP3', heading: 'Configuration' }))).toEqual(['9 claim-port-protocol']);
    });

    it('finds a wrong security (993 without SSL)', () => {
      const text = guide(words).replace(`- ${words.port}: **993**`, `- ${words.port}: **993** (${words.sslOff})`);
      expect(lint(language, text)).toEqual(['9 claim-port-security']);
    });

    it('finds both, as in the French seed: an IMAP section whose form says POP3 with 993', () => {
      expect(lint(language, guide(words, { protocol: 'POP3' }))).toEqual(['7 claim-section-protocol', '9 claim-port-protocol']);
    });

    it('finds a section whose settings state another protocol', () => {
      expect(lint(language, guide(words, { protocol: 'POP3', inPort: 995 }))).toEqual(['7 claim-section-protocol']);
    });

    it('finds an outgoing port under an incoming label', () => {
      const text = guide(words).replace(`- ${words.port}: **993**`, `- ${words.incoming} (${words.port}): **465**`);
      expect(lint(language, text)).toEqual(['9 claim-port-direction']);
    });

    it('finds a deprecated host', () => {
      expect(lint(language, guide(words, { host: 'ns0.ovh.net' }))).toEqual(['8 claim-host']);
    });
  });
}

describe('positions survive CRLF, a BOM and front matter', () => {
  it('gives the same lines and columns as with LF', () => {
    const lf = guide(LANGUAGES.fr);
    const crlf = lf.replace(/\n/g, '\r\n');
    const where = (text: string) => extract('fr', text).map((c) => `${c.position.start.line}:${c.position.start.column} ${c.port ?? c.host ?? c.protocol}`);
    expect(where(crlf)).toEqual(where(lf));
    expect(where(crlf)).toContain('9:11 993');
    // Through the whole engine, a BOM does not shift anything either.
    expect(lint('fr', '\uFEFF' + crlf.replace('ssl0.ovh.net', 'ns0.ovh.net'))).toEqual(['8 claim-host']);
  });
});

describe('the bundled seed guides', () => {
  const seed = (locale: string) => resolve(import.meta.dirname, `../../guides/web/emails/windows_mail/guide.${locale}.md`);
  const read = async (locale: string) => (await import('node:fs')).readFileSync(seed(locale), 'utf8');

  it('fr-fr: the IMAP step states POP3, 993 with SSL, and a sentence asking for 587 in SMTP', async () => {
    const claims = extract('fr', await read('fr-fr'));
    const find = (line: number, column: number) => claims.find((c) => c.position.start.line === line && c.position.start.column === column);
    expect(find(37, 75)).toMatchObject({ protocol: 'pop3', protocolSource: 'block', direction: 'incoming' });
    expect(find(39, 16)).toMatchObject({ port: 993, security: 'ssl', direction: 'incoming', protocol: 'pop3' });
    expect(find(44, 16)).toMatchObject({ port: 465, security: 'ssl', direction: 'outgoing' });
    expect(find(48, 47)).toMatchObject({ port: 587, protocol: 'smtp', direction: 'outgoing', origin: 'prose' });
  });

  it('fi-fi: outgoing ports under an incoming label, the old host in step 2', async () => {
    const claims = extract('fi', await read('fi-fi'));
    expect(claims.filter((c) => c.position.start.line === 57).map((c) => [c.port, c.direction])).toEqual([
      [465, 'incoming'],
      [587, 'incoming'],
    ]);
    expect(claims.filter((c) => c.host === 'ns0.ovh.net').map((c) => [c.position.start.line, c.direction])).toEqual([
      [23, 'incoming'],
      [28, 'outgoing'],
    ]);
  });
});
