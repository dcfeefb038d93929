/**
 * Locale and translation-set key of a file, from the configured patterns.
 *
 * A pattern is matched against the end of the path: `guide.{locale}.md`,
 * `{name}.{locale}.md`, `{locale}/**`. The set key is the path with the
 * locale replaced by `{locale}`, so `a/guide.fr-fr.md` and
 * `a/guide.fi-fi.md` share `a/guide.{locale}.md`. In patterns where the
 * locale is a dotted suffix, a file without it (`name.md`) belongs to the
 * same set with the default locale.
 */
import { ISO_639_1 } from './iso639.js';
import { DEFAULT_LOCALE_MATCH } from '../config/load.js';

export interface LocaleInfo {
  locale?: string;
  setKey: string;
}

interface CompiledPattern {
  source: string;
  /** The locale is required. */
  strict: RegExp;
  /** A dotted `.{locale}` may be absent (`name.md`); undefined when the pattern has none. */
  loose?: RegExp;
}

const cache = new Map<string, CompiledPattern[]>();

function escape(text: string): string {
  return text.replace(/[.+^$()|[\]\\]/g, '\\$&');
}

function compile(pattern: string): CompiledPattern {
  const strict = new RegExp(`(?:^|/)${translate(pattern, false)}$`, 'du');
  const loose = pattern.includes('.{locale}') ? new RegExp(`(?:^|/)${translate(pattern, true)}$`, 'du') : undefined;
  return { source: pattern, strict, loose };
}

function translate(pattern: string, optionalLocale: boolean): string {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    if (optionalLocale && pattern.startsWith('.{locale}', i)) {
      out += '(?:\\.(?<locale>[^/.]+))?';
      i += 9;
    } else if (pattern.startsWith('{locale}', i)) {
      out += '(?<locale>[^/.]+)';
      i += 8;
    } else if (pattern.startsWith('{name}', i)) {
      out += '[^/]+?';
      i += 6;
    } else if (pattern.startsWith('**', i)) {
      out += '.*';
      i += 2;
    } else if (pattern[i] === '*') {
      out += '[^/]*';
      i += 1;
    } else if (pattern[i] === '?') {
      out += '[^/]';
      i += 1;
    } else {
      out += escape(pattern[i]);
      i += 1;
    }
  }
  return out;
}

function compiled(patterns: readonly string[]): CompiledPattern[] {
  const key = patterns.join('\0');
  let list = cache.get(key);
  if (!list) {
    list = patterns.map(compile);
    cache.set(key, list);
  }
  return list;
}

/**
 * Is `value` a plausible locale? It must match `match`; with the default
 * `match`, it must also start with an ISO 639-1 code, so `setup.app.md`
 * is not read as locale `app`.
 */
export function isLocale(value: string, match: RegExp, custom: boolean): boolean {
  if (!match.test(value)) return false;
  return custom || ISO_639_1.has(value.toLowerCase().split(/[-_]/)[0]);
}

/**
 * Locale and set key of `path` (relative to the config root, `/`-separated).
 * Files that match no pattern are sets of their own.
 */
export function localeOf(path: string, patterns: readonly string[], match: string, defaultLocale?: string): LocaleInfo {
  const matchRe = new RegExp(match, 'u');
  const custom = match !== DEFAULT_LOCALE_MATCH;
  const list = compiled(patterns);
  // First every pattern with its locale present, then the default-locale reading (`name.md`).
  for (const { strict } of list) {
    // The leftmost match may hold a folder that is not a locale (`pages/en/…`): try later ones.
    for (let from = 0; from < path.length;) {
      const m = strict.exec(path.slice(from));
      const span = m?.indices?.groups?.locale;
      if (!m || !span) break;
      const locale = path.slice(from + span[0], from + span[1]);
      const pos = from + span[0];
      if (isLocale(locale, matchRe, custom)) {
        return { locale: locale.toLowerCase(), setKey: `${path.slice(0, pos)}{locale}${path.slice(pos + locale.length)}` };
      }
      const slash = path.indexOf('/', pos);
      if (slash === -1) break;
      from = slash + 1;
    }
  }
  for (const { loose } of list) {
    const m = loose?.exec(path);
    if (!m || m.groups?.locale !== undefined) continue;
    const ext = /\.[^./]+$/.exec(path);
    if (!ext) continue;
    return { locale: defaultLocale, setKey: `${path.slice(0, ext.index)}.{locale}${ext[0]}` };
  }
  return { locale: defaultLocale, setKey: path };
}
