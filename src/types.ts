/**
 * Shared types of guidelint. Everything that crosses a worker-thread
 * boundary or the cache (summaries, messages) is plain JSON data.
 */

/** A point in the original file: 1-based line and column, 0-based offset into the decoded text (BOM excluded). */
export interface Point {
  line: number;
  column: number;
  offset?: number;
}

/** A start–end range in the original file. */
export interface Range {
  start: Point;
  end: Point;
}

export type Direction = 'incoming' | 'outgoing';
export type Security = 'ssl' | 'starttls' | 'none';
export type ClaimOrigin = 'prose' | 'list' | 'table' | 'pipe-lines' | 'code' | 'heading';

/**
 * One technical statement understood in a guide, language-neutral.
 * A claim may carry only some fields (a bare `Port: 110` line has a port
 * and whatever the block around it says).
 */
export interface Claim {
  /** Protocol id from the model (`imap`, `pop3`, `smtp`, `sieve`…). */
  protocol?: string;
  /** Where the protocol came from: stated in this block, or inherited from the heading. */
  protocolSource?: 'block' | 'heading' | 'port';
  direction?: Direction;
  host?: string;
  port?: number;
  security?: Security;
  auth?: boolean;
  /** Model region the host is given for, from the nearest region label before it (`EUROPE`, a column header). */
  region?: string;
  /** Id of the settings block the claim belongs to (stable within a file). */
  block: string;
  /** Heading path (texts) of the section that holds the claim. */
  scope: string[];
  origin: ClaimOrigin;
  /** Where the claim's value is written (the port number, the host name…). */
  position: Range;
  /** The source text the claim was read from (trimmed, for messages and debugging). */
  text?: string;
}

/** A settings block: one form step, one list, one table row, one paragraph. */
export interface SettingsBlock {
  id: string;
  /** Kind of container the block was read from. */
  origin: ClaimOrigin;
  scope: string[];
  /** Protocol stated by the section heading the block lives under, if any. */
  headingProtocol?: string;
  /** Range of the heading that gives `headingProtocol`. */
  headingPosition?: Range;
  position: Range;
  /** Ordinal of the block in the file (0-based), for alignment across locales. */
  index: number;
}

export interface ClaimExtraction {
  claims: Claim[];
  blocks: SettingsBlock[];
}

export type SeverityLabel = 'off' | 'warn' | 'error';

/** A related location: another place that explains a finding (often in another file). */
export interface RelatedLocation {
  path: string;
  range: Range;
  message: string;
}

/** A text-range edit on the original (decoded, BOM excluded) text. */
export interface Fix {
  /** 0-based offsets [start, end) into the decoded text. */
  range: [number, number];
  text: string;
}

/** One finding, as every reporter receives it. */
/** What a rule checks: claims against the model, translations against their source, or Markdown hygiene. */
export type RuleFamily = 'claim' | 'translation' | 'guide';

export interface LintMessage {
  ruleId: string;
  /** The family of the rule that reported it (its `meta.family`); absent on problems with the file itself. */
  family?: RuleFamily;
  severity: 1 | 2;
  message: string;
  messageId?: string;
  data?: Record<string, string | number>;
  range: Range;
  fix?: Fix;
  related?: RelatedLocation[];
  /** True for problems reading or parsing the file itself (not a rule finding). */
  fatal?: boolean;
}

export interface FileResult {
  /** Path as given to reporters: relative to the working directory, with `/` separators. */
  path: string;
  messages: LintMessage[];
}

export interface HeadingInfo {
  depth: number;
  text: string;
  /** Slug as the configured slugger makes it. */
  slug: string;
  /** Explicit anchors written on the heading (`{#id}`, `<a name>`). */
  anchors: string[];
  range: Range;
}

export interface TableInfo {
  rows: number;
  columns: number;
  range: Range;
  /** Normalised header cells. */
  header: string[];
}

export interface CodeInfo {
  lang: string | null;
  /** Whitespace- and comment-normalised content hash basis. */
  fingerprint: string;
  range: Range;
}

export interface ImageInfo {
  url: string;
  alt: string;
  range: Range;
}

export interface LinkInfo {
  url: string;
  text: string;
  range: Range;
}

export interface AdmonitionInfo {
  kind: string;
  range: Range;
}

/** How a UI label is written: `**Save**{.action}`, `**Save**`, « Save », or as a table header cell. */
export type LabelShape = 'action' | 'bold' | 'quoted' | 'header';

/** A UI label of a guide (see src/document/labels.ts). */
export interface LabelInfo {
  /** The label, quotes, colons and spacing dropped. */
  text: string;
  shape: LabelShape;
  /** Index of its leaf block in `FileSummary.outline`. */
  block: number;
  range: Range;
  /** Every word of the label also occurs in the guide's own text outside its labels (so it is a word of the guide's language). */
  inProse?: true;
}

/** A product or application name mentioned in a guide (model products, config `names`). */
export interface NameMention {
  /** The name as the list writes it. */
  text: string;
  /** Index of its leaf block in `FileSummary.outline`. */
  block: number;
  range: Range;
}

/**
 * One block of a guide as translation rules compare it (compact: it
 * crosses worker threads and the cache). Paragraphs, fenced code and
 * tables, in document order, with the section they belong to.
 */
export interface UnitInfo {
  /** `p` paragraph (list items and quotes included), `c` fenced code, `t` table. */
  k: 'p' | 'c' | 't';
  /** Index in `headings` of the section heading (-1 before the first heading). */
  s: number;
  /** First line of the block. */
  l: number;
  /** Code: the fence's language, lower case (absent when none). */
  lang?: string;
  /** Code: the lines that count (comments and blank lines dropped, spacing collapsed), with `ln` their line numbers. */
  lines?: string[];
  ln?: number[];
  /** Inline code spans, in order. */
  spans?: string[];
  /** Link targets, in order. */
  links?: string[];
  /** Values stated in the prose: `ip:…`, `v:…` (a version, `v:>=:3.19` with its comparator), `mail:…`, `path:…`, `ph:…` (placeholder). */
  vals?: string[];
}

/** `<!--lint …-->` markers, kept so set-rule findings obey them too. */
export interface ControlMarker {
  keyword: 'enable' | 'disable' | 'ignore';
  ruleIds: string[];
  /** Line of the marker. */
  line: number;
  /** For `ignore`: last line of the node the marker applies to. */
  untilLine?: number;
}

/**
 * The small, plain-data result of the file phase: what set rules need,
 * without the syntax tree.
 */
export interface FileSummary {
  path: string;
  absPath: string;
  locale?: string;
  setKey?: string;
  /** Language code derived from the locale (`fi` for `fi-fi`). */
  language?: string;
  product?: string;
  frontmatter: Record<string, unknown> | null;
  /** Line of each top-level front matter key. */
  frontmatterLines: Record<string, number>;
  /** Range of the whole front matter block, if any. */
  frontmatterRange?: Range;
  /** Line where a block of `key: value` lines closed by `---` starts that did not parse as front matter (opening `---` lost, a blank line before it). */
  frontmatterUnparsed?: number;
  headings: HeadingInfo[];
  tables: TableInfo[];
  code: CodeInfo[];
  images: ImageInfo[];
  links: LinkInfo[];
  admonitions: AdmonitionInfo[];
  /** Link reference definitions (`[label]: url`); text is the label. */
  definitions?: LinkInfo[];
  /** Ids written explicitly anywhere in the file (`{#id}`, `<a name>`, `id="…"`), for links from other files. */
  anchors?: string[];
  /** Blocks in document order, for block-by-block translation comparisons (absent in summaries made without them). */
  units?: UnitInfo[];
  claims: Claim[];
  blocks: SettingsBlock[];
  control: ControlMarker[];
  /** Number of lines in the file. */
  lines: number;
  /** UI labels, in document order (the shapes the dialect counts). */
  labels?: LabelInfo[];
  /** One character per leaf block (see src/document/labels.ts), to align labels across locales. */
  outline?: string;
  /** Product and application names mentioned, in document order. */
  names?: NameMention[];
  /** The names of the list the file gives anywhere (code included), in any case, lower-cased. */
  namedAnyCase?: string[];
  /** True when the file could not be parsed at all (binary, invalid UTF-8…). */
  unreadable?: boolean;
  /** Date of the last git commit that changed the file (ISO), when the tree is a git repository. */
  lastCommit?: string;
}
