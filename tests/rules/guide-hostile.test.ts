/** Hostile inputs through the file linter: reported as not linted at their line, never a crash. */
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lintText } from '../helpers/rule-tester.js';

const GUIDE = rules.filter((r) => r.meta.family === 'guide');

describe('guide rules on hostile input', () => {
  it('report a 1 MB line of brackets, pipes, braces and mojibake lead bytes as too complex to parse', () => {
    const line = '[/b [url= |a| {x {legacy &lt;br <b Ã Ã¢â'.repeat(26_000);
    expect(line.length).toBeGreaterThan(1_000_000);
    const out = lintText(`# Title\n\n${line}\n|a|\n|b|\n`, GUIDE, { path: 'guide.fi-fi.md' });
    expect(out.filter((m) => m.messageId === 'crash')).toEqual([]);
    expect(out).toEqual([
      expect.objectContaining({ ruleId: 'parse-error', fatal: true, range: expect.objectContaining({ start: expect.objectContaining({ line: 3 }) }) }),
    ]);
  });

  it('report 20,000 nested blockquotes as too deep, without walking them', () => {
    const text = `${'>'.repeat(20_000)} |a|b|\n${'>'.repeat(20_000)} |1|2|\n`;
    const out = lintText(text, GUIDE, { path: 'guide.fi-fi.md' });
    expect(out).toEqual([expect.objectContaining({ ruleId: 'parse-error', message: expect.stringMatching(/20000 nested/) })]);
  });

  it('lint a guide just under the limits as usual', () => {
    const text = `# Title\n\n${'**bold** '.repeat(500)}\n\n${'> '.repeat(50)}quote\n`;
    const out = lintText(text, GUIDE, { path: 'guide.fi-fi.md' });
    expect(out.filter((m) => m.fatal)).toEqual([]);
  });
});
