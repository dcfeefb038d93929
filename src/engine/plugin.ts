/**
 * Wrap a guidelint file rule as a remark-lint plugin (unified-lint-rule),
 * so the same rule runs in the engine and in `remark --use guidelint/remark`.
 */
import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { FileContext, FileRule, ReportDescriptor } from '../rule.js';
import { formatMessage, ruleUrl } from '../rule.js';
import type { Range } from '../types.js';
import { getAnalysis } from './analysis.js';

/** Source name of every guidelint message; `<!--lint disable id-->` controls it. */
export const SOURCE = 'guidelint';

export function toPlugin(rule: FileRule) {
  return lintRule<Root, Record<string, unknown>>({ origin: `${SOURCE}:${rule.meta.id}`, url: ruleUrl(rule.meta.id) }, (tree, file, options) =>
    runRule(rule, tree, file, options),
  );
}

function runRule(rule: FileRule, tree: Root, file: VFile, options: Record<string, unknown> | undefined): void {
  const analysis = getAnalysis(file);
  if (!analysis) return; // The analysis plugin did not run: nothing to judge.
  const context: FileContext = {
    tree,
    text: analysis.text,
    path: analysis.path,
    absPath: analysis.absPath,
    locale: analysis.locale,
    language: analysis.language,
    product: analysis.product,
    frontmatter: analysis.frontmatter.data,
    frontmatterLines: analysis.frontmatter.lines,
    claims: analysis.claims,
    config: analysis.env.config,
    model: analysis.env.model,
    options: { ...(rule.meta.defaultOptions ?? {}), ...(options && typeof options === 'object' ? options : {}) },
    report: (d) => report(rule, file, d),
  };
  try {
    rule.check(context);
  } catch (error) {
    // A rule that throws becomes one message naming the rule; the file and the other rules go on.
    const reason = error instanceof Error ? error.message : String(error);
    const message = file.message(`Rule \`${rule.meta.id}\` crashed on this file (${reason}); please report it.`, {
      place: { line: 1, column: 1 },
    });
    Object.assign(message, { messageId: 'crash', internal: true });
  }
}

function report(rule: FileRule, file: VFile, d: ReportDescriptor): void {
  const template = rule.meta.messages[d.messageId];
  if (template === undefined) throw new Error(`unknown messageId \`${d.messageId}\``);
  const range: Range | undefined = d.range ?? (d.node?.position as Range | undefined);
  const message = file.message(formatMessage(template, d.data), {
    place: range ? { start: range.start, end: range.end } : undefined,
  });
  Object.assign(message, { messageId: d.messageId, data: d.data, fix: d.fix, related: d.related });
}
