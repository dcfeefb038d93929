/**
 * A paragraph: pipe lines when every line is one, else its lines one by
 * one, a direction a line states carrying to the lines after it. A
 * paragraph with nothing a claim needs is skipped unread.
 */
import type { Paragraph } from 'mdast';
import type { Direction } from '../../types.js';
import type { ReadContext } from './context.js';
import { linesOf, sliceOf } from '../source.js';
import { arePipeLines, readPipeLines } from './pipe-lines.js';
import { readLine } from './line.js';

/** Returns the direction the paragraph ends with (for nested lists). */
export function readParagraph(context: ReadContext, node: Paragraph, inherited: Direction | undefined): Direction | undefined {
  const lines = linesOf(context.text, node);
  if (arePipeLines(lines)) {
    readPipeLines(context, lines);
    return inherited;
  }
  if (!context.words.mayStateSomething(sliceOf(context.text, node))) return inherited;
  let direction = inherited;
  let last: Direction | undefined;
  for (const line of lines) {
    const found = readLine(context, line, direction);
    if (found) {
      direction = found;
      last = found;
    }
  }
  return last ?? inherited;
}
