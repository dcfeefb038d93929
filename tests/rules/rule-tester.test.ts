/** The rule tester and the doc example reader are strict: each check fails on the table it exists for. */
import { describe, expect, it } from 'vitest';
import { defineFileRule, type Rule } from '../../src/rule.js';
import { POSITIONLESS, runCase, tableProblems } from '../helpers/rule-tester.js';
import { docTable } from '../helpers/doc-examples.js';
import guideEmphasis from '../../rules/guide-emphasis.js';
import translationStale from '../../rules/translation-stale.js';

describe('tableProblems', () => {
  it('accepts a table whose invalid cases exercise every message id', () => {
    const table = {
      valid: [{ code: 'Click **Save**.\n' }],
      invalid: [
        { code: 'Click ** Save**.\n', errors: ['1:7-1:16 spaceInside'] },
        { code: 'See **word* here.\n', errors: ['1:5-1:12 mismatched'] },
        { code: 'x ***Note\n', errors: ['1:3-1:6 unclosed'] },
      ],
    };
    expect(tableProblems(guideEmphasis, table)).toEqual([]);
  });

  it('rejects duplicate cases, unknown and unexercised message ids, malformed findings and empty invalid cases', () => {
    const problems = tableProblems(guideEmphasis, {
      valid: [{ code: 'a\n' }, { code: 'a\n', name: 'again' }],
      invalid: [
        { code: 'Click ** Save**.\n', errors: ['1:7 spaceInside', '1:7-1:16 spacesInside'] },
        { code: 'b\n', errors: [] },
      ],
    });
    expect(problems).toEqual([
      'valid #2 (again) repeats valid #1 (unnamed)',
      'invalid #1 (unnamed): `1:7 spaceInside` is not `line:col-line:col messageId`',
      'invalid #1 (unnamed): `spacesInside` is no message id of guide-emphasis (spaceInside, mismatched, unclosed)',
      'invalid #2 (unnamed) expects no finding; make it a valid case',
      'no invalid case exercises `spaceInside`, `mismatched`, `unclosed`',
    ]);
  });

  it('asks set and tree rule findings to name one of the case’s files', () => {
    const code = { 'guide.fr-fr.md': '---\nupdated: 2021-07-19\n---\n', 'guide.fi-fi.md': '---\nupdated: 2018-04-18\n---\n' };
    const problems = tableProblems(translationStale, {
      valid: [],
      invalid: [{ code, errors: ['3:1-3:8 stale', 'guide.de-de.md 1:1-1:1 staleCommit'] }],
    });
    expect(problems).toEqual([
      "invalid #1 (unnamed): `3:1-3:8 stale` must start with one of the case's paths (guide.fr-fr.md, guide.fi-fi.md)",
      "invalid #1 (unnamed): `guide.de-de.md 1:1-1:1 staleCommit` must start with one of the case's paths (guide.fr-fr.md, guide.fi-fi.md)",
    ]);
  });
});

describe('runCase', () => {
  it('gives a set rule’s findings with their file, and the file’s last commit when a case gives one', () => {
    const config = { locales: { pattern: 'guide.{locale}.md', source: 'fr-fr' } };
    const code = { 'guide.fr-fr.md': '# A\n', 'guide.de-de.md': '# A\n' };
    expect(runCase(translationStale, { code, config, commits: { 'guide.fr-fr.md': '2023-05-02', 'guide.de-de.md': '2022-11-30' } }).findings).toEqual([
      'guide.de-de.md 1:1-1:1 staleCommit',
    ]);
    expect(runCase(translationStale, { code, config }).findings).toEqual([]);
  });

  it('shows a rule that needs positions crashing on a tree without them (the valid cases’ second run)', () => {
    const needsPositions: Rule = defineFileRule({
      meta: { id: 'guide-test-positions', family: 'guide', description: 'Test rule.', defaultSeverity: 'error', messages: { x: 'x' } },
      check(context) {
        for (const node of context.tree.children) if (node.position!.start.line < 1) context.report({ messageId: 'x', node });
      },
    });
    expect(runCase(needsPositions, { code: '# A\n' }).others).toEqual([]);
    const { others } = runCase(needsPositions, { code: '# A\n' }, [POSITIONLESS]);
    expect(others.map((m) => m.message)).toEqual([expect.stringMatching(/^Rule `guide-test-positions` crashed on this file/u)]);
  });
});

describe('docTable', () => {
  it('reads ok and not-ok examples, `also` files and their findings', () => {
    const doc = [
      '```markdown not-ok path=a.fr.md config={"x":1}',
      '# A',
      '```',
      '',
      '```markdown also path=a.de.md commit=2020-01-01',
      '# B',
      '```',
      '',
      '```text',
      'a.de.md 1:1-1:4 stale',
      '```',
      '',
      '```markdown ok',
      'fine',
      '```',
    ].join('\n');
    const table = docTable(doc);
    expect(table.problems).toEqual([]);
    expect(table.invalid).toEqual([
      {
        name: 'example at line 1',
        code: { 'a.fr.md': '# A\n', 'a.de.md': '# B\n' },
        config: { x: 1 },
        commits: { 'a.de.md': '2020-01-01' },
        errors: ['a.de.md 1:1-1:4 stale'],
      },
    ]);
    expect(table.valid).toEqual([{ name: 'example at line 13', code: 'fine\n' }]);
  });

  it('names a not-ok example without its findings, a stray `also` block and an unknown attribute', () => {
    const doc = [
      '```markdown also path=c.md',
      '```',
      '',
      '```markdown not-ok',
      'x',
      '```',
      '',
      '```markdown also path=b.md',
      'y',
      '```',
      '',
      '```markdown ok paht=x.md',
      '```',
    ].join('\n');
    expect(docTable(doc).problems).toEqual([
      "line 1: a `markdown also` block must follow an example's block",
      'line 4: a `not-ok` example must be followed by a `text` block of its exact findings',
      'line 12: unknown example attribute `paht`',
    ]);
  });
});
