/**
 * The set phase run as files finish: a translation set's rules run as soon
 * as its last member is linted. With `slim`, its members' summaries are
 * then cut down to what reporters need (path, locale…), so a run over tens
 * of thousands of files never holds every heading, link and claim at once.
 * Sets are folder-local in practice and files are linted in path order, so
 * few sets are open at any time.
 */
import { emptySummary } from './lint-file.js';
import type { TranslationSet } from '../rule.js';
import type { FileSummary, LintMessage } from '../types.js';
import type { Environment } from './analysis.js';
import type { FileTarget } from './lint-file.js';
import type { EffectiveRule } from './rules-config.js';
import { groupSets } from './sets.js';
import { runSetRules } from './set-phase.js';

export interface SetStream {
  /** A member's summary is final (linted or from the cache). */
  add(target: FileTarget, summary: FileSummary): void;
  /** Close the remaining sets; messages by path and the sets in key order. */
  finish(): { sets: TranslationSet[]; messages: Map<string, LintMessage[]> };
}

const keyOf = (target: FileTarget): string => target.setKey ?? target.path;

export function createSetStream(targets: readonly FileTarget[], env: Environment, effective: readonly EffectiveRule[], options: { slim: boolean; onSlim?: (target: FileTarget, summary: FileSummary) => void }): SetStream {
  const expected = new Map<string, number>();
  for (const t of targets) expected.set(keyOf(t), (expected.get(keyOf(t)) ?? 0) + 1);
  const open = new Map<string, Array<{ target: FileTarget; summary: FileSummary }>>();
  const sets: TranslationSet[] = [];
  const messages = new Map<string, LintMessage[]>();

  const close = (members: Array<{ target: FileTarget; summary: FileSummary }>): void => {
    const grouped = groupSets(
      members.map((m) => m.summary),
      env.config.locales.source,
    );
    for (const [path, list] of runSetRules(grouped, effective, env)) messages.set(path, [...(messages.get(path) ?? []), ...list]);
    if (options.slim) {
      const slimmed = new Map<FileSummary, FileSummary>();
      for (const m of members) {
        const small = slimSummary(m.summary);
        slimmed.set(m.summary, small);
        options.onSlim?.(m.target, small);
      }
      for (const set of grouped) {
        set.members = set.members.map((s) => slimmed.get(s) ?? s);
        if (set.reference) set.reference = slimmed.get(set.reference) ?? set.reference;
      }
    }
    sets.push(...grouped);
  };

  return {
    add(target, summary) {
      const key = keyOf(target);
      const list = open.get(key) ?? [];
      list.push({ target, summary });
      if (list.length >= (expected.get(key) ?? 1)) {
        open.delete(key);
        close(list);
      } else {
        open.set(key, list);
      }
    },
    finish() {
      for (const list of open.values()) close(list);
      open.clear();
      sets.sort((a, b) => a.key.localeCompare(b.key));
      return { sets, messages };
    },
  };
}

/** What reporters use of a summary once its set rules have run: identity and locale, no content. */
export function slimSummary(s: FileSummary): FileSummary {
  return { ...emptySummary(s, Boolean(s.unreadable)), product: s.product, lines: s.lines };
}
