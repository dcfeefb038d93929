/**
 * The `ok` / `not-ok` examples in the docs of the guide hygiene rules are
 * run: an `ok` block must give no finding of its rule, a `not-ok` block at
 * least one. The info string may carry `path=…`, `config={json}` and
 * `options={json}` (compact JSON, no spaces).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Rule } from '../../src/rule.js';
import { lintText } from '../helpers/rule-tester.js';
import guidePipeTable from '../../rules/guide-pipe-table.js';
import guideMarkupRemnant from '../../rules/guide-markup-remnant.js';
import guideMojibake from '../../rules/guide-mojibake.js';
import guideEmptyLink from '../../rules/guide-empty-link.js';
import guidePlaceholder from '../../rules/guide-placeholder.js';
import guideFragmentLink from '../../rules/guide-fragment-link.js';
import guideImage from '../../rules/guide-image.js';
import guideFrontmatter from '../../rules/guide-frontmatter.js';
import guideLanguage from '../../rules/guide-language.js';
import guideUndefinedReference from '../../rules/guide-undefined-reference.js';
import guideDuplicateDefinition from '../../rules/guide-duplicate-definition.js';
import guideUpdatedDate from '../../rules/guide-updated-date.js';
import guideConflictMarker from '../../rules/guide-conflict-marker.js';
import guideEmphasis from '../../rules/guide-emphasis.js';
import guideLink from '../../rules/guide-link.js';

const RULES: Rule[] = [
  guidePipeTable, guideMarkupRemnant, guideMojibake, guideEmptyLink, guidePlaceholder, guideFragmentLink,
  guideImage, guideFrontmatter, guideLanguage, guideUndefinedReference, guideDuplicateDefinition, guideUpdatedDate,
  guideConflictMarker, guideEmphasis, guideLink,
];

interface Example {
  kind: 'ok' | 'not-ok';
  code: string;
  line: number;
  path?: string;
  config?: Record<string, unknown>;
  options?: Record<string, unknown>;
}

/** Fenced ```markdown ok|not-ok blocks of a rule doc. */
export function examples(doc: string): Example[] {
  const out: Example[] = [];
  const lines = doc.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```markdown (ok|not-ok)((?: \S+)*)\s*$/u.exec(lines[i]);
    if (!open) continue;
    const example: Example = { kind: open[1] as Example['kind'], code: '', line: i + 1 };
    for (const attr of open[2].trim().split(' ').filter(Boolean)) {
      const eq = attr.indexOf('=');
      const key = attr.slice(0, eq);
      const value = attr.slice(eq + 1);
      if (key === 'path') example.path = value;
      else if (key === 'config' || key === 'options') example[key] = JSON.parse(value) as Record<string, unknown>;
      else throw new Error(`unknown example attribute \`${key}\``);
    }
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]);
    example.code = `${body.join('\n')}\n`;
    out.push(example);
  }
  return out;
}

describe.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s docs examples', (id, rule) => {
  const doc = readFileSync(resolve(import.meta.dirname, `../../rules/${id}.md`), 'utf8');
  const list = examples(doc);

  it('has ok and not-ok examples', () => {
    expect(list.some((e) => e.kind === 'ok')).toBe(true);
    expect(list.some((e) => e.kind === 'not-ok')).toBe(true);
  });

  it.each(list.map((e) => [`${e.kind} example at line ${e.line}`, e] as const))('%s', (_name, example) => {
    const messages = lintText(example.code, [rule], {
      path: example.path ?? 'docs/guide.en-gb.md',
      config: example.config as never,
      options: example.options,
    }).filter((m) => m.ruleId === id);
    if (example.kind === 'ok') expect(messages.map((m) => m.message)).toEqual([]);
    else expect(messages.length).toBeGreaterThan(0);
  });
});
