/**
 * Run rules on Markdown given as strings, the way the engine does
 * (same parsing, analysis, message control and set phase), for tests.
 */
import { resolve } from 'node:path';
import type { Rule } from '../../src/rule.js';
import type { LintMessage } from '../../src/types.js';
import { resolveConfig } from '../../src/config/load.js';
import type { ResolvedConfig } from '../../src/config/types.js';
import { loadModel } from '../../src/model/load.js';
import { createExtractor } from '../../src/claims/setup.js';
import { createFileLinter, type FileOutcome } from '../../src/engine/lint-file.js';
import { localeOf } from '../../src/discover/locale.js';
import { groupSets } from '../../src/engine/sets.js';
import { collectTree, finishTree, runSetRules } from '../../src/engine/set-phase.js';
import { createTreePhase } from '../../src/engine/tree-phase.js';
import type { Environment } from '../../src/engine/analysis.js';
import type { EffectiveRule } from '../../src/engine/rules-config.js';
import { sortMessages } from '../../src/engine/run.js';

export interface TestOptions {
  /** Raw config object, as it would be written in guidelint.config.yaml. */
  config?: Parameters<typeof resolveConfig>[0];
  /** Model file (absolute, or relative to the repository root). */
  model?: string;
  /** Rule options for every rule under test. */
  options?: Record<string, unknown>;
  /** Folder paths are resolved from (default: the repository root). */
  root?: string;
}

export interface TestFile {
  path: string;
  text: string | Uint8Array;
}

function environment(rules: readonly Rule[], options: TestOptions): { env: Environment; effective: EffectiveRule[]; config: ResolvedConfig } {
  const root = options.root ?? resolve(import.meta.dirname, '../..');
  const config = resolveConfig({ ...(options.config ?? {}), ...(options.model ? { model: options.model } : {}) }, root);
  const model = loadModel(config.model);
  const env: Environment = { config, model, extract: createExtractor(model, config.lexicons) };
  const effective = rules.map((rule) => ({ rule, severity: 'error' as const, options: { ...(rule.meta.defaultOptions ?? {}), ...(options.options ?? {}) } }));
  return { env, effective, config };
}

/** Lint several files as one run (file rules, then set rules); messages by path. */
export function lintFiles(files: readonly TestFile[], rules: readonly Rule[], options: TestOptions = {}): Record<string, LintMessage[]> {
  const { env, effective, config } = environment(rules, options);
  const linter = createFileLinter(env, effective, rules);
  const outcomes: FileOutcome[] = files.map((f) => {
    const { locale, setKey } = localeOf(f.path, config.locales.patterns, config.locales.match, config.locales.default);
    const buffer = typeof f.text === 'string' ? new TextEncoder().encode(f.text) : f.text;
    return linter.lint({ path: f.path, absPath: resolve(config.root, f.path), locale, setKey }, buffer);
  });
  const sets = groupSets(outcomes.map((o) => o.summary), config.locales.source);
  const setMessages = runSetRules(sets, effective, env);
  // Tree-wide passes, as the engine runs them after the last set: set rules' hooks, then tree rules.
  for (const [path, list] of finishTree(collectTree(sets, effective, env), effective, env)) setMessages.set(path, [...(setMessages.get(path) ?? []), ...list]);
  const tree = createTreePhase(effective, env);
  for (const o of outcomes) tree.add(o.summary);
  for (const [path, list] of tree.finish()) setMessages.set(path, [...(setMessages.get(path) ?? []), ...list]);
  const out: Record<string, LintMessage[]> = {};
  for (const o of outcomes) out[o.result.path] = sortMessages([...o.result.messages, ...(setMessages.get(o.result.path) ?? [])]);
  return out;
}

/** Lint one file's text with the given rules. */
export function lintText(text: string, rules: readonly Rule[], options: TestOptions & { path?: string } = {}): LintMessage[] {
  const path = options.path ?? 'guide.en-gb.md';
  return lintFiles([{ path, text }], rules, options)[path];
}

/** Compact view for assertions: `line:col ruleId messageId`. */
export function brief(messages: readonly LintMessage[]): string[] {
  return messages.map((m) => `${m.range.start.line}:${m.range.start.column} ${m.ruleId} ${m.messageId ?? ''}`.trim());
}
