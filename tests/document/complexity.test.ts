/** The pre-parse scan: each limit is reported at its line, and ordinary guides pass. */
import { describe, expect, it } from 'vitest';
import { checkComplexity, DEFAULT_LIMITS } from '../../src/document/complexity.js';

const small = { emphasisMarks: 10, punctuation: 30, nesting: 3 };

describe('checkComplexity', () => {
  it('passes ordinary Markdown, tables and lists', () => {
    const text = '# Title\n\n**Bold** and _em_ [link](x).\n\n|a|b|\n|-|-|\n|1|2|\n\n- a\n  - b\n> quote\n';
    expect(checkComplexity(text)).toBeUndefined();
    expect(checkComplexity(text, small)).toBeUndefined();
  });

  it('reports too many emphasis marks in one paragraph, at the paragraph line', () => {
    const problem = checkComplexity(`intro\n\n${'*_'.repeat(6)}\n`, small);
    expect(problem?.line).toBe(3);
    expect(problem?.message).toMatch(/emphasis marks/);
  });

  it('counts per blank-line block: the same marks spread over paragraphs pass', () => {
    expect(checkComplexity(`${'*_'.repeat(4)}\n\n${'*_'.repeat(4)}\n`, small)).toBeUndefined();
  });

  it('reports too much punctuation in one block', () => {
    const problem = checkComplexity(`a\n\nb\n${'[]('.repeat(11)}\n`, small);
    expect(problem).toMatchObject({ line: 3 });
    expect(problem?.message).toMatch(/punctuation/);
  });

  it('reports deep nesting at its line, for blockquotes and lists alike', () => {
    expect(checkComplexity('ok\n> > > > deep\n', small)).toMatchObject({ line: 2 });
    expect(checkComplexity('ok\n\n- - 1. * deep\n', small)).toMatchObject({ line: 3 });
    expect(checkComplexity('> > > fine\n', small)).toBeUndefined();
  });

  it('does not count fenced code, which is never parsed inline', () => {
    const code = '```json\n' + '{"a": [1, 2], "b_c": "*"}\n'.repeat(50) + '```\n';
    expect(checkComplexity(`text\n\n${code}\nafter\n`, small)).toBeUndefined();
    // An unclosed fence runs to the end of the document, as CommonMark reads it.
    expect(checkComplexity(`~~~\n${'*'.repeat(100)}\n`, small)).toBeUndefined();
  });

  it('keeps the default limits far above real guides (at most 393 emphasis marks, 865 punctuation marks, 2 levels seen)', () => {
    expect(DEFAULT_LIMITS.emphasisMarks).toBeGreaterThanOrEqual(10 * 393);
    expect(DEFAULT_LIMITS.punctuation).toBeGreaterThanOrEqual(10 * 865);
    expect(DEFAULT_LIMITS.nesting).toBeGreaterThanOrEqual(10 * 2);
  });
});
