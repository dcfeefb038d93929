/**
 * What the readers ask of a language and a model: is there a direction,
 * a security, a protocol or a region label in this text, and where. Built
 * from the lexicon once per language and protocol list, not per file.
 */
import type { Direction, Security } from '../types.js';
import type { Concept, CompiledLexicon, Matcher } from './lexicon.js';
import type { RegionLabel } from '../model/types.js';

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

/** A protocol name found in a text. */
export interface FoundProtocol {
  id: string;
  name: string;
  start: number;
  end: number;
}

/** The words that let a line state something without a port (see `mayStateSomething`). */
const TRIGGER_CONCEPTS: readonly Concept[] = [
  'server',
  'incoming',
  'outgoing',
  'secureConnection',
  'authentication',
  'noAuthentication',
  'authenticationField',
  'securityField',
];

/** A field whose label is the security itself (`SSL: Yes`, `SSL / TLS: STARTTLS`). */
export const SECURITY_LABEL = /^[\s*_`]*(?:SSL|TLS|SSL\s*\/\s*TLS|TLS\s*\/\s*SSL)[\s*_`]*$/iu;

/** `SSL` or `TLS` as a word. */
export const SSL_WORD = /(?<![\p{L}])(?:SSL|TLS)(?![\p{L}])/u;

export const DIGIT = /\d/u;
/** A dot inside a word: a host name, also when marked up (`ssl0.**ovh**.net`). */
const DOTTED = /[^\s.]\.[^\s.]/u;

/** Longest label or lead-in (a label over a table, not prose). */
export const LEAD_MAX = 120;

/** What extraction needs of a language and a protocol list. */
interface Vocabulary {
  terms: Record<Concept, Matcher>;
  protocolRe: RegExp;
  protocolByName: ReadonlyMap<string, string>;
  protocolDirection: ReadonlyMap<string, Direction>;
  /** What a paragraph needs before it can state anything (see `mayStateSomething`). */
  needles: ReadonlyArray<readonly string[]>;
  /** A closed compound of a port word (`Standardport`, `Portnummer`, `oletusportti`); see `Words.portCompounds`. */
  portCompound: RegExp;
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
      portCompound: compoundOf(terms.port),
    };
    byLanguage.set(key, vocabulary);
  }
  return vocabulary;
}

/**
 * Closed compounds of the one-word port terms, the port word as head or
 * modifier of at least four more letters (`Standardport`, `Portnummer`,
 * `standaardpoort`, `oletusportti`): languages that write compounds
 * closed form them freely, so no lexicon can list them all.
 */
function compoundOf(port: Matcher): RegExp {
  const words = [...new Set(port.needles.filter((pieces) => pieces.length === 1).map(([w]) => w))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return /(?!)/gu;
  const body = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:\\p{L}{4,}(?:${body})|(?:${body})\\p{L}{4,})(?![\\p{L}\\p{N}])`, 'giu');
}

/** The language's claim words and the model's protocol names and region labels, as questions on a text. */
export class Words {
  readonly terms: Record<Concept, Matcher>;
  readonly protocolDirection: ReadonlyMap<string, Direction>;
  private readonly protocolRe: RegExp;
  private readonly protocolByName: ReadonlyMap<string, string>;
  private readonly needles: ReadonlyArray<readonly string[]>;
  private readonly portCompound: RegExp;
  private readonly regionLabels: Array<{ region: string; key: string }>;

  constructor(options: ExtractOptions) {
    ({
      terms: this.terms,
      protocolRe: this.protocolRe,
      protocolByName: this.protocolByName,
      protocolDirection: this.protocolDirection,
      needles: this.needles,
      portCompound: this.portCompound,
    } = vocabularyFor(options));
    this.regionLabels = regionKeysOf(options.regions);
  }

  /**
   * A cheap first look at a paragraph's source, from what a line needs
   * before it records anything: a protocol name, or a server, direction,
   * security box or authentication word; a port needs a digit and the
   * word "port" (or a `host:port`, a digit and a dotted name). A paragraph
   * with none of these (most prose of a guide) is skipped unread.
   */
  mayStateSomething(source: string): boolean {
    const lower = source.toLowerCase();
    const has = (needles: ReadonlyArray<readonly string[]>): boolean => needles.some((pieces) => pieces.every((piece) => lower.includes(piece)));
    if (has(this.needles)) return true;
    return DIGIT.test(lower) && (DOTTED.test(lower) || has(this.terms.port.needles));
  }

  /** The one region a short text is a label of (`EUROPE`, `Amérique / Asie-Pacifique`), if any. */
  regionIn(text: string): string | undefined {
    if (this.regionLabels.length === 0 || text.length > LEAD_MAX) return undefined;
    const key = ` ${labelKey(text)} `;
    const found = new Set(this.regionLabels.filter((l) => key.includes(` ${l.key} `)).map((l) => l.region));
    return found.size === 1 ? [...found][0] : undefined;
  }

  /** The direction a text names; with both, the first one, or none when `strict` ("cannot receive or send"). */
  directionIn(text: string, strict = false): Direction | undefined {
    const inc = this.terms.incoming.all(text)[0];
    const out = this.terms.outgoing.all(text)[0];
    if (inc && out) return strict ? undefined : inc[0] <= out[0] ? 'incoming' : 'outgoing';
    if (inc) return 'incoming';
    if (out) return 'outgoing';
    return undefined;
  }

  /** The one security a text names (SSL, STARTTLS, SSL off), if exactly one. */
  securityIn(text: string): Security | undefined {
    // "SSL désactivé" contains "SSL": look for the negative form first.
    const off = this.terms.sslOff.test(text);
    const starttls = this.terms.starttls.test(text);
    const on = this.terms.sslOn.test(text);
    const kinds = [off && 'none', starttls && 'starttls', on && !off && 'ssl'].filter(Boolean) as Security[];
    return kinds.length === 1 ? kinds[0] : undefined;
  }

  /** A yes/no value as a security (`SSL: Yes`), after a security word. */
  securityValue(text: string): Security | undefined {
    return this.securityIn(text) ?? (this.terms.yes.test(text) ? 'ssl' : this.terms.no.test(text) ? 'none' : undefined);
  }

  /** A yes/no value as required authentication ("none needed" is no). */
  authValue(text: string): boolean | undefined {
    return this.terms.noAuthentication.test(text) ? false : this.terms.yes.test(text) ? true : this.terms.no.test(text) ? false : undefined;
  }

  /** Security written in parentheses right after a port: `993 (SSL)`, `587 (STARTTLS)`. */
  annotatedSecurity(after: string): Security | undefined {
    // After the port's closing mark, if any: `**993** (SSL)`, `"21" (SSL)`, `« 21 » (SSL)`.
    const note = /^[\s*_`"'»“”’]*\(([^)]{1,40})\)/u.exec(after);
    if (!note) return undefined;
    return this.securityIn(note[1]) ?? (SSL_WORD.test(note[1]) ? 'ssl' : undefined);
  }

  /** Where a text has a closed compound of a port word (`Der Standardport für SSH`), [start, end) each. */
  portCompounds(text: string): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    this.portCompound.lastIndex = 0;
    for (let m = this.portCompound.exec(text); m; m = this.portCompound.exec(text)) out.push([m.index, m.index + m[0].length]);
    return out;
  }

  /** The protocol names of a text, in order. */
  protocolsIn(text: string): FoundProtocol[] {
    const out: FoundProtocol[] = [];
    this.protocolRe.lastIndex = 0;
    for (let m = this.protocolRe.exec(text); m; m = this.protocolRe.exec(text)) {
      const id = this.protocolByName.get(m[1].toLowerCase());
      if (id) out.push({ id, name: m[1], start: m.index, end: m.index + m[1].length });
    }
    return out;
  }

  /** The protocol a text names, when all its protocol names are one protocol's. */
  oneProtocol(text: string): string | undefined {
    return onlyOne(this.protocolsIn(text));
  }

  /** The text with protocol names blanked (`POP3` has a digit that is no value). */
  withoutProtocols(text: string): string {
    let out = text;
    for (const p of this.protocolsIn(text).reverse()) out = out.slice(0, p.start) + ' '.repeat(p.end - p.start) + out.slice(p.end);
    return out;
  }
}

/** The protocol of a list of names, when they all name one. */
export function onlyOne(found: readonly FoundProtocol[]): string | undefined {
  return found.length > 0 && new Set(found.map((p) => p.id)).size === 1 ? found[0].id : undefined;
}
