/**
 * The canonical model: what is true about protocols, products and hosts.
 * Loaded from YAML (validated against schemas/model.schema.json) and
 * layered over the built-in protocol model (models/builtin.yaml).
 */
import type { Direction, Security } from '../types.js';

/** One registered port of a protocol and a security a client may use on it (a port with two securities has two entries). */
export interface ProtocolPort {
  port: number;
  security: Security;
  /** Registered service name when it differs from the protocol (`submission` for SMTP 587). */
  service?: string;
}

/** A protocol and its registered ports (IANA), from the built-in model. */
export interface ProtocolInfo {
  id: string;
  /** Names a guide may use for it (`POP`, `POP3`, `pop3`…), matched case-insensitively. */
  names: string[];
  direction?: Direction;
  ports: ProtocolPort[];
}

/** One endpoint a product offers. */
export interface Endpoint {
  protocol: string;
  direction?: Direction;
  /** Host names or patterns (`ex?.mail.ovh.net`); empty means any host. */
  hosts: string[];
  port: number;
  security: Security;
  auth?: boolean;
  /** Locales or region names this endpoint is limited to (`!name` excludes); empty means all. */
  locales: string[];
}

export interface DeprecatedHost {
  host: string;
  replacement?: string;
  /** `deprecated` (old but once right) or `wrong` (never right). */
  kind: 'deprecated' | 'wrong';
  note?: string;
}

/** A host that is right but is no client endpoint (MX, webmail, autodiscover). */
export interface KnownHost {
  host: string;
  note?: string;
  locales: string[];
}

export interface Product {
  id: string;
  name: string;
  /** Other names config or front matter may use for the product (matched case-insensitively). */
  aliases: string[];
  endpoints: Endpoint[];
}

/**
 * `outside`: the host is under none of the model's domains and matches
 * nothing, so the model has no opinion on it. `wrong-protocol`: the host
 * exists but serves other protocols (`smtp.mail.ovh.net` as IMAP server).
 */
export type HostStatus = 'ok' | 'outside' | 'deprecated' | 'wrong' | 'wrong-locale' | 'wrong-protocol' | 'unknown' | 'not-for-product';

export interface HostVerdict {
  status: HostStatus;
  /** Hosts the model expects in this context (for the message). */
  expected: string[];
  replacement?: string;
  note?: string;
}

export interface HostQuery {
  product?: string;
  locale?: string;
  protocol?: string;
  direction?: Direction;
}

/** A label a guide gives a region (`EUROPE`), in one language. */
export interface RegionLabel {
  region: string;
  language: string;
  label: string;
}

/** A generic region word (`america`) a model region names; each language pack gives its labels. */
export interface RegionWord {
  region: string;
  word: string;
  /** Where the model names it, for an error when no language pack knows the word. */
  file: string;
  line: number;
  keyPath: string;
}

export interface Model {
  /** File the product model was loaded from, if any. */
  source?: string;
  protocols: ProtocolInfo[];
  products: Product[];
  deprecatedHosts: DeprecatedHost[];
  knownHosts: KnownHost[];
  /** Named groups of locales (`america-apac: [fr-ca, en-ca…]`). */
  regions: Record<string, string[]>;
  /** The labels guides give regions (`AMERIQUE / ASIE-PACIFIQUE`), all languages together, the bundled packs' labels of region words included; empty when the model gives none. */
  regionLabels: RegionLabel[];
  /** The generic region words regions name (`words: [america, asia-pacific]`); the language packs give their labels. */
  regionWords: RegionWord[];
  /** Domains the model is authoritative for: hosts under them that match nothing are `unknown`. */
  domains: string[];
  protocol(idOrName: string): ProtocolInfo | undefined;
  /** A product by id, name or alias (case-insensitive). */
  product(id: string): Product | undefined;
  /** Endpoints that apply: the product's (filtered by locale) or, with no product, none. */
  endpoints(product: string | undefined, locale: string | undefined): Endpoint[];
  /** Whether a locale list (`[fr-ca, '!america-apac']`) admits a locale; an unknown locale is admitted by every list. */
  localeApplies(locales: readonly string[], locale: string | undefined): boolean;
  checkHost(host: string, query: HostQuery): HostVerdict;
}
