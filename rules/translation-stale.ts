/**
 * translation-stale: a translation whose front matter `updated` date is
 * older than the source's is out of date; the message says by how much.
 * Files that carry no date are compared by their last git commit.
 */
import { defineSetRule } from '../src/rule.js';
import { fileName, keyRange, lineRange, localeName, translations } from '../src/translation/common.js';
import { keyLine } from '../src/document/parse.js';

function date(value: unknown): Date | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** "3 years 2 months", "5 months", "12 days". */
export function distance(from: Date, to: Date): string {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (to.getUTCDate() < from.getUTCDate()) months--;
  if (months <= 0) {
    const days = Math.round((to.getTime() - from.getTime()) / 86_400_000);
    return `${days} day${days === 1 ? '' : 's'}`;
  }
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [years ? `${years} year${years === 1 ? '' : 's'}` : '', rest ? `${rest} month${rest === 1 ? '' : 's'}` : ''];
  return parts.filter(Boolean).join(' ');
}

export default defineSetRule({
  meta: {
    id: 'translation-stale',
    family: 'translation',
    description: 'Finds translations last updated before their source (front matter `updated`), and says how far behind they are.',
    defaultSeverity: 'warn',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        key: { type: 'string', description: 'Front matter key holding the date a guide was last updated.' },
        graceDays: {
          type: 'integer',
          minimum: 0,
          description: 'A translation updated at most this many days before its source counts as updated with it (one release, published over a few days).',
        },
      },
    },
    defaultOptions: { key: 'updated', graceDays: 3 },
    uses: { commitDates: { unlessDated: (options) => String(options.key ?? 'updated') } },
    messages: {
      stale: '`{locale}` was updated {here}, {behind} before the source `{source}` ({there}, {where}); it may miss changes',
      staleCommit: '`{locale}` was last changed {here} (git), {behind} before the source `{source}` ({there}); it may miss changes',
    },
  },
  check(context) {
    const { set } = context;
    const reference = set.reference;
    if (!reference) return;
    const key = String(context.options.key ?? 'updated');
    const there = date(reference.frontmatter?.[key]);
    const grace = Math.max(0, Number(context.options.graceDays ?? 0)) * DAY;
    for (const file of translations(set)) {
      const here = date(file.frontmatter?.[key]);
      if (there && here) {
        if (here.getTime() >= there.getTime() - grace) continue;
        context.report({
          file,
          messageId: 'stale',
          range: keyRange(file, key),
          data: {
            locale: localeName(file),
            here: day(here),
            behind: distance(here, there),
            source: localeName(reference),
            there: day(there),
            where: `${fileName(reference)}:${keyLine(reference.frontmatterLines, key) ?? 1}`,
          },
          related: [{ path: reference.path, range: keyRange(reference, key), message: `The source was updated ${day(there)}.` }],
        });
        continue;
      }
      // No dates written in the files: the last commits tell, when the tree is a git repository.
      if (there || here) continue;
      const hereCommit = date(file.lastCommit);
      const thereCommit = date(reference.lastCommit);
      if (!hereCommit || !thereCommit || thereCommit.getTime() - hereCommit.getTime() < Math.max(DAY, grace)) continue;
      context.report({
        file,
        messageId: 'staleCommit',
        range: lineRange(1),
        data: {
          locale: localeName(file),
          here: day(hereCommit),
          behind: distance(hereCommit, thereCommit),
          source: localeName(reference),
          there: day(thereCommit),
        },
        related: [{ path: reference.path, range: lineRange(1), message: `The source was last changed ${day(thereCommit)}.` }],
      });
    }
  },
});

const DAY = 86_400_000;

function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}
