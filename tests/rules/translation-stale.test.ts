/**
 * translation-stale and its grace period: a translation updated a few days
 * before its source was updated with it (one release published over some
 * days); one updated earlier may miss the source's changes.
 */
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../helpers/rule-tester.js';
import translationStale from '../../rules/translation-stale.js';

const CONFIG = { locales: { pattern: 'guide.{locale}.md', source: 'fr-fr' } };
const guide = (updated: string) => `---\ntitle: Guide\nupdated: ${updated}\n---\n\n# Guide\n`;

function stale(translation: string, options?: Record<string, unknown>): string[] {
  const out = lintFiles(
    [
      { path: 'g/guide.fr-fr.md', text: guide('2026-03-24') },
      { path: 'g/guide.de-de.md', text: guide(translation) },
    ],
    [translationStale],
    { config: CONFIG as never, options },
  );
  return out['g/guide.de-de.md'].map((m) => `${m.range.start.line} ${m.messageId}`);
}

describe('translation-stale: grace period', () => {
  it('counts a translation updated up to three days before the source as updated with it', () => {
    expect(stale('2026-03-23')).toEqual([]);
    expect(stale('2026-03-21')).toEqual([]);
    expect(stale('2026-03-20')).toEqual(['3 stale']);
    expect(stale('2025-05-12')).toEqual(['3 stale']);
  });

  it('takes the grace period as an option (0: any day before the source is stale)', () => {
    expect(stale('2026-03-23', { graceDays: 0 })).toEqual(['3 stale']);
    expect(stale('2026-03-10', { graceDays: 30 })).toEqual([]);
  });
});
