/**
 * The set phase: run set rules over each translation set's summaries.
 * Findings go on the member they name and obey that file's
 * `<!--lint …-->` markers.
 */
import type { SetContext, SetRule, TranslationSet } from '../rule.js';
import { formatMessage, ruleUrl } from '../rule.js';
import type { LintMessage, Range } from '../types.js';
import type { Environment } from './analysis.js';
import { isSuppressed } from './control.js';
import type { EffectiveRule } from './rules-config.js';

const NOWHERE: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/** Messages by file path. */
export function runSetRules(sets: readonly TranslationSet[], effective: readonly EffectiveRule[], env: Environment): Map<string, LintMessage[]> {
  const out = new Map<string, LintMessage[]>();
  const setRules = effective.filter((e): e is EffectiveRule & { rule: SetRule } => e.rule.kind === 'set');
  for (const set of sets) {
    for (const { rule, severity, options } of setRules) {
      const context: SetContext = {
        set,
        config: env.config,
        model: env.model,
        options,
        report(d) {
          const template = rule.meta.messages[d.messageId];
          if (template === undefined) throw new Error(`unknown messageId \`${d.messageId}\``);
          const range = d.range ?? (d.node?.position as Range | undefined) ?? NOWHERE;
          if (isSuppressed(d.file.control, rule.meta.id, range.start.line)) return;
          const message: LintMessage = {
            ruleId: rule.meta.id,
            severity: severity === 'error' ? 2 : 1,
            message: formatMessage(template, d.data),
            messageId: d.messageId,
            range,
          };
          if (d.data) message.data = d.data;
          if (d.related?.length) message.related = d.related;
          push(out, d.file.path, message);
        },
      };
      try {
        rule.check(context);
      } catch (error) {
        const first = set.reference ?? set.members[0];
        if (!first) continue;
        push(out, first.path, {
          ruleId: rule.meta.id,
          severity: 2,
          message: `Rule \`${rule.meta.id}\` crashed on translation set \`${set.key}\` (${error instanceof Error ? error.message : String(error)}); please report it.`,
          messageId: 'crash',
          range: NOWHERE,
        });
      }
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
