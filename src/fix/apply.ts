/**
 * Apply text-range fixes to a text: sorted by offset, overlapping ones
 * dropped (the first wins; the next pass can pick the others up), applied
 * from the end so earlier offsets stay valid.
 */
import type { Fix } from '../types.js';

export interface AppliedFixes {
  text: string;
  applied: Fix[];
  skipped: Fix[];
}

export interface ApplyOptions {
  /**
   * Dominant line ending of the file. When given, line breaks inside a fix
   * text are written with the ending of the line the fix starts on (a file
   * may mix endings), or this one when that line has none.
   */
  eol?: '\n' | '\r\n';
}

/** The ending of the line holding `offset` (else of the line before it), or undefined in a one-line text. */
export function lineEndingAt(text: string, offset: number): '\n' | '\r\n' | undefined {
  let nl = text.indexOf('\n', offset);
  if (nl === -1) nl = text.lastIndexOf('\n', offset - 1);
  if (nl === -1) return undefined;
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}

export function applyFixes(text: string, fixes: readonly Fix[], options: ApplyOptions = {}): AppliedFixes {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  let lastStart = -1;
  let lastEnd = -1;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
    // Two edits at the same place, or overlapping ones, cannot both be right: keep the first.
    if (!valid || start < lastEnd || start === lastStart) {
      skipped.push(fix);
      continue;
    }
    applied.push(fix);
    lastStart = start;
    lastEnd = end;
  }
  let out = text;
  for (let i = applied.length - 1; i >= 0; i--) {
    const { range, text: insert } = applied[i];
    const eol = options.eol && (lineEndingAt(text, range[0]) ?? options.eol);
    const value = eol ? insert.replace(/\r?\n/gu, eol) : insert;
    out = out.slice(0, range[0]) + value + out.slice(range[1]);
  }
  return { text: out, applied, skipped };
}
