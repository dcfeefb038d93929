/**
 * Host names and host patterns.
 *
 * Semantics (documented for model authors in models/README.md):
 * - Comparison is case-insensitive: guides write `SSL0.OVH.NET`.
 * - In a model pattern, `?` stands for a server number: it matches one or
 *   more digits (`ex12.mail.ovh.net`) or a placeholder a guide writes
 *   instead of the number: `?`, `X`/`x`, `*`, `#`, or `N`/`n` on their own
 *   (`ex?.mail.ovh.net`, `exX.mail.ovh.net`, `ex**X**.mail.ovh.net` once the
 *   bold markers are dropped).
 * - In a model pattern, `*` matches one or more letters, digits or hyphens
 *   inside one label (`*.mail.ovh.net` does not match `a.b.mail.ovh.net`).
 * - A host written in a guide is normalised first: Markdown emphasis
 *   markers and backticks dropped, scheme, path, port and trailing dot
 *   removed (`https://SSL0.OVH.NET:993/` → `ssl0.ovh.net`).
 */
import { cutAtFirst, trimEndChars } from '../document/trim.js';

const compiled = new Map<string, RegExp>();

/** The host name a guide's text stands for, lower-cased, or '' when nothing host-like is left. */
export function normalizeHost(text: string): string {
  let h = text.trim().toLowerCase();
  // Emphasis markers around a placeholder (`ex**X**`) and code ticks are Markdown, not part of the name.
  h = h.replace(/\*\*|__|`/g, '');
  h = h.replace(/^[a-z][a-z0-9+.-]*:\/\//u, '');
  h = h.replace(/^[^@/]*@/u, '');
  const cut = h.search(/[/?#]/u);
  if (cut !== -1) h = h.slice(0, cut) + (h[cut] === '/' ? '' : keepPlaceholder(h.slice(cut)));
  h = h.replace(/:\d+$/u, '');
  h = trimEndChars(h, '.');
  return h;
}

/** `?`/`#` right after a label start are placeholders (`ex?.mail…`), not a query string or a fragment. */
function keepPlaceholder(rest: string): string {
  return /^[?#]\./u.test(rest) ? cutAtFirst(rest, '/') : '';
}

function escapeRegExp(s: string): string {
  return s.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

/** Compile a model host pattern into an anchored, case-insensitive regular expression. */
export function hostPattern(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    const body = pattern
      .toLowerCase()
      .split('')
      .map((c) => (c === '?' ? '(?:\\d+|[?x*#n])' : c === '*' ? '[a-z0-9-]+' : escapeRegExp(c)))
      .join('');
    re = new RegExp(`^${body}$`, 'u');
    compiled.set(pattern, re);
  }
  return re;
}

/** Whether a guide's host (already normalised) matches a model pattern. */
export function matchHost(pattern: string, host: string): boolean {
  return hostPattern(pattern).test(host);
}

/** Whether a host is one of the domains or under one of them. */
export function underDomains(host: string, domains: readonly string[]): boolean {
  return domains.some((d) => {
    const domain = d.toLowerCase();
    return host === domain || host.endsWith(`.${domain}`);
  });
}
