/**
 * How much a finding matters, by rule family: a file that could not be
 * read hides everything else, a wrong claim misconfigures a reader's mail
 * client, a drifting translation misleads one locale, hygiene is cosmetic.
 * Used to choose which findings fit in GitHub's annotation limit and the
 * summary's short list. The family is the one the rule declares
 * (`meta.family`), carried on each of its messages.
 */
import type { LintMessage, RuleFamily } from '../types.js';

const FAMILY_ORDER: readonly RuleFamily[] = ['claim', 'translation', 'guide'];

export function familyRank(message: Pick<LintMessage, 'ruleId' | 'family'>): number {
  if (message.ruleId === 'parse-error') return 0; // the file itself (engine's PARSE_RULE)
  const i = message.family ? FAMILY_ORDER.indexOf(message.family) : -1;
  return i === -1 ? FAMILY_ORDER.length + 1 : i + 1;
}
