import { loadLanguagePacks, type LanguagePacks } from '../language/packs.js';

/** Comparing values across locales: declared equivalents and "near" values (a typo, a re-casing, a lost part). */

/** A function that writes every declared localized value as its group's first member. */
export function canonicalizer(groups: readonly string[][]): (text: string) => string {
  const pairs: Array<[string, string]> = [];
  for (const group of groups) for (const v of group.slice(1)) pairs.push([v, group[0]]);
  pairs.sort((a, b) => b[0].length - a[0].length);
  if (pairs.length === 0) return (t) => t;
  return (text) => {
    let out = text;
    for (const [from, to] of pairs) if (out.includes(from)) out = out.split(from).join(to);
    return out;
  };
}

/** Levenshtein distance, stopping early above `max`. */
export function editDistance(a: string, b: string, max = 8): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}

/** Looks like something a translator must copy as is: a path, a flag, a name with `_` or `.`, digits, capitals. */
export function isTechnical(value: string): boolean {
  const v = value.trim();
  if (v.length < 3) return false;
  // Words separated by spaces are a UI label or a sentence (`E-Mail > Configuration`), translated with the interface.
  if (/\s/u.test(v) && v.split(/\s+/u).filter((w) => /^[\p{L}-]{2,}[:,.]?$/u.test(w)).length >= 2 && !/[=$]|--|\/\w+\//u.test(v)) return false;
  return /[/_.=$:{}<>@\\]|\d|^--?\w/u.test(v) || /^[A-Z][A-Z0-9]{2,}$/u.test(v) || /\p{Ll}\p{Lu}/u.test(v);
}

/**
 * Two technical values that are most likely the same one written wrongly:
 * equal but for case, or a few characters apart, or the same separated
 * parts with one changed.
 */
export function nearMiss(a: string, b: string): 'case' | 'edit' | 'part' | undefined {
  if (a === b) return undefined;
  if (a.toLowerCase() === b.toLowerCase()) return 'case';
  const shorter = Math.min(a.length, b.length);
  if (shorter >= 4 && editDistance(a, b, 3) <= Math.max(1, Math.min(3, Math.floor(shorter / 6)))) return 'edit';
  const pa = a.split(/([/._=:-])/u);
  const pb = b.split(/([/._=:-])/u);
  if (pa.length === pb.length && pa.length >= 5) {
    const changed = pa.map((p, i) => [p, pb[i]]).filter(([p, q]) => p !== q);
    // One part changed, and not into words (`donate-5542 AT yunohost.org` → `… CHEZ …` is a localized spelling).
    if (changed.length === 1 && !/\s/u.test(changed[0][0] + changed[0][1])) return 'part';
  }
  return undefined;
}

const placeholderWordsOf = new WeakMap<LanguagePacks, Map<string, ReadonlySet<string>>>();

/** The placeholder words of a language and English, from the language packs. */
function placeholderWords(language: string | undefined, packs: LanguagePacks): ReadonlySet<string> {
  let byLanguage = placeholderWordsOf.get(packs);
  if (!byLanguage) placeholderWordsOf.set(packs, (byLanguage = new Map()));
  const key = language ?? 'en';
  let words = byLanguage.get(key);
  if (!words) {
    words = new Set([...(packs.pack(key)?.placeholders ?? []), ...(packs.pack('en')?.placeholders ?? [])]);
    byLanguage.set(key, words);
  }
  return words;
}

/** The parts of a value: split at separators and camel case, lower-cased. */
export function valueParts(value: string): string[] {
  return value
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .split(/[\s._\-/@:'"`=,;()[\]{}<>$]+/u)
    .filter(Boolean)
    .map((p) => p.toLowerCase());
}

/**
 * A source value written as an example or placeholder (one of its parts
 * is a placeholder word of the source language, `placeholders:` of its language pack),
 * and the translation changed only word parts of it: a localized example.
 */
export function localizedExample(source: string, translation: string, language: string | undefined, packs: LanguagePacks = loadLanguagePacks()): boolean {
  const words = placeholderWords(language, packs);
  const a = valueParts(source);
  // A part that is a placeholder word, or holds a long one (`mydomainname`).
  const long = [...words].filter((w) => w.length >= 6);
  if (!a.some((p) => words.has(p) || long.some((w) => p.includes(w)))) return false;
  if (source.toLowerCase() === translation.toLowerCase()) return false;
  // No translation given: is the source an example at all?
  if (translation === '') return true;
  // `credentials=secret` → `password=secret`: the key of a key=value is never an example.
  const key = (v: string) => (v.includes('=') ? v.slice(0, v.indexOf('=')) : '');
  if (key(source) !== key(translation)) return false;
  // Same skeleton of separators and digits: only words were replaced.
  const skeleton = (v: string) => v.replace(/\p{L}+/gu, 'w').replace(/w+/gu, 'w');
  return (
    skeleton(source) === skeleton(translation) ||
    (/^\p{L}/u.test(source) === /^\p{L}/u.test(translation) &&
      source.replace(/[^\d]/gu, '') === translation.replace(/[^\d]/gu, '') &&
      valueParts(translation).length > 0)
  );
}
