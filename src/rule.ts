/**
 * The rule contract. A rule is one file in `rules/` exporting a
 * `FileRule` (runs on one parsed guide, inside a unified-lint-rule plugin)
 * or a `SetRule` (runs on the summaries of one translation set).
 */
import type { Root, Nodes } from 'mdast';
import type { Claim, ClaimExtraction, Fix, FileSummary, Range, RelatedLocation, RuleFamily, SeverityLabel } from './types.js';
import type { ResolvedConfig } from './config/types.js';
import type { Model } from './model/types.js';

export type { RuleFamily };

export interface RuleMeta {
  /** kebab-case id with family prefix (`claim-host`). */
  id: string;
  family: RuleFamily;
  /** One sentence: what the rule finds. */
  description: string;
  defaultSeverity: SeverityLabel;
  fixable?: boolean;
  /** Message templates by id; `{name}` is replaced with `data.name`. */
  messages: Record<string, string>;
  /** JSON Schema of the rule's options object (validated before the rule runs). */
  schema?: Record<string, unknown>;
  /** Default options, merged under the user's. */
  defaultOptions?: Record<string, unknown>;
  /** What the rule reads besides the files it is given: the engine provides it, and its cache accounts for it. */
  uses?: RuleUses;
}

/** Inputs a rule declares, so the engine never needs to know which rule reads what. */
export interface RuleUses {
  /**
   * Each file's last commit date (`FileSummary.lastCommit`), from git.
   * `unlessDated` names, from the rule's options, the front matter key
   * whose date the rule reads instead: a file with a date there is not
   * made to wait for git.
   */
  commitDates?: { unlessDated?(options: Record<string, unknown>): string };
  /** Whether the local files a guide points to (images, relative links) exist: a cached outcome is re-checked against them. */
  filesOnDisk?: boolean;
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  /** Where: a node with a position, or an explicit range. */
  node?: Nodes;
  range?: Range;
  fix?: Fix;
  related?: RelatedLocation[];
}

/** What a file rule sees. */
export interface FileContext<O = Record<string, unknown>> {
  tree: Root;
  /** The decoded text of the file, BOM excluded; offsets in positions index into it. */
  text: string;
  /** Path relative to the working directory, `/`-separated. */
  path: string;
  absPath: string;
  locale?: string;
  language?: string;
  product?: string;
  frontmatter: Record<string, unknown> | null;
  /** Lines of the top-level front matter keys. */
  frontmatterLines: Record<string, number>;
  claims: ClaimExtraction;
  config: ResolvedConfig;
  model: Model;
  options: O;
  report(descriptor: ReportDescriptor): void;
}

export interface FileRule<O = Record<string, unknown>> {
  kind: 'file';
  meta: RuleMeta;
  check(context: FileContext<O>): void;
}

/** One translation set: the locales of one guide. */
export interface TranslationSet {
  key: string;
  members: FileSummary[];
  /** The member the others are compared with (source locale, or majority). */
  reference?: FileSummary;
  /** Locale the config names as source, whether or not it is present. */
  sourceLocale?: string;
}

export interface SetReportDescriptor extends ReportDescriptor {
  /** The member the finding is on. */
  file: FileSummary;
}

export interface SetContext<O = Record<string, unknown>> {
  set: TranslationSet;
  config: ResolvedConfig;
  model: Model;
  options: O;
  report(descriptor: SetReportDescriptor): void;
}

export interface SetRule<O = Record<string, unknown>, T = unknown> {
  kind: 'set';
  meta: RuleMeta;
  check(context: SetContext<O>): void;
  /** A tree-wide pass, for what no single set shows (see TreeHook). */
  tree?: TreeHook<O, T>;
}

/** Where a tree-wide finding goes: a file by path; with its `control` (`<!--lint …-->` markers), they are obeyed. */
export interface TreeReportDescriptor extends ReportDescriptor {
  file: { path: string; control?: FileSummary['control'] };
  /** Report this finding as a warning even when the rule is set to `error`. */
  warnOnly?: boolean;
}

/** What a set rule's tree-wide pass (TreeHook) reports with. */
export interface SetTreeContext<O = Record<string, unknown>> {
  config: ResolvedConfig;
  model: Model;
  options: O;
  report(descriptor: TreeReportDescriptor): void;
}

/**
 * A tree rule sees every linted file at once (links between guides). The
 * engine hands it each file's summary once, when the file is linted, and
 * keeps only what `collect` returns (stored with the file's cached outcome,
 * so a cache hit needs no summary); `check` runs once, after the last file.
 */
export interface TreeFile<D> {
  path: string;
  absPath: string;
  locale?: string;
  setKey?: string;
  data: D;
}

export interface TreeContext<O = Record<string, unknown>, D = unknown> {
  files: ReadonlyArray<TreeFile<D>>;
  config: ResolvedConfig;
  model: Model;
  options: O;
  report(descriptor: TreeReportDescriptor): void;
}

/**
 * A pass over the whole tree. `collect` runs on each translation set as
 * it completes and keeps what the rule needs of it as small plain data
 * (it is cached with the set's findings, and the summaries are dropped
 * after it); `finish` runs once, after the last set, over everything
 * collected. Both are linear in the tree: no set is visited twice.
 */
export interface TreeHook<O = Record<string, unknown>, T = unknown> {
  collect(context: SetContext<O>): T;
  finish(collected: readonly T[], context: SetTreeContext<O>): void;
}

export interface TreeRule<O = Record<string, unknown>, D = unknown> {
  kind: 'tree';
  meta: RuleMeta;
  /** What to keep of one file's summary (small, plain data); undefined keeps nothing. */
  collect(summary: FileSummary, context: { config: ResolvedConfig; options: O }): D | undefined;
  check(context: TreeContext<O, D>): void;
}

export type Rule = FileRule<any> | SetRule<any, any> | TreeRule<any, any>; // `any`: the registry holds rules of every option shape

/**
 * The rules a run hosts, handed to the engine by its caller (the engine
 * names no rule). `module` is the URL of a module whose `rules` export is
 * this same list: worker threads import it, since functions cannot be
 * sent to them.
 */
export interface RuleRegistry {
  rules: readonly Rule[];
  module: string;
}

/** Fill a message template: `{name}` → `data.name`. Unknown names are left visible so a broken template shows in tests. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole));
}

/** Docs URL of a rule (shown in reports and SARIF). */
export function ruleUrl(id: string): string {
  return `https://github.com/guidelint/guidelint/blob/main/rules/${id}.md`;
}

/** Helper so rule files get type checking on their literal. */
export function defineFileRule<O = Record<string, unknown>>(rule: Omit<FileRule<O>, 'kind'>): FileRule<O> {
  return { kind: 'file', ...rule };
}

export function defineSetRule<O = Record<string, unknown>, T = unknown>(rule: Omit<SetRule<O, T>, 'kind'>): SetRule<O, T> {
  return { kind: 'set', ...rule };
}

export function defineTreeRule<O = Record<string, unknown>, D = unknown>(rule: Omit<TreeRule<O, D>, 'kind'>): TreeRule<O, D> {
  return { kind: 'tree', ...rule };
}

export type { Claim };
