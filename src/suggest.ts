/**
 * "Did you mean …?" for mistyped flags, commands, config keys and rule
 * ids: the closest candidate by edit distance (insertions, deletions,
 * substitutions and swaps of two neighbours), when it is close enough to
 * be a typo rather than another word.
 */

/** Optimal string alignment distance between `a` and `b` (case-insensitive). */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows = s.length + 1;
  const cols = t.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[s.length][t.length];
}

/** The candidate closest to `word`, if within a third of its length (at least 1, at most 3 edits); ties go to the first. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > 100) return undefined;
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `; did you mean \`X\`?` or nothing. */
export function didYouMean(word: string, candidates: Iterable<string>, format: (c: string) => string = (c) => c): string {
  const match = closest(word, candidates);
  return match === undefined ? '' : `; did you mean \`${format(match)}\`?`;
}

/**
 * The rule a mistyped or shortened id was meant to be: one that contains
 * it or is contained in it (`host` → `claim-host`), else the closest by
 * edit distance. Every unknown-rule message (config, `--rule`, lint
 * comments, front matter) suggests through it.
 */
export function closestRule(id: string, known: Iterable<string>): string | undefined {
  const ids = [...known];
  return ids.find((k) => k.includes(id) || id.includes(k)) ?? closest(id, ids);
}

/** `; did you mean \`rule-id\`?` or nothing (see closestRule). */
export function didYouMeanRule(id: string, known: Iterable<string>): string {
  const match = closestRule(id, known);
  return match === undefined ? '' : `; did you mean \`${match}\`?`;
}

/** The config's message for a rule id it names that is no rule. */
export function unknownRuleReason(id: string, known: Iterable<string>): string {
  const close = closestRule(id, known);
  return `is not a known rule${close ? ` (did you mean \`${close}\`?)` : ''}; \`guidelint rules\` lists them`;
}
