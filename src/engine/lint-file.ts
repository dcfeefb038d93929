/**
 * The file phase for one file: decode → parse → analyse → file rules →
 * summary. Every failure becomes a message on that file; nothing thrown
 * here escapes to stop the run.
 */
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { unified, type Processor } from 'unified';
import type { Root } from 'mdast';
import remarkMessageControl from 'remark-message-control';
import { decode, DecodeError } from '../document/decode.js';
import { parseMarkdown, readFrontmatter, type Frontmatter } from '../document/parse.js';
import { checkComplexity } from '../document/complexity.js';
import type { FileRule, Rule } from '../rule.js';
import type { ControlMarker, FileResult, FileSummary, LintMessage, Range, RuleFamily } from '../types.js';
import { analyzeFile, attachAnalysis, languageOf, type Environment, type FileTarget } from './analysis.js';
import { SOURCE, toPlugin } from './plugin.js';
import { summarize, countLines } from './summarize.js';
import { didYouMeanRule } from '../suggest.js';
import type { EffectiveRule } from './rules-config.js';

export type { FileTarget };

export interface FileOutcome {
  result: FileResult;
  summary: FileSummary;
}

/** ruleId of problems with the file itself (unreadable, unparsable). */
export const PARSE_RULE = 'parse-error';

/** Files over this size are reported, not parsed: micromark runs at about 0.6 MB/s. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export interface FileLinter {
  lint(target: FileTarget, buffer: Uint8Array): FileOutcome;
}

/** Build the processor once per environment, then lint any number of files with it. */
export function createFileLinter(env: Environment, effective: EffectiveRule[], allRules: readonly Rule[], maxBytes = DEFAULT_MAX_BYTES): FileLinter {
  const fileRules = effective.filter((e): e is EffectiveRule & { rule: FileRule } => e.rule.kind === 'file');
  const knownIds = allRules.map((r) => r.meta.id);
  const familyOf = new Map(allRules.map((r) => [r.meta.id, r.meta.family]));
  let processor: Processor<Root, Root, Root> = unified() as unknown as Processor<Root, Root, Root>;
  for (const { rule, severity, options } of fileRules) {
    processor = processor.use(toPlugin(rule), [severity, options]) as unknown as Processor<Root, Root, Root>;
  }
  processor = processor.use(lintComments, {
    name: 'lint',
    source: SOURCE,
    known: knownIds,
  }) as unknown as Processor<Root, Root, Root>;
  processor.freeze();

  return {
    lint(target, buffer) {
      const messages: LintMessage[] = [];
      let text = '';
      try {
        if (buffer.byteLength > maxBytes) {
          throw new DecodeError(
            `File is ${(buffer.byteLength / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(1)} MB limit (\`maxFileSize\` in the config); it was not linted.`,
          );
        }
        text = decode(buffer).text;
      } catch (error) {
        messages.push(
          fatal(
            error instanceof DecodeError ? error.message : `File could not be read: ${String(error)}`,
            (error as DecodeError).line,
            (error as DecodeError).column,
          ),
        );
        return { result: { path: target.path, messages }, summary: emptySummary(target, true) };
      }

      const frontmatter: Frontmatter = readFrontmatter(text);
      if (frontmatter.error) {
        messages.push(fatal(`Front matter is not valid YAML: ${frontmatter.error.message}.`, frontmatter.error.line, frontmatter.error.column));
      }

      const tooComplex = checkComplexity(text);
      if (tooComplex) {
        messages.push(fatal(tooComplex.message, tooComplex.line, tooComplex.column));
        return { result: { path: target.path, messages }, summary: emptySummary(target, true) };
      }

      let tree: Root;
      try {
        tree = parseMarkdown(text);
      } catch (error) {
        messages.push(fatal(`Markdown could not be parsed (${errorText(error)}); the file was not linted.`));
        return { result: { path: target.path, messages }, summary: emptySummary(target, true) };
      }

      const { analysis, claimsError } = analyzeFile(env, target, text, tree, frontmatter);
      if (claimsError !== undefined) messages.push(fatal(`Claims could not be extracted (${errorText(claimsError)}); claim rules skipped this file.`));
      const file = new VFile({ path: target.absPath, value: text });
      attachAnalysis(file, analysis);
      try {
        processor.runSync(tree, file);
      } catch (error) {
        messages.push(fatal(`Linting failed (${errorText(error)}).`));
      }
      const disabled = frontmatterDisable(frontmatter, knownIds);
      for (const m of file.messages) {
        const message = toLintMessage(m, familyOf);
        if (!disabled.marker || !(disabled.marker.ruleIds.length === 0 || disabled.marker.ruleIds.includes(message.ruleId))) messages.push(message);
      }
      messages.push(...disabled.problems);
      let summary: FileSummary;
      try {
        summary = summarize(tree, analysis);
      } catch (error) {
        messages.push(fatal(`The file could not be summarised for translation checks (${errorText(error)}).`));
        summary = emptySummary(target, true);
      }
      // Set rules obey it too: a file-wide `disable` marker before line 1.
      if (disabled.marker) summary.control = [disabled.marker, ...summary.control];
      return { result: { path: target.path, messages }, summary };
    },
  };
}

/** The front matter key that turns rules off for the whole file (a comment cannot come before front matter). */
export const DISABLE_KEY = 'guidelint-disable';

/**
 * `guidelint-disable: true` (every rule) or a rule id or list of ids in
 * the front matter: a file-wide disable marker, and a warning (`known`)
 * for an id that is no rule, with the id it probably meant.
 */
function frontmatterDisable(frontmatter: Frontmatter, knownIds: readonly string[]): { marker?: ControlMarker; problems: LintMessage[] } {
  const value = frontmatter.data && Object.hasOwn(frontmatter.data, DISABLE_KEY) ? frontmatter.data[DISABLE_KEY] : undefined;
  if (value === undefined || value === false || value === null) return { problems: [] };
  const line = frontmatter.lines[DISABLE_KEY] ?? 1;
  const at = (message: string): LintMessage => ({
    ruleId: 'known',
    severity: 1,
    message,
    range: { start: { line, column: 1 }, end: { line, column: DISABLE_KEY.length + 1 } },
  });
  if (value === true) return { marker: { keyword: 'disable', ruleIds: [], line: 0 }, problems: [] };
  const ids = Array.isArray(value) ? value : [value];
  if (!ids.every((id): id is string => typeof id === 'string')) return { problems: [at(`\`${DISABLE_KEY}\` expects true, a rule id or a list of rule ids`)] };
  const problems = ids.filter((id) => !knownIds.includes(id)).map((id) => at(`Cannot disable \`'${id}'\`, it’s not known${didYouMeanRule(id, knownIds)}`));
  return { marker: { keyword: 'disable', ruleIds: ids, line: 0 }, problems };
}

type ControlOptions = Parameters<typeof remarkMessageControl>[0];

/**
 * `<!--lint …-->` comments, for the engine and the remark preset alike:
 * remark-message-control, whose warning for an id that is no rule
 * (`known`) gets the id it was probably meant to be, as the front matter's
 * does. Run only on files that have an HTML comment: without one there is
 * no marker and nothing to filter, and its two walks of the tree cost
 * about 3% of a run on OVH-style guides.
 */
export function lintComments(options: ControlOptions) {
  const control = remarkMessageControl(options);
  const known = options.known ?? [];
  return (tree: Root, file: VFile): void => {
    if (!String(file.value).includes('<!--')) return;
    const before = new Set(file.messages);
    control(tree, file);
    for (const m of file.messages) {
      if (before.has(m) || m.source !== 'unified-message-control' || m.ruleId !== 'known') continue;
      m.reason = unknownRuleMessage(m.reason, known);
      m.message = m.reason;
    }
  };
}

function errorText(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'the document is nested too deeply';
  return error instanceof Error ? error.message : String(error);
}

function fatal(message: string, line = 1, column = 1): LintMessage {
  const point = { line, column };
  return { ruleId: PARSE_RULE, severity: 2, message, range: { start: point, end: point }, fatal: true };
}

type ExtendedMessage = VFileMessage & {
  messageId?: string;
  data?: Record<string, string | number>;
  fix?: LintMessage['fix'];
  related?: LintMessage['related'];
};

/** remark-message-control's "Cannot disable `'x'`, it's not known" (unified-message-control), with the rule id it was probably meant to be. */
function unknownRuleMessage(reason: string, knownIds: readonly string[]): string {
  const id = /`'([^']+)'`/.exec(reason)?.[1];
  if (!id) return reason;
  return `${reason}${didYouMeanRule(id, knownIds)}`;
}

function toLintMessage(m: ExtendedMessage, familyOf: ReadonlyMap<string, RuleFamily>): LintMessage {
  const start = m.place && 'start' in m.place ? m.place.start : (m.place ?? { line: 1, column: 1 });
  const end = m.place && 'end' in m.place ? m.place.end : start;
  const range: Range = {
    start: { line: start.line, column: start.column, offset: start.offset },
    end: { line: end.line, column: end.column, offset: end.offset },
  };
  const out: LintMessage = {
    ruleId: m.ruleId ?? 'unknown',
    severity: m.fatal ? 2 : 1,
    message: m.reason,
    range,
  };
  const family = familyOf.get(out.ruleId);
  if (family) out.family = family;
  if (m.messageId) out.messageId = m.messageId;
  if (m.data) out.data = m.data;
  if (m.fix) out.fix = m.fix;
  if (m.related) out.related = m.related;
  return out;
}

/** Summary of a file that could not be parsed: it still belongs to its set. */
export function emptySummary(target: FileTarget, unreadable: boolean): FileSummary {
  return {
    path: target.path,
    absPath: target.absPath,
    locale: target.locale,
    setKey: target.setKey,
    language: languageOf(target.locale),
    frontmatter: null,
    frontmatterLines: {},
    headings: [],
    tables: [],
    code: [],
    images: [],
    links: [],
    admonitions: [],
    claims: [],
    blocks: [],
    control: [],
    lines: 0,
    unreadable,
  };
}

export { countLines };
