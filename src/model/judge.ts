/**
 * Judge each port claim of a file once, so that the claim rules share one
 * verdict and a finding is reported by exactly one rule.
 *
 * Precedence, for a claim with a port:
 * 1. `claim-port-direction`: the claim's label says one direction and the
 *    port belongs only to protocols of the other one (an outgoing SMTP port
 *    under "incoming server port"). Nothing else is said about that claim.
 *    Naming the port's own protocol beside the label ("Incoming (SMTP) |
 *    465") does not make the label right; a product whose model receives
 *    on the port (mailcow: SMTP 25 from other servers) does.
 * 2. `claim-port-protocol`: the port does not belong to the protocol the
 *    claim is about (stated in its block, else its heading's; the outgoing
 *    half of a block is about the outgoing protocol). Without a product
 *    model, only a port registered to another mail protocol counts (993
 *    for POP3); an unregistered port (2525) is not judged.
 * 3. `claim-port-security`: the port belongs to the protocol, but the
 *    stated security is not one the product model (or, without one, the
 *    built-in model) allows on it.
 * `claim-contradiction` only compares claims none of these rules reported.
 */
import type { Claim, ClaimExtraction, Direction, Security } from '../types.js';
import type { Endpoint, Model, Product, ProtocolInfo } from './types.js';

export type PortFinding =
  | { rule: 'claim-port-direction'; direction: Direction; portDirection: Direction; portProtocol: ProtocolInfo }
  | { rule: 'claim-port-protocol'; protocol: ProtocolInfo; expected: PortOption[]; product?: Product }
  | { rule: 'claim-port-security'; protocol: ProtocolInfo; security: Security; expected: Security[]; product?: Product };

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

function judgeClaim(claim: Claim, model: Model, product: Product | undefined): ClaimJudgement {
  const stated = claim.protocol === undefined ? undefined : model.protocol(claim.protocol);
  const port = claim.port;
  if (port === undefined) {
    return { claim, protocol: stated, direction: claim.direction ?? stated?.direction };
  }
  const owning = owners(port, model, product);
  const directions = portDirections(port, model, product);
  const label = claim.direction;

  // 1. Direction: the label and the port disagree.
  if (label && directions.size > 0 && !directions.has(label)) {
    // "Incoming (SMTP) | 465": naming the port's own protocol does not make the label right.
    const portDirection = [...directions][0];
    const portProtocol = owning.find((p) => p.direction === portDirection) ?? owning[0];
    return { claim, direction: label, finding: { rule: 'claim-port-direction', direction: label, portDirection, portProtocol } };
  }

  // Which protocol the claim is about.
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
  const direction = label ?? protocol?.direction;
  if (!protocol) return { claim, direction };

  // 2. The port does not belong to the protocol.
  const { options, fromProduct } = portOptions(protocol, product);
  const option = options.find((o) => o.port === port);
  if (!option) {
    const confusion = owning.some((p) => p !== protocol && p.direction !== undefined);
    if (judgeMembership && (fromProduct || confusion)) {
      return { claim, protocol, direction, finding: { rule: 'claim-port-protocol', protocol, expected: options, ...(fromProduct && product ? { product } : {}) } };
    }
    return { claim, protocol, direction };
  }

  // 3. The security stated is not allowed on the port.
  const security = claim.security;
  if (security && !option.securities.some((s) => securityCompatible(security, s))) {
    return {
      claim,
      protocol,
      direction,
      finding: { rule: 'claim-port-security', protocol, security, expected: option.securities, ...(fromProduct && product ? { product } : {}) },
    };
  }
  return { claim, protocol, direction };
}

/** "IMAP" rather than "imap" in messages: the protocol's first name. */
export function protocolLabel(protocol: ProtocolInfo): string {
  return protocol.names[0] ?? protocol.id.toUpperCase();
}

/** "with SSL", "with STARTTLS", "without SSL". */
export function securityPhrase(security: Security): string {
  return security === 'ssl' ? 'with SSL' : security === 'starttls' ? 'with STARTTLS' : 'without SSL';
}

/** "`995` with SSL, `110` without SSL or with STARTTLS". */
export function portOptionsPhrase(options: readonly PortOption[]): string {
  return options.map((o) => `\`${o.port}\` ${o.securities.map(securityPhrase).join(' or ')}`).join(', ');
}

/** Backticked values joined for a message: "`a` or `b`" (at most `max`, then "…"). */
export function listValues(values: readonly (string | number)[], max = 4): string {
  const shown = values.slice(0, max).map((v) => `\`${v}\``);
  const text = shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
  return values.length > max ? `${text} (or ${values.length - max} more)` : text;
}
