/**
 * Group file summaries into translation sets and choose each set's
 * reference: the configured source locale; else the file whose name
 * carries no locale (`name.md`, the default-locale original), which
 * `locales.default` names (it still is the original: an Arabic page must
 * not become the reference of an English one by vote); else the locale
 * whose claims most members agree with (majority).
 */
import type { TranslationSet } from '../rule.js';
import type { FileSummary } from '../types.js';

export function groupSets(summaries: readonly FileSummary[], sourceLocale: string | undefined, defaultLocale?: string): TranslationSet[] {
  const byKey = new Map<string, FileSummary[]>();
  for (const s of summaries) {
    const key = s.setKey ?? s.path;
    const list = byKey.get(key);
    if (list) list.push(s);
    else byKey.set(key, [s]);
  }
  const sets: TranslationSet[] = [];
  for (const [key, members] of byKey) {
    members.sort(memberOrder);
    sets.push({ key, members, reference: chooseReference(members, sourceLocale, defaultLocale), sourceLocale });
  }
  sets.sort((a, b) => a.key.localeCompare(b.key));
  return sets;
}

/** Members in set order: by locale, then path. */
export function memberOrder(a: FileSummary, b: FileSummary): number {
  return (a.locale ?? '').localeCompare(b.locale ?? '') || a.path.localeCompare(b.path);
}

function chooseReference(members: FileSummary[], sourceLocale: string | undefined, defaultLocale: string | undefined): FileSummary | undefined {
  const readable = members.filter((m) => !m.unreadable);
  if (readable.length === 0) return undefined;
  if (sourceLocale) {
    const source = readable.find((m) => m.locale === sourceLocale.toLowerCase());
    if (source) return source;
  }
  const unlocalised = readable.find((m) => m.locale === undefined);
  if (unlocalised) return unlocalised;
  if (defaultLocale) {
    const original = readable.find((m) => m.locale?.toLowerCase() === defaultLocale.toLowerCase());
    if (original) return original;
  }
  return majority(readable);
}

/** The member whose claim fingerprint is shared by most members (ties: most claims, then first). */
function majority(members: FileSummary[]): FileSummary {
  const fingerprint = (m: FileSummary): string =>
    m.claims.map((c) => `${c.protocol ?? ''}/${c.direction ?? ''}/${c.host?.toLowerCase() ?? ''}/${c.port ?? ''}/${c.security ?? ''}`).join(';');
  const counts = new Map<string, number>();
  for (const m of members) counts.set(fingerprint(m), (counts.get(fingerprint(m)) ?? 0) + 1);
  let best = members[0];
  let bestScore = -1;
  for (const m of members) {
    const score = (counts.get(fingerprint(m)) ?? 0) * 1000 + m.headings.length;
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}
