/**
 * The tree phase: rules that need every linted file at once (a link from
 * one guide to a heading of another). Each file's summary is offered once,
 * when it is linted (run.ts); each tree rule keeps what its `collect` returns,
 * so the phase holds a little data per file, not the summaries. After the
 * last file, each tree rule runs once; its findings obey the `<!--lint …-->`
 * markers of the file they are on.
 */
import type { TreeContext, TreeFile, TreeRule } from '../rule.js';
import type { ControlMarker, FileSummary, LintMessage } from '../types.js';
import type { Environment } from './analysis.js';
import { crash, reporter } from './set-phase.js';
import type { EffectiveRule } from './rules-config.js';

/** What the tree phase keeps of one file: where it is, its lint markers, and each tree rule's data (plain, so the cache can store it). */
export interface TreeEntry {
  path: string;
  absPath: string;
  locale?: string;
  setKey?: string;
  control: ControlMarker[];
  /** Per tree rule, in order: what its `collect` returned. */
  data: unknown[];
}

export interface TreePhase {
  /** True when a tree rule is on (otherwise nothing needs to be collected). */
  readonly active: boolean;
  /** What the tree rules keep of a summary (stored with a file's cached outcome, so a cache hit needs no summary). */
  collect(summary: FileSummary): TreeEntry;
  /** A file's entry, once per path. */
  addEntry(entry: TreeEntry): void;
  /** collect + addEntry. */
  add(summary: FileSummary): void;
  /** Run the tree rules; messages by file path. */
  finish(): Map<string, LintMessage[]>;
}

export function createTreePhase(effective: readonly EffectiveRule[], env: Environment): TreePhase {
  const treeRules = effective.filter((e): e is EffectiveRule & { rule: TreeRule } => e.rule.kind === 'tree');
  const files: Array<Array<TreeFile<unknown>>> = treeRules.map(() => []);
  const control = new Map<string, ControlMarker[]>();
  const seen = new Set<string>();
  const phase: TreePhase = {
    active: treeRules.length > 0,
    collect(summary) {
      const data = treeRules.map(({ rule, options }) => {
        try {
          return rule.collect(summary, { config: env.config, options });
        } catch {
          return undefined; // the file is left out of this rule's view
        }
      });
      return { path: summary.path, absPath: summary.absPath, locale: summary.locale, setKey: summary.setKey, control: summary.control, data };
    },
    addEntry(entry) {
      if (treeRules.length === 0 || seen.has(entry.path)) return;
      seen.add(entry.path);
      if (entry.control.length) control.set(entry.path, entry.control);
      treeRules.forEach((_, i) => {
        const data = entry.data[i];
        if (data !== undefined) files[i].push({ path: entry.path, absPath: entry.absPath, locale: entry.locale, setKey: entry.setKey, data });
      });
    },
    add(summary) {
      if (treeRules.length > 0) phase.addEntry(phase.collect(summary));
    },
    finish() {
      const out = new Map<string, LintMessage[]>();
      treeRules.forEach(({ rule, severity, options }, i) => {
        const list = files[i].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        const context: TreeContext = {
          files: list,
          config: env.config,
          model: env.model,
          options,
          report: reporter(rule, severity, out, (path: string) => control.get(path) ?? []),
        };
        try {
          rule.check(context);
        } catch (error) {
          const first = list[0];
          if (!first) return;
          push(out, first.path, crash(rule, 'the tree', error));
        }
      });
      return out;
    },
  };
  return phase;
}

function push(map: Map<string, LintMessage[]>, path: string, message: LintMessage): void {
  const list = map.get(path);
  if (list) list.push(message);
  else map.set(path, [message]);
}
