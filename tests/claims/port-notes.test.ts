import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/document/parse.js';
import { extractClaims } from '../../src/claims/extract.js';
import { loadLexicons } from '../../src/claims/lexicon.js';
import { loadModel } from '../../src/model/load.js';

function claims(text: string, language = 'en') {
  const model = loadModel();
  const out = extractClaims(parseMarkdown(text), text, { language, lexicon: loadLexicons(), protocols: model.protocols });
  return out.claims.filter((c) => c.port !== undefined).map((c) => `${c.position.start.line}:${c.position.start.column} ${c.port} ${c.security ?? '-'}`);
}

describe('security written right after each port', () => {
  it('reads "993 (SSL) or 143 (STARTTLS)" as two securities, not one for the line', () => {
    expect(claims('- **Security:** STARTTLS or SSL/TLS\n- **Port:** 993 (SSL) or 143 (STARTTLS)\n')).toEqual(['2:13 993 ssl', '2:26 143 starttls']);
  });

  it('keeps the line security when no port carries its own note', () => {
    expect(claims('Les ports 110 et 587 correspondent au SSL désactivé.\n', 'fr')).toEqual(['1:11 110 none', '1:18 587 none']);
  });
});

describe('an SSL column of yes/no values', () => {
  it('reads `|SSL|` … `|Oui|` and `|No|` as the row security', () => {
    expect(
      claims('|Type de serveur|Nom du serveur|SSL|Port|\n|---|---|---|---|\n|Entrant|ssl0.ovh.net|Oui|993|\n|Sortant|ssl0.ovh.net|Non|587|\n', 'fr'),
    ).toEqual(['3:27 993 ssl', '4:27 587 none']);
  });
});

describe('ports named before the word "port" in a sentence', () => {
  it('reads the same ports whatever the word order of the language', () => {
    const ports = (text: string, language: string) => claims(text, language).map((c) => c.split(' ')[1]);
    expect(ports('Some providers block the *SMTP* (587) or *SMTPS* (465) ports on home lines.\n', 'en')).toEqual(['587', '465']);
    expect(ports('Manche Anbieter sperren die Ports *SMTP* (587) oder *SMTPS* (465) für Privatkunden.\n', 'de')).toEqual(['587', '465']);
    expect(ports('The API listens on the 6787 port by default.\n', 'en')).toEqual(['6787']);
    expect(ports("L'API écoute sur le port 6787 par défaut.\n", 'fr')).toEqual(['6787']);
  });

  it('still takes no date or count before the word as a port', () => {
    expect(claims('In June 2024 we opened 3 new ports for the service.\n')).toEqual([]);
    expect(claims('Since 2024. Ports are listed below.\n')).toEqual([]);
    expect(claims('The firewall opens 3 ports for the mail service.\n')).toEqual([]);
  });
});

describe('quoted port values', () => {
  it("reads a note after the closing quote as that port's security", () => {
    expect(claims('- **Port:** « 993 » (SSL) ou « 143 » (STARTTLS)\n', 'fr')).toEqual(['1:15 993 ssl', '1:32 143 starttls']);
    expect(claims('Use port "993" (SSL) or port "143" (STARTTLS).\n')).toEqual(['1:11 993 ssl', '1:31 143 starttls']);
  });

  it('reads a value set off after a closed compound of the port word (`Standardport`, `Portnummer`, `oletusportti`)', () => {
    expect(claims('> Der Standardport für IMAP ist "143".\n', 'de')).toEqual(['1:34 143 -']);
    expect(claims('Die Portnummer für SMTP-Verbindungen ist „587“.\n', 'de')).toEqual(['1:43 587 -']);
    expect(claims('IMAP:n oletusportti on ”993”.\n', 'fi')).toEqual(['1:25 993 -']);
  });

  it('takes no bare number after a compound, and no compound that merely ends in the letters of the word', () => {
    expect(claims('Der Standardport für IMAP ist 143.\n', 'de')).toEqual([]);
    expect(claims('Der Support für IMAP ist unter "3900" erreichbar.\n', 'de')).toEqual([]);
  });
});

describe('numbers in the text of a link', () => {
  it('takes no step or guide number in a link for a port, in a field or a sentence', () => {
    expect(claims('- **Connection port**: Enter the SSH connection port you retrieved during [step 2](#sshlogin).\n')).toEqual([]);
    expect(claims("Renseignez le port de connexion récupéré [lors de l'étape 2](#sshlogin).\n", 'fr')).toEqual([]);
    expect(claims('- **Port**: 993 (see [step 2](#ports))\n')).toEqual(['1:13 993 -']);
  });
});
