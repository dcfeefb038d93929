/**
 * Judgment of claims against the model, next to the claims: each claim of
 * a file is judged once, so that the claim rules share one verdict and a
 * finding is reported by exactly one rule. A finding has a kind (the
 * dimension found wrong); each claim rule declares the kind it reports.
 *
 * The checks of a claim with a port, in order (`PORT_CHECKS`); the first
 * that finds a fault gives the claim's finding, and nothing else is said
 * about that claim:
 * 1. `direction`: the claim's label says one direction and the port
 *    belongs only to protocols of the other one (an outgoing SMTP port
 *    under "incoming server port"). Naming the port's own protocol beside
 *    the label ("Incoming (SMTP) | 465") does not make the label right; a
 *    product whose model receives on the port (mailcow: SMTP 25 from other
 *    servers) does.
 * 2. `protocol`: the port does not belong to the protocol the claim is
 *    about (stated in its block, else its heading's; the outgoing half of
 *    a block is about the outgoing protocol). Without a product model,
 *    only a port registered to another mail protocol counts (993 for
 *    POP3); an unregistered port (2525) is not judged.
 * 3. `security`: the port belongs to the protocol, but the stated
 *    security is not one the product model (or, without one, the
 *    built-in model) allows on it.
 * Contradictions between claims are only looked for among claims none of
 * these checks found wrong, or found wrong for their security alone.
 */
import type { Claim, ClaimExtraction, Direction, Security } from '../types.js';
import type { Endpoint, Model, Product, ProtocolInfo } from '../model/types.js';

/** The dimension a check finds wrong. */
export type FindingKind = 'direction' | 'protocol' | 'security';

export type PortFinding =
  | { kind: 'direction'; direction: Direction; portDirection: Direction; portProtocol: ProtocolInfo }
  | { kind: 'protocol'; protocol: ProtocolInfo; expected: PortOption[]; product?: Product }
  | { kind: 'security'; protocol: ProtocolInfo; security: Security; expected: Security[]; product?: Product };

/** One port a protocol may use, with the securities allowed on it. */
export interface PortOption {
  port: number;
  securities: Security[];
}

export interface ClaimJudgement {
  claim: Claim;
  /** Protocol the claim is judged against (stated, inherited, or the port's own); undefined when unclear. */
  protocol?: ProtocolInfo;
  /** Direction of the claim: its label's, else its protocol's. */
  direction?: Direction;
  finding?: PortFinding;
}

export interface JudgeContext {
  claims: ClaimExtraction;
  model: Model;
  product?: string;
}

/** What the checks of one port claim look at. */
interface PortFacts {
  claim: Claim;
  port: number;
  model: Model;
  product: Product | undefined;
  /** Protocols that register the port. */
  owning: ProtocolInfo[];
  /** Directions the port serves. */
  directions: Set<Direction>;
  /** The direction the claim's label says. */
  label: Direction | undefined;
}

/** What a port claim is about, once its direction is not in doubt: the protocol, and whether its ports are judged. */
interface About {
  protocol: ProtocolInfo | undefined;
  direction: Direction | undefined;
  judgeMembership: boolean;
}

type Check = (facts: PortFacts, about: () => About) => PortFinding | undefined;

/** The checks of a claim with a port, in the order they are tried (see the file header). */
const PORT_CHECKS: ReadonlyArray<readonly [FindingKind, Check]> = [
  ['direction', checkDirection],
  ['protocol', checkProtocol],
  ['security', checkSecurity],
];

const cache = new WeakMap<ClaimExtraction, Map<string, Map<Claim, ClaimJudgement>>>();

/** Judgements of every claim of a file (computed once per extraction, product and model). */
export function judgeClaims(context: JudgeContext): Map<Claim, ClaimJudgement> {
  let byKey = cache.get(context.claims);
  if (!byKey) {
    byKey = new Map();
    cache.set(context.claims, byKey);
  }
  const key = `${context.model.source ?? ''}\0${context.product ?? ''}`;
  let result = byKey.get(key);
  if (!result) {
    const product = context.product === undefined ? undefined : context.model.product(context.product);
    result = new Map(context.claims.claims.map((c) => [c, judgeClaim(c, context.model, product)]));
    byKey.set(key, result);
  }
  return result;
}

/** A judgement with a finding of `kind`, on a port claim. */
export type Found<K extends FindingKind> = ClaimJudgement & { claim: Claim & { port: number }; finding: Extract<PortFinding, { kind: K }> };

/** The judgements whose finding is of `kind` (what a claim rule reports), in the order of the claims. */
export function findingsOf<K extends FindingKind>(judgements: Map<Claim, ClaimJudgement>, kind: K): Array<Found<K>> {
  const out: Array<Found<K>> = [];
  for (const j of judgements.values()) if (j.finding?.kind === kind && j.claim.port !== undefined) out.push(j as Found<K>);
  return out;
}

function judgeClaim(claim: Claim, model: Model, product: Product | undefined): ClaimJudgement {
  const stated = claim.protocol === undefined ? undefined : model.protocol(claim.protocol);
  const port = claim.port;
  if (port === undefined) {
    return { claim, protocol: stated, direction: claim.direction ?? stated?.direction };
  }
  const facts: PortFacts = {
    claim,
    port,
    model,
    product,
    owning: owners(port, model, product),
    directions: portDirections(port, model, product),
    label: claim.direction,
  };
  let resolved: About | undefined;
  const about = (): About => (resolved ??= aboutPort(facts, stated));
  for (const [kind, check] of PORT_CHECKS) {
    const finding = check(facts, about);
    if (!finding) continue;
    // A label that contradicts its port leaves the protocol in doubt.
    return kind === 'direction' ? { claim, direction: facts.label, finding } : { claim, protocol: about().protocol, direction: about().direction, finding };
  }
  const { protocol, direction } = about();
  return protocol ? { claim, protocol, direction } : { claim, direction };
}

/** 1. The label and the port disagree. */
function checkDirection({ label, directions, owning }: PortFacts): PortFinding | undefined {
  if (!label || directions.size === 0 || directions.has(label)) return undefined;
  // "Incoming (SMTP) | 465": naming the port's own protocol does not make the label right.
  const portDirection = [...directions][0];
  const portProtocol = owning.find((p) => p.direction === portDirection) ?? owning[0];
  return { kind: 'direction', direction: label, portDirection, portProtocol };
}

/** 2. The port does not belong to the protocol. */
function checkProtocol({ port, product, owning }: PortFacts, about: () => About): PortFinding | undefined {
  const { protocol, judgeMembership } = about();
  if (!protocol) return undefined;
  const { options, fromProduct } = portOptions(protocol, product);
  if (options.some((o) => o.port === port)) return undefined;
  const confusion = owning.some((p) => p !== protocol && p.direction !== undefined);
  if (!judgeMembership || !(fromProduct || confusion)) return undefined;
  return { kind: 'protocol', protocol, expected: options, ...(fromProduct && product ? { product } : {}) };
}

/** 3. The security stated is not allowed on the port. */
function checkSecurity({ claim, port, product }: PortFacts, about: () => About): PortFinding | undefined {
  const { protocol } = about();
  const security = claim.security;
  if (!protocol || !security) return undefined;
  const { options, fromProduct } = portOptions(protocol, product);
  const option = options.find((o) => o.port === port);
  if (!option || option.securities.some((s) => securityCompatible(security, s))) return undefined;
  return { kind: 'security', protocol, security, expected: option.securities, ...(fromProduct && product ? { product } : {}) };
}

/** Which protocol a port claim is about, and whether its port is judged against that protocol's ports. */
function aboutPort({ claim, label, directions, owning, model }: PortFacts, stated: ProtocolInfo | undefined): About {
  let protocol: ProtocolInfo | undefined;
  let judgeMembership = true;
  if (stated && label && stated.direction && stated.direction !== label) {
    // The protocol was stated for the other half of the block (POP3 above, the outgoing server here).
    protocol = onlyProtocolOf(label, model);
  } else if (stated && claim.protocolSource !== 'block' && stated.direction && directions.size > 0 && !directions.has(stated.direction)) {
    // An SMTP port under an IMAP heading: the outgoing half of the account setup, not an IMAP port.
    protocol = owning.length === 1 ? owning[0] : undefined;
    judgeMembership = false;
  } else if (stated) {
    protocol = stated;
  } else {
    const fitting = owning.filter((p) => !label || !p.direction || p.direction === label);
    protocol = fitting.length === 1 ? fitting[0] : undefined;
    judgeMembership = false;
  }
  return { protocol, direction: label ?? protocol?.direction, judgeMembership };
}

/** Whether a stated security is one a client may use on a port that the model gives `expected`. */
export function securityCompatible(stated: Security, expected: Security): boolean {
  switch (expected) {
    case 'ssl':
      return stated === 'ssl';
    case 'starttls':
      // Many clients label STARTTLS "SSL": ticking SSL on a STARTTLS port is not wrong.
      return stated !== 'none';
    case 'none':
      // "Without SSL" in a model means no implicit TLS; upgrading with STARTTLS is not judged.
      return stated !== 'ssl';
  }
}

/** Protocols that register `port` (built-in and model protocols) and, with a product, its endpoints' protocols. */
function owners(port: number, model: Model, product: Product | undefined): ProtocolInfo[] {
  const found = model.protocols.filter((p) => p.ports.some((q) => q.port === port));
  for (const e of product?.endpoints ?? []) {
    const p = model.protocol(e.protocol);
    if (e.port === port && p && !found.includes(p)) found.push(p);
  }
  return found;
}

/** Directions a port serves: those of its owning protocols, or of the product's endpoints on it. */
function portDirections(port: number, model: Model, product: Product | undefined): Set<Direction> {
  const out = new Set<Direction>();
  for (const p of model.protocols) if (p.direction && p.ports.some((q) => q.port === port)) out.add(p.direction);
  for (const e of product?.endpoints ?? []) {
    const d = e.direction ?? model.protocol(e.protocol)?.direction;
    if (e.port === port && d) out.add(d);
  }
  return out;
}

function productEndpoints(product: Product | undefined, protocol: ProtocolInfo): Endpoint[] {
  return product ? product.endpoints.filter((e) => e.protocol === protocol.id) : [];
}

/** The ports a protocol may use: the product's when it lists the protocol, else the registered ones. */
export function portOptions(protocol: ProtocolInfo, product: Product | undefined): { options: PortOption[]; fromProduct: boolean } {
  const endpoints = productEndpoints(product, protocol);
  const entries = endpoints.length > 0 ? endpoints : protocol.ports;
  const options: PortOption[] = [];
  for (const e of entries) {
    const option = options.find((o) => o.port === e.port);
    if (option) {
      if (!option.securities.includes(e.security)) option.securities.push(e.security);
    } else options.push({ port: e.port, securities: [e.security] });
  }
  // Implicit-TLS ports first: "`995` with SSL, `110` without".
  options.sort((a, b) => Number(b.securities.includes('ssl')) - Number(a.securities.includes('ssl')));
  return { options, fromProduct: endpoints.length > 0 };
}

/** The one protocol of a direction, if there is exactly one with ports (outgoing: SMTP). */
function onlyProtocolOf(direction: Direction, model: Model): ProtocolInfo | undefined {
  const candidates = model.protocols.filter((p) => p.direction === direction && p.ports.length > 0);
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * The locale a host is judged for: under a region label (`AMERIQUE /
 * ASIE-PACIFIQUE`) the region's (the file's own when the region holds it,
 * else the region's first), otherwise the file's.
 */
export function hostLocale(model: Model, claim: Pick<Claim, 'region'>, fileLocale: string | undefined): string | undefined {
  const region = claim.region;
  if (region === undefined) return fileLocale;
  const locales = model.regions[region];
  if (!locales || locales.length === 0) return fileLocale;
  if (fileLocale !== undefined && model.localeApplies([region], fileLocale)) return fileLocale;
  return locales[0];
}
