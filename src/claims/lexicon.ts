/**
 * The claim words of each language (the `claims:` of its language pack,
 * languages/*.yaml) compiled, concept by concept, into one Unicode-aware,
 * case-insensitive, whole-word matcher.
 */
import { loadLanguagePacks } from '../language/packs.js';

export const CONCEPTS = [
  'incoming',
  'outgoing',
  'server',
  'port',
  'username',
  'password',
  'sslOn',
  'sslOff',
  'starttls',
  'secureConnection',
  'authentication',
  'noAuthentication',
  'authenticationField',
  'securityField',
  'serverType',
  'yes',
  'no',
] as const;
export type Concept = (typeof CONCEPTS)[number];

/** Terms of every concept for one language (merged from all folders). */
export type Terms = Record<Concept, string[]>;

/** A compiled concept: finds whole-word occurrences in a line. */
export interface Matcher {
  /** Every match [start, end) in `text`. */
  all(text: string): Array<[number, number]>;
  test(text: string): boolean;
  /**
   * For a cheap first look: the literal pieces of each term (its runs
   * without spaces, apostrophes or `*`, lower-cased). A text that does not
   * contain every piece of some term cannot match.
   */
  readonly needles: ReadonlyArray<readonly string[]>;
}

export interface CompiledLexicon {
  /** Languages available (ISO codes). */
  languages: string[];
  /** Matchers for a language: its own terms, then English and common ones. With no language: every language. */
  forLanguage(language: string | undefined): Record<Concept, Matcher>;
}

const cache = new Map<string, CompiledLexicon>();

/** The claim words of the built-in language packs plus extra folders (a pack there extends the language of the same code). */
export function loadLexicons(extraDirs: readonly string[] = []): CompiledLexicon {
  const key = extraDirs.join('\0');
  const hit = cache.get(key);
  if (hit) return hit;
  const packs = loadLanguagePacks(extraDirs);
  const byLanguage = new Map<string, Terms>();
  for (const language of ['common', ...packs.languages]) {
    const pack = packs.pack(language);
    if (!pack) continue;
    const terms = emptyTerms();
    for (const concept of CONCEPTS) terms[concept].push(...(pack.claims[concept] ?? []));
    byLanguage.set(language, terms);
  }
  const compiled = compileAll(byLanguage);
  cache.set(key, compiled);
  return compiled;
}

function emptyTerms(): Terms {
  return Object.fromEntries(CONCEPTS.map((c) => [c, [] as string[]])) as unknown as Terms;
}

function compileAll(byLanguage: Map<string, Terms>): CompiledLexicon {
  const languages = [...byLanguage.keys()].filter((l) => l !== 'common');
  const perLanguage = new Map<string, Record<Concept, Matcher>>();
  const merge = (codes: string[]): Record<Concept, Matcher> => {
    const out = {} as Record<Concept, Matcher>;
    for (const concept of CONCEPTS) {
      const terms = codes.flatMap((code) => byLanguage.get(code)?.[concept] ?? []);
      out[concept] = compileTerms(terms);
    }
    return out;
  };
  return {
    languages,
    forLanguage(language) {
      const key = language && byLanguage.has(language) ? language : '*';
      let m = perLanguage.get(key);
      if (!m) {
        m = merge(key === '*' ? ['common', ...languages] : [key, 'en', 'common']);
        perLanguage.set(key, m);
      }
      return m;
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The pieces of a term without spaces, apostrophes or `*`, lower-cased. */
function piecesOf(term: string): string[] {
  return term
    .replace(/\*/g, '')
    .toLowerCase()
    .split(/[\s'’]+/u)
    .filter(Boolean);
}

/** One regex per concept: longest terms first, whole words, `stem*` for inflected forms, flexible spaces. */
export function compileTerms(terms: readonly string[]): Matcher {
  const unique = [...new Set(terms.map((t) => t.normalize('NFC')))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return { all: () => [], test: () => false, needles: [] };
  const body = unique
    .map((t) => {
      const stem = t.endsWith('*');
      const compound = t.startsWith('*');
      const word = t.slice(compound ? 1 : 0, stem ? -1 : undefined);
      const core = escapeRegExp(word).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]");
      // `stem*` takes endings (Saapuva, Saapuvan); `*word` takes compounds (Posteingangsserver).
      return `${compound ? '[\\p{L}\\p{M}]*' : ''}${core}${stem ? '[\\p{L}\\p{M}]*' : ''}`;
    })
    .join('|');
  const source = `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`;
  const global = new RegExp(source, 'giu');
  const single = new RegExp(source, 'iu');
  return {
    all(text) {
      const out: Array<[number, number]> = [];
      global.lastIndex = 0;
      for (let m = global.exec(text); m; m = global.exec(text)) out.push([m.index, m.index + m[0].length]);
      return out;
    },
    test: (text) => single.test(text),
    needles: unique.map(piecesOf),
  };
}
