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
import { defineSetRule, type SetTreeContext } from '../src/rule.js';
import type { RelatedLocation } from '../src/types.js';
import { nameOmissions, nameSubstitutions, setLabels, type FileLabels, type LabelPair, type SetLabels } from '../src/translation/labels.js';
import { fileName, localeName, translations } from '../src/translation/common.js';
import {
  fold,
  guidesOf,
  languageOfLocale,
  learnGlossary,
  nearMiss,
  rankedForms,
  termKey,
  type FormStats,
  type LearnedGlossary,
  type TermStats,
} from '../src/translation/glossary.js';
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
    description:
      'Finds UI labels that a translation leaves in the source language, misspells, or writes otherwise than its locale’s other guides or the glossary, and product names that differ from the source’s.',
    defaultSeverity: 'warn',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        majority: {
          type: 'number',
          minimum: 0.5,
          maximum: 1,
          description: 'Share of a locale’s guides that must agree on a form before another form is reported.',
        },
        minGuides: { type: 'integer', minimum: 1, description: 'Guides that must agree on a form before a different one is reported.' },
        minGuidesMisspelt: { type: 'integer', minimum: 1, description: 'The same, for a form one or two letters away (a misspelling).' },
        maxVariantGuides: {
          type: 'integer',
          minimum: 1,
          description: 'A form used by more guides than this is an accepted alternative (another screen), never reported.',
        },
        minLanguages: {
          type: 'integer',
          minimum: 1,
          description: 'Other languages that must translate a label before one that keeps the source text is reported.',
        },
      },
    },
    defaultOptions: { majority: 0.75, minGuides: 3, minGuidesMisspelt: 2, maxVariantGuides: 1, minLanguages: 2 },
    messages: {
      untranslated: 'UI label `{form}` is the source text left untranslated; {count} of {total} `{locale}` guides write `{expected}`',
      untranslatedElsewhere:
        'UI label `{form}` is the source text left untranslated; {count} other languages translate it (`{expected}` in `{where}`) and none keeps it',
      variant: 'UI label `{form}` translates `{source}`, which {count} of {total} `{locale}` guides write `{expected}`',
      otherLanguage: 'UI label `{form}` translates `{source}` as `{other}` guides do, while {count} of {total} `{locale}` guides write `{expected}`',
      misspelt: 'UI label `{form}` looks misspelt: {count} of {total} `{locale}` guides write `{expected}` for `{source}`',
      glossary: 'UI label `{form}` translates `{source}`, which the glossary `{glossary}` writes `{expected}` in `{locale}`',
      name: '`{name}` is named here, where the source `{source}` names `{expected}` ({where}) and never `{name}`',
      nameDropped:
        '`{locale}` never names `{name}`, which the source `{source}` names in this passage ({where}) and {count} other translations keep ({keptBy})',
    },
  },
  check(context) {
    // Names are checked per set; labels over the whole tree (below): one guide alone shows no majority.
    const reference = context.set.reference;
    if (!reference?.names?.length) return;
    const substituted = new Set<string>();
    for (const file of translations(context.set)) {
      for (const s of nameSubstitutions(reference, file)) {
        for (const e of s.expected) substituted.add(`${file.path}\0${e}`);
        context.report({
          file,
          messageId: 'name',
          range: s.range,
          data: { name: s.name, expected: s.expected.join('`, `'), source: localeName(reference), where: `${fileName(reference)}:${s.sourceRange.start.line}` },
          related: [{ path: reference.path, range: s.sourceRange, message: `The source names \`${s.expected[0]}\` here.` }],
        });
      }
    }
    // A name the source gives and this translation never does, while the others keep it (a name replaced by another is reported above).
    const skip = (file: { path: string }, name: string) => substituted.has(`${file.path}\0${name}`);
    for (const o of nameOmissions(reference, translations(context.set), context.options.minLanguages, context.options.majority, skip)) {
      context.report({
        file: o.file,
        messageId: 'nameDropped',
        range: o.range,
        data: {
          locale: localeName(o.file),
          name: o.names.join('`, `'),
          source: localeName(reference),
          where: `${fileName(reference)}:${o.sourceRange.start.line}`,
          count: o.keptBy.length,
          keptBy: o.keptBy.join(', '),
        },
        related: [{ path: reference.path, range: o.sourceRange, message: `The source names \`${o.names[0]}\` here.` }],
      });
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

/** The clear leader among each locale's forms of each term, computed once. */
function leaders(learned: LearnedGlossary): (locale: string, tk: string) => Leader | null {
  const memo = new Map<string, Leader | null>();
  return (locale, tk) => {
    const id = `${locale}\0${tk}`;
    let found = memo.get(id);
    if (found !== undefined) return found;
    const forms = learned.terms.get(tk)?.locales.get(locale);
    const ranked = forms ? rankedForms(forms) : [];
    const clear = ranked.length === 1 || (ranked.length > 1 && ranked[1][1].guides.size < ranked[0][1].guides.size);
    found = clear ? { key: ranked[0][0], stats: ranked[0][1], total: guidesOf(forms!) } : null;
    memo.set(id, found);
    return found;
  };
}

/**
 * Is form `fk` the settled translation (two guides or more) of another
 * source label in this locale? Then its pairing with `tk` is an accident
 * of alignment, not a variant.
 */
function settledElsewhere(learned: LearnedGlossary, leader: ReturnType<typeof leaders>): (locale: string, fk: string, tk: string) => boolean {
  const settled = new Map<string, Set<string>>();
  for (const [tk, term] of learned.terms) {
    for (const locale of term.locales.keys()) {
      const top = leader(locale, tk);
      if (!top || top.stats.guides.size < 2) continue;
      const id = `${locale}\0${top.key}`;
      settled.set(id, (settled.get(id) ?? new Set()).add(tk));
    }
  }
  return (locale, fk, tk) => [...(settled.get(`${locale}\0${fk}`) ?? [])].some((t) => t !== tk);
}

/**
 * Other languages on a label one guide keeps in the source language: the
 * languages that translate it (none keeping it), with the most used form
 * of the first as example; undefined when any keeps it.
 */
function otherLanguages(term: TermStats, language: string, sourceLanguage: string): { count: number; locale: string; example: FormStats } | undefined {
  const byLanguage = new Map<string, { kept: number; example?: [string, FormStats] }>();
  const source = fold(term.source);
  for (const [locale, forms] of term.locales) {
    const lang = languageOfLocale(locale);
    if (lang === language || lang === sourceLanguage) continue;
    const tally = byLanguage.get(lang) ?? { kept: 0 };
    byLanguage.set(lang, tally);
    for (const [key, stats] of forms) {
      if (key === source) tally.kept += stats.guides.size;
      else if (!tally.example || stats.guides.size > tally.example[1].guides.size) tally.example = [locale, stats];
    }
  }
  const tallies = [...byLanguage.values()];
  if (tallies.some((t) => t.kept > 0)) return undefined;
  const translating = tallies.filter((t) => t.example);
  if (translating.length === 0) return undefined;
  const [locale, example] = translating[0].example!;
  return { count: translating.length, locale, example };
}

/** A language other than `own` whose guides write `fk` for this term, if any. */
function languageUsing(term: TermStats, fk: string, own: string): string | undefined {
  for (const [locale, forms] of term.locales) {
    const lang = languageOfLocale(locale);
    if (lang !== own && forms.has(fk)) return locale;
  }
  return undefined;
}

const WORD = /[\p{L}\p{M}]{3,}/gu;

/**
 * Is every word of `form` (three letters or more) also in a label of
 * another term in this locale? Then it is a word of the locale's language
 * too, and the label may well be translated.
 */
function localeWords(learned: LearnedGlossary): (locale: string, tk: string, form: string) => boolean {
  const byLocale = new Map<string, Map<string, Set<string>>>();
  for (const [key, term] of learned.terms) {
    for (const [locale, forms] of term.locales) {
      const words = byLocale.get(locale) ?? new Map<string, Set<string>>();
      byLocale.set(locale, words);
      for (const stats of forms.values()) {
        for (const [w] of fold(stats.form).matchAll(WORD)) words.set(w, (words.get(w) ?? new Set()).add(key));
      }
    }
  }
  return (locale, tk, form) => {
    const words = byLocale.get(locale);
    const own = [...fold(form).matchAll(WORD)].map((m) => m[0]);
    return own.length > 0 && own.every((w) => [...(words?.get(w) ?? [])].some((k) => k !== tk));
  };
}

function createJudge(learned: LearnedGlossary, frozen: FrozenGlossary | undefined, context: SetTreeContext<Options>) {
  const o = context.options;
  const leader = leaders(learned);
  const otherTerm = settledElsewhere(learned, leader);
  const nativeWords = localeWords(learned);

  return (set: SetLabels, file: FileLabels, pair: LabelPair): void => {
    const tk = termKey(set.sourceLocale, pair.source);
    const term = learned.terms.get(tk)!;
    const fk = fold(pair.form);
    const sourceLanguage = languageOfLocale(set.sourceLocale);
    const untranslated = fk === fold(pair.source) && languageOfLocale(file.locale) !== sourceLanguage;
    const sourceSide: RelatedLocation = { path: set.sourcePath, range: pair.sourceRange, message: `The label in the source: \`${pair.source}\`.` };
    const report = (messageId: string, extra: Record<string, string | number>, related: RelatedLocation[]) =>
      context.report({ file, messageId, range: pair.range, data: { form: pair.form, source: pair.source, locale: file.locale, ...extra }, related });

    const fixed = frozenForms(frozen, pair.source, file.locale);
    if (fixed) {
      if (!fixed.some((f) => fold(f) === fk)) report('glossary', { expected: fixed[0], glossary: frozen!.name }, [sourceSide]);
      return;
    }
    // A form several guides use is the UI's own (another screen, a label left in English on purpose).
    if (term.locales.get(file.locale)!.get(fk)!.guides.size > o.maxVariantGuides) return;
    const top = leader(file.locale, tk);
    if (top && top.key !== fk) {
      const count = top.stats.guides.size;
      const share = count / top.total;
      const extra = { expected: top.stats.form, count, total: top.total };
      const related = [
        { path: top.stats.example.path, range: top.stats.example.range, message: `\`${file.locale}\` writes \`${top.stats.form}\` here.` },
        sourceSide,
      ];
      if (untranslated || otherTerm(file.locale, fk, tk)) {
        if (untranslated && count >= o.minGuides && share >= o.majority) report('untranslated', extra, related);
      } else if (count >= o.minGuidesMisspelt && share > 0.5 && nearMiss(pair.form, top.stats.form)) report('misspelt', extra, related);
      else if (count >= o.minGuides && share >= o.majority) {
        // Two good words for one thing (`Passo`/`Etapa`) are a matter of style. Reported: a form another
        // language uses (`Step 1` in Italian), and the usual form with letters added or cut (`Nom de l'applications`).
        const leak = languageUsing(term, fk, languageOfLocale(file.locale));
        if (leak) report('otherLanguage', { ...extra, other: leak }, related);
        else if (fk.includes(top.key) || top.key.includes(fk)) report('variant', extra, related);
      }
      return;
    }
    // Only this guide in its locale: other languages say whether the label is translated at all.
    // One word can be the same in two languages (`Options`, `Port`); a phrase that is, is left untranslated.
    if (!untranslated || !/\s/u.test(pair.source.trim())) return;
    // Every word of it also in the locale's other labels (`Login principal`, `Port SSH`): the languages share them.
    if (nativeWords(file.locale, tk, pair.form)) return;
    // Or in the guide's own running text (`Login principal` in a Portuguese guide that writes "login" and "principal" elsewhere).
    if (pair.inProse) return;
    const others = otherLanguages(term, languageOfLocale(file.locale), sourceLanguage);
    if (!others || others.count < o.minLanguages) return;
    report('untranslatedElsewhere', { expected: others.example.form, where: others.locale, count: others.count }, [
      {
        path: others.example.example.path,
        range: others.example.example.range,
        message: `\`${others.locale}\` translates it \`${others.example.form}\` here.`,
      },
      sourceSide,
    ]);
  };
}
