/**
 * The canonical model: what is true about protocols, products and hosts.
 * Loaded from YAML (validated against schemas/model.schema.json) and
 * layered over the built-in protocol model (models/builtin.yaml).
 */
import type { Direction, Security } from '../types.js';

/** A protocol and its registered ports (IANA), from the built-in model. */
export interface ProtocolInfo {
  id: string;
  /** Names a guide may use for it (`POP`, `POP3`, `pop3`…), matched case-insensitively. */
  names: string[];
  direction?: Direction;
  ports: Array<{ port: number; security: Security }>;
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
  /** Locales or region names this endpoint is limited to; empty means all. */
  locales: string[];
}

export interface DeprecatedHost {
  host: string;
  replacement?: string;
  /** `deprecated` (old but once right) or `wrong` (never right). */
  kind: 'deprecated' | 'wrong';
  note?: string;
}

export interface Product {
  id: string;
  name: string;
  endpoints: Endpoint[];
}

export type HostStatus = 'ok' | 'deprecated' | 'wrong' | 'wrong-locale' | 'unknown' | 'not-for-product';

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

export interface Model {
  /** File the product model was loaded from, if any. */
  source?: string;
  protocols: ProtocolInfo[];
  products: Product[];
  deprecatedHosts: DeprecatedHost[];
  /** Domains the model is authoritative for: hosts under them that match nothing are `unknown`. */
  domains: string[];
  protocol(idOrName: string): ProtocolInfo | undefined;
  product(id: string): Product | undefined;
  /** Endpoints that apply: the product's (filtered by locale) or, with no product, none. */
  endpoints(product: string | undefined, locale: string | undefined): Endpoint[];
  checkHost(host: string, query: HostQuery): HostVerdict;
}
