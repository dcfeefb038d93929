/**
 * translation-terms: the words of the interface, across the whole tree.
 * Each UI label of a translation is paired with the source's label it
 * stands for (src/translation/labels.ts); over every set, the forms each
 * locale uses for each source label make a glossary
 * (src/translation/glossary.ts). A label that keeps the source text, that
 * the frozen glossary writes otherwise, or that departs from what the
 * clear majority of its locale's guides write (a misspelling needs less
 * evidence) is reported with the expected form and where it comes from.
 */
import { defineSetRule, type TreeContext } from '../src/rule.js';
import type { RelatedLocation } from '../src/types.js';
import { nameSubstitutions, setLabels, type FileLabels, type LabelPair, type SetLabels } from '../src/translation/labels.js';
import { fileName, localeName, translations } from '../src/translation/common.js';
import { fold, guidesOf, languageOfLocale, learnGlossary, nearMiss, rankedForms, termKey, type FormStats, type LearnedGlossary } from '../src/translation/glossary.js';
import { frozenForms, loadFrozenGlossary, type FrozenGlossary } from '../src/translation/frozen.js';

interface Options {
  majority: number;
  minGuides: number;
  minGuidesMisspelt: number;
  maxVariantGuides: number;
  minLanguages: number;
}

/** The clear leader among a locale's forms of one term (none on a tie). */
interface Leader {
  key: string;
  stats: FormStats;
  total: number;
}

export default defineSetRule<Options, SetLabels | null>({
  meta: {
    id: 'translation-terms',
    family: 'translation',
    description: 'Finds UI labels that a translation leaves in the source language, misspells, or writes otherwise than its locale’s other guides or the glossary, and product names that differ from the source’s.',
    defaultSeverity: 'warn',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        majority: { type: 'number', minimum: 0.5, maximum: 1, description: 'Share of a locale’s guides that must agree on a form before another form is reported.' },
        minGuides: { type: 'integer', minimum: 1, description: 'Guides that must agree on a form before a different one is reported.' },
        minGuidesMisspelt: { type: 'integer', minimum: 1, description: 'The same, for a form one or two letters away (a misspelling).' },
        maxVariantGuides: { type: 'integer', minimum: 1, description: 'A form used by more guides than this is an accepted alternative (another screen), never reported.' },
        minLanguages: { type: 'integer', minimum: 1, description: 'Other languages that must translate a label before one that keeps the source text is reported.' },
      },
    },
    defaultOptions: { majority: 0.75, minGuides: 3, minGuidesMisspelt: 2, maxVariantGuides: 1, minLanguages: 2 },
    messages: {
      untranslated: 'UI label `{form}` is the source text left untranslated; {count} of {total} `{locale}` guides write `{expected}`',
      untranslatedElsewhere: 'UI label `{form}` is the source text left untranslated; {count} other languages translate it (`{expected}` in `{where}`) and none keeps it',
      variant: 'UI label `{form}` translates `{source}`, which {count} of {total} `{locale}` guides write `{expected}`',
      misspelt: 'UI label `{form}` looks misspelt: {count} of {total} `{locale}` guides write `{expected}` for `{source}`',
      glossary: 'UI label `{form}` translates `{source}`, which the glossary `{glossary}` writes `{expected}` in `{locale}`',
      name: '`{name}` is named here, where the source `{source}` names `{expected}` ({where}) and never `{name}`',
    },
  },
  check(context) {
    // Names are checked per set; labels over the whole tree (below): one guide alone shows no majority.
    const reference = context.set.reference;
    if (!reference?.names?.length) return;
    for (const file of translations(context.set)) {
      for (const s of nameSubstitutions(reference, file)) {
        context.report({
          file,
          messageId: 'name',
          range: s.range,
          data: { name: s.name, expected: s.expected.join('`, `'), source: localeName(reference), where: `${fileName(reference)}:${s.sourceRange.start.line}` },
          related: [{ path: reference.path, range: s.sourceRange, message: `The source names \`${s.expected[0]}\` here.` }],
        });
      }
    }
  },
  tree: {
    collect: (context) => setLabels(context.set) ?? null,
    finish(collected, context) {
      const sets = collected.filter((s): s is SetLabels => s !== null);
      if (sets.length === 0) return;
      const learned = learnGlossary(sets);
      const { config } = context;
      const frozen = config.terms.glossary ? loadFrozenGlossary(config.terms.glossary, config.root, config.locales.source) : undefined;
      const judge = createJudge(learned, frozen, context);
      for (const set of sets) for (const file of set.files) for (const pair of file.pairs) judge(set, file, pair);
    },
  },
});

function createJudge(learned: LearnedGlossary, frozen: FrozenGlossary | undefined, context: TreeContext<Options>) {
  const o = context.options;
  const leaders = new Map<string, Leader | null>();
  const leader = (locale: string, tk: string): Leader | null => {
    const id = `${locale}\0${tk}`;
    let found = leaders.get(id);
    if (found !== undefined) return found;
    const forms = learned.terms.get(tk)?.locales.get(locale);
    const ranked = forms ? rankedForms(forms) : [];
    found = ranked.length && (ranked.length === 1 || ranked[1][1].guides.size < ranked[0][1].guides.size) ? { key: ranked[0][0], stats: ranked[0][1], total: guidesOf(forms!) } : null;
    leaders.set(id, found);
    return found;
  };
  // Locale → form key → terms it is the settled translation of: a label paired with the wrong source label (misalignment) is not a variant.
  const settled = new Map<string, Map<string, Set<string>>>();
  for (const [tk, term] of learned.terms) {
    for (const locale of term.locales.keys()) {
      const top = leader(locale, tk);
      if (!top || top.stats.guides.size < 2) continue;
      const byForm = settled.get(locale) ?? new Map<string, Set<string>>();
      settled.set(locale, byForm);
      byForm.set(top.key, (byForm.get(top.key) ?? new Set()).add(tk));
    }
  }
  const otherTerm = (locale: string, fk: string, tk: string) => [...(settled.get(locale)?.get(fk) ?? [])].some((t) => t !== tk);

  return (set: SetLabels, file: FileLabels, pair: LabelPair): void => {
    const tk = termKey(set.sourceLocale, pair.source);
    const term = learned.terms.get(tk)!;
    const fk = fold(pair.form);
    const untranslated = fk === fold(pair.source) && languageOfLocale(file.locale) !== languageOfLocale(set.sourceLocale);
    const data = { form: pair.form, source: pair.source, locale: file.locale };
    const sourceSide: RelatedLocation = { path: set.sourcePath, range: pair.sourceRange, message: `The label in the source: \`${pair.source}\`.` };
    const report = (messageId: string, extra: Record<string, string | number>, related: RelatedLocation[]) =>
      context.report({ file, messageId, range: pair.range, data: { ...data, ...extra }, related });

    const fixed = frozenForms(frozen, pair.source, file.locale);
    if (fixed) {
      if (!fixed.some((f) => fold(f) === fk)) report('glossary', { expected: fixed[0], glossary: frozen!.name }, [sourceSide]);
      return;
    }
    const forms = term.locales.get(file.locale)!;
    // A form several guides use is the UI's own (another screen, a label left in English on purpose).
    if (forms.get(fk)!.guides.size > o.maxVariantGuides) return;
    const top = leader(file.locale, tk);
    if (top && top.key !== fk) {
      const count = top.stats.guides.size;
      const share = count / top.total;
      const extra = { expected: top.stats.form, count, total: top.total };
      const related = [{ path: top.stats.example.path, range: top.stats.example.range, message: `\`${file.locale}\` writes \`${top.stats.form}\` here.` }, sourceSide];
      // A near miss is a typo whatever else the locale writes: a plain majority of guides is enough evidence.
      if (untranslated || otherTerm(file.locale, fk, tk)) {
        if (untranslated && count >= o.minGuides && share >= o.majority) report('untranslated', extra, related);
      } else if (count >= o.minGuidesMisspelt && share > 0.5 && nearMiss(pair.form, top.stats.form)) report('misspelt', extra, related);
      else if (count >= o.minGuides && share >= o.majority) report('variant', extra, related);
      return;
    }
    // Only this guide in its locale: other languages say whether the label is translated at all.
    // One word can be the same in two languages (`Options`, `Port`); a phrase that is, is left untranslated.
    if (!untranslated || !/\s/u.test(pair.source.trim())) return;
    const language = languageOfLocale(file.locale);
    const sourceLanguage = languageOfLocale(set.sourceLocale);
    const byLanguage = new Map<string, { kept: number; translated: number; example?: [string, FormStats] }>();
    for (const [locale, other] of term.locales) {
      const lang = languageOfLocale(locale);
      if (lang === language || lang === sourceLanguage) continue;
      const tally = byLanguage.get(lang) ?? { kept: 0, translated: 0 };
      byLanguage.set(lang, tally);
      for (const [key, stats] of other) {
        if (key === fold(pair.source)) tally.kept += stats.guides.size;
        else {
          tally.translated += stats.guides.size;
          if (!tally.example || stats.guides.size > tally.example[1].guides.size) tally.example = [locale, stats];
        }
      }
    }
    const tallies = [...byLanguage.values()];
    const translating = tallies.filter((t) => t.translated > 0 && t.kept === 0);
    if (tallies.some((t) => t.kept > 0) || translating.length < o.minLanguages) return;
    const [where, example] = translating[0].example!;
    report('untranslatedElsewhere', { expected: example.form, where, count: translating.length }, [
      { path: example.example.path, range: example.example.range, message: `\`${where}\` translates it \`${example.form}\` here.` },
      sourceSide,
    ]);
  };
}
