/**
 * translation-links: a guide links to another locale's site or manager
 * (a fi-fi guide linking `ovhSubsidiary=ie`). Driven by `links.locales`:
 * per locale, the URL fragments that identify that locale's site. A link
 * carrying another locale's marker and none of its own is reported; markers
 * are matched against URL parts (query parameter, whole path segments,
 * host), never as substrings.
 */
import { defineSetRule } from '../src/rule.js';
import { localeName } from '../src/translation/common.js';

/** An internal link target with its locale markers removed (`/fr/install`, `guide.fr-fr.md`, `install.fr`). */
function internalKey(url: string, locales: ReadonlySet<string>): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/iu.test(url) || url.startsWith('#') || url.startsWith('//') || /[{}]/u.test(url)) return undefined;
  const path = url.split('#')[0].split('?')[0].replace(/\/+$/u, '');
  if (!path) return undefined;
  return path
    .split('/')
    .filter((segment) => !locales.has(segment.toLowerCase()))
    .map((segment) => segment.replace(/\.([a-z]{2}(?:[-_][a-z]{2})?)(?=\.[a-z]+$|$)/iu, (m, l: string) => (locales.has(l.toLowerCase()) ? '' : m)))
    .join('/')
    .toLowerCase();
}

/**
 * Does a locale marker (`ovhSubsidiary=fi`, `/fi/`, `ovh.ie`,
 * `ovhcloud.com/en/`) match a link? Compared with the parts of the URL as
 * the WHATWG URL parser reads them: a query parameter, whole path
 * segments, a host (or its `www.` form), never a substring
 * (`ovhcloud.com/en/` does not match `labs.ovhcloud.com/en/`).
 */
export function markerMatches(marker: string, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://relative.invalid/');
  } catch {
    return false;
  }
  const m = marker.trim().toLowerCase();
  const eq = m.indexOf('=');
  if (eq > 0 && !m.includes('/')) {
    const key = m.slice(0, eq).replace(/^[?&]/u, '');
    const value = m.slice(eq + 1).replace(/&$/u, '');
    for (const [k, v] of parsed.searchParams) if (k.toLowerCase() === key && v.toLowerCase() === value) return true;
    return false;
  }
  const segments = (path: string) => path.split('/').filter(Boolean).map((p) => p.toLowerCase());
  const containsRun = (hay: string[], needle: string[], atStart: boolean) => {
    if (needle.length === 0) return true;
    for (let i = 0; i + needle.length <= hay.length; i++) {
      if (needle.every((n, k) => hay[i + k] === n)) return true;
      if (atStart) return false;
    }
    return false;
  };
  const path = segments(parsed.pathname);
  if (m.startsWith('/')) return containsRun(path, segments(m), false);
  const slash = m.indexOf('/');
  const host = (slash === -1 ? m : m.slice(0, slash)).replace(/^https?:\/\//u, '');
  const linkHost = parsed.hostname.toLowerCase();
  if (parsed.hostname === 'relative.invalid' || (linkHost !== host && linkHost !== `www.${host}`)) return false;
  return slash === -1 || containsRun(path, segments(m.slice(slash)), true);
}

export default defineSetRule({
  meta: {
    id: 'translation-links',
    family: 'translation',
    description: "Finds links that open another locale's site or manager (per-locale URL fragments in `links.locales`).",
    defaultSeverity: 'error',
    messages: {
      otherLocale: 'Link `{url}` opens the `{other}` site (`{token}`) in a `{locale}` guide; expected a link for `{locale}`{expected}',
      internalTarget: 'Internal link `{url}` points to a page the source `{source}` does not link to; expected one of its targets such as `{expected}`',
    },
  },
  check(context) {
    const tokens = context.config.links.locales;
    const locales = Object.keys(tokens);
    if (locales.length === 0) return;
    const lower = Object.fromEntries(locales.map((l) => [l.toLowerCase(), tokens[l].map((t) => t.toLowerCase())]));
    for (const file of context.set.members) {
      const locale = file.locale?.toLowerCase();
      if (!locale || !lower[locale]) continue;
      const own = lower[locale];
      for (const link of file.links) {
        if (own.some((t) => markerMatches(t, link.url))) continue;
        for (const other of Object.keys(lower)) {
          if (other === locale) continue;
          const token = lower[other].find((t) => markerMatches(t, link.url));
          if (!token) continue;
          context.report({
            file,
            messageId: 'otherLocale',
            range: link.range,
            data: { url: link.url, other, token, locale: localeName(file), expected: own.length ? ` (with \`${tokens[locales.find((l) => l.toLowerCase() === locale) as string][0]}\`)` : '' },
          });
          break;
        }
      }
    }
    checkInternal(context);
  },
});

/** Internal links of a translation that the source does not have, once locale markers are removed. */
function checkInternal(context: Parameters<Parameters<typeof defineSetRule>[0]['check']>[0]): void {
  const reference = context.set.reference;
  if (!reference) return;
  const locales = new Set<string>();
  for (const m of context.set.members) {
    if (!m.locale) continue;
    locales.add(m.locale.toLowerCase());
    locales.add(m.locale.toLowerCase().split(/[-_]/u)[0]);
  }
  const refKeys = new Set(reference.links.map((l) => internalKey(l.url, locales)).filter((k): k is string => k !== undefined));
  if (refKeys.size === 0) return;
  const example = reference.links.find((l) => internalKey(l.url, locales) !== undefined)?.url ?? '';
  for (const file of context.set.members) {
    if (file === reference || file.unreadable) continue;
    for (const link of file.links) {
      const key = internalKey(link.url, locales);
      if (key === undefined || refKeys.has(key)) continue;
      context.report({
        file,
        messageId: 'internalTarget',
        range: link.range,
        data: { url: link.url, source: reference.locale ?? 'default', expected: example },
      });
    }
  }
}
