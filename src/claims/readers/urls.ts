/**
 * URLs: a link to a host under the model's domains (`https://ex3.mail.ovh.net/owa`, a webmail address that embeds a
 * server name) is a host claim, judged as a host (deprecated, of another product) with no protocol.
 */
import type { ReadContext } from './context.js';
import type { Line } from '../source.js';

export function readUrlHosts({ blocks, domains }: ReadContext, line: Line): void {
  if (domains.length === 0 || !line.text.includes('://')) return;
  for (const m of line.text.matchAll(/\bhttps?:\/\/([a-z0-9.-]+\.[a-z]{2,24})(?=[/:?#)\]>\s]|$)/giu)) {
    const host = m[1].toLowerCase();
    if (!domains.some((d) => host === d || host.endsWith(`.${d}`))) continue;
    const start = line.start + (m.index ?? 0) + m[0].length - m[1].length;
    blocks.add(blocks.ensureBlock('prose', line.start), {
      host: m[1],
      origin: 'code',
      position: blocks.index.range(start, start + m[1].length),
      text: line.text.trim(),
    });
  }
}
