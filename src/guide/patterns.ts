/** Config patterns: literal text where `*` matches any run of characters. */

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Regular expression source of a pattern; `star` is what `*` becomes. */
export function patternSource(pattern: string, star = '.*?'): string {
  return pattern.split('*').map(escape).join(star);
}

/** A predicate that is true when a whole token matches one of the patterns. */
export function tokenMatcher(patterns: readonly string[]): (token: string) => boolean {
  if (patterns.length === 0) return () => false;
  const re = new RegExp(`^(?:${patterns.map((p) => patternSource(p)).join('|')})$`, 'u');
  return (token) => re.test(token);
}
