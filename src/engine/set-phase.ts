/**
 * The set phase: run set rules over each translation set's summaries.
 * Findings go on the member they name and obey that file's
 * `<!--lint …-->` markers.
 */
import type { Rule, SetContext, SetRule, TranslationSet, SetTreeContext } from '../rule.js';
import { formatMessage, ruleUrl } from '../rule.js';
import type { FileSummary, LintMessage, Range } from '../types.js';
import type { Environment } from './analysis.js';
import { isSuppressed } from './control.js';
import { DataFileError } from '../config/validate.js';
import type { EffectiveRule } from './rules-config.js';

const NOWHERE: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

type Descriptor = {
  messageId: string;
  data?: Record<string, string | number>;
  node?: { position?: unknown };
  range?: Range;
  related?: LintMessage['related'];
  file: { path: string; control?: FileSummary['control'] };
  warnOnly?: boolean;
};

/**
 * The `report` of a set or tree rule's context: fills the template, obeys
 * the file's markers (its own, or `controlOf` its path), files the message
 * by path.
 */
export function reporter(
  rule: Rule,
  severity: EffectiveRule['severity'],
  out: Map<string, LintMessage[]>,
  controlOf?: (path: string) => FileSummary['control'] | undefined,
): (d: Descriptor) => void {
  return (d) => {
    const template = rule.meta.messages[d.messageId];
    if (template === undefined) throw new Error(`unknown messageId \`${d.messageId}\``);
    const range = d.range ?? (d.node?.position as Range | undefined) ?? NOWHERE;
    const control = d.file.control ?? controlOf?.(d.file.path);
    if (control && isSuppressed(control, rule.meta.id, range.start.line)) return;
    const message: LintMessage = {
      ruleId: rule.meta.id,
      family: rule.meta.family,
      severity: severity === 'error' && !d.warnOnly ? 2 : 1,
      message: formatMessage(template, d.data),
      messageId: d.messageId,
      range,
    };
    if (d.data) message.data = d.data;
    if (d.related?.length) message.related = d.related;
    push(out, d.file.path, message);
  };
}

export function crash(rule: Rule, where: string, error: unknown): LintMessage {
  return {
    ruleId: rule.meta.id,
    family: rule.meta.family,
    severity: 2,
    message: `Rule \`${rule.meta.id}\` crashed on ${where} (${error instanceof Error ? error.message : String(error)}); please report it.`,
    messageId: 'crash',
    range: NOWHERE,
  };
}

const setRulesOf = (effective: readonly EffectiveRule[]) => effective.filter((e): e is EffectiveRule & { rule: SetRule } => e.rule.kind === 'set');

/** Messages by file path. */
export function runSetRules(sets: readonly TranslationSet[], effective: readonly EffectiveRule[], env: Environment): Map<string, LintMessage[]> {
  const out = new Map<string, LintMessage[]>();
  for (const set of sets) {
    for (const { rule, severity, options } of setRulesOf(effective)) {
      const context: SetContext = { set, config: env.config, model: env.model, options, report: reporter(rule, severity, out) };
      try {
        rule.check(context);
      } catch (error) {
        const first = set.reference ?? set.members[0];
        if (first) push(out, first.path, crash(rule, `translation set \`${set.key}\``, error));
      }
    }
  }
  return out;
}

/** What tree-wide rules keep of some sets: per rule id, one entry per set (see TreeHook). */
export type Collected = Record<string, unknown[]>;

/** Run the `collect` of every tree-wide rule on these sets. */
export function collectTree(sets: readonly TranslationSet[], effective: readonly EffectiveRule[], env: Environment): Collected {
  const out: Collected = {};
  for (const { rule, options } of setRulesOf(effective)) {
    if (!rule.tree) continue;
    const list: unknown[] = (out[rule.meta.id] = []);
    for (const set of sets) {
      // A set that fails here is left out of the tree-wide pass; `check` reports the crash on it, if any.
      const report = () => undefined;
      try {
        list.push(rule.tree.collect({ set, config: env.config, model: env.model, options, report }));
      } catch {
        // see above
      }
    }
  }
  return out;
}

/** True when `collected` holds an entry for every tree-wide rule (a cached set from a run with other rules may not). */
export function coversTree(collected: Collected | undefined, effective: readonly EffectiveRule[]): boolean {
  return setRulesOf(effective).every((e) => !e.rule.tree || Array.isArray(collected?.[e.rule.meta.id]));
}

/** Append `more` to `into`, per rule. */
export function mergeCollected(into: Collected, more: Collected): void {
  for (const [id, list] of Object.entries(more)) (into[id] ??= []).push(...list);
}

/** Run the `finish` of every tree-wide rule over everything collected; messages by file path. */
export function finishTree(collected: Collected, effective: readonly EffectiveRule[], env: Environment): Map<string, LintMessage[]> {
  const out = new Map<string, LintMessage[]>();
  for (const { rule, severity, options } of setRulesOf(effective)) {
    if (!rule.tree) continue;
    const context: SetTreeContext = { config: env.config, model: env.model, options, report: reporter(rule, severity, out) };
    try {
      rule.tree.finish(collected[rule.meta.id] ?? [], context);
    } catch (error) {
      // A data file the rule reads (a glossary) that is wrong is the user's to fix: exit 2 naming it.
      if (error instanceof DataFileError) throw error;
      const first = [...out.keys()][0];
      if (first) push(out, first, crash(rule, 'the whole tree', error));
      else throw error;
    }
  }
  return out;
}

function push(map: Map<string, LintMessage[]>, path: string, message: LintMessage): void {
  const list = map.get(path);
  if (list) list.push(message);
  else map.set(path, [message]);
}

export { ruleUrl };
