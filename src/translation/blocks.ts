/**
 * Settings blocks of one file as comparable facts, and their alignment
 * with the reference's blocks. Alignment is a sequence alignment (blocks
 * keep their order in every locale) scored by the facts the blocks share,
 * so an extra paragraph, a merged list or a table in place of a list does
 * not shift everything after it.
 */
import type { Claim, Direction, FileSummary, Range } from '../types.js';
import type { Model } from '../model/types.js';
import { hostLocale } from '../claims/checks.js';

export interface BlockFacts {
  id: string;
  index: number;
  scope: string[];
  range: Range;
  /** The first claim of the block (where a finding goes). */
  first: Claim;
  claims: Claim[];
  /** Tokens used to score alignment: `p:993`, `h:ssl0.ovh.net`. */
  tokens: Set<string>;
}

export function blockFacts(file: FileSummary): BlockFacts[] {
  const byBlock = new Map<string, Claim[]>();
  for (const c of file.claims) {
    if (c.port === undefined && c.host === undefined && c.auth === undefined && !(c.protocol && c.protocolSource === 'block')) continue;
    const list = byBlock.get(c.block);
    if (list) list.push(c);
    else byBlock.set(c.block, [c]);
  }
  const out: BlockFacts[] = [];
  for (const block of file.blocks) {
    const claims = byBlock.get(block.id);
    if (!claims?.length) continue;
    const tokens = new Set<string>();
    for (const c of claims) {
      if (c.port !== undefined) tokens.add(`p:${c.port}`);
      if (c.host) tokens.add(`h:${c.host.toLowerCase()}`);
      if (c.protocol && c.protocolSource === 'block') tokens.add(`r:${c.protocol}`);
    }
    out.push({ id: block.id, index: block.index, scope: block.scope, range: claims[0].position, first: claims[0], claims, tokens });
  }
  return out;
}

function similarity(a: BlockFacts, b: BlockFacts): number {
  let shared = 0;
  for (const t of a.tokens) if (b.tokens.has(t)) shared++;
  const union = a.tokens.size + b.tokens.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Align reference blocks with translation blocks, keeping order
 * (Needleman–Wunsch without gap cost, pairs only when they share facts).
 * Returns pairs [referenceIndex, translationIndex].
 */
export function alignBlocks(reference: readonly BlockFacts[], translation: readonly BlockFacts[]): Array<[number, number]> {
  const n = reference.length;
  const m = translation.length;
  const score: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = similarity(reference[i - 1], translation[j - 1]);
      score[i][j] = Math.max(score[i - 1][j], score[i][j - 1], s > 0 ? score[i - 1][j - 1] + s : -1);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const s = similarity(reference[i - 1], translation[j - 1]);
    if (s > 0 && score[i][j] === score[i - 1][j - 1] + s) {
      pairs.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (score[i][j] === score[i - 1][j]) {
      i--;
    } else {
      j--;
    }
  }
  return pairs.reverse();
}

export interface Difference {
  /** What the translation says and what the reference says, for the message. */
  here: string;
  there: string;
}

/** Facts of one direction: hosts and ports (with security), the stated protocol, authentication and the regions hosts are given for. */
interface Side {
  hosts: Set<string>;
  ports: Map<number, string | undefined>;
  protocol?: string;
  auth?: boolean;
  regions: Set<string>;
}

/**
 * The direction a port belongs to, when the model gives it only one (465
 * is outgoing whatever its label says: a mislabel is a finding of the
 * direction check in src/claims/checks.ts, not a translation difference).
 */
function portDirection(model: Model, port: number): Direction | undefined {
  const found = new Set(model.protocols.filter((p) => p.direction && p.ports.some((q) => q.port === port)).map((p) => p.direction));
  return found.size === 1 ? [...found][0] : undefined;
}

function sides(claims: readonly Claim[], sameHost: (host: string, region?: string) => string, model: Model): Map<Direction | '-', Side> {
  const out = new Map<Direction | '-', Side>();
  for (const c of claims) {
    const key = (c.port !== undefined ? portDirection(model, c.port) : undefined) ?? c.direction ?? '-';
    let side = out.get(key);
    if (!side) {
      side = { hosts: new Set(), ports: new Map(), regions: new Set() };
      out.set(key, side);
    }
    if (c.host) side.hosts.add(sameHost(c.host, c.region));
    if (c.port !== undefined) side.ports.set(c.port, c.security ?? side.ports.get(c.port));
    if (c.protocol && c.protocolSource === 'block') side.protocol = c.protocol;
    if (c.auth !== undefined) side.auth = c.auth;
    if (c.region) side.regions.add(c.region);
  }
  return out;
}

function sameSet<T>(a: Set<T>, b: Set<T>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/**
 * Do two aligned blocks say different things? Only what both state is
 * compared: a host, a port set, a security, a protocol, authentication
 * or the region of the hosts that one side gives differently. Hosts the model accepts for each file's locale are
 * the same host (the `.ca` hosts of a fr-ca guide).
 */
export function blocksDiffer(
  reference: BlockFacts,
  translation: BlockFacts,
  context: { model: Model; referenceLocale?: string; locale?: string; product?: string },
): boolean {
  const canonical = (locale: string | undefined) => (host: string, region?: string) => {
    // A host given under a region label is judged for that region (`.ca` hosts under `AMERICA / ASIA-PACIFIC`).
    const verdict = context.model.checkHost(host, { locale: hostLocale(context.model, { region }, locale), product: context.product });
    // A host valid for its own locale stands for "the right host" whatever it is called.
    return verdict.status === 'ok' && context.model.domains.length > 0 ? '<valid>' : host.toLowerCase();
  };
  const a = sides(reference.claims, canonical(context.referenceLocale), context.model);
  const b = sides(translation.claims, canonical(context.locale), context.model);
  for (const [direction, there] of a) {
    const here = b.get(direction);
    if (!here) continue;
    if (there.hosts.size && here.hosts.size && !sameSet(there.hosts, here.hosts)) return true;
    if (there.protocol && here.protocol && there.protocol !== here.protocol) return true;
    if (there.auth !== undefined && here.auth !== undefined && there.auth !== here.auth) return true;
    if (there.regions.size && here.regions.size && !sameSet(there.regions, here.regions)) return true;
    if (there.ports.size && here.ports.size) {
      if (!sameSet(new Set(there.ports.keys()), new Set(here.ports.keys()))) return true;
      for (const [port, security] of there.ports) {
        const other = here.ports.get(port);
        if (security && other && security !== other) return true;
      }
    }
  }
  return false;
}

const SECURITY: Record<string, string> = { ssl: 'with SSL', starttls: 'with STARTTLS', none: 'without SSL' };

/** "POP3 on `ns0.ovh.net:110`, outgoing `ns0.ovh.net:587`" — what a block configures, in one phrase. */
export function describeBlock(block: BlockFacts, protocolName: (id: string) => string): string {
  const parts: string[] = [];
  const byDirection = new Map<string, Claim[]>();
  for (const c of block.claims) {
    const key = c.direction ?? '';
    byDirection.set(key, [...(byDirection.get(key) ?? []), c]);
  }
  // Sentences with no direction ("ports 110 and 587 are without SSL") only matter when nothing else is said.
  if (byDirection.size > 1) byDirection.delete('');
  for (const [direction, claims] of byDirection) {
    const protocol = claims.find((c) => c.protocol)?.protocol;
    const hosts = [...new Set(claims.filter((c) => c.host).map((c) => c.host as string))];
    const ports = claims.filter((c) => c.port !== undefined);
    const portText = [...new Set(ports.map((c) => `${c.port}${c.security ? ` ${SECURITY[c.security]}` : ''}`))];
    const where = hosts.length ? hosts.map((h) => `\`${h}${ports.length === 1 ? `:${ports[0].port}` : ''}\``).join(' or ') : '';
    const label = [direction && direction !== 'incoming' ? direction : '', protocol ? protocolName(protocol) : ''].filter(Boolean).join(' ');
    let phrase = label;
    if (where) phrase += `${phrase ? ' on ' : ''}${where}`;
    if (ports.length === 1 && hosts.length) {
      if (ports[0].security) phrase += ` ${SECURITY[ports[0].security]}`;
    } else if (portText.length) {
      phrase += `${phrase ? ' ' : ''}port${portText.length > 1 ? 's' : ''} ${portText.map((p) => `\`${p.split(' ')[0]}\`${p.includes(' ') ? ' ' + p.split(' ').slice(1).join(' ') : ''}`).join(', ')}`;
    }
    const auth = claims.find((c) => c.auth !== undefined)?.auth;
    if (auth !== undefined) phrase += `${phrase ? ', ' : ''}${auth ? 'with' : 'without'} authentication`;
    const regions = [...new Set(claims.filter((c) => c.region).map((c) => c.region as string))];
    if (regions.length) phrase += `${phrase ? ' ' : ''}for ${regions.join(', ')}`;
    if (phrase) parts.push(phrase.trim());
  }
  return parts.join('; ') || 'nothing comparable';
}
