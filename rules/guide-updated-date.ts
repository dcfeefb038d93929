/**
 * guide-updated-date: a date written in the text as the guide's own
 * ("Stand 29.06.2018", "Last updated 17th August 2021") that is not the
 * front matter's `updated` date. The words that introduce such a date and
 * the month names come from the language packs (`dates:`); a
 * numeric date is read every way it can be (day–month, month–day,
 * year first) and is reported only when no reading gives `updated`.
 */
import type { Text } from 'mdast';
import { defineFileRule } from '../src/rule.js';
import { loadLanguagePacks, type LanguagePack, type LanguagePacks } from '../src/language/packs.js';
import { walk } from '../src/guide/text.js';
import { pointIn } from '../src/document/labels.js';

type DatePattern = { regex: RegExp; month: Map<string, number> };
const patternsOf = new WeakMap<LanguagePacks, Map<string, DatePattern>>();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+');

/** The pattern for a language: its lead words and English ones, then a date. */
function patternFor(language: string | undefined, packs: LanguagePacks): DatePattern {
  const key = language ?? 'en';
  let patterns = patternsOf.get(packs);
  if (!patterns) patternsOf.set(packs, (patterns = new Map()));
  let found = patterns.get(key);
  if (found) return found;
  const dates = [...new Set([key, 'en'])]
    .map((l) => packs.pack(l)?.dates)
    .filter((d): d is LanguagePack['dates'] => d !== undefined && d.lead.length + d.months.length > 0);
  const leads = dates.flatMap((d) => d.lead).sort((a, b) => b.length - a.length);
  const month = new Map<string, number>();
  for (const d of dates) d.months.forEach((forms, i) => forms.forEach((f) => month.set(f.toLowerCase(), i + 1)));
  const names = [...month.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  const day = '(\\d{1,2})(?:st|nd|rd|th|er|\\.)?';
  const date = [
    '(\\d{1,4})[./-](\\d{1,2})[./-](\\d{2,4})',
    `${day}\\s+(?:de\\s+)?(${names})\\.?,?\\s+(?:de\\s+)?(\\d{4})`,
    `(${names})\\.?\\s+${day},?\\s+(\\d{4})`,
  ].join('|');
  const regex = new RegExp(
    `(?<![\\p{L}])(?:${leads.map(escape).join('|')})\\s*[:–-]?\\s*(?:(?:le|am|on|el|em|a|il|al|op)\\s+)?(?:${date})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  found = { regex, month };
  patterns.set(key, found);
  return found;
}

const iso = (y: number, m: number, d: number): string | undefined => {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 ? date.toISOString().slice(0, 10) : undefined;
};
const year = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));

/** Every reading of a matched date, as YYYY-MM-DD. */
export function readings(m: RegExpMatchArray, month: Map<string, number>): string[] {
  const g = m.slice(1);
  const out: Array<string | undefined> = [];
  if (g[0] !== undefined) {
    const [a, b, c] = [g[0], g[1], g[2]];
    if (a.length === 4) out.push(iso(Number(a), Number(b), Number(c)));
    else if (c.length !== 3) out.push(iso(year(c), Number(b), Number(a)), iso(year(c), Number(a), Number(b)));
  } else if (g[3] !== undefined) out.push(iso(Number(g[5]), month.get(g[4].toLowerCase()) ?? 0, Number(g[3])));
  else if (g[6] !== undefined) out.push(iso(Number(g[8]), month.get(g[6].toLowerCase()) ?? 0, Number(g[7])));
  return [...new Set(out.filter((x): x is string => x !== undefined))];
}

function frontmatterDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
}

export default defineFileRule<{ key: string }>({
  meta: {
    id: 'guide-updated-date',
    family: 'guide',
    description: 'Finds a date the text gives as the guide’s last update (“Stand 29.06.2018”) that is not its front matter `updated` date.',
    defaultSeverity: 'warn',
    schema: { type: 'object', additionalProperties: false, properties: { key: { type: 'string', description: 'Front matter key of the update date.' } } },
    defaultOptions: { key: 'updated' },
    messages: {
      differs: 'The text says the guide was updated on {said} (`{text}`), the front matter `{key}` says {updated}',
    },
  },
  check(context) {
    const key = String(context.options.key ?? 'updated');
    const updated = frontmatterDate(context.frontmatter?.[key]);
    if (!updated) return;
    const { regex, month } = patternFor(context.language, loadLanguagePacks(context.config.lexicons));
    walk(context.tree, (node) => {
      if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return false;
      if (node.type !== 'text') return true;
      const text = node as Text;
      for (const m of text.value.matchAll(regex)) {
        const said = readings(m, month);
        if (said.length === 0 || said.includes(updated)) continue;
        const range = pointIn(text, m.index ?? 0, m[0].length);
        context.report({
          messageId: 'differs',
          data: { said: said[0], text: m[0].replace(/\s+/gu, ' '), key, updated },
          ...(range ? { range } : { node: text }),
        });
      }
      return true;
    });
  },
});
