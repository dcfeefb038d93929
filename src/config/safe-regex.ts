/**
 * Regular expressions written in a config are run on every file name or
 * token: one that backtracks (`^(a+)+$`, nested or adjacent quantifiers
 * over the same characters) would hang a run on a long name. They are
 * checked once, when the config is loaded, with the same analysis that
 * eslint-plugin-regexp applies to the project's own patterns.
 */
import { RegExpParser } from '@eslint-community/regexpp';
import { analyse } from 'scslre';

/** Why `source` cannot be used as a `u`-flag regular expression, or undefined when it can. */
export function unsafeRegexReason(source: string): string | undefined {
  try {
    new RegExp(source, 'u');
  } catch (error) {
    return `is not a valid regular expression (${(error as Error).message.replace(/^Invalid regular expression: /u, '')})`;
  }
  let literal;
  try {
    literal = new RegExpParser({ ecmaVersion: 2025 }).parseLiteral(`/${source.replace(/\//gu, '\\/')}/u`);
  } catch {
    return undefined; // Valid for V8, beyond the analyser: nothing more to say.
  }
  const report = analyse(literal).reports.find((r) => r.type !== 'Move');
  if (!report) return undefined;
  return `can take ${report.exponential ? 'exponential' : 'polynomial'} time on long input (quantifiers that can match the same characters in more than one way, near \`${report.type === 'Self' ? report.parentQuant.raw : report.startQuant.raw}\`); rewrite it so that each character can be matched one way only`;
}
