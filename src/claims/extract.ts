/**
 * Claim extraction: read protocol, direction, host, port, security,
 * authentication and region statements from a guide, language-neutral.
 *
 * Sources: `Label: value` lines (paragraphs and list items, nested lists
 * inheriting their parent's direction; security fields `SSL: Yes`,
 * authentication fields), sentences that name a port (split into
 * sentences and `;` clauses, each direction word governing its own
 * clause), GFM tables and pipe lines that do not render as a table
 * (two-column field tables read as one form, row by row), bold label
 * paragraphs and headings that give their direction and protocol to the
 * fields after them, hosts in inline code of sentences about a protocol
 * or direction, links to hosts under the model's domains, and region
 * labels (the model's, per language) that scope the hosts after them. A table's incoming
 * ports take the protocol of its section heading, or of a one-line lead-in
 * right above it that names one protocol (`- **Configuration en IMAP**`).
 * A settings block is the prose of one section (a form step: its fields, its ticked boxes,
 * the sentence after it) or one table row; a security box ticked in a
 * block applies to the ports of the same direction in that block.
 * The extractor records what the text says, even when it is wrong:
 * judging is the rules' job.
 */
import { trimChars, trimEndChars } from '../document/trim.js';
import type { Heading, List, ListItem, Nodes, Paragraph, Root, RootContent, Table } from 'mdast';
import type { Claim, ClaimExtraction, ClaimOrigin, Direction, Range, Security, SettingsBlock } from '../types.js';
import type { Concept, CompiledLexicon, Matcher } from './lexicon.js';
import type { RegionLabel } from '../model/types.js';
import { collapseInnerMarkup, findHosts, findPorts, mask, unmark } from './text.js';
import { Locator } from '../document/positions.js';

export interface ProtocolName {
  id: string;
  names: string[];
  /** The direction the protocol serves (IMAP incoming, SMTP outgoing), when it has one. */
  direction?: Direction;
}

export interface ExtractOptions {
  language?: string;
  lexicon: CompiledLexicon;
  protocols: readonly ProtocolName[];
  /** Labels guides give the model's regions (`EUROPE`): a host under the nearest one is given for that region. */
  regions?: readonly RegionLabel[];
  /** Domains the model is authoritative for: a link to a host under them (`https://pro1.mail.ovh.net/`) is a host claim. */
  domains?: readonly string[];
}

/** The words that let a line state something without a port (see `mayStateSomething`). */
const TRIGGER_CONCEPTS: readonly Concept[] = ['server', 'incoming', 'outgoing', 'secureConnection', 'authentication', 'noAuthentication', 'authenticationField', 'securityField'];

/** A field whose label is the security itself (`SSL: Yes`, `SSL / TLS: STARTTLS`). */
const SECURITY_LABEL = /^[\s*_`]*(?:SSL|TLS|SSL\s*\/\s*TLS|TLS\s*\/\s*SSL)[\s*_`]*$/iu;

const DIGIT = /\d/u;
/** A dot inside a word: a host name, also when marked up (`ssl0.**ovh**.net`). */
const DOTTED = /[^\s.]\.[^\s.]/u;

/** Longest lead-in paragraph (a label over a table, not prose). */
const LEAD_MAX = 120;

/** Lines longer than this are not read for sentences (a 1 MB line must not cost more than a skim). */
const MAX_LINE = 2000;

interface Line {
  text: string;
  start: number;
}

interface BlockState {
  block: SettingsBlock;
  /** Protocol stated in the block, by direction (`*` when the statement has none). */
  protocol: Map<Direction | '*', string>;
  /** Security from a ticked "requires a secure connection" box, by direction. */
  security: Map<Direction | '*', Security>;
  claims: Claim[];
}

export function extractClaims(tree: Root, text: string, options: ExtractOptions): ClaimExtraction {
  return new Extractor(text, options).run(tree);
}

/** What extraction needs of a language and a protocol list; built once per pair, not per file. */
interface Vocabulary {
  terms: Record<Concept, Matcher>;
  protocolRe: RegExp;
  protocolByName: ReadonlyMap<string, string>;
  protocolDirection: ReadonlyMap<string, Direction>;
  /** What a paragraph needs before it can state anything (see `mayStateSomething`). */
  needles: ReadonlyArray<readonly string[]>;
}

/** Comparable form of a label: no accents, case or punctuation (`AMÉRIQUE / ASIE-PACIFIQUE` → `amerique asie pacifique`). */
function labelKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const regionKeys = new WeakMap<readonly RegionLabel[], Array<{ region: string; key: string }>>();

function regionKeysOf(labels: readonly RegionLabel[] | undefined): Array<{ region: string; key: string }> {
  if (!labels || labels.length === 0) return [];
  let keys = regionKeys.get(labels);
  if (!keys) {
    keys = labels.map((l) => ({ region: l.region, key: labelKey(l.label) })).filter((k) => k.key);
    regionKeys.set(labels, keys);
  }
  return keys;
}

const vocabularies = new WeakMap<CompiledLexicon, WeakMap<readonly ProtocolName[], Map<string, Vocabulary>>>();

function vocabularyFor({ lexicon, protocols, language }: ExtractOptions): Vocabulary {
  let byProtocols = vocabularies.get(lexicon);
  if (!byProtocols) vocabularies.set(lexicon, (byProtocols = new WeakMap()));
  let byLanguage = byProtocols.get(protocols);
  if (!byLanguage) byProtocols.set(protocols, (byLanguage = new Map()));
  const key = language ?? '';
  let vocabulary = byLanguage.get(key);
  if (!vocabulary) {
    const terms = lexicon.forLanguage(language);
    const protocolByName = new Map<string, string>();
    const protocolDirection = new Map<string, Direction>();
    const names: string[] = [];
    for (const p of protocols) {
      if (p.direction) protocolDirection.set(p.id, p.direction);
      for (const n of p.names) {
        protocolByName.set(n.toLowerCase(), p.id);
        names.push(n);
      }
    }
    names.sort((a, b) => b.length - a.length);
    const body = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)';
    vocabulary = {
      terms,
      protocolRe: new RegExp(`(?<![\\p{L}\\p{N}])(${body})(?![\\p{L}\\p{N}])`, 'giu'),
      protocolByName,
      protocolDirection,
      needles: [...names.map((n) => [n.toLowerCase()]), ['ssl'], ['tls'], ...TRIGGER_CONCEPTS.flatMap((c) => terms[c].needles)],
    };
    byLanguage.set(key, vocabulary);
  }
  return vocabulary;
}

class Extractor {
  private readonly index: Locator;
  private readonly terms: Record<Concept, Matcher>;
  private readonly protocolRe: RegExp;
  private readonly protocolByName: ReadonlyMap<string, string>;
  private readonly protocolDirection: ReadonlyMap<string, Direction>;
  private readonly needles: ReadonlyArray<readonly string[]>;
  private readonly claims: Claim[] = [];
  private readonly blocks: SettingsBlock[] = [];
  private scope: Array<{ depth: number; text: string; protocol?: string; direction?: Direction; range: Range }> = [];
  private current: BlockState | undefined;
  private readonly regionLabels: Array<{ region: string; key: string }>;
  private readonly domains: readonly string[];
  /** The region of the nearest region label before (a heading or a label paragraph; `depth` says which headings end it). */
  private region: { id: string; depth: number } | undefined;
  /** A lead-in naming one protocol ("**Pour une configuration en IMAP**"), for the table right after it. */
  private lead: { protocol: string; range: Range } | undefined;
  /** The lead-in of the table being read: its rows' incoming settings are that protocol's, as under a heading. */
  private tableLead: { protocol: string; range: Range } | undefined;

  constructor(
    private readonly text: string,
    options: ExtractOptions,
  ) {
    this.index = new Locator(text);
    this.regionLabels = regionKeysOf(options.regions);
    this.domains = (options.domains ?? []).map((d) => d.toLowerCase());
    ({ terms: this.terms, protocolRe: this.protocolRe, protocolByName: this.protocolByName, protocolDirection: this.protocolDirection, needles: this.needles } = vocabularyFor(options));
  }

  /**
   * A cheap first look at a paragraph, from what `line` needs before it
   * records anything: a protocol name, or a server, direction, security
   * box or authentication word; a port needs a digit and the word "port"
   * (or a `host:port`, a digit and a dotted name). A paragraph with none
   * of these (most prose of a guide) is skipped without reading its lines.
   */
  private mayStateSomething(node: Paragraph): boolean {
    const lower = this.slice(node).toLowerCase();
    const has = (needles: ReadonlyArray<readonly string[]>): boolean => needles.some((pieces) => pieces.every((piece) => lower.includes(piece)));
    if (has(this.needles)) return true;
    return DIGIT.test(lower) && (DOTTED.test(lower) || has(this.terms.port.needles));
  }

  run(tree: Root): ClaimExtraction {
    this.visit(tree.children, undefined);
    this.closeBlock();
    return { claims: this.claims, blocks: this.blocks };
  }

  // ── Walking the tree ────────────────────────────────────────────────

  private visit(nodes: readonly RootContent[], inherited: Direction | undefined): void {
    let label: { direction?: Direction; protocol?: string } | undefined;
    for (const node of nodes) {
      const lead = this.lead;
      this.lead = undefined;
      const carried = label;
      label = undefined;
      if (node.type === 'table') {
        this.tableLead = lead;
        this.table(node);
        this.tableLead = undefined;
        continue;
      }
      switch (node.type) {
        case 'heading':
          this.heading(node);
          break;
        case 'paragraph': {
          // A region label on its own (`**EUROPE**`): the hosts after it, up to the next heading, are that region's.
          const region = this.regionIn(plain(this.slice(node)));
          if (region) {
            this.closeBlock();
            this.region = { id: region, depth: (this.scope[this.scope.length - 1]?.depth ?? 0) + 0.5 };
          }
          label = this.labelParagraph(node);
          // A label (`**Outgoing server (SMTP)**`) starts the settings it introduces.
          if (label) this.closeBlock();
          // A heading's direction goes to the fields of its lists, not to its sentences ("port 993 is for IMAP" under "Outgoing server").
          this.paragraph(node, inherited);
          this.lead = this.leadIn(node);
          break;
        }
        case 'list':
          if (carried?.protocol) {
            const direction = carried.direction ?? this.protocolDirection.get(carried.protocol) ?? 'incoming';
            this.ensureBlock('list', node.position?.start.offset ?? 0).protocol.set(direction, carried.protocol);
          }
          this.list(node, carried?.direction ?? inherited ?? this.headingDirection());
          this.lead = this.leadIn(node);
          break;
        case 'blockquote':
          this.visit(node.children, inherited);
          break;
        case 'thematicBreak':
          this.closeBlock();
          break;
        default:
          // Code, HTML, definitions, front matter: no claims are read there.
          break;
      }
    }
  }

  private heading(node: Heading): void {
    this.closeBlock();
    const range = rangeOf(node);
    const source = this.slice(node);
    while (this.scope.length && this.scope[this.scope.length - 1].depth >= node.depth) this.scope.pop();
    const protocols = this.protocolsIn(mask(source));
    // A heading that names one direction (`#### Incoming server (IMAP)`) gives it to the fields of its section.
    const direction = this.directionIn(mask(source), true);
    this.scope.push({ depth: node.depth, text: plain(source), protocol: protocols.length === 1 ? protocols[0].id : undefined, ...(direction ? { direction } : {}), range });
    const region = this.regionIn(plain(source));
    if (region) this.region = { id: region, depth: node.depth };
    else if (this.region && node.depth <= this.region.depth) this.region = undefined;
  }

  private list(node: List, inherited: Direction | undefined): void {
    // A field item's direction carries to the items after it (`Posteingangsserver: …` then `Port: 993`).
    let direction = inherited;
    for (const item of node.children) direction = this.listItem(item, direction) ?? direction;
  }

  /** Returns the direction the item's own text states, if any. */
  private listItem(item: ListItem, inherited: Direction | undefined): Direction | undefined {
    let direction = inherited;
    let stated: Direction | undefined;
    for (const child of item.children) {
      if (child.type === 'paragraph') {
        const found = this.paragraph(child, direction);
        // The item's own text (`Information sur le Serveur entrant :`) gives its sub-list a direction.
        if (found) direction = found;
        if (found && found !== inherited) stated = found;
      } else if (child.type === 'list') {
        this.list(child, direction);
      } else {
        this.visit([child], direction);
      }
    }
    return stated;
  }

  /** Returns the direction the paragraph ends with (for nested lists). */
  private paragraph(node: Paragraph, inherited: Direction | undefined): Direction | undefined {
    const lines = this.linesOf(node);
    const pipe = lines.filter((l) => /^\s*\|/.test(l.text));
    if (pipe.length >= 2 && pipe.length === lines.length) {
      this.pipeLines(lines);
      return inherited;
    }
    if (!this.mayStateSomething(node)) return inherited;
    let direction = inherited;
    let last: Direction | undefined;
    for (const line of lines) {
      const found = this.line(line, direction);
      if (found) {
        direction = found;
        last = found;
      }
    }
    return last ?? inherited;
  }

  // ── One line of prose or one field ──────────────────────────────────

  /** Read one line; returns the direction it states (for the lines after it). */
  private line(line: Line, inherited: Direction | undefined, field?: { label: string; valueStart: number; origin: ClaimOrigin }, split = false): Direction | undefined {
    if (line.text.length > MAX_LINE) return undefined;
    const masked = mask(line.text);
    const { label, valueStart } = field ?? splitLabel(masked);
    if (!split && line.text.includes('://') && this.domains.length > 0) this.linkHosts(line);
    // Sentences of a line, and clauses of a sentence (`to receive, use 993; to send, 587`): each direction word
    // governs its own clause (and the clauses after it in its sentence), never another sentence.
    if (label === undefined && !split) {
      const parts = sentences(masked).map(([from, to]) => clauses(masked.slice(from, to)).map(([a, b]): [number, number] => [from + a, from + b]));
      if (parts.length > 1 || parts[0]?.length > 1) {
        let own: Direction | undefined;
        for (const sentence of parts) {
          let direction = inherited;
          for (const [from, to] of sentence) {
            const found = this.line({ text: line.text.slice(from, to), start: line.start + from }, direction, undefined, true);
            if (found) direction = own = found;
          }
        }
        return own;
      }
    }
    const labelDirection = this.directionIn(label ?? '');
    // A clause of prose that names both directions ("cannot receive or send") says neither.
    const ownDirection = labelDirection ?? (label === undefined ? this.directionIn(masked, true) : this.directionIn(masked));
    const direction = ownDirection ?? inherited;
    // A `Label: value` line is a field of a form; a line without a label is a sentence.
    const origin: ClaimOrigin = field?.origin ?? (label === undefined ? 'prose' : 'list');

    const hasPort = this.terms.port.test(label ?? masked);
    const hasServer = label !== undefined && this.terms.server.test(label);
    const value = valueStart === undefined ? masked : masked.slice(valueStart);
    const valueOffset = valueStart ?? 0;

    // Protocol stated as a field value ("Type de serveur : POP3", "… est un serveur : **POP3**").
    const valueProtocols = this.protocolsIn(value);
    const bareValue = unmark(value).trim();
    const statesProtocol =
      label !== undefined &&
      valueProtocols.length === 1 &&
      (this.terms.serverType.test(label) || bareValue.toLowerCase() === valueProtocols[0].name.toLowerCase()) &&
      !hasPort;
    if (statesProtocol) {
      const p = valueProtocols[0];
      const block = this.ensureBlock(origin, line.start);
      // "Server type: SMTP" is about the outgoing server whatever field came before it.
      const dir = labelDirection ?? this.protocolDirection.get(p.id) ?? inherited ?? 'incoming';
      block.protocol.set(dir, p.id);
      this.add(block, {
        protocol: p.id,
        protocolSource: 'block',
        direction: dir,
        origin,
        position: this.index.range(line.start + valueOffset + p.start, line.start + valueOffset + p.end),
        text: line.text.trim(),
      });
      return ownDirection ?? this.protocolDirection.get(p.id);
    }

    // A field label naming one protocol and no value (`- **Incoming server (IMAP)**:` over a nested list of fields):
    // the protocol of the fields of its direction in the block.
    if (label !== undefined && !/[\p{L}\p{N}]/u.test(unmark(value)) && masked.length <= LEAD_MAX && !DIGIT.test(this.withoutProtocols(masked))) {
      const named = this.protocolsIn(masked);
      if (named.length > 0 && new Set(named.map((p) => p.id)).size === 1) {
        const dir = ownDirection ?? this.protocolDirection.get(named[0].id) ?? inherited ?? 'incoming';
        this.ensureBlock(origin, line.start).protocol.set(dir, named[0].id);
      }
    }

    // A security field (`SSL: Yes`, `SSL: STARTTLS`, `Security type: SSL/TLS`): the security of its direction's ports in the block.
    if (label !== undefined && !hasPort && (SECURITY_LABEL.test(label) || this.terms.securityField.test(label))) {
      const v = unmark(value);
      const fieldSecurity = this.securityIn(v) ?? (/(?<![\p{L}])(?:SSL|TLS)(?![\p{L}])/u.test(v) ? 'ssl' : this.terms.yes.test(v) ? 'ssl' : this.terms.no.test(v) ? 'none' : undefined);
      if (fieldSecurity) this.ensureBlock(origin, line.start).security.set(direction ?? '*', fieldSecurity);
      return ownDirection;
    }
    // An authentication field (`Authentication: No`).
    // (`SMTP authentication: No` names the positive phrase as its label: the value decides.)
    const authValue = unmark(value);
    const authRequired = this.terms.noAuthentication.test(authValue) ? false : this.terms.yes.test(authValue) ? true : this.terms.no.test(authValue) ? false : undefined;
    if (label !== undefined && authRequired !== undefined && (this.terms.authenticationField.test(label) || this.terms.authentication.test(label))) {
      const at = valueOffset + (authValue.length - authValue.trimStart().length);
      this.add(this.ensureBlock(origin, line.start), {
        auth: authRequired,
        direction: direction ?? 'outgoing',
        origin,
        position: this.index.range(line.start + at, line.start + at + authValue.trim().length),
        text: line.text.trim(),
      });
      return ownDirection;
    }

    // A ticked "requires a secure connection (SSL)" box.
    if (this.terms.secureConnection.test(masked)) {
      const block = this.ensureBlock(origin, line.start);
      block.security.set(direction ?? '*', 'ssl');
    }
    // "My outgoing server requires authentication", or that it needs none (read first: it contains the positive words).
    // In a sentence, "no authentication" is a claim only about a server it names by its direction ("the outgoing server needs none"),
    // not in general remarks ("no authentication takes place without TLS").
    const noAuthFound = this.terms.noAuthentication.all(masked)[0];
    const noAuth = noAuthFound && ownDirection !== undefined ? noAuthFound : undefined;
    if (noAuth || (!noAuthFound && this.terms.authentication.test(masked))) {
      const block = this.ensureBlock(origin, line.start);
      const where = noAuth ?? this.terms.authentication.all(masked)[0];
      this.add(block, {
        auth: !noAuth,
        direction: direction ?? 'outgoing',
        origin,
        position: this.index.range(line.start + where[0], line.start + where[1]),
        text: line.text.trim(),
      });
    }

    const lineProtocols = this.protocolsIn(masked);
    const stated = lineProtocols.length > 0 && new Set(lineProtocols.map((p) => p.id)).size === 1 ? lineProtocols[0].id : undefined;
    const security = this.securityIn(label !== undefined && hasPort ? label + ' ' + value : masked);

    // Hosts: in server fields, and host:port anywhere in prose.
    const hostText = collapseInnerMarkup(hasServer ? value : masked);
    // In a sentence, a host set off as a value (`code` or **bold**) in a clause that names a mail protocol or a direction is a claim too.
    const namesServer = label === undefined && (stated !== undefined || ownDirection !== undefined);
    const setOff = (h: { start: number; end: number }): boolean => /[`*]/u.test(line.text[hostText.map[h.start] - 1] ?? '') && /[`*]/u.test(line.text[hostText.map[h.end]] ?? '');
    const hosts = findHosts(hostText.text).filter((h) => hasServer || h.port !== undefined || (namesServer && setOff(h)));
    const consumed = new Set<number>();
    for (const h of hosts) {
      const block = this.ensureBlock(origin, line.start);
      const base = line.start + (hasServer ? valueOffset : 0);
      const claim: Omit<Claim, 'block' | 'scope'> = {
        host: h.host,
        direction,
        origin,
        position: this.index.range(base + hostText.map[h.start], base + hostText.map[h.end]),
        text: line.text.trim(),
      };
      if (h.port !== undefined && h.portStart !== undefined) {
        claim.port = h.port;
        consumed.add(base + hostText.map[h.portStart]);
        if (security) claim.security = security;
        if (stated) {
          claim.protocol = stated;
          claim.protocolSource = 'block';
        }
      }
      this.add(block, claim);
    }

    // Ports: in port fields, and in sentences that use the word "port".
    if (hasPort || (label === undefined && this.terms.port.test(masked))) {
      const scanFrom = hasPort && label !== undefined ? valueOffset : 0;
      const field = hasPort && label !== undefined;
      // In a sentence, only numbers next to the word "port" are ports ("June 2024", "8." are not).
      const near = field ? undefined : this.besidePortWord(masked);
      const found = findPorts(masked.slice(scanFrom)).filter((p) => !near || near.some(([a, b]) => p.start >= a && p.end <= b));
      found.forEach((p, i) => {
        const start = line.start + scanFrom + p.start;
        // "993 (SSL) or 143 (STARTTLS)": a note right after a port is that port's security.
        const after = masked.slice(scanFrom + p.end, i + 1 < found.length ? scanFrom + found[i + 1].start : undefined);
        const own = this.annotatedSecurity(after);
        if (consumed.has(start)) return;
        const block = this.ensureBlock(origin, line.start);
        const claim: Omit<Claim, 'block' | 'scope'> = {
          port: p.port,
          direction,
          origin,
          position: this.index.range(start, start + (p.end - p.start)),
          text: line.text.trim(),
        };
        const portSecurity = own ?? security;
        if (portSecurity) claim.security = portSecurity;
        if (stated) {
          claim.protocol = stated;
          claim.protocolSource = 'block';
        }
        this.add(block, claim);
      });
    }
    return ownDirection;
  }

  // ── Tables and pipe lines ───────────────────────────────────────────

  private table(node: Table): void {
    this.closeBlock();
    const rows = node.children.map((row) =>
      row.children.map((cell) => {
        const start = cell.position?.start.offset ?? 0;
        const end = cell.position?.end.offset ?? start;
        return { text: this.text.slice(start, end), start };
      }),
    );
    this.rows(rows, 'table');
    this.closeBlock();
  }

  private pipeLines(lines: Line[]): void {
    this.closeBlock();
    const rows = lines.map((line) => {
      const cells: Line[] = [];
      const body = line.text.trimEnd();
      let i = body.indexOf('|');
      while (i !== -1 && i < body.length - 1) {
        const next = body.indexOf('|', i + 1);
        const end = next === -1 ? body.length : next;
        cells.push({ text: body.slice(i + 1, end), start: line.start + i + 1 });
        i = next;
      }
      return cells;
    });
    this.rows(rows, 'pipe-lines');
    this.closeBlock();
  }

  private rows(rows: Line[][], origin: ClaimOrigin): void {
    const [header, ...body] = rows;
    if (!header || body.length === 0) return;
    if (this.fieldRows(rows, origin)) return;
    type Column = { port: boolean; security?: Security; host: boolean; securityValues: boolean; auth: boolean; region?: string };
    const columns: Column[] = header.map((cell, i) => {
      const t = mask(cell.text);
      const security = this.securityIn(t);
      const port = this.terms.port.test(t);
      const host = this.terms.server.test(t) || body.some((r) => r[i] && findHosts(collapseInnerMarkup(mask(r[i].text)).text).length > 0);
      // A column of SSL/TLS/STARTTLS values, or an `SSL` column of yes/no values (`|SSL|` … `|Oui|`).
      const sslHeader = /^[\s*_|]*(?:SSL|TLS|SSL\s*\/\s*TLS)[\s*_|]*$/iu.test(t);
      const securityValues = body.some(
        (r) =>
          r[i] &&
          findPorts(mask(r[i].text)).length === 0 &&
          (this.terms.starttls.test(r[i].text) || this.terms.sslOn.test(r[i].text) || (sslHeader && (this.terms.yes.test(r[i].text) || this.terms.no.test(r[i].text)))),
      );
      const auth = this.terms.authenticationField.test(t) && !port && !host;
      const region = this.regionIn(plain(cell.text));
      return { port: port || (security !== undefined && body.some((r) => r[i] && findPorts(mask(r[i].text)).length > 0)), security, host, securityValues, auth, ...(region ? { region } : {}) };
    });
    if (!columns.some((c) => c.port || c.host)) return;

    for (const row of body) {
      if (!row[0]) continue;
      const labelText = mask(row[0].text);
      const direction = this.directionIn(labelText);
      const rowRegion = this.regionIn(plain(row[0].text));
      const rowProtocols = row.flatMap((cell) => this.protocolsIn(mask(cell.text)));
      const protocol = rowProtocols.length > 0 && new Set(rowProtocols.map((p) => p.id)).size === 1 ? rowProtocols[0].id : undefined;
      let rowSecurity: Security | undefined;
      row.forEach((cell, i) => {
        if (!columns[i]?.securityValues) return;
        const text = mask(cell.text);
        rowSecurity = this.securityIn(text) ?? (this.terms.yes.test(text) ? 'ssl' : this.terms.no.test(text) ? 'none' : undefined) ?? rowSecurity;
      });
      const block = this.newBlock(origin, row[0].start);
      row.forEach((cell, i) => {
        const column = columns[i];
        if (!column || i === 0 && !column.host) return;
        const masked = mask(cell.text);
        if (column.host) {
          const collapsed = collapseInnerMarkup(masked);
          for (const h of findHosts(collapsed.text)) {
            const region = column.region ?? rowRegion;
            this.add(block, {
              host: h.host,
              ...(region ? { region } : {}),
              direction,
              ...(protocol ? { protocol, protocolSource: 'block' as const } : {}),
              origin,
              position: this.index.range(cell.start + collapsed.map[h.start], cell.start + collapsed.map[h.end]),
              text: cell.text.trim(),
            });
          }
        }
        if (column.auth) {
          // An authentication column: yes / no (or "none needed") per row.
          const v = unmark(masked);
          const required = this.terms.noAuthentication.test(v) ? false : this.terms.yes.test(v) ? true : this.terms.no.test(v) ? false : undefined;
          const at = v.length - v.trimStart().length;
          if (required !== undefined) {
            this.add(block, {
              auth: required,
              direction: direction ?? 'outgoing',
              origin,
              position: this.index.range(cell.start + at, cell.start + at + v.trim().length),
              text: row.map((c) => c.text.trim()).join(' | '),
            });
          }
        }
        if (column.port) {
          for (const p of findPorts(masked)) {
            const claim: Omit<Claim, 'block' | 'scope'> = {
              port: p.port,
              direction,
              origin,
              position: this.index.range(cell.start + p.start, cell.start + p.end),
              text: row.map((c) => c.text.trim()).join(' | '),
            };
            const security = column.security ?? rowSecurity;
            if (security) claim.security = security;
            if (protocol) {
              claim.protocol = protocol;
              claim.protocolSource = 'block';
            }
            this.add(block, claim);
          }
        }
      });
      this.closeBlock();
    }
  }

  /**
   * A two-column field table (`|Port|993|`, `|SSL|Yes|`, one setting a
   * row): read as the fields of one form, each row a `label: value` line,
   * a direction stated by a row carrying to the rows after it.
   */
  private fieldRows(rows: Line[][], origin: ClaimOrigin): boolean {
    const filled = (row: Line[]): Line[] => row.filter((c) => /[\p{L}\p{N}]/u.test(c.text));
    if (rows.some((r) => filled(r).length > 2)) return false;
    const header = rows[0];
    if (header.length >= 2 && (this.terms.port.test(mask(header[1].text)) || this.terms.server.test(mask(header[1].text)))) return false;
    const isField = (text: string): boolean =>
      this.terms.port.test(text) ||
      this.terms.server.test(text) ||
      this.terms.serverType.test(text) ||
      SECURITY_LABEL.test(text) ||
      this.terms.securityField.test(text) ||
      this.terms.authenticationField.test(text);
    if (rows.filter((r) => r.length >= 2 && isField(mask(r[0].text))).length < 2) return false;
    this.closeBlock();
    let direction: Direction | undefined;
    for (const row of rows) {
      if (row.length < 2 || !/\S/u.test(row[1].text)) continue;
      const [a, b] = row;
      const text = this.text.slice(a.start, b.start + b.text.length);
      const label = trimChars(mask(a.text).replace(/\s/gu, ' '), ' *_|');
      const found = this.line({ text, start: a.start }, direction, { label, valueStart: b.start - a.start, origin });
      if (found) direction = found;
    }
    this.closeBlock();
    return true;
  }

  /**
   * A short paragraph with no value in it (no digit, no `label: value`)
   * that states a direction or one protocol (`**Incoming server (IMAP)**`,
   * `**Ausgangsserver**`): the label of the fields that follow it.
   */
  private labelParagraph(node: Paragraph): { direction?: Direction; protocol?: string } | undefined {
    const source = this.slice(node);
    if (source.length > LEAD_MAX || DIGIT.test(this.withoutProtocols(source)) || source.includes('\n')) return undefined;
    const masked = mask(source);
    if (splitLabel(masked).label !== undefined || findHosts(masked).length > 0) return undefined;
    const direction = this.directionIn(masked);
    const protocols = this.protocolsIn(masked);
    const protocol = protocols.length > 0 && new Set(protocols.map((p) => p.id)).size === 1 ? protocols[0].id : undefined;
    if (!direction && !protocol) return undefined;
    return { ...(direction ? { direction } : {}), ...(protocol ? { protocol } : {}) };
  }

  /**
   * A short paragraph, or a list of one item, that names exactly one
   * protocol and nothing else a setting has (no digit): the lead-in of a
   * table that follows it (`- **Pour une configuration en POP**`).
   */
  private leadIn(node: Paragraph | List): { protocol: string; range: Range } | undefined {
    let paragraph: Paragraph | undefined = node.type === 'paragraph' ? node : undefined;
    if (node.type === 'list') {
      const only = node.children.length === 1 ? node.children[0] : undefined;
      const child = only && only.children.length === 1 ? only.children[0] : undefined;
      paragraph = child?.type === 'paragraph' ? child : undefined;
    }
    if (!paragraph) return undefined;
    const source = this.slice(paragraph);
    if (source.length > LEAD_MAX || DIGIT.test(this.withoutProtocols(source))) return undefined;
    const protocols = this.protocolsIn(mask(source));
    if (protocols.length === 0 || new Set(protocols.map((p) => p.id)).size !== 1) return undefined;
    return { protocol: protocols[0].id, range: rangeOf(paragraph) };
  }

  // ── Blocks ──────────────────────────────────────────────────────────

  /** The direction the innermost heading that names one states. */
  private headingDirection(): Direction | undefined {
    for (let i = this.scope.length - 1; i >= 0; i--) if (this.scope[i].direction) return this.scope[i].direction;
    return undefined;
  }

  private headingProtocol(): { protocol?: string; range?: Range } {
    for (let i = this.scope.length - 1; i >= 0; i--) {
      if (this.scope[i].protocol) return { protocol: this.scope[i].protocol, range: this.scope[i].range };
    }
    return {};
  }

  private newBlock(origin: ClaimOrigin, offset: number): BlockState {
    this.closeBlock();
    return this.ensureBlock(origin, offset);
  }

  private ensureBlock(origin: ClaimOrigin, offset: number): BlockState {
    if (this.current) return this.current;
    const heading = this.tableLead ?? this.headingProtocol();
    const index = this.blocks.length;
    const block: SettingsBlock = {
      id: `b${index + 1}`,
      origin,
      scope: this.scope.map((s) => s.text),
      position: this.index.range(offset, offset),
      index,
    };
    if (heading.protocol) {
      block.headingProtocol = heading.protocol;
      block.headingPosition = heading.range;
    }
    this.current = { block, protocol: new Map(), security: new Map(), claims: [] };
    return this.current;
  }

  private add(state: BlockState, claim: Omit<Claim, 'block' | 'scope'>): void {
    const full: Claim = { ...claim, block: state.block.id, scope: state.block.scope } as Claim;
    if (full.host !== undefined && full.region === undefined && this.region) full.region = this.region.id;
    if (full.direction === undefined) delete full.direction;
    state.claims.push(full);
    state.block.position = { start: state.block.position.start, end: claim.position.end };
  }

  /** Finish the current block: apply its ticked boxes and stated protocols to its ports. */
  private closeBlock(): void {
    const state = this.current;
    this.current = undefined;
    if (!state || state.claims.length === 0) return;
    this.blocks.push(state.block);
    for (const claim of state.claims) {
      if (claim.port !== undefined && claim.security === undefined) {
        const security = (claim.direction && state.security.get(claim.direction)) ?? state.security.get('*');
        if (security) claim.security = security;
      }
      if ((claim.port !== undefined || claim.host !== undefined) && claim.protocol === undefined) {
        const stated = (claim.direction && state.protocol.get(claim.direction)) ?? undefined;
        if (stated) {
          claim.protocol = stated;
          claim.protocolSource = 'block';
        } else if (claim.direction === 'incoming' && state.block.headingProtocol) {
          // "Configuration IMAP": the incoming settings of the section are IMAP ones.
          claim.protocol = state.block.headingProtocol;
          claim.protocolSource = 'heading';
        }
      }
      this.claims.push(claim);
    }
  }

  // ── Small readers ───────────────────────────────────────────────────

  /**
   * Hosts of links (`https://ex3.mail.ovh.net/owa`, a webmail address that embeds a server name) under the model's
   * domains: judged as hosts (deprecated, of another product), with no protocol.
   */
  private linkHosts(line: Line): void {
    for (const m of line.text.matchAll(/\bhttps?:\/\/([a-z0-9.-]+\.[a-z]{2,24})(?=[/:?#)\]>\s]|$)/giu)) {
      const host = m[1].toLowerCase();
      if (!this.domains.some((d) => host === d || host.endsWith(`.${d}`))) continue;
      const start = line.start + (m.index ?? 0) + m[0].length - m[1].length;
      this.add(this.ensureBlock('prose', line.start), {
        host: m[1],
        origin: 'code',
        position: this.index.range(start, start + m[1].length),
        text: line.text.trim(),
      });
    }
  }

  /** The one region a short text is a label of (`EUROPE`, `Amérique / Asie-Pacifique`), if any. */
  private regionIn(text: string): string | undefined {
    if (this.regionLabels.length === 0 || text.length > LEAD_MAX) return undefined;
    const key = ` ${labelKey(text)} `;
    const found = new Set(this.regionLabels.filter((l) => key.includes(` ${l.key} `)).map((l) => l.region));
    return found.size === 1 ? [...found][0] : undefined;
  }

  private directionIn(text: string, strict = false): Direction | undefined {
    const inc = this.terms.incoming.all(text)[0];
    const out = this.terms.outgoing.all(text)[0];
    if (inc && out) return strict ? undefined : inc[0] <= out[0] ? 'incoming' : 'outgoing';
    if (inc) return 'incoming';
    if (out) return 'outgoing';
    return undefined;
  }

  /**
   * Spans of a sentence where a number is a port, beside a "port" word:
   * after it, up to the end of its clause (at most 40 characters: "use
   * port 587", "Ports SMTP (587) oder SMTPS (465)"); and before it, in the
   * same clause, a number in parentheses or one right before the word
   * ("the SMTP (587) or SMTPS (465) ports", "the 587 port"). Word order
   * differs between languages; both sides are read so that a translation
   * states the same ports as its source.
   */
  private besidePortWord(text: string): Array<[number, number]> {
    const spans: Array<[number, number]> = [];
    for (const [start, end] of this.terms.port.all(text)) {
      const rest = text.slice(end, end + 40);
      const stop = /[.;!?](?=\s|$)/u.exec(rest);
      spans.push([end, end + (stop ? stop.index : rest.length)]);
      const from = Math.max(0, start - 60);
      let before = text.slice(from, start);
      const offset = from + clauseStart(before);
      before = text.slice(offset, start);
      for (const m of before.matchAll(/\(\s*(\d{1,5})\s*\)/gu)) {
        const at = offset + m.index + m[0].indexOf(m[1]);
        spans.push([at, at + m[1].length]);
      }
      // A small number right before the word is a count ("3 ports"), not a port (the lowest mail-related port is 21).
      const adjacent = /(\d{2,5})[\s*_-]*$/u.exec(before);
      if (adjacent && Number(adjacent[1]) >= 20) spans.push([offset + adjacent.index, offset + adjacent.index + adjacent[1].length]);
    }
    return spans;
  }

  /** Security written in parentheses right after a port: `993 (SSL)`, `587 (STARTTLS)`. */
  private annotatedSecurity(after: string): Security | undefined {
    const note = /^[\s*_`]*\(([^)]{1,40})\)/u.exec(after);
    if (!note) return undefined;
    return this.securityIn(note[1]) ?? (/(?<![\p{L}])(?:SSL|TLS)(?![\p{L}])/u.test(note[1]) ? 'ssl' : undefined);
  }

  private securityIn(text: string): Security | undefined {
    // "SSL désactivé" contains "SSL": look for the negative form first.
    const off = this.terms.sslOff.test(text);
    const starttls = this.terms.starttls.test(text);
    const on = this.terms.sslOn.test(text);
    const kinds = [off && 'none', starttls && 'starttls', on && !off && 'ssl'].filter(Boolean) as Security[];
    return kinds.length === 1 ? kinds[0] : undefined;
  }

  /** The text with protocol names blanked (`POP3` has a digit that is no value). */
  private withoutProtocols(text: string): string {
    let out = text;
    for (const p of this.protocolsIn(text).reverse()) out = out.slice(0, p.start) + ' '.repeat(p.end - p.start) + out.slice(p.end);
    return out;
  }

  private protocolsIn(text: string): Array<{ id: string; name: string; start: number; end: number }> {
    const out: Array<{ id: string; name: string; start: number; end: number }> = [];
    this.protocolRe.lastIndex = 0;
    for (let m = this.protocolRe.exec(text); m; m = this.protocolRe.exec(text)) {
      const id = this.protocolByName.get(m[1].toLowerCase());
      if (id) out.push({ id, name: m[1], start: m.index, end: m.index + m[1].length });
    }
    return out;
  }

  private slice(node: Nodes): string {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    return s === undefined || e === undefined ? '' : this.text.slice(s, e);
  }

  /** The source lines of a paragraph, without list/quote markers (offsets kept). */
  private linesOf(node: Paragraph): Line[] {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return [];
    const out: Line[] = [];
    let from = start;
    while (from <= end) {
      const nl = this.text.indexOf('\n', from);
      const to: number = nl === -1 || nl > end ? end : nl;
      let lineText = this.text.slice(from, to).replace(/\r$/, '');
      // Continuation lines inside quotes or lists keep their `>` markers in the source.
      const prefix = /^(?:\s*>)*\s*/u.exec(lineText)?.[0].length ?? 0;
      lineText = lineText.slice(prefix);
      out.push({ text: lineText, start: from + prefix });
      if (to === end) break;
      from = to + 1;
    }
    return out;
  }
}

/** The sentences of a line: a `.`, `!` or `?` then a space and a capital letter ends one (offsets into the line). */
function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const m of text.matchAll(/[.!?](?=\s+[\p{Lu}])/gu)) {
    const end = (m.index ?? 0) + 1;
    out.push([from, end]);
    from = end;
  }
  out.push([from, text.length]);
  return out.filter(([a, b]) => /\S/u.test(text.slice(a, b)));
}

/** The clauses of a sentence split at `;` (offsets into the line); one clause when there is no split. */
function clauses(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = text.indexOf(';'); i !== -1; i = text.indexOf(';', i + 1)) {
    // `&amp;` and other entities are no clause ends.
    if (/&[a-z]+$|&#\d+$/iu.test(text.slice(Math.max(0, i - 8), i))) continue;
    out.push([from, i]);
    from = i + 1;
  }
  out.push([from, text.length]);
  return out.filter(([a, b]) => /\S/u.test(text.slice(a, b)));
}

/** `Label : value` → the label and where the value starts; colons of URLs and `host:port` do not count. */
function splitLabel(line: string): { label?: string; valueStart?: number } {
  const m = /^([^:]{1,120}?)\s*:(?=\s|\*|$)/u.exec(line);
  if (!m) return {};
  const label = m[1].replace(/^[\s*_>-]+/u, '');
  if (!/\p{L}/u.test(label)) return {};
  return { label, valueStart: m[0].length };
}

/** Where the last clause of `text` starts: after its last `.;!?` followed by a space or the end. */
function clauseStart(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    if ('.;!?'.includes(text[i]) && (i + 1 === text.length || /\s/u.test(text[i + 1]))) return i + 1 + (i + 1 < text.length ? 1 : 0);
  }
  return 0;
}

function plain(source: string): string {
  return trimEndChars(source.replace(/^#+\s*/u, '').trimEnd(), '#')
    .replace(/<[^<>]+>/gu, '')
    .replace(/\{[^{}]*\}/gu, '')
    .replace(/[*_`]/gu, '')
    .trim();
}

function rangeOf(node: Nodes): Range {
  const p = node.position;
  return p ? { start: { ...p.start }, end: { ...p.end } } : { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}
