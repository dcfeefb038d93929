/**
 * What a link opens, written so that the same target compares equal in
 * every locale: locale markers removed (a `fr.` host label, a `/fr/` path
 * segment, a `.fr` file-name suffix, a `lang=fr` parameter), and a link
 * inside the site (`../slug/`, `/pages/01.slug/slug.md`, `/slug`) reduced
 * to the page it opens. Parsed with the WHATWG URL parser.
 */

export interface LinkTarget {
  /** Comparable key: `site:slug` for a page of the site, `host/path?query` for an outside page. */
  key: string;
  external: boolean;
  /** The URL carried a locale marker (a `fr.` host, a `/fr/` segment…): a localized page, whose path may be translated too. */
  localized?: boolean;
  /** A page of the site written as a full URL (one of `translation.siteUrls`). */
  absolute?: boolean;
  /** For a full URL of the site: the locale segment of its path, if any (`en` in `/en/backup`). */
  locale?: string;
}

const SKIP = /^(?:mailto|tel|xmpp|irc|image|javascript|data):/iu;

function stripLocale(segment: string, locales: ReadonlySet<string>): string {
  // `index.fr.html`, `guide.fr-fr.md`, `page_fr`, `Tutorial_(fr)`: the locale part of a file name.
  return segment
    .replace(/([._-])([a-z]{2}(?:[-_][a-z]{2})?)(?=\.[a-z0-9]+$|$)/giu, (m, _sep: string, l: string) => (locales.has(l.toLowerCase()) ? '' : m))
    .replace(/_?\(([a-z]{2})\)$/iu, (m, l: string) => (locales.has(l.toLowerCase()) ? '' : m));
}

/** The page a site link opens: its last meaningful segment, without order prefix, extension or locale. */
function slug(path: string, locales: ReadonlySet<string>): string | undefined {
  const segments = path
    .split('/')
    .map((s) => decodeURIComponent(s).toLowerCase())
    .filter((s) => s && s !== '.' && s !== '..' && !locales.has(s));
  let last = segments.pop();
  while (last !== undefined && /^(?:index|default|readme)(?:\.[a-z-]+)?\.(?:md|html?)$/u.test(last)) last = segments.pop();
  if (last === undefined) return undefined;
  return stripLocale(last.replace(/\.(?:md|html?)$/u, ''), locales)
    .replace(/\.(?:md|html?)$/u, '')
    .replace(/^\d+\./u, '');
}

const targetCache = new WeakMap<ReadonlySet<string>, Map<string, LinkTarget | undefined>>();

/** What `url` opens (memoized per set of locales: the same links come back in every locale of a set). */
export function linkTarget(url: string, locales: ReadonlySet<string>, siteUrls: readonly string[] = []): LinkTarget | undefined {
  let cache = targetCache.get(locales);
  if (!cache) targetCache.set(locales, (cache = new Map()));
  const key = siteUrls.length ? `${siteUrls.join(',')}\u0000${url}` : url;
  if (cache.has(key)) return cache.get(key);
  const out = computeTarget(url, locales, siteUrls);
  cache.set(key, out);
  return out;
}

function computeTarget(url: string, locales: ReadonlySet<string>, siteUrls: readonly string[]): LinkTarget | undefined {
  const raw = url.trim();
  if (!raw || raw.startsWith('#') || SKIP.test(raw) || /[{}]/u.test(raw)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw, 'https://site.invalid/base/');
  } catch {
    return undefined;
  }
  if (parsed.hostname === 'site.invalid') {
    const s = slug(parsed.pathname, locales);
    return s ? { key: `site:${s}`, external: false } : undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  for (const prefix of siteUrls) {
    let site: URL;
    try {
      site = new URL(prefix);
    } catch {
      continue;
    }
    const host = (h: string) => h.toLowerCase().replace(/^www\./u, '');
    if (host(site.hostname) !== host(parsed.hostname) || !parsed.pathname.startsWith(site.pathname)) continue;
    const rest = parsed.pathname.slice(site.pathname.length);
    const s = slug(rest, locales);
    const locale = rest
      .split('/')
      .find((seg) => locales.has(seg.toLowerCase()))
      ?.toLowerCase();
    if (s) return { key: `site:${s}`, external: false, absolute: true, ...(locale ? { locale } : {}) };
  }
  const labels = parsed.hostname
    .toLowerCase()
    .replace(/^www\./u, '')
    .split('.');
  let localized = false;
  if (labels.length > 2 && locales.has(labels[0])) {
    labels.shift();
    localized = true;
  }
  const rawSegments = parsed.pathname.split('/').filter(Boolean);
  const kept = rawSegments.filter((s) => !locales.has(s.toLowerCase()));
  const segments = kept.map((s) => stripLocale(s, locales));
  if (kept.length !== rawSegments.length || segments.some((s, i) => s !== kept[i])) localized = true;
  const path = segments.join('/').replace(/\/index\.html?$/u, '');
  const params = [...parsed.searchParams];
  const query = params
    .filter(([k, v]) => !locales.has(v.toLowerCase()) && !/^(?:lang|hl|locale|language)$/iu.test(k))
    .map(([k, v]) => `${k}=${v}`)
    .sort();
  if (query.length !== params.length) localized = true;
  const out: LinkTarget = { key: `${labels.join('.')}/${path}${query.length ? `?${query.join('&')}` : ''}`.replace(/\/$/u, ''), external: true };
  if (localized) out.localized = true;
  return out;
}
