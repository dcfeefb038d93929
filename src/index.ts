/**
 * guidelint's programmatic API (`import { run } from 'guidelint'`): lint
 * a tree as the CLI does and format the results, or read the claims of a
 * guide. The CLI (src/cli/main.ts) is built on the same functions.
 */
export { run } from './engine/run.js';
export type { RunOptions, RunResult } from './engine/run.js';
export { rules } from '../rules/index.js';
export { defineFileRule, defineSetRule } from './rule.js';
export type { FileContext, FileRule, Rule, RuleMeta, SetContext, SetRule, TranslationSet } from './rule.js';
export { formatStylish } from './report/stylish.js';
export { formatJson } from './report/json.js';
export { formatSarif } from './report/sarif.js';
export { formatGithub } from './report/github.js';
export { formatMarkdown } from './report/markdown.js';
// Each format of the registry is exported above as format<Name> (tests/report/formats.test.ts holds them equal).
export { formatters, FORMATS } from './report/formats.js';
export type { Format, Formatter, ReportInput } from './report/formats.js';
export type { Claim, ClaimExtraction, FileResult, FileSummary, LintMessage, Point, Range } from './types.js';
