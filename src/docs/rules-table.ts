/** The README's rule table, generated from the rules' metadata (never typed twice). */
import type { Rule } from '../rule.js';

export const START = '<!-- rules:start -->';
export const END = '<!-- rules:end -->';

export function rulesTable(rules: readonly Rule[]): string {
  const rows = [...rules]
    .sort((a, b) => a.meta.id.localeCompare(b.meta.id))
    .map(
      (r) =>
        `| [\`${r.meta.id}\`](rules/${r.meta.id}.md) | ${r.meta.family} | ${r.meta.defaultSeverity} | ${r.meta.fixable ? 'yes' : ''} | ${r.meta.description.replace(/\|/g, '\\|')} |`,
    );
  return ['| rule | family | default | fix | what it finds |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** Replace the generated section of a README text. */
export function withRulesTable(readme: string, rules: readonly Rule[]): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) throw new Error('README has no rules:start/rules:end markers');
  return `${readme.slice(0, start + START.length)}\n${rulesTable(rules)}\n${readme.slice(end)}`;
}
