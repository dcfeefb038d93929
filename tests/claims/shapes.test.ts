/**
 * Focused checks of the container shapes and dimensions the conformance
 * matrix exercises in bulk: what is read from each, and the cases the
 * matrix does not write (both directions in one clause, general remarks).
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { lintText } from '../helpers/rule-tester.js';
import { rules } from '../../rules/index.js';
import authRule from '../../rules/claim-authentication.js';
import { parseMarkdown } from '../../src/document/parse.js';
import { extractClaims } from '../../src/claims/extract.js';
import { loadLexicons } from '../../src/claims/lexicon.js';
import { loadModel } from '../../src/model/load.js';
import { claim, OVH_MODEL, run } from '../rules/claim-context.js';

const MODEL = resolve(import.meta.dirname, '../../guides/ovh-model.yaml');
const CLAIM_RULES = rules.filter((r) => r.meta.family === 'claim');

function extract(text: string, language = 'en') {
  const model = loadModel(MODEL);
  return extractClaims(parseMarkdown(text), text, {
    language,
    lexicon: loadLexicons(),
    protocols: model.protocols,
    regions: model.regionLabels,
    domains: model.domains,
  }).claims;
}

function lint(text: string, product: string, locale = 'en-gb') {
  return lintText(text, CLAIM_RULES, {
    path: `g/guide.${locale}.md`,
    model: MODEL,
    config: { locales: { pattern: 'guide.{locale}.md' }, products: [{ files: '**', product }] },
  }).map((m) => `${m.range.start.line} ${m.ruleId} ${m.messageId}`);
}

describe('clauses', () => {
  const text = '## Settings\n\nTo receive, use port 993 with SSL/TLS; to send, port 587 with STARTTLS.\n';

  it('each direction word governs its own clause', () => {
    expect(extract(text).map((c) => [c.port, c.direction, c.security])).toEqual([
      [993, 'incoming', 'ssl'],
      [587, 'outgoing', 'starttls'],
    ]);
    expect(lint(text, 'exchange')).toEqual([]);
  });

  it('a clause naming both directions says neither; another sentence of the line is not governed by it', () => {
    const claims = extract('Mail can no longer be received or sent. The change moves the SMTP port from 587 to 25.\n');
    expect(claims.map((c) => [c.port, c.direction ?? null])).toEqual([
      [587, null],
      [25, null],
    ]);
  });
});

describe('field tables and fields', () => {
  it('a two-column field table is one form: its SSL row is the security of its port', () => {
    const text = ['|Setting|Value|', '|---|---|', '|Outgoing server|ssl0.ovh.net|', '|Port|587|', '|SSL|Yes|', ''].join('\n');
    const claims = extract(text);
    expect(claims.map((c) => [c.host ?? c.port, c.direction, c.security ?? null, c.origin])).toEqual([
      ['ssl0.ovh.net', 'outgoing', null, 'table'],
      [587, 'outgoing', 'ssl', 'table'],
    ]);
    expect(new Set(claims.map((c) => c.block)).size).toBe(1);
    // The headline case: 587 with SSL where MX Plan gives 587 without.
    expect(lint(text, 'mx-plan')).toEqual(['4 claim-port-security productSecurity']);
  });

  it('reads security in field form: `SSL: STARTTLS`, `SSL / TLS: No`, `Security type: None`', () => {
    for (const [field, security] of [
      ['SSL: STARTTLS', 'starttls'],
      ['SSL / TLS: No', 'none'],
      ['Security type: None', 'none'],
      ['Encryption method: SSL/TLS', 'ssl'],
    ] as const) {
      const claims = extract(`- Outgoing server: ssl0.ovh.net\n- Port: 587\n- ${field}\n`);
      expect(claims.find((c) => c.port === 587)?.security).toBe(security);
    }
  });

  it('a bold label gives its direction and protocol to the fields under it', () => {
    const claims = extract('**Ausgangsserver (SMTP)**\n\n- Server: ssl0.ovh.net\n- Port: 465\n', 'de');
    expect(claims.map((c) => [c.host ?? c.port, c.direction, c.protocol])).toEqual([
      ['ssl0.ovh.net', 'outgoing', 'smtp'],
      [465, 'outgoing', 'smtp'],
    ]);
  });

  it('a label that says incoming over an SMTP port is reported even when it names SMTP', () => {
    expect(lint('|Server|Host|Port|\n|---|---|---|\n|Incoming (SMTP)|ssl0.ovh.net|465|\n', 'mx-plan')).toEqual(['3 claim-port-direction wrongDirection']);
  });
});

describe('hosts', () => {
  it('a host in inline code in a sentence about a direction or protocol is judged; elsewhere it is not read', () => {
    expect(lint('The IMAP server is `ex3.mail.ovh.net`.\n', 'mx-plan')).toEqual(['1 claim-host notForProduct']);
    expect(extract('Connect to your machine with `ssl0.ovh.net`.\n')).toEqual([]);
  });

  it('a host under a region label is judged for that region', () => {
    const table = (label: string) => `|Protocol|${label}|Port|\n|---|---|---|\n|IMAP|imap.mail.ovh.ca|993|\n`;
    expect(extract(table('AMERIQUE / ASIE-PACIFIQUE'), 'fr')[0]).toMatchObject({ host: 'imap.mail.ovh.ca', region: 'america-apac' });
    expect(lint(table('AMERIQUE / ASIE-PACIFIQUE'), 'mx-plan', 'fr-fr')).toEqual([]);
    expect(lint(table('EUROPE'), 'mx-plan', 'fr-fr')).toEqual(['3 claim-host wrongRegion']);
    // No label: the file's locale decides, as before.
    expect(lint(table('Serveur'), 'mx-plan', 'fr-fr')).toEqual(['3 claim-host wrongLocale']);
  });

  it('a region label paragraph lasts until the next heading of its level', () => {
    const text = '## A\n\n**Canada + Asie**\n\n- Serveur entrant : imap.mail.ovh.ca\n\n## B\n\n- Serveur entrant : imap.mail.ovh.ca\n';
    expect(extract(text, 'fr').map((c) => c.region ?? null)).toEqual(['america-apac', null]);
  });
});

describe('authentication', () => {
  it('reads "no authentication" about a server named by its direction, not in general remarks', () => {
    expect(extract('The outgoing server needs no authentication.\n').map((c) => [c.auth, c.direction])).toEqual([[false, 'outgoing']]);
    expect(extract('Note: no authentication is allowed to take place without TLS.\n')).toEqual([]);
    expect(
      extract('|Server|Port|Authentication|\n|---|---|---|\n|Outgoing|465|No|\n')
        .filter((c) => c.auth !== undefined)
        .map((c) => c.auth),
    ).toEqual([false]);
  });

  it('claim-authentication reports it only where every endpoint of the product requires authentication', () => {
    const claims = [
      claim(3, { auth: false, direction: 'outgoing' }),
      claim(4, { auth: true, direction: 'outgoing' }),
      claim(5, { auth: false, direction: 'incoming' }),
    ];
    expect(run(authRule, claims)).toEqual([]);
    expect(run(authRule, claims, { model: OVH_MODEL })).toEqual([]);
    const reports = run(authRule, claims, { model: OVH_MODEL, product: 'exchange' });
    expect(reports.map((r) => [r.range?.start.line, r.data])).toEqual([[3, { product: 'Exchange', direction: 'outgoing', protocol: 'SMTP' }]]);
  });
});

describe('links', () => {
  it('a link under the model’s domains is a host claim; other links are not read', () => {
    expect(lint('Webmail: [Email Pro](https://ex3.mail.ovh.net/owa)\n', 'email-pro')).toEqual(['1 claim-host notForProduct']);
    expect(lint('Old address: <https://webmail.ovh.net/>\n', 'mx-plan')).toEqual(['1 claim-host deprecatedNoReplacement']);
    expect(extract('See [the manager](https://www.ovh.com/manager/) and https://example.org/mail.\n')).toEqual([]);
    expect(extract('Webmail: https://pro1.mail.ovh.net/.\n').map((c) => [c.host, c.origin])).toEqual([['pro1.mail.ovh.net', 'code']]);
  });
});

describe('headings', () => {
  it('a heading naming one direction gives it to the fields of its lists, not to its sentences', () => {
    expect(extract('## Outgoing server (SMTP)\n\n- Server: ssl0.ovh.net\n- Port: 465\n').map((c) => c.direction)).toEqual(['outgoing', 'outgoing']);
    expect(extract('## Outgoing server\n\nBy the way, port 993 serves IMAP.\n').map((c) => [c.port, c.direction ?? null])).toEqual([[993, null]]);
    expect(lint('## Outgoing server\n\nBy the way, port 993 serves IMAP.\n', 'mx-plan')).toEqual([]);
  });
});
