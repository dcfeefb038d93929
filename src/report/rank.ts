/**
 * How much a finding matters, by rule family: a file that could not be
 * read hides everything else, a wrong claim misconfigures a reader's mail
 * client, a drifting translation misleads one locale, hygiene is cosmetic.
 * Used to choose which findings fit in GitHub's annotation limit and the
 * summary's short list.
 */
const ORDER = ['parse-error', 'claim-', 'translation-', 'guide-'];

export function familyRank(ruleId: string): number {
  const i = ORDER.findIndex((prefix) => (prefix.endsWith('-') ? ruleId.startsWith(prefix) : ruleId === prefix));
  return i === -1 ? ORDER.length : i;
}
