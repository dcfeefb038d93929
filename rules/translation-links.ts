/**
 * translation-links: a guide links to another locale's site or manager
 * (a fi-fi guide linking `ovhSubsidiary=ie`). Driven by `links.locales`:
 * per locale, the URL fragments that identify that locale's site. A link
 * carrying another locale's fragment and none of its own is reported.
 */
import { defineSetRule } from '../src/rule.js';
import { localeName } from '../src/translation/common.js';
import { trimEndChars } from '../src/document/trim.js';

/** An internal link target with its locale markers removed (`/fr/install`, `guide.fr-fr.md`, `install.fr`). */
function internalKey(url: string, locales: ReadonlySet<string>): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/iu.test(url) || url.startsWith('#') || url.startsWith('//') || /[{}]/u.test(url)) return undefined;
  const path = trimEndChars(url.split('#')[0].split('?')[0], '/');
  if (!path) return undefined;
  return path
    .split('/')
    .filter((segment) => !locales.has(segment.toLowerCase()))
    .map((segment) => segment.replace(/\.([a-z]{2}(?:[-_][a-z]{2})?)(?=\.[a-z]+$|$)/iu, (m, l: string) => (locales.has(l.toLowerCase()) ? '' : m)))
    .join('/')
    .toLowerCase();
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
        const url = link.url.toLowerCase();
        if (own.some((t) => url.includes(t))) continue;
        for (const other of Object.keys(lower)) {
          if (other === locale) continue;
          const token = lower[other].find((t) => url.includes(t));
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
