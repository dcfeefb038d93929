/**
 * Two definitions (or footnote definitions) with the same identifier, by
 * remark-lint's `no-duplicate-definitions`: only the first one is used, so
 * the second URL is silently ignored.
 */
import remarkLintNoDuplicateDefinitions from 'remark-lint-no-duplicate-definitions';
import type { Plugin } from 'unified';
import type { Root } from 'mdast';
import { defineFileRule } from '../src/rule.js';
import { runRemarkLint } from '../src/guide/remark-lint.js';

const LABEL = /\(`([^`]*)`\)/u;

export default defineFileRule({
  meta: {
    id: 'guide-duplicate-definition',
    family: 'guide',
    description: 'Finds definitions whose identifier is already defined (remark-lint no-duplicate-definitions).',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      duplicate: 'Unexpected second definition of `{label}`, expected unique identifiers (the first one, line {line}, wins)',
    },
    schema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
  },
  check(context) {
    // Every definition (`[label]: url`, `[^note]: text`) has `]:` in its source: without one there is nothing to compare.
    if (!context.text.includes(']:')) return;
    const findings = runRemarkLint(remarkLintNoDuplicateDefinitions as unknown as Plugin<[unknown?], Root>, undefined, context);
    for (const finding of findings) {
      const label = LABEL.exec(finding.reason)?.[1] ?? '';
      context.report({
        messageId: 'duplicate',
        data: { label, line: finding.cause?.start.line ?? 0 },
        range: finding.range,
        ...(finding.cause ? { related: [{ path: context.path, range: finding.cause, message: `\`${label}\` is first defined here` }] } : {}),
      });
    }
  },
});
