/**
 * guidelint's programmatic API (`import { run } from 'guidelint'`): lint
 * a tree as the CLI does and format the results, or read the claims of a
 * guide. The CLI (src/cli/main.ts) is built on the same functions.
 */
import { run as runWith, type RunOptions as HostOptions, type RunResult } from './engine/run.js';
import type { RuleRegistry } from './rule.js';
import { registry } from '../rules/index.js';

/** Options of `run`: the engine's, with guidelint's own rules unless `registry` names others. */
export type RunOptions = Omit<HostOptions, 'registry'> & { registry?: RuleRegistry };

/** Lint a tree as the CLI does (with guidelint's rules unless `options.registry` is given). */
export function run(options: RunOptions): Promise<RunResult> {
  return runWith({ ...options, registry: options.registry ?? registry });
}

export type { RunResult };
export { rules, registry } from '../rules/index.js';
export { defineFileRule, defineSetRule } from './rule.js';
export type { FileContext, FileRule, Rule, RuleMeta, RuleRegistry, SetContext, SetRule, TranslationSet } from './rule.js';
export { formatStylish } from './report/stylish.js';
export { formatJson } from './report/json.js';
export { formatSarif } from './report/sarif.js';
export { formatGithub } from './report/github.js';
export { formatMarkdown } from './report/markdown.js';
// Each format of the registry is exported above as format<Name> (tests/report/formats.test.ts holds them equal).
export { formatters, FORMATS } from './report/formats.js';
export type { Format, Formatter, ReportInput } from './report/formats.js';
export type { Claim, ClaimExtraction, FileResult, FileSummary, LintMessage, Point, Range } from './types.js';
