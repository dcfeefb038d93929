import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/document/parse.js';
import { extractClaims } from '../../src/claims/extract.js';
import { loadLexicons } from '../../src/claims/lexicon.js';
import { loadModel } from '../../src/model/load.js';
import { lintText } from '../helpers/rule-tester.js';
import claimPortProtocol from '../../rules/claim-port-protocol.js';

// Current OVH guides put a settings table under a one-line lead-in that
// names the protocol ("- **Pour une configuration en IMAP (recommandée)**"),
// with "Port (avec SSL)" / "Port (sans SSL)" columns.
function read(text: string, language = 'fr') {
  const out = extractClaims(parseMarkdown(text), text, { language, lexicon: loadLexicons(), protocols: loadModel().protocols });
  return out.claims
    .filter((c) => c.port !== undefined)
    .map((c) => [c.position.start.line, c.protocol ?? '-', c.protocolSource ?? '-', c.direction ?? '-', c.port, c.security ?? '-'].join(' '));
}

const TABLE = (incoming: string) =>
  [
    '|Type du serveur|Nom du serveur|Port (avec SSL)|Port (sans SSL)|',
    '|---|---|---|---|',
    `|Entrant|ssl0.ovh.net|${incoming}|`,
    '|Sortant|ssl0.ovh.net|465|587|',
    '',
  ].join('\n');

describe('a lead-in naming the protocol of the table after it', () => {
  it('gives the table’s incoming ports that protocol, as a heading would, and leaves the outgoing ones alone', () => {
    expect(read(`- **Pour une configuration en IMAP (recommandée)**\n\n${TABLE('993|143')}`)).toEqual([
      '5 imap heading incoming 993 ssl',
      '5 imap heading incoming 143 none',
      '6 - - outgoing 465 ssl',
      '6 - - outgoing 587 none',
    ]);
    const english = ['|Server type|Server name|Port (with SSL)|Port (without SSL)|', '|---|---|---|---|', '|Incoming|ssl0.ovh.net|995|110|', ''].join('\n');
    expect(read(`For a POP configuration:\n\n${english}`, 'en')).toEqual(['5 pop3 heading incoming 995 ssl', '5 pop3 heading incoming 110 none']);
  });

  it('lets claim-port-protocol see a table whose ports belong to another protocol', () => {
    // The bundled OVH model, with the guide under MX Plan as in guidelint.config.yaml.
    const options = {
      model: 'guides/ovh-model.yaml',
      config: { locales: { pattern: 'guide.{locale}.md' }, products: [{ files: 'guides/web/emails/**', product: 'mx-plan' }] },
      path: 'guides/web/emails/x/guide.fr-fr.md',
    };
    const lint = (text: string) => lintText(text, [claimPortProtocol], options as never).map((m) => `${m.range.start.line} ${m.ruleId}`);
    expect(lint(`- **Pour une configuration en POP**\n\n${TABLE('995|110')}`)).toEqual([]);
    expect(lint(`- **Pour une configuration en POP**\n\n${TABLE('993|143')}`)).toEqual(['5 claim-port-protocol', '5 claim-port-protocol']);
  });

  it('is only a short line right before the table, naming one protocol and no number', () => {
    // Something in between, two protocols, a number, or a long sentence: no lead-in.
    expect(read(`- **Pour une configuration en IMAP**\n\nVoici les paramètres.\n\n${TABLE('993|143')}`)[0]).toBe('7 - - incoming 993 ssl');
    expect(read(`- **IMAP ou POP**\n\n${TABLE('993|143')}`)[0]).toBe('5 - - incoming 993 ssl');
    expect(read(`- **IMAP (port 993)**\n\n${TABLE('993|143')}`).filter((c) => c.startsWith('5 '))[0]).toBe('5 - - incoming 993 ssl');
    expect(
      read(
        `${'Le protocole IMAP garde vos messages sur le serveur, ce qui permet de les consulter depuis plusieurs appareils différents sans les perdre.'}\n\n${TABLE('993|143')}`,
      )[0],
    ).toBe('5 - - incoming 993 ssl');
  });
});
