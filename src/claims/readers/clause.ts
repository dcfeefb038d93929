/**
 * Clauses in prose: a line of prose is read sentence by sentence, and a
 * sentence clause by clause (`to receive, use 993; to send, 587`), so that
 * each direction word governs its own clause and the clauses after it in
 * its sentence, never another sentence.
 */
import type { Direction } from '../../types.js';
import type { Line } from '../source.js';

type Span = [number, number];

/** The sentences of a line: a `.`, `!` or `?` then a space and a capital letter ends one (offsets into the line). */
function sentences(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(/[.!?](?=\s+[\p{Lu}])/gu)) {
    const end = (m.index ?? 0) + 1;
    out.push([from, end]);
    from = end;
  }
  out.push([from, text.length]);
  return out.filter(([a, b]) => /\S/u.test(text.slice(a, b)));
}

/** The clauses of a sentence split at `;` (offsets into the line); one clause when there is no split. */
function clauses(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (let i = text.indexOf(';'); i !== -1; i = text.indexOf(';', i + 1)) {
    // `&amp;` and other entities are no clause ends.
    if (/&[a-z]+$|&#\d+$/iu.test(text.slice(Math.max(0, i - 8), i))) continue;
    out.push([from, i]);
    from = i + 1;
  }
  out.push([from, text.length]);
  return out.filter(([a, b]) => /\S/u.test(text.slice(a, b)));
}

/** Where the last clause of `text` starts: after its last `.;!?` followed by a space or the end. */
export function clauseStart(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    if ('.;!?'.includes(text[i]) && (i + 1 === text.length || /\s/u.test(text[i + 1]))) return i + 1 + (i + 1 < text.length ? 1 : 0);
  }
  return 0;
}

/**
 * Read a line of prose clause by clause with `readClause`, when it has
 * more than one; returns undefined when it is one clause (read it whole).
 * Otherwise the result holds the last direction a clause stated.
 */
export function readClauses(
  line: Line,
  masked: string,
  inherited: Direction | undefined,
  readClause: (clause: Line, inherited: Direction | undefined) => Direction | undefined,
): { direction: Direction | undefined } | undefined {
  const parts = sentences(masked).map(([from, to]) => clauses(masked.slice(from, to)).map(([a, b]): Span => [from + a, from + b]));
  if (parts.length <= 1 && !(parts[0]?.length > 1)) return undefined;
  let own: Direction | undefined;
  for (const sentence of parts) {
    let direction = inherited;
    for (const [from, to] of sentence) {
      const found = readClause({ text: line.text.slice(from, to), start: line.start + from }, direction);
      if (found) direction = own = found;
    }
  }
  return { direction: own };
}
