/**
 * The Model implementation: protocols, products, regions and host status,
 * built from already validated plain data (see load.ts for reading files).
 *
 * Locale scoping: an endpoint or known host may carry `locales`, a list of
 * locales (`fr-ca`), bare languages (`fr`, any `fr-*`) and region names
 * (`america-apac`, expanded from `regions`); an entry starting with `!`
 * excludes. A locale is admitted when the list is empty, or when it
 * matches a positive entry (or there is none) and no negative entry. A
 * file with no known locale is admitted everywhere: the model cannot say
 * it is wrong for its region.
 */
import type { Direction, Security } from '../types.js';
import type { DeprecatedHost, Endpoint, HostQuery, HostVerdict, KnownHost, Model, Product, ProtocolInfo, RegionLabel, RegionWord } from './types.js';
import { matchHost, normalizeHost, underDomains } from './hosts.js';

/** The plain data of a model (what the loader builds); the Model adds its look-ups. */
export type ModelData = Pick<Model, 'source' | 'protocols' | 'products' | 'deprecatedHosts' | 'knownHosts' | 'regions' | 'domains'> &
  Partial<Pick<Model, 'regionLabels' | 'regionWords'>>;

/** Comparable form of a product or locale name: `MX Plan` and `mx-plan` are the same. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

function localeKey(locale: string): string {
  return locale.toLowerCase().replace(/_/g, '-');
}

function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

export class CanonicalModel implements Model {
  readonly source?: string;
  readonly protocols: ProtocolInfo[];
  readonly products: Product[];
  readonly deprecatedHosts: DeprecatedHost[];
  readonly knownHosts: KnownHost[];
  readonly regions: Record<string, string[]>;
  readonly regionLabels: RegionLabel[];
  readonly regionWords: RegionWord[];
  readonly domains: string[];
  private readonly protocolIndex = new Map<string, ProtocolInfo>();
  private readonly productIndex = new Map<string, Product>();

  constructor(data: ModelData) {
    this.source = data.source;
    this.protocols = data.protocols;
    this.products = data.products;
    this.deprecatedHosts = data.deprecatedHosts;
    this.knownHosts = data.knownHosts;
    this.regions = data.regions;
    this.regionLabels = data.regionLabels ?? [];
    this.regionWords = data.regionWords ?? [];
    this.domains = data.domains.map((d) => d.toLowerCase());
    for (const p of this.protocols) {
      for (const name of [p.id, ...p.names]) {
        const key = name.toLowerCase();
        if (!this.protocolIndex.has(key)) this.protocolIndex.set(key, p);
      }
    }
    for (const p of this.products) {
      for (const name of [p.id, p.name, ...p.aliases]) {
        const key = nameKey(name);
        if (!this.productIndex.has(key)) this.productIndex.set(key, p);
      }
    }
  }

  protocol(idOrName: string): ProtocolInfo | undefined {
    return this.protocolIndex.get(idOrName.trim().toLowerCase());
  }

  product(id: string): Product | undefined {
    return this.productIndex.get(nameKey(id));
  }

  endpoints(product: string | undefined, locale: string | undefined): Endpoint[] {
    const p = product === undefined ? undefined : this.product(product);
    if (!p) return [];
    return p.endpoints.filter((e) => this.localeApplies(e.locales, locale));
  }

  localeApplies(locales: readonly string[], locale: string | undefined): boolean {
    if (!locale || locales.length === 0) return true;
    const wanted = localeKey(locale);
    const language = wanted.split('-')[0];
    // A bare language (`fr`) admits every locale of it (`fr-ca`, `fr-fr`).
    const matches = (entry: string): boolean => this.expand(entry).some((l) => l === wanted || (!l.includes('-') && l === language));
    const positive = locales.filter((l) => !l.startsWith('!'));
    const negative = locales.filter((l) => l.startsWith('!')).map((l) => l.slice(1));
    if (positive.length > 0 && !positive.some(matches)) return false;
    return !negative.some(matches);
  }

  /** A locale-list entry as plain locales: a region's members, or the entry itself. */
  private expand(entry: string): string[] {
    const region = this.regions[entry];
    return (region ?? [entry]).map(localeKey);
  }

  checkHost(host: string, query: HostQuery): HostVerdict {
    const h = normalizeHost(host);
    if (!h) return { status: 'outside', expected: [] };
    const product = query.product === undefined ? undefined : this.product(query.product);
    const pool = product ? product.endpoints : this.products.flatMap((p) => p.endpoints);

    const listed = this.deprecatedHosts.find((d) => matchHost(d.host, h));
    if (listed) {
      const expected = this.contextHosts(pool, query);
      const replacement = listed.replacement;
      // A replacement that is itself wrong here (an EU host for a Canadian locale) would mislead: give the hosts of the context instead.
      const fits = replacement !== undefined && (expected.length === 0 || expected.some((p) => matchHost(p, normalizeHost(replacement))));
      return {
        status: listed.kind,
        // With no replacement at all (an old webmail address), the context's mail servers would be no answer.
        expected: fits ? [replacement] : replacement === undefined ? [] : expected,
        replacement: fits ? replacement : undefined,
        note: listed.note,
      };
    }

    const matched = pool.filter((e) => e.hosts.some((p) => matchHost(p, h)));
    if (matched.length === 0) {
      if (product) {
        const elsewhere = this.products.some((p) => p !== product && p.endpoints.some((e) => e.hosts.some((pat) => matchHost(pat, h))));
        if (elsewhere) return { status: 'not-for-product', expected: this.contextHosts(pool, query) };
      }
      const known = this.knownHosts.filter((k) => matchHost(k.host, h));
      if (known.length > 0) {
        if (known.some((k) => this.localeApplies(k.locales, query.locale))) return { status: 'ok', expected: [], note: known[0].note };
        const alternatives = this.knownHosts.filter((k) => k.note === known[0].note && this.localeApplies(k.locales, query.locale)).map((k) => k.host);
        return { status: 'wrong-locale', expected: alternatives, note: known[0].note };
      }
      if (underDomains(h, this.domains)) return { status: 'unknown', expected: this.contextHosts(pool, query) };
      return { status: 'outside', expected: [] };
    }

    // With no product named, suggest hosts of the products this host belongs to, not of every product.
    const scope = product ? pool : this.products.filter((p) => p.endpoints.some((e) => matched.includes(e))).flatMap((p) => p.endpoints);
    const inLocale = matched.filter((e) => this.localeApplies(e.locales, query.locale));
    if (inLocale.length === 0) return { status: 'wrong-locale', expected: this.contextHosts(scope, query) };

    if (query.protocol !== undefined && pool.some((e) => e.protocol === query.protocol)) {
      if (!inLocale.some((e) => e.protocol === query.protocol)) return { status: 'wrong-protocol', expected: this.contextHosts(scope, query) };
    } else if (query.direction !== undefined && pool.some((e) => e.direction === query.direction)) {
      if (!inLocale.some((e) => e.direction === query.direction)) return { status: 'wrong-protocol', expected: this.contextHosts(scope, query) };
    }
    return { status: 'ok', expected: [] };
  }

  /** Hosts the model expects for a query among some endpoints (narrowed by locale, then protocol or direction when that leaves any). */
  private contextHosts(pool: readonly Endpoint[], query: HostQuery): string[] {
    let set = pool.filter((e) => e.hosts.length > 0 && this.localeApplies(e.locales, query.locale));
    const byProtocol = query.protocol === undefined ? [] : set.filter((e) => e.protocol === query.protocol);
    if (byProtocol.length > 0) set = byProtocol;
    else if (query.direction !== undefined) {
      const byDirection = set.filter((e) => e.direction === query.direction);
      if (byDirection.length > 0) set = byDirection;
    }
    return unique(set.flatMap((e) => e.hosts));
  }
}

/** Security entries of a protocol's port (empty when the port is not registered to it). */
export function registeredSecurities(protocol: ProtocolInfo | undefined, port: number): Security[] {
  return protocol ? protocol.ports.filter((p) => p.port === port).map((p) => p.security) : [];
}

/** The direction an endpoint serves: its own, else its protocol's. */
export function endpointDirection(endpoint: Pick<Endpoint, 'direction' | 'protocol'>, model: Pick<Model, 'protocol'>): Direction | undefined {
  return endpoint.direction ?? model.protocol(endpoint.protocol)?.direction;
}
