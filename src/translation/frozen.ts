/**
 * A frozen glossary (config `terms.glossary`): YAML validated against
 * schemas/glossary.schema.json, or TBX as `guidelint terms --format tbx`
 * writes it. Per source label, the forms a locale (or a language) must use.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { DataFileError, loadDataFile } from '../config/validate.js';
import { fold, languageOfLocale } from './glossary.js';
import { readTbx } from './tbx.js';

export interface FrozenGlossary {
  /** Display path (for messages). */
  name: string;
  /** Folded source label → locale or language (lower case) → accepted forms (as written). */
  terms: Map<string, Map<string, string[]>>;
}

const loaded = new Map<string, FrozenGlossary>();

/** Load (once per process) the glossary at `path`; `root` makes its name relative for messages. */
export function loadFrozenGlossary(path: string, root: string, sourceLocale: string | undefined): FrozenGlossary {
  const cached = loaded.get(path);
  if (cached) return cached;
  const name = relative(root, path) || path;
  const terms = new Map<string, Map<string, string[]>>();
  const add = (source: string, locale: string, forms: readonly string[]) => {
    let byLocale = terms.get(fold(source));
    if (!byLocale) terms.set(fold(source), (byLocale = new Map()));
    byLocale.set(locale.toLowerCase(), [...(byLocale.get(locale.toLowerCase()) ?? []), ...forms]);
  };
  if (/\.(?:tbx|xml)$/iu.test(path)) {
    let xml: string;
    try {
      xml = readFileSync(path, 'utf8');
    } catch (error) {
      throw new DataFileError(name, 1, '', `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    const source = sourceLocale ? languageOfLocale(sourceLocale) : undefined;
    for (const concept of readTbx(xml)) {
      // The source side: the config's source locale or its language, else the first language of the entry.
      const langs = [...concept.languages.keys()];
      const from = langs.find((l) => l === sourceLocale?.toLowerCase()) ?? langs.find((l) => languageOfLocale(l) === source) ?? langs[0];
      for (const label of concept.languages.get(from) ?? []) {
        for (const [lang, forms] of concept.languages) if (lang !== from) add(label, lang, forms);
      }
    }
  } else {
    const { data } = loadDataFile(path, 'glossary.schema.json', name);
    const raw = (data as { terms: Record<string, Record<string, string | string[]>> }).terms;
    for (const [source, byLocale] of Object.entries(raw)) for (const [locale, forms] of Object.entries(byLocale)) add(source, locale, [forms].flat());
  }
  const glossary = { name, terms };
  loaded.set(path, glossary);
  return glossary;
}

/** The forms the glossary accepts for `source` in `locale` (its own entry, else its language's); undefined when it says nothing. */
export function frozenForms(glossary: FrozenGlossary | undefined, source: string, locale: string): string[] | undefined {
  const byLocale = glossary?.terms.get(fold(source));
  return byLocale?.get(locale.toLowerCase()) ?? byLocale?.get(languageOfLocale(locale));
}
