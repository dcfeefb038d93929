/**
 * Turn the config's `rules:` section into the list of rules to run, with
 * severity and validated options. Unknown rule ids and bad options are
 * config errors (exit 2), never silently ignored.
 */
import type { Rule } from '../rule.js';
import type { ResolvedConfig, RuleSetting } from '../config/types.js';
import { compileSchema, DataFileError } from '../config/validate.js';
import { didYouMeanRule, unknownRuleReason } from '../suggest.js';
import type { SeverityLabel } from '../types.js';

export interface EffectiveRule {
  rule: Rule;
  severity: 'warn' | 'error';
  options: Record<string, unknown>;
}

export interface RuleSelection {
  /** Only these rule ids (from `--rule`), others off. */
  only?: string[];
}

/** Normalise `'warn'` / `['error', {…}]` to severity + options. */
export function parseSetting(setting: RuleSetting): [SeverityLabel, Record<string, unknown>] {
  if (typeof setting === 'string') return [setting, {}];
  return [setting[0], setting[1] ?? {}];
}

export function effectiveRules(all: readonly Rule[], config: ResolvedConfig, selection: RuleSelection = {}): EffectiveRule[] {
  const byId = new Map(all.map((r) => [r.meta.id, r]));
  const where = config.configDisplay ?? config.configPath ?? 'configuration';
  const lineOfRule = (id: string): number => (config.ruleLines && Object.hasOwn(config.ruleLines, id) ? config.ruleLines[id] : 1);
  for (const id of Object.keys(config.rules)) {
    if (!byId.has(id)) {
      throw new DataFileError(where, lineOfRule(id), `rules.${id}`, unknownRuleReason(id, byId.keys()));
    }
  }
  for (const id of selection.only ?? []) {
    if (!byId.has(id)) throw new DataFileError('--rule', 1, id, `is not a known rule${didYouMeanRule(id, byId.keys())}`);
  }
  const out: EffectiveRule[] = [];
  for (const rule of all) {
    const setting = config.rules[rule.meta.id];
    const [severity, userOptions] = setting === undefined ? [rule.meta.defaultSeverity, {}] : parseSetting(setting);
    if (severity === 'off') continue;
    if (selection.only && !selection.only.includes(rule.meta.id)) continue;
    const options = { ...(rule.meta.defaultOptions ?? {}), ...userOptions };
    if (rule.meta.schema) {
      const validate = compileSchema(rule.meta.schema);
      if (!validate(userOptions)) {
        const e = validate.errors?.[0];
        const key = `rules.${rule.meta.id}${e?.instancePath ? e.instancePath.replace(/\//g, '.') : ''}`;
        throw new DataFileError(where, lineOfRule(rule.meta.id), key, `has invalid options: ${e?.message ?? 'not valid'}`);
      }
    }
    out.push({ rule, severity, options });
  }
  return out;
}
