/** Hostile inputs: the guide rules finish (linear-time patterns) and do not crash. */
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lintText } from '../helpers/rule-tester.js';

const GUIDE = rules.filter((r) => r.meta.family === 'guide');
const crashes = (text: string, path = 'guide.fi-fi.md') =>
  lintText(text, GUIDE, { path }).filter((m) => m.messageId === 'crash' || m.ruleId === 'parse-error');

describe('guide rules on hostile input', () => {
  it('handle a 1 MB line of brackets, pipes, braces and mojibake lead bytes', () => {
    const line = '[/b [url= |a| {x {legacy &lt;br <b Ã Ã¢â'.repeat(26_000);
    expect(line.length).toBeGreaterThan(1_000_000);
    expect(crashes(`${line}\n|a|\n|b|\n`)).toEqual([]);
  });

  it('handle 20,000 nested blockquotes', () => {
    const text = `${'>'.repeat(20_000)} |a|b|\n${'>'.repeat(20_000)} |1|2|\n`;
    const out = lintText(text, GUIDE, { path: 'guide.fi-fi.md' });
    expect(out.filter((m) => m.messageId === 'crash')).toEqual([]);
  });
});
