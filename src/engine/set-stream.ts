/**
 * The set phase run as files finish: a translation set's rules run as soon
 * as its last member is linted. With `slim`, its members' summaries are
 * then cut down to what reporters need (path, locale…), so a run over tens
 * of thousands of files never holds every heading, link and claim at once.
 * Sets are folder-local in practice and files are linted in path order, so
 * few sets are open at any time.
 *
 * With a set cache (`--cache`, slim runs), a set whose members all carry a
 * content hash is looked up by the digest of its members first: when none
 * changed, its stored findings are reused and the rules do not run, nor are
 * the members' full summaries decoded.
 */
import { createHash } from 'node:crypto';
import { emptySummary } from './lint-file.js';
import type { TranslationSet } from '../rule.js';
import type { FileSummary, LintMessage } from '../types.js';
import type { Environment } from './analysis.js';
import type { FileTarget } from './lint-file.js';
import type { EffectiveRule } from './rules-config.js';
import { groupSets, memberOrder } from './sets.js';
import { collectTree, coversTree, finishTree, mergeCollected, runSetRules, type Collected } from './set-phase.js';
import { sourceFor } from '../config/overrides.js';
import type { CachedSet, FileCache, SummaryHead } from './cache.js';

/** How a member reaches the stream: its summary (or a way to get it), and what identifies its content. */
export interface Member {
  /** The full summary, or a loader for it (a cache hit decodes it only if its set must be compared again). */
  summary: FileSummary | (() => FileSummary);
  /** Its slim form, when already known (a cache hit). */
  slim?: FileSummary;
  /** Content hash and commit date: with every member's, the set's digest. */
  identity?: { hash: string; lastCommit?: string };
}

export interface SetStream {
  /** A member's summary is final (linted or from the cache). */
  add(target: FileTarget, member: Member): void;
  /** Close the remaining sets; messages by path and the sets in key order. */
  finish(): { sets: TranslationSet[]; messages: Map<string, LintMessage[]> };
}

const keyOf = (target: FileTarget): string => target.setKey ?? target.path;

export interface SetStreamOptions {
  slim: boolean;
  onSlim?: (target: FileTarget, summary: FileSummary) => void;
  /** Stored set findings (see cache.ts); used in slim runs only. */
  setCache?: Pick<FileCache, 'getSet' | 'setSet'>;
}

type Entry = { target: FileTarget } & Member;

export function createSetStream(targets: readonly FileTarget[], env: Environment, effective: readonly EffectiveRule[], options: SetStreamOptions): SetStream {
  const expected = new Map<string, number>();
  for (const t of targets) expected.set(keyOf(t), (expected.get(keyOf(t)) ?? 0) + 1);
  const open = new Map<string, Entry[]>();
  const sets: TranslationSet[] = [];
  const messages = new Map<string, LintMessage[]>();
  const setCache = options.slim ? options.setCache : undefined;
  // What tree-wide rules kept of each set, for their pass after the last set (set-phase.ts).
  const collected: Collected = {};
  const merge = (found: Map<string, LintMessage[]>): void => {
    for (const [path, list] of found) messages.set(path, [...(messages.get(path) ?? []), ...list]);
  };

  /** Reuse a set's stored findings; its members stay slim. */
  const reuse = (key: string, members: Entry[], stored: CachedSet): void => {
    merge(stored.messages);
    if (stored.collected) mergeCollected(collected, stored.collected);
    const slim = members.map((m) => {
      const small = m.slim ?? slimSummary(full(m));
      options.onSlim?.(m.target, small);
      return small;
    });
    slim.sort(memberOrder);
    sets.push({ key, members: slim, reference: slim.find((m) => m.path === stored.reference), sourceLocale: env.config.locales.source });
  };

  const close = (entries: Entry[]): void => {
    const key = keyOf(entries[0].target);
    const digest = setCache && digestOf(entries);
    const stored = digest === undefined ? undefined : setCache?.getSet(key, digest);
    if (stored && coversTree(stored.collected, effective)) return reuse(key, entries, stored);
    const members = entries.map((m) => ({ target: m.target, summary: full(m) }));
    const grouped = groupSets(
      members.map((m) => m.summary),
      sourceFor(
        env.config,
        members.map((m) => m.target.absPath),
      ),
      env.config.locales.default,
    );
    const found = runSetRules(grouped, effective, env);
    const kept = collectTree(grouped, effective, env);
    mergeCollected(collected, kept);
    if (digest !== undefined) setCache?.setSet(key, digest, { messages: found, reference: grouped[0]?.reference?.path, collected: kept });
    merge(found);
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
    add(target, member) {
      const key = keyOf(target);
      const list = open.get(key) ?? [];
      list.push({ target, ...member });
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
      merge(finishTree(collected, effective, env));
      sets.sort((a, b) => a.key.localeCompare(b.key));
      return { sets, messages };
    },
  };
}

/** A member's full summary (decoded now if it came from the cache; an unreadable stand-in if its bytes are damaged). */
function full(m: Entry): FileSummary {
  if (typeof m.summary !== 'function') return m.summary;
  const loaded = m.summary();
  m.summary = loaded;
  return loaded;
}

/** Digest of what a set's findings depend on besides the config: its members' paths, locales, contents and commit dates. Undefined when a member's content is not known by hash. */
function digestOf(entries: readonly Entry[]): string | undefined {
  const lines: string[] = [];
  for (const { target, identity } of entries) {
    if (!identity) return undefined;
    lines.push([target.path, target.absPath, target.locale ?? '', identity.hash, identity.lastCommit ?? ''].join('\0'));
  }
  return createHash('sha1').update(lines.sort().join('\n')).digest('hex');
}

/** What reporters use of a summary once its set rules have run: identity and locale, no content. */
export function slimSummary(s: FileSummary): FileSummary {
  return slimFromHead(s, s);
}

/** The slim summary of a file from the few fields the cache keeps beside it (see SummaryHead). */
export function slimFromHead(target: FileTarget, head: Pick<SummaryHead, 'product' | 'lines' | 'unreadable'>): FileSummary {
  return { ...emptySummary(target, Boolean(head.unreadable)), product: head.product, lines: head.lines };
}
