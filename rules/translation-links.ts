/**
 * translation-links: a guide links to another locale's site or manager
 * (a fi-fi guide linking `ovhSubsidiary=ie`). Driven by `links.locales`:
 * per locale, the URL fragments that identify that locale's site. A link
 * carrying another locale's marker and none of its own is reported; markers
 * are matched against URL parts (query parameter, whole path segments,
 * host), never as substrings.
 */
import { defineSetRule } from '../src/rule.js';
import type { FileSummary, LinkInfo } from '../src/types.js';
import { fileName, lineRange, localeName, translations } from '../src/translation/common.js';
import { alignFiles } from '../src/translation/align.js';
import { linkTarget, type LinkTarget } from '../src/translation/links.js';
import { editDistance, localizedExample, nearMiss } from '../src/translation/values.js';
import { loadLanguagePacks, type LanguagePacks } from '../src/language/packs.js';

/**
 * Does a locale marker (`ovhSubsidiary=fi`, `/fi/`, `ovh.ie`,
 * `ovhcloud.com/en/`) match a link? Compared with the parts of the URL as
 * the WHATWG URL parser reads them: a query parameter, whole path
 * segments, a host (or its `www.` form), never a substring
 * (`ovhcloud.com/en/` does not match `labs.ovhcloud.com/en/`).
 */
export function markerMatches(marker: string, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://relative.invalid/');
  } catch {
    return false;
  }
  const m = marker.trim().toLowerCase();
  const eq = m.indexOf('=');
  if (eq > 0 && !m.includes('/')) {
    const key = m.slice(0, eq).replace(/^[?&]/u, '');
    const value = m.slice(eq + 1).replace(/&$/u, '');
    for (const [k, v] of parsed.searchParams) if (k.toLowerCase() === key && v.toLowerCase() === value) return true;
    return false;
  }
  const segments = (path: string) =>
    path
      .split('/')
      .filter(Boolean)
      .map((p) => p.toLowerCase());
  const containsRun = (hay: string[], needle: string[], atStart: boolean) => {
    if (needle.length === 0) return true;
    for (let i = 0; i + needle.length <= hay.length; i++) {
      if (needle.every((n, k) => hay[i + k] === n)) return true;
      if (atStart) return false;
    }
    return false;
  };
  const path = segments(parsed.pathname);
  if (m.startsWith('/')) return containsRun(path, segments(m), false);
  const slash = m.indexOf('/');
  const host = (slash === -1 ? m : m.slice(0, slash)).replace(/^https?:\/\//u, '');
  const linkHost = parsed.hostname.toLowerCase();
  if (parsed.hostname === 'relative.invalid' || (linkHost !== host && linkHost !== `www.${host}`)) return false;
  return slash === -1 || containsRun(path, segments(m.slice(slash)), true);
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
      sourceTarget:
        'The source `{source}` never links {url}, which {count} of {total} translations link (first {where}): the source is the one that differs, updated alone or left behind',
      typo: 'Link `{url}` is most likely a mistyped `{expected}`, the target of the source `{source}` here ({where})',
      absolute:
        "Link `{url}` hard-codes another locale's page of the site where the source `{source}` links `{expected}` ({where}); link it the same way, so it opens in the reader's locale",
      missingLink: 'Section `{section}` has no link to `{url}`, which the source `{source}` links to here ({where})',
    },
  },
  check(context) {
    checkAligned(context);
    checkInternal(context);
    const tokens = context.config.links.locales;
    const locales = Object.keys(tokens);
    if (locales.length === 0) return;
    const lower = Object.fromEntries(locales.map((l) => [l.toLowerCase(), tokens[l].map((t) => t.toLowerCase())]));
    for (const file of context.set.members) {
      const locale = file.locale?.toLowerCase();
      if (!locale || !lower[locale]) continue;
      const own = lower[locale];
      for (const link of file.links) {
        if (own.some((t) => markerMatches(t, link.url))) continue;
        for (const other of Object.keys(lower)) {
          if (other === locale) continue;
          const token = lower[other].find((t) => markerMatches(t, link.url));
          if (!token) continue;
          context.report({
            file,
            messageId: 'otherLocale',
            range: link.range,
            data: {
              url: link.url,
              other,
              token,
              locale: localeName(file),
              expected: own.length ? ` (with \`${tokens[locales.find((l) => l.toLowerCase() === locale) as string][0]}\`)` : '',
            },
          });
          break;
        }
      }
    }
  },
});

/**
 * A target a few characters away from the source's (`liberpay.com` for
 * `liberapay.com`, `federate.m` for `federate.md`): not a re-casing, not a
 * site of another country (`drupal.fr`), not a localized example.
 */
function likelyTypo(source: string, translation: string, language: string | undefined, packs: LanguagePacks): boolean {
  if (source.toLowerCase() === translation.toLowerCase()) return false;
  if (nearMiss(source, translation) !== 'edit' || editDistance(source, translation, 3) > 2) return false;
  const host = (k: string) => k.slice(0, k.indexOf('/') === -1 ? undefined : k.indexOf('/'));
  const hs = host(source);
  const ht = host(translation);
  if (hs !== ht && hs.replace(/\.[a-z]+$/u, '') === ht.replace(/\.[a-z]+$/u, '')) return false;
  return !localizedExample(source, translation, language, packs);
}

/** The translation links to the same outside site's home under another path (a localized page of the site). */
function hostOnly(key: string, others: ReadonlySet<string>): boolean {
  if (key.startsWith('site:')) return false;
  const host = key.split('/')[0];
  return [...others].some((k) => k.split('/')[0] === host && k !== key && !host.endsWith('github.com'));
}

/** Every locale of the set, and its language, as written in URLs. */
function setLocales(context: Parameters<Parameters<typeof defineSetRule>[0]['check']>[0]): Set<string> {
  const locales = new Set<string>();
  for (const m of context.set.members) {
    if (!m.locale) continue;
    locales.add(m.locale.toLowerCase());
    locales.add(m.locale.toLowerCase().split(/[-_]/u)[0]);
  }
  return locales;
}

/**
 * Internal links of a translation that open a page the source never links
 * to. Targets are compared by the page they open, so `../slug/`,
 * `/pages/01.slug/slug.fr.md` and `/slug` are one target.
 */
function checkInternal(context: Parameters<Parameters<typeof defineSetRule>[0]['check']>[0]): void {
  const reference = context.set.reference;
  if (!reference) return;
  const locales = setLocales(context);
  const refKeys = new Set(
    reference.links
      .map((l) => linkTarget(l.url, locales))
      .filter((t) => t && !t.external)
      .map((t) => t?.key),
  );
  if (refKeys.size === 0) return;
  const example = reference.links.find((l) => linkTarget(l.url, locales)?.external === false)?.url ?? '';
  const others = context.set.members.filter((file) => file !== reference && !file.unreadable);
  // Internal targets the source never links, by the translations that link them.
  const unknown = new Map<string, Array<{ file: FileSummary; link: LinkInfo }>>();
  for (const file of others) {
    const seen = new Set<string>();
    for (const link of file.links) {
      const target = linkTarget(link.url, locales);
      if (!target || target.external || refKeys.has(target.key)) continue;
      const list = unknown.get(target.key) ?? [];
      if (!seen.has(target.key)) list.push({ file, link });
      seen.add(target.key);
      unknown.set(target.key, list);
    }
  }
  // Targets most translations (two or more) link and the source never does: the source is the one that differs
  // (updated alone, or left behind). One finding on the source names them all.
  const consensus = [...unknown].filter(([, linking]) => linking.length >= 2 && linking.length > others.length / 2);
  if (consensus.length) {
    const [, linking] = consensus[0];
    const first = linking[0];
    const stale = reference.links.find((l) => {
      const t = linkTarget(l.url, locales);
      return t && !t.external && others.filter((f) => f.links.some((x) => linkTarget(x.url, locales)?.key === t.key)).length < linking.length;
    });
    const urls = consensus.map(([, l]) => `\`${l[0].link.url}\``);
    context.report({
      file: reference,
      messageId: 'sourceTarget',
      range: stale?.range ?? lineRange(1),
      data: {
        url: urls.length > 3 ? `${urls.slice(0, 3).join(', ')} and ${urls.length - 3} more` : urls.join(', '),
        count: linking.length,
        total: others.length,
        source: localeName(reference),
        where: `${fileName(first.file)}:${first.link.range.start.line}`,
      },
      related: consensus.flatMap(([, l]) =>
        l.map(({ file, link }) => ({ path: file.path, range: link.range, message: `\`${localeName(file)}\` links \`${link.url}\` here.` })),
      ),
    });
  }
  const agreed = new Set(consensus.map(([key]) => key));
  for (const [key] of unknown) {
    if (agreed.has(key)) continue;
    for (const file of others) {
      for (const link of file.links) {
        if (linkTarget(link.url, locales)?.key !== key) continue;
        context.report({
          file,
          messageId: 'internalTarget',
          range: link.range,
          data: { url: link.url, source: reference.locale ?? 'default', expected: example },
        });
      }
    }
  }
}

/**
 * Links of aligned paragraphs: a translation's target a few characters (or
 * one path part) away from the source's is a likely typo; a source link
 * with no counterpart anywhere in the translation is reported once per
 * section.
 */
function checkAligned(context: Parameters<Parameters<typeof defineSetRule>[0]['check']>[0]): void {
  const reference = context.set.reference;
  if (!reference?.units) return;
  const locales = setLocales(context);
  const siteUrls = context.config.translation?.siteUrls ?? [];
  const packs = loadLanguagePacks(context.config.lexicons);
  const targets = (urls: readonly string[] | undefined) =>
    (urls ?? [])
      .map((url) => ({ url, target: linkTarget(url, locales, siteUrls) }))
      .filter((x): x is { url: string; target: LinkTarget } => x.target !== undefined);
  for (const file of translations(context.set)) {
    if (!file.units) continue;
    const aligned = alignFiles(reference, file);
    const everywhere = new Set(file.units.flatMap((u) => targets(u.links).map((t) => t.target.key)));
    const sourceKeys = new Set(aligned.refUnits.flatMap((u) => targets(u.links).map((t) => t.target.key)));
    const where = (line: number) => `${fileName(reference)}:${line}`;
    const reportedSections = new Set<number>();
    const pairedRef = new Map<number, number>(aligned.units);
    aligned.refUnits.forEach((a, r) => {
      const there = targets(a.links);
      if (there.length === 0) return;
      const t = pairedRef.get(r);
      const b = t === undefined ? undefined : aligned.units2[t];
      const here = targets(b?.links);
      const hereKeys = new Set(here.map((x) => x.target.key));
      const thereKeys = new Set(there.map((x) => x.target.key));
      if (b) {
        // A link of this block reported against the aligned source link.
        const pairReport = (messageId: string, url: string, expected: string): void =>
          context.report({
            file,
            messageId,
            range: lineRange(b.l),
            data: { url, expected, source: localeName(reference), where: where(a.l) },
            related: [{ path: reference.path, range: lineRange(a.l), message: 'The source link.' }],
          });
        // The same page, hard-coded as a full URL of the site where the source links relatively.
        // (A full URL of the translation's own locale opens the right page; one of another locale, or of none, does not.)
        const own = new Set([file.locale?.toLowerCase(), file.language]);
        const hard = here.find((y) => y.target.absolute && !own.has(y.target.locale) && there.some((x) => x.target.key === y.target.key && !x.target.absolute));
        if (hard) {
          const x = there.find((c) => c.target.key === hard.target.key) as { url: string };
          pairReport('absolute', hard.url, x.url);
          return;
        }
        for (const y of here) {
          if (thereKeys.has(y.target.key)) continue;
          // A target the source links to elsewhere is a real page, not a typo.
          if (sourceKeys.has(y.target.key) || y.target.localized) continue;
          const x = there.find(
            (c) =>
              !hereKeys.has(c.target.key) &&
              !c.target.localized &&
              c.target.external === y.target.external &&
              likelyTypo(c.target.key, y.target.key, reference.language, packs),
          );
          if (!x) continue;
          pairReport('typo', y.url, x.url);
          return;
        }
      }
      // A source link the translation has nowhere, once per section, where the sections surely pair.
      // Only a link dropped (the aligned paragraph has fewer links), not one replaced by another target.
      if (!b || here.length >= there.length) return;
      if (reportedSections.has(a.s) || !aligned.sure.has(a.s) || !aligned.sections.has(a.s)) return;
      // A localized page (`en.wikipedia.org`) may be linked in its translation's language; an example address is no page.
      const lost = there.find(
        (x) =>
          !everywhere.has(x.target.key) &&
          !x.target.localized &&
          !localizedExample(x.target.key, '', reference.language, packs) &&
          !hostOnly(x.target.key, everywhere),
      );
      if (!lost) return;
      reportedSections.add(a.s);
      const section = aligned.sections.get(a.s) as number;
      const heading = section >= 0 ? file.headings[section] : undefined;
      context.report({
        file,
        messageId: 'missingLink',
        range: b ? lineRange(b.l) : (heading?.range ?? lineRange(1)),
        data: { url: lost.url, section: heading?.text ?? '(before the first heading)', source: localeName(reference), where: where(a.l) },
        related: [{ path: reference.path, range: lineRange(a.l), message: 'The source link.' }],
      });
    });
  }
}
