/**
 * translation-links: a guide links to another locale's site or manager
 * (a fi-fi guide linking `ovhSubsidiary=ie`). Driven by `links.locales`:
 * per locale, the URL fragments that identify that locale's site. A link
 * carrying another locale's fragment and none of its own is reported.
 */
import { defineSetRule } from '../src/rule.js';
import { localeName } from '../src/translation/common.js';

export default defineSetRule({
  meta: {
    id: 'translation-links',
    family: 'translation',
    description: "Finds links that open another locale's site or manager (per-locale URL fragments in `links.locales`).",
    defaultSeverity: 'error',
    messages: {
      otherLocale: 'Link `{url}` opens the `{other}` site (`{token}`) in a `{locale}` guide; expected a link for `{locale}`{expected}',
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
  },
});
