import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/document/parse.js';
import { extractClaims } from '../../src/claims/extract.js';
import { compileTerms, loadLexicons } from '../../src/claims/lexicon.js';
import { loadModel } from '../../src/model/load.js';

// The extractor skips paragraphs that cannot state anything (no protocol
// name, no server/direction/security/authentication word, no port word with
// a digit, no host:port). These statements carry no digit or no port word:
// each must still be read.
function read(text: string, language: string) {
  const out = extractClaims(parseMarkdown(text), text, { language, lexicon: loadLexicons(), protocols: loadModel().protocols });
  return out.claims.map((c) => [c.position.start.line, c.protocol ?? '-', c.direction ?? '-', c.host ?? '-', c.port ?? '-', c.security ?? '-'].join(' '));
}

describe('the first look at a paragraph', () => {
  it('reads a protocol stated without a digit, and a direction carried from a paragraph with no port in it', () => {
    expect(read('Type de serveur : IMAP\n', 'fr')).toEqual(['1 imap incoming - - -']);
    expect(read('- Postausgangsserver:\n  - Port: 465\n', 'de')).toEqual(['2 - outgoing - 465 -']);
    expect(read('- Serveur sortant\n- Port : 465\n', 'fr')).toEqual(['2 - outgoing - 465 -']);
  });

  it('reads a host in a server field whose dots are marked up, and a host:port in a sentence without the word port', () => {
    expect(read('Incoming server: **mail**.example.com\n', 'en')).toEqual(['1 - incoming mail.example.com - -']);
    expect(read('Connect to mail.example.com:993 from the client.\n', 'en')).toEqual(['1 - - mail.example.com 993 -']);
  });

  it('gives each term the literal pieces a text must contain for the term to match', () => {
    const matcher = compileTerms(['use SSL', 'Saapuva*', '*eingangsserver', "l'authentification"]);
    expect(matcher.needles).toEqual([['l', 'authentification'], ['eingangsserver'], ['saapuva'], ['use', 'ssl']]);
    expect(matcher.test('Use   SSL here')).toBe(true);
  });
});
