/**
 * The glossary a tree teaches: for each UI label of the source, the forms
 * each locale's translations use for it, counted in guides. One linear
 * pass over what the label pairing kept of each set.
 */
import type { Range } from '../types.js';
import type { SetLabels } from './labels.js';

/** Comparison key of a label: case and Unicode composition do not make another term. */
export function fold(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('und');
}

export function languageOfLocale(locale: string): string {
  return locale.toLowerCase().split(/[-_]/u)[0];
}

export interface Occurrence {
  path: string;
  range: Range;
}

export interface FormStats {
  /** As first written. */
  form: string;
  /** Keys of the sets (guides) that use it. */
  guides: Set<string>;
  uses: number;
  example: Occurrence;
}

export interface TermStats {
  source: string;
  sourceLocale: string;
  /** Guides of the source that have the label paired with a translation. */
  guides: Set<string>;
  example: Occurrence;
  /** Locale → form key → stats. */
  locales: Map<string, Map<string, FormStats>>;
}

export interface LearnedGlossary {
  /** Key: `sourceLocale` + NUL + folded source label. */
  terms: Map<string, TermStats>;
}

export const termKey = (sourceLocale: string, source: string): string => `${languageOfLocale(sourceLocale)}\0${fold(source)}`;

export function learnGlossary(sets: readonly SetLabels[]): LearnedGlossary {
  const terms = new Map<string, TermStats>();
  for (const set of sets) {
    for (const file of set.files) {
      for (const pair of file.pairs) {
        const key = termKey(set.sourceLocale, pair.source);
        let term = terms.get(key);
        if (!term) {
          term = {
            source: pair.source,
            sourceLocale: set.sourceLocale,
            guides: new Set(),
            example: { path: set.sourcePath, range: pair.sourceRange },
            locales: new Map(),
          };
          terms.set(key, term);
        }
        term.guides.add(set.key);
        let forms = term.locales.get(file.locale);
        if (!forms) term.locales.set(file.locale, (forms = new Map()));
        const formKey = fold(pair.form);
        let stats = forms.get(formKey);
        if (!stats) forms.set(formKey, (stats = { form: pair.form, guides: new Set(), uses: 0, example: { path: file.path, range: pair.range } }));
        stats.guides.add(set.key);
        stats.uses++;
      }
    }
  }
  return { terms };
}

/** Forms of a locale, most guides first (ties: the form first written). */
export function rankedForms(forms: Map<string, FormStats>): Array<[string, FormStats]> {
  return [...forms].sort((a, b) => b[1].guides.size - a[1].guides.size || a[1].form.localeCompare(b[1].form));
}

/** Distinct guides that translate the term in this locale, whatever the form. */
export function guidesOf(forms: Map<string, FormStats>): number {
  const all = new Set<string>();
  for (const f of forms.values()) for (const g of f.guides) all.add(g);
  return all.size;
}

/** Restricted Damerau–Levenshtein distance, stopping early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const row = new Array<number>(m + 1);
    row[0] = i;
    let best = row[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], prev2[j - 2] + 1);
      best = Math.min(best, row[j]);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[m];
}

/**
 * Is `form` a misspelling of `expected`? One edit in a word of five
 * letters or more, two from ten. Not when one is the other plus an
 * ending (an inflection: `Server`/`Servers`), nor when they differ in
 * digits only (`Step 2`/`Step 3`).
 */
export function nearMiss(form: string, expected: string): boolean {
  const a = fold(form);
  const b = fold(expected);
  if (a === b || Math.min(a.length, b.length) < 5) return false;
  if (a.startsWith(b) || b.startsWith(a)) return false;
  if (a.replace(/\p{N}/gu, '') === b.replace(/\p{N}/gu, '')) return false;
  const max = Math.min(a.length, b.length) >= 10 ? 2 : 1;
  return editDistance(a, b, max) <= max;
}
