/**
 * References to definitions that do not exist (`[text][ref]` with no
 * `[ref]: url`, a `[word]` left in brackets), by remark-lint's
 * `no-undefined-references`. Brackets that are other syntax are left to
 * the rules that know them: admonition markers (`[!warning]`), closing
 * tags and `[name=value]` (guide-markup-remnant), and the dialect's
 * shortcodes (`[details …]`).
 */
import remarkLintNoUndefinedReferences from 'remark-lint-no-undefined-references';
import type { Plugin } from 'unified';
import type { Root } from 'mdast';
import { defineFileRule } from '../src/rule.js';
import { runRemarkLint } from '../src/guide/remark-lint.js';

interface Options {
  /** Labels to accept between `[` and `]` (literal text, compared case-insensitively). */
  allow: string[];
  /**
   * Which `[text]` brackets with no definition to report: `all` (as
   * remark-lint does), `suspicious` (default: only those followed by
   * `(…)` after a space or line break, a link whose syntax broke), or
   * `none`. Full and collapsed references (`[text][ref]`, `[text][]`) are
   * always reported.
   */
  shortcut: 'all' | 'suspicious' | 'none';
}

/** Bracket contents that are not references: `!marker`, `/closing`, `name=value`. */
const OTHER_SYNTAX = /^(?:[!/]|[\p{L}][\p{L}\p{N}_-]*=)/u;
const LABEL = /\(`([^`]*)`\)/u;
const ELLIPSIS = /^(?:\.{3}|…)$/u;
/** `[text] (url)` or `[text]` then `(url)` on the next line: link syntax broken by white space. */
const BROKEN_LINK = /^[ \t]*(?:\r?\n[ \t]*)?\(/u;

export default defineFileRule<Options>({
  meta: {
    id: 'guide-undefined-reference',
    family: 'guide',
    description:
      'Finds references to undefined definitions and bracketed text that was meant as a link (remark-lint no-undefined-references), ignoring admonition markers, BBCode and declared shortcodes.',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      undefined: 'Unexpected reference to undefined definition `{label}`, expected a definition `[{label}]: url` or an escaped bracket `\\[`',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allow: { type: 'array', items: { type: 'string' } },
        shortcut: { enum: ['all', 'suspicious', 'none'] },
      },
    },
    defaultOptions: { allow: [], shortcut: 'suspicious' },
  },
  check(context) {
    const shortcodes = new Set(context.config.dialect.shortcodes.map((s) => s.toLowerCase()));
    const findings = runRemarkLint(
      remarkLintNoUndefinedReferences as unknown as Plugin<[unknown?], Root>,
      { allow: context.options.allow, allowShortcutLink: context.options.shortcut === 'none' },
      context,
    );
    for (const finding of findings) {
      const label = LABEL.exec(finding.reason)?.[1] ?? '';
      if (OTHER_SYNTAX.test(label)) continue;
      const name = label.split(/[\s=]/u)[0];
      if (shortcodes.has(name) || ELLIPSIS.test(label)) continue;
      const start = finding.range.start.offset;
      const end = finding.range.end.offset;
      if (start !== undefined && end !== undefined && context.options.shortcut === 'suspicious') {
        const shortcut = !/\]\s*\[/u.test(context.text.slice(start, end));
        if (shortcut && !BROKEN_LINK.test(context.text.slice(end, end + 20))) continue;
      }
      context.report({ messageId: 'undefined', data: { label }, range: finding.range });
    }
  },
});
