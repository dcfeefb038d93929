/**
 * translation-missing: every translation set has the locales the config
 * requires (`locales.required`). Reported on the set's reference file.
 */
import { defineSetRule } from '../src/rule.js';
import { lineRange } from '../src/translation/common.js';

export default defineSetRule({
  meta: {
    id: 'translation-missing',
    family: 'translation',
    description: 'Finds translation sets that lack a locale the config requires (`locales.required`).',
    defaultSeverity: 'error',
    messages: {
      missing: 'Translation `{locale}` of this guide is missing (required by `locales.required`); expected `{expected}`',
    },
  },
  check(context) {
    const { set, config } = context;
    const required = config.locales.required.map((l) => l.toLowerCase());
    if (!required.length) return;
    const anchor = set.reference ?? set.members[0];
    if (!anchor) return;
    const present = new Set(set.members.map((m) => m.locale));
    for (const locale of required) {
      if (present.has(locale)) continue;
      context.report({
        file: anchor,
        messageId: 'missing',
        range: lineRange(1),
        data: { locale, expected: set.key.replace('{locale}', locale) },
      });
    }
  },
});
