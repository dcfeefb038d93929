/**
 * Hosts of a line: the value of a server field, any `host:port`, and, in
 * a sentence that names a protocol or a direction, a host set off as a
 * value in a code span or bold (`` `ssl0.ovh.net` ``).
 */
import type { Security } from '../../types.js';
import type { NewClaim } from '../block.js';
import type { ReadContext } from './context.js';
import type { LineFacts } from './facts.js';
import { collapseInnerMarkup, findHosts } from '../text.js';

/** What the line says of all its values: its one protocol and its security. */
export interface LineValues {
  protocol?: string;
  security?: Security;
}

/** Returns the offsets of the ports read with their host (`host:993`), which the port reader skips. */
export function readHosts({ blocks, words }: ReadContext, facts: LineFacts, values: LineValues): Set<number> {
  const { line, masked, hasServer, origin, direction } = facts;
  const hostText = collapseInnerMarkup(hasServer ? facts.value : masked);
  const namesServer = facts.label === undefined && (values.protocol !== undefined || facts.ownDirection !== undefined);
  const setOff = (h: { start: number; end: number }): boolean =>
    /[`*]/u.test(line.text[hostText.map[h.start] - 1] ?? '') && /[`*]/u.test(line.text[hostText.map[h.end]] ?? '');
  const hosts = findHosts(hostText.text).filter((h) => hasServer || h.port !== undefined || (namesServer && setOff(h)));
  const consumed = new Set<number>();
  // A region label in the line gives the hosts after it their region (`Server AMERICA / ASIA-PACIFIC (incoming)`,
  // `EUROPE: host … AMERICA/ASIA: host` in one line); the nearest label before the line applies otherwise.
  let region = facts.label !== undefined ? words.regionIn(facts.label) : undefined;
  let from = 0;
  for (const h of hosts) {
    region = words.regionIn(hostText.text.slice(from, h.start)) ?? region;
    from = h.end;
    const block = blocks.ensureBlock(origin, line.start);
    const base = line.start + (hasServer ? facts.valueOffset : 0);
    const claim: NewClaim = {
      host: h.host,
      direction,
      origin,
      position: blocks.index.range(base + hostText.map[h.start], base + hostText.map[h.end]),
      text: line.text.trim(),
      ...(region ? { region } : {}),
    };
    if (h.port !== undefined && h.portStart !== undefined) {
      claim.port = h.port;
      consumed.add(base + hostText.map[h.portStart]);
      if (values.security) claim.security = values.security;
      if (values.protocol) {
        claim.protocol = values.protocol;
        claim.protocolSource = 'block';
      }
    }
    blocks.add(block, claim);
  }
  return consumed;
}
