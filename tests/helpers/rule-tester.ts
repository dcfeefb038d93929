/**
 * Run rules on Markdown given as strings, the way the engine does
 * (same parsing, analysis, message control and set phase), for tests.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
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
  /** Date of the file's last git commit (ISO), as the engine reads it from `git log`. */
  lastCommit?: string;
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
    const outcome = linter.lint({ path: f.path, absPath: resolve(config.root, f.path), locale, setKey }, buffer);
    if (f.lastCommit) outcome.summary = { ...outcome.summary, lastCommit: f.lastCommit };
    return outcome;
  });
  const sets = groupSets(
    outcomes.map((o) => o.summary),
    config.locales.source,
  );
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

/** Lint files given as `{ path: text }` and give each path's findings in the compact view of `brief`. */
export function briefFiles(files: Record<string, string>, rules: readonly Rule[], options: TestOptions = {}): Record<string, string[]> {
  const out = lintFiles(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    rules,
    options,
  );
  return Object.fromEntries(Object.entries(out).map(([p, m]) => [p, brief(m)]));
}

/* ------------------------------------------------------------------ */
/* The rule tester: a strict table of valid and invalid cases per rule. */

/** One case: a Markdown text (a file rule), or files by path (set and tree rules: one per locale, several guides). */
export interface ValidCase {
  /** Shown in the test name; defaults to the case's place in the table. */
  name?: string;
  /** The text of `path`, or the files of the case by path. */
  code: string | Record<string, string>;
  /** Path of a one-text case (default `guide.en-gb.md`). */
  path?: string;
  config?: TestOptions['config'];
  options?: Record<string, unknown>;
  /** Last git commit of files, by path (ISO date). */
  commits?: Record<string, string>;
}

export interface InvalidCase extends ValidCase {
  /**
   * Every finding of the rule, in report order: `line:col-line:col
   * messageId`, prefixed with the file's path (`guide.fr-fr.md 3:1-3:9
   * stale`) for set and tree rules.
   */
  errors: string[];
}

export interface RuleTable {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

const FINDING = /^(?:(\S+) )?(\d+):(\d+)-(\d+):(\d+) (\S+)$/u;

/** The files of a case, with their commits. */
export function caseFiles(c: ValidCase): TestFile[] {
  const files = typeof c.code === 'string' ? { [c.path ?? 'guide.en-gb.md']: c.code } : c.code;
  return Object.entries(files).map(([path, text]) => ({ path, text, lastCommit: c.commits?.[path] }));
}

/** Whether findings of this rule name their file (set and tree rules see several files). */
export function namesFile(rule: Rule): boolean {
  return rule.kind !== 'file';
}

/** Run a case; its findings of `rule` as the table writes them, and the other messages (crashes, parse errors). */
export function runCase(rule: Rule, c: ValidCase, extraRules: readonly Rule[] = []): { findings: string[]; others: LintMessage[] } {
  const files = caseFiles(c);
  const out = lintFiles(files, [...extraRules, rule], { config: c.config, options: c.options });
  const findings: string[] = [];
  const others: LintMessage[] = [];
  for (const file of files) {
    for (const m of out[file.path]) {
      if (m.ruleId !== rule.meta.id || m.messageId === 'crash') {
        if (!extraRules.some((r) => r.meta.id === m.ruleId)) others.push(m);
        continue;
      }
      const at = `${m.range.start.line}:${m.range.start.column}-${m.range.end.line}:${m.range.end.column} ${m.messageId ?? ''}`;
      findings.push(namesFile(rule) ? `${file.path} ${at}` : at);
    }
  }
  return { findings, others };
}

/** Drop every `position` of an mdast tree, in place. */
export function stripPositions(node: object): void {
  delete (node as { position?: unknown }).position;
  for (const child of (node as { children?: object[] }).children ?? []) stripPositions(child);
}

/**
 * A file rule, run first, that takes the positions out of the tree every
 * later rule and the set summaries see: a rule must survive a tree built
 * by a plugin that sets none.
 */
export const POSITIONLESS: Rule = {
  kind: 'file',
  meta: { id: 'test-positionless', family: 'guide', description: 'Strips positions (tests only).', defaultSeverity: 'error', messages: {} },
  check(context) {
    stripPositions(context.tree);
  },
};

/** Problems with the table itself: duplicate cases, malformed or unknown expected findings, message ids no case exercises. */
export function tableProblems(rule: Rule, table: RuleTable): string[] {
  const problems: string[] = [];
  const ids = Object.keys(rule.meta.messages);
  const seen = new Map<string, string>();
  const exercised = new Set<string>();
  const all = [...table.valid.map((c, i) => [`valid #${i + 1}`, c] as const), ...table.invalid.map((c, i) => [`invalid #${i + 1}`, c] as const)];
  for (const [where, c] of all) {
    const key = JSON.stringify([caseFiles(c), c.config ?? null, c.options ?? null]);
    const first = seen.get(key);
    if (first) problems.push(`${where} (${c.name ?? 'unnamed'}) repeats ${first}`);
    else seen.set(key, `${where} (${c.name ?? 'unnamed'})`);
  }
  table.invalid.forEach((c, i) => {
    const where = `invalid #${i + 1} (${c.name ?? 'unnamed'})`;
    if (c.errors.length === 0) problems.push(`${where} expects no finding; make it a valid case`);
    const paths = caseFiles(c).map((f) => f.path);
    for (const error of c.errors) {
      const match = FINDING.exec(error);
      if (!match) {
        problems.push(`${where}: \`${error}\` is not \`${namesFile(rule) ? 'path ' : ''}line:col-line:col messageId\``);
        continue;
      }
      if (namesFile(rule) ? !match[1] || !paths.includes(match[1]) : match[1] !== undefined) {
        problems.push(
          `${where}: \`${error}\` ${namesFile(rule) ? `must start with one of the case's paths (${paths.join(', ')})` : 'must not name a file (a file rule sees one)'}`,
        );
      }
      if (!ids.includes(match[6])) problems.push(`${where}: \`${match[6]}\` is no message id of ${rule.meta.id} (${ids.join(', ')})`);
      exercised.add(match[6]);
    }
  });
  const missed = ids.filter((id) => !exercised.has(id));
  if (missed.length) problems.push(`no invalid case exercises ${missed.map((id) => `\`${id}\``).join(', ')}`);
  return problems;
}

/**
 * Register the tests of a rule's table: the table is strict, each valid
 * case gives no finding (and none on a tree without positions), each
 * invalid case gives exactly its findings.
 */
export function ruleTester(rule: Rule, table: RuleTable): void {
  const label = (kind: string, c: ValidCase, i: number) => `${kind} #${i + 1}${c.name ? `: ${c.name}` : ''}`;
  describe(rule.meta.id, () => {
    it('has a strict table (no duplicate case, every message id exercised, none unknown)', () => {
      expect(tableProblems(rule, table)).toEqual([]);
    });
    for (const [i, c] of table.valid.entries()) {
      it(label('valid', c, i), () => {
        const { findings, others } = runCase(rule, c);
        expect(others.map((m) => m.message)).toEqual([]);
        expect(findings).toEqual([]);
      });
      it(`${label('valid', c, i)}, without positions in the tree`, () => {
        const { others } = runCase(rule, c, [POSITIONLESS]);
        expect(others.map((m) => m.message)).toEqual([]);
      });
    }
    for (const [i, c] of table.invalid.entries()) {
      it(label('invalid', c, i), () => {
        const { findings, others } = runCase(rule, c);
        expect(others.map((m) => m.message)).toEqual([]);
        expect(findings).toEqual(c.errors);
      });
    }
  });
}
