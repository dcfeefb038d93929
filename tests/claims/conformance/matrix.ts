/**
 * The conformance matrix: shapes × languages × dimensions. A cell renders
 * one settings record (incoming and outgoing endpoint, authentication,
 * region) in one container shape and one language, three times: correct
 * (must stay silent), with one defect of its dimension (must be found at
 * the defect's line by the dimension's rule), and reworded harmlessly
 * (must stay silent). The texts come from ./words.ts; nothing here is
 * written per example.
 */
import type { Words } from './words.js';

export type Security = 'ssl' | 'starttls' | 'none';
export type Side = 'in' | 'out';

export interface Endpoint {
  protocol: string;
  host: string;
  port: number;
  security: Security;
  /** The direction its label says (its own unless a defect swaps it). */
  label: Side;
}

export interface Settings {
  in: Endpoint;
  out: Endpoint;
  auth: boolean;
  /** Region label written before the settings, if any. */
  region?: 'eu' | 'am';
  /** Write the outgoing endpoint first. */
  outFirst?: boolean;
  /** Bold the values (a harmless rewording). */
  bold?: boolean;
  /** A sentence after the settings asking for this outgoing port. */
  note?: number;
}

/** Where each value was written (1-based lines). */
export type Lines = Partial<Record<'in.port' | 'in.host' | 'out.port' | 'out.host' | 'auth' | 'note', number>>;

export interface Rendered {
  text: string;
  lines: Lines;
}

export const BASE: Settings = {
  in: { protocol: 'IMAP', host: 'ssl0.ovh.net', port: 993, security: 'ssl', label: 'in' },
  out: { protocol: 'SMTP', host: 'ssl0.ovh.net', port: 465, security: 'ssl', label: 'out' },
  auth: true,
};

type Patch = (s: Settings) => Settings;
const patch =
  (side: Side, fields: Partial<Endpoint>): Patch =>
  (s) => ({ ...s, [side]: { ...s[side], ...fields } });
const all =
  (...patches: Patch[]): Patch =>
  (s) =>
    patches.reduce((acc, p) => p(acc), s);

export interface Dimension {
  id: string;
  /** The settings every text of the dimension starts from. */
  base: Patch;
  defect: Patch;
  reword: Patch;
  /** The rule that must report the defect, and the value whose line it is reported on. */
  rule: string;
  at: keyof Lines;
  /** Shapes the dimension cannot be written in (the cell is left out, and the doc says so). */
  notIn?: Record<string, string>;
}

/** A link writes a host and nothing else: the other dimensions cannot be written in it. */
const LINK_ONLY_HOSTS = { link: 'a link gives a host, nothing else' };

export const DIMENSIONS: Dimension[] = [
  // POP3 on IMAP's port.
  {
    id: 'protocol',
    base: (s) => s,
    defect: patch('in', { protocol: 'POP3' }),
    reword: patch('in', { protocol: 'POP3', port: 995 }),
    rule: 'claim-port-protocol',
    at: 'in.port',
    notIn: LINK_ONLY_HOSTS,
  },
  // 995 for IMAP; rewording: the other IMAP port, without SSL.
  {
    id: 'port',
    base: (s) => s,
    defect: patch('in', { port: 995 }),
    reword: patch('in', { port: 143, security: 'none' }),
    rule: 'claim-port-protocol',
    at: 'in.port',
    notIn: LINK_ONLY_HOSTS,
  },
  // 587 with SSL where the product gives 587 without; rewording: STARTTLS on it.
  {
    id: 'security',
    base: patch('out', { port: 587, security: 'none' }),
    defect: patch('out', { security: 'ssl' }),
    reword: patch('out', { security: 'starttls' }),
    rule: 'claim-port-security',
    at: 'out.port',
    notIn: LINK_ONLY_HOSTS,
  },
  // The SMTP endpoint labelled incoming; rewording: outgoing written first.
  {
    id: 'direction',
    base: (s) => s,
    defect: patch('out', { label: 'in' }),
    reword: (s) => ({ ...s, outFirst: true }),
    rule: 'claim-port-direction',
    at: 'out.port',
    notIn: LINK_ONLY_HOSTS,
  },
  // A host of another product (Exchange) in an MX Plan guide; rewording: the other MX Plan IMAP host.
  {
    id: 'host',
    base: (s) => s,
    defect: patch('in', { host: 'ex3.mail.ovh.net' }),
    reword: patch('in', { host: 'imap.mail.ovh.net' }),
    rule: 'claim-host',
    at: 'in.host',
  },
  // "No authentication" for SMTP where the model requires it; rewording: bold values.
  {
    id: 'authentication',
    base: (s) => s,
    defect: (s) => ({ ...s, auth: false }),
    reword: (s) => ({ ...s, bold: true }),
    rule: 'claim-authentication',
    at: 'auth',
    notIn: LINK_ONLY_HOSTS,
  },
  // A Canadian host under the Europe label; rewording: the America/APAC label over the Canadian hosts.
  {
    id: 'region',
    base: (s) => ({ ...s, region: 'eu' }),
    defect: patch('in', { host: 'imap.mail.ovh.ca' }),
    reword: all((s) => ({ ...s, region: 'am' }), patch('in', { host: 'imap.mail.ovh.ca' }), patch('out', { host: 'smtp.mail.ovh.ca' })),
    rule: 'claim-host',
    at: 'in.host',
  },
  // A sentence after the settings asking for another outgoing port than the form gives (465).
  {
    id: 'contradiction',
    base: (s) => ({ ...s, note: 465 }),
    defect: (s) => ({ ...s, note: 587 }),
    reword: (s) => ({ ...s, note: 465, bold: true }),
    rule: 'claim-contradiction',
    at: 'note',
    notIn: {
      sentence: 'no form: every value is in a sentence',
      'quoted-value': 'no form: every value is in a sentence',
      clauses: 'no form: every value is in a sentence',
      'code-span': 'no form: every value is in a sentence',
      admonition: 'no form: every value is in a sentence',
      ...LINK_ONLY_HOSTS,
    },
  },
];

// ── Rendering ─────────────────────────────────────────────────────────

class Doc {
  readonly out: string[] = ['## Configuration', ''];
  readonly lines: Lines = {};
  push(text: string, ...marks: Array<keyof Lines>): void {
    this.out.push(text);
    for (const m of marks) this.lines[m] = this.out.length;
  }
  blank(): void {
    if (this.out[this.out.length - 1] !== '') this.out.push('');
  }
  done(w?: Words, s?: Settings): Rendered {
    if (w && s?.note !== undefined) {
      this.blank();
      const verb = w.send.charAt(0).toUpperCase() + w.send.slice(1);
      this.push(
        `${w.clause
          .replace('{verb}', verb)
          .replace('{proto}', 'SMTP')
          .replace('{port}', b(s, s.note))
          .replace(/\s*\{sec\}/u, '')}.`,
        'note',
      );
    }
    return { text: this.out.join('\n') + '\n', lines: this.lines };
  }
}

function order(s: Settings): Side[] {
  return s.outFirst ? ['out', 'in'] : ['in', 'out'];
}

const b = (s: Settings, v: string | number): string => (s.bold ? `**${v}**` : String(v));

function regionLabel(w: Words, s: Settings): string | undefined {
  return s.region === undefined ? undefined : s.region === 'eu' ? w.europe : w.america;
}

function securityPhrase(w: Words, security: Security): string {
  return security === 'ssl' ? w.withSSL : security === 'starttls' ? w.withStarttls : w.withoutSSL;
}

/** A security as a field value: `Yes`, `No`, `STARTTLS`. */
function securityValue(w: Words, security: Security): string {
  return security === 'ssl' ? w.yes : security === 'starttls' ? 'STARTTLS' : w.no;
}

function dirAdjective(w: Words, side: Side): string {
  return side === 'in' ? w.dirIn : w.dirOut;
}

function serverLabel(w: Words, side: Side): string {
  return side === 'in' ? w.incomingServer : w.outgoingServer;
}

function rowLabel(w: Words, side: Side): string {
  return side === 'in' ? w.incoming : w.outgoing;
}

function regionParagraph(d: Doc, w: Words, s: Settings): void {
  const label = regionLabel(w, s);
  if (label) {
    d.push(`**${label}**`);
    d.blank();
  }
}

function authSentence(d: Doc, w: Words, s: Settings): void {
  d.blank();
  d.push(s.bold ? `**${s.auth ? w.authOn : w.authOff}**` : s.auth ? w.authOn : w.authOff, 'auth');
}

export interface Shape {
  id: string;
  render(w: Words, s: Settings): Rendered;
}

export const SHAPES: Shape[] = [
  {
    // One sentence per endpoint: "The incoming server (IMAP) is `host`, port 993 with SSL."
    id: 'sentence',
    render(w, s) {
      const d = new Doc();
      regionParagraph(d, w, s);
      for (const side of order(s)) {
        const e = s[side];
        const sentence = w.sentence
          .replace('{dir}', dirAdjective(w, e.label))
          .replace('{proto}', e.protocol)
          .replace('{host}', '`' + e.host + '`')
          .replace('{port}', b(s, e.port))
          .replace('{sec}', securityPhrase(w, e.security));
        d.push(sentence.charAt(0).toUpperCase() + sentence.slice(1), `${side}.port`, `${side}.host`);
        d.blank();
      }
      authSentence(d, w, s);
      return d.done(w, s);
    },
  },
  {
    // A sentence giving the port as a quoted value with its security as a note after it (`port "993" (with SSL)`); in the
    // second wording, languages that write compounds closed name the port with one (`Standardport „993“`).
    id: 'quoted-value',
    render(w, s) {
      const d = new Doc();
      regionParagraph(d, w, s);
      const [open, close] = w.quotes ?? ['"', '"'];
      for (const side of order(s)) {
        const e = s[side];
        const frame = w.portCompound ? w.sentence.replace(/\p{L}+(?= \{port\})/u, w.portCompound) : w.sentence;
        const sentence = frame
          .replace('{dir}', dirAdjective(w, e.label))
          .replace('{proto}', e.protocol)
          .replace('{host}', '`' + e.host + '`')
          .replace('{port}', `${open}${b(s, e.port)}${close}`)
          .replace('{sec}', `(${securityPhrase(w, e.security)})`);
        d.push(sentence.charAt(0).toUpperCase() + sentence.slice(1), `${side}.port`, `${side}.host`);
        d.blank();
      }
      authSentence(d, w, s);
      return d.done(w, s);
    },
  },
  {
    // Both endpoints in one sentence, as clauses joined by `;`, each with its own direction verb.
    id: 'clauses',
    render(w, s) {
      const d = new Doc();
      regionParagraph(d, w, s);
      const clauses = order(s).map((side, i) => {
        const e = s[side];
        const verb = e.label === 'in' ? w.recv : w.send;
        const v = i === 0 ? verb.charAt(0).toUpperCase() + verb.slice(1) : verb.charAt(0).toLowerCase() + verb.slice(1);
        return w.clause.replace('{verb}', v).replace('{proto}', e.protocol).replace('{port}', b(s, e.port)).replace('{sec}', securityPhrase(w, e.security));
      });
      d.push(`${clauses.join('; ')}.`, 'in.port', 'out.port');
      d.blank();
      const hosts = order(s).map((side) => '`' + s[side].host + '`');
      d.push(`${w.server}: ${hosts[0] === hosts[1] ? hosts[0] : hosts.join(', ')}`, 'in.host', 'out.host');
      authSentence(d, w, s);
      return d.done(w, s);
    },
  },
  {
    // A form as a list: `- Server type: IMAP`, `- Incoming server: host`, `- Port: 993`, `- SSL: Yes`.
    id: 'field-list',
    render(w, s) {
      const d = new Doc();
      regionParagraph(d, w, s);
      for (const side of order(s)) {
        const e = s[side];
        d.push(`- ${w.serverType}: ${b(s, e.protocol)}`);
        d.push(`- ${serverLabel(w, e.label)}: ${b(s, e.host)}`, `${side}.host`);
        d.push(`- ${w.port}: ${b(s, e.port)}`, `${side}.port`);
        d.push(`- SSL: ${b(s, securityValue(w, e.security))}`);
        if (side === 'out') d.push(`- ${w.authLabel}: ${b(s, s.auth ? w.yes : w.no)}`, 'auth');
        d.blank();
      }
      return d.done(w, s);
    },
  },
  {
    // A bold label carrying direction and protocol, then its fields.
    id: 'label-paragraph',
    render(w, s) {
      const d = new Doc();
      regionParagraph(d, w, s);
      for (const side of order(s)) {
        const e = s[side];
        d.push(`**${serverLabel(w, e.label)} (${e.protocol})**`);
        d.blank();
        d.push(`- ${w.server}: ${b(s, e.host)}`, `${side}.host`);
        d.push(`- ${w.port}: ${b(s, e.port)}`, `${side}.port`);
        d.push(`- SSL: ${b(s, securityValue(w, e.security))}`);
        if (side === 'out') d.push(`- ${w.authLabel}: ${b(s, s.auth ? w.yes : w.no)}`, 'auth');
        d.blank();
      }
      return d.done(w, s);
    },
  },
  {
    // One two-column field table per endpoint: |Setting|Value|, one setting a row.
    id: 'field-table',
    render(w, s) {
      const d = new Doc();
      regionParagraph(d, w, s);
      for (const side of order(s)) {
        const e = s[side];
        d.push(`|${w.setting}|${w.value}|`);
        d.push('|---|---|');
        d.push(`|${w.serverType}|${b(s, e.protocol)}|`);
        d.push(`|${serverLabel(w, e.label)}|${b(s, e.host)}|`, `${side}.host`);
        d.push(`|${w.port}|${b(s, e.port)}|`, `${side}.port`);
        d.push(`|SSL|${b(s, securityValue(w, e.security))}|`);
        if (side === 'out') d.push(`|${w.authLabel}|${b(s, s.auth ? w.yes : w.no)}|`, 'auth');
        d.blank();
      }
      return d.done(w, s);
    },
  },
  {
    // A matrix table: a row per endpoint (direction and protocol in its label), a column per setting; the region labels the host column.
    id: 'matrix-table',
    render(w, s) {
      return matrix(w, s, true);
    },
  },
  {
    // The same matrix as pipe lines with no separator row (legacy guides): not a table for Markdown.
    id: 'pipe-lines',
    render(w, s) {
      return matrix(w, s, false);
    },
  },
  {
    // Headings carry the region and each server's direction and protocol; a security field in words (`Security type: None`).
    id: 'heading-fields',
    render(w, s) {
      const d = new Doc();
      const region = regionLabel(w, s);
      if (region) {
        d.push(`### ${region}`);
        d.blank();
      }
      for (const side of order(s)) {
        const e = s[side];
        d.push(`#### ${serverLabel(w, e.label)} (${e.protocol})`);
        d.blank();
        d.push(`- ${w.server}: ${b(s, e.host)}`, `${side}.host`);
        d.push(`- ${w.port}: ${b(s, e.port)}`, `${side}.port`);
        d.push(`- ${w.securityType}: ${b(s, e.security === 'ssl' ? 'SSL / TLS' : e.security === 'starttls' ? 'STARTTLS' : w.none)}`);
        if (side === 'out') d.push(`- ${w.authLabel}: ${b(s, s.auth ? w.yes : w.no)}`, 'auth');
        d.blank();
      }
      return d.done(w, s);
    },
  },
  {
    // A ports table whose rows name only a direction ("Outgoing | 587 | SSL / TLS"): the incoming protocol comes from the
    // section heading, the outgoing one from direction and port through the model.
    id: 'direction-rows',
    render(w, s) {
      const d = new Doc();
      d.out[0] = `## ${s.in.protocol}`;
      d.push(`|${w.server === w.serverType ? w.server : w.serverType}|${regionLabel(w, s) ?? w.server}|${w.port}|${w.securityType}|${w.authLabel}|`);
      d.push('|---|---|---|---|---|');
      for (const side of order(s)) {
        const e = s[side];
        const auth = side === 'out' ? (s.auth ? w.yes : w.no) : '';
        const security = e.security === 'ssl' ? 'SSL / TLS' : e.security === 'starttls' ? 'STARTTLS' : w.none;
        d.push(
          `|${rowLabel(w, e.label)}|${b(s, e.host)}|${b(s, e.port)}|${b(s, security)}|${auth}|`,
          `${side}.host`,
          `${side}.port`,
          ...(side === 'out' ? (['auth'] as const) : []),
        );
      }
      return d.done(w, s);
    },
  },
  {
    // A list item naming the server (direction and protocol), its fields in a nested list.
    id: 'nested-list',
    render(w, s) {
      const d = new Doc();
      regionParagraph(d, w, s);
      for (const side of order(s)) {
        const e = s[side];
        d.push(`- **${serverLabel(w, e.label)} (${e.protocol})**:`);
        d.push(`    - ${w.server}: ${b(s, e.host)}`, `${side}.host`);
        d.push(`    - ${w.port}: ${b(s, e.port)}`, `${side}.port`);
        d.push(`    - SSL: ${b(s, securityValue(w, e.security))}`);
        if (side === 'out') d.push(`    - ${w.authLabel}: ${b(s, s.auth ? w.yes : w.no)}`, 'auth');
      }
      return d.done(w, s);
    },
  },
  {
    // The settings inside an admonition (`> [!primary]`), one sentence per server.
    id: 'admonition',
    render(w, s) {
      const d = new Doc();
      regionParagraph(d, w, s);
      d.push('> [!primary]');
      d.push('>');
      for (const side of order(s)) {
        const e = s[side];
        const sentence = w.sentence
          .replace('{dir}', dirAdjective(w, e.label))
          .replace('{proto}', e.protocol)
          .replace('{host}', '`' + e.host + '`')
          .replace('{port}', b(s, e.port))
          .replace('{sec}', securityPhrase(w, e.security));
        d.push(`> ${sentence.charAt(0).toUpperCase() + sentence.slice(1)}`, `${side}.port`, `${side}.host`);
        d.push('>');
      }
      d.push(`> ${s.bold ? `**${s.auth ? w.authOn : w.authOff}**` : s.auth ? w.authOn : w.authOff}`, 'auth');
      return d.done(w, s);
    },
  },
  {
    // Links that embed the server name (`[webmail](https://ssl0.ovh.net/)`): only hosts and regions can be written so.
    id: 'link',
    render(w, s) {
      const d = new Doc();
      regionParagraph(d, w, s);
      for (const side of order(s)) {
        const e = s[side];
        d.push(`[${serverLabel(w, e.label)}](https://${e.host}/${s.bold ? 'webmail/' : ''})`, `${side}.host`);
        d.blank();
      }
      return d.done();
    },
  },
  {
    // `host:port` in inline code in a sentence.
    id: 'code-span',
    render(w, s) {
      const d = new Doc();
      regionParagraph(d, w, s);
      for (const side of order(s)) {
        const e = s[side];
        d.push(`${serverLabel(w, e.label)} (${e.protocol}): \`${e.host}:${e.port}\` ${securityPhrase(w, e.security)}`, `${side}.port`, `${side}.host`);
        d.blank();
      }
      authSentence(d, w, s);
      return d.done(w, s);
    },
  },
];

function matrix(w: Words, s: Settings, separator: boolean): Rendered {
  const d = new Doc();
  d.push(`|${w.serverType}|${regionLabel(w, s) ?? w.server}|${w.port}|SSL|${w.authLabel}|`);
  if (separator) d.push('|---|---|---|---|---|');
  for (const side of order(s)) {
    const e = s[side];
    const auth = side === 'out' ? (s.auth ? w.yes : w.no) : '';
    d.push(
      `|${rowLabel(w, e.label)} (${e.protocol})|${b(s, e.host)}|${b(s, e.port)}|${b(s, securityValue(w, e.security))}|${auth}|`,
      `${side}.host`,
      `${side}.port`,
      ...(side === 'out' ? (['auth'] as const) : []),
    );
  }
  return d.done(w, s);
}
