/**
 * Ports of a line: every number of a port field's value, and in a
 * sentence the numbers beside the word "port" ("use port 587", "the SMTP
 * (587) or SMTPS (465) ports"), each with the security noted right after
 * it (`993 (SSL)`) or else the line's.
 */
import type { NewClaim } from '../block.js';
import type { ReadContext } from './context.js';
import type { LineFacts } from './facts.js';
import type { LineValues } from './hosts.js';
import type { Words } from '../words.js';
import { findPorts } from '../text.js';
import { clauseStart } from './clause.js';

export function readPorts({ words, blocks }: ReadContext, facts: LineFacts, values: LineValues, consumed: ReadonlySet<number>): void {
  const { line, masked, label, hasPort, origin, direction } = facts;
  const compounds = label === undefined ? valuesAfterCompounds(words, masked) : [];
  if (!hasPort && !(label === undefined && (words.terms.port.test(masked) || compounds.length > 0))) return;
  const field = hasPort && label !== undefined;
  const scanFrom = field ? facts.valueOffset : 0;
  // In a sentence, only numbers next to the word "port" are ports ("June 2024", "8." are not).
  const near = field ? undefined : [...besidePortWord(words, masked), ...compounds];
  const links = linkTexts(line.text);
  const found = findPorts(masked.slice(scanFrom)).filter(
    (p) => (!near || near.some(([a, b]) => p.start >= a && p.end <= b)) && !links.some(([a, b]) => scanFrom + p.start >= a && scanFrom + p.end <= b),
  );
  found.forEach((p, i) => {
    const start = line.start + scanFrom + p.start;
    // "993 (SSL) or 143 (STARTTLS)": a note right after a port is that port's security.
    const after = masked.slice(scanFrom + p.end, i + 1 < found.length ? scanFrom + found[i + 1].start : undefined);
    const own = words.annotatedSecurity(after);
    if (consumed.has(start)) return;
    const block = blocks.ensureBlock(origin, line.start);
    const claim: NewClaim = {
      port: p.port,
      direction,
      origin,
      position: blocks.index.range(start, start + (p.end - p.start)),
      text: line.text.trim(),
    };
    const portSecurity = own ?? values.security;
    if (portSecurity) claim.security = portSecurity;
    if (values.protocol) {
      claim.protocol = values.protocol;
      claim.protocolSource = 'block';
    }
    blocks.add(block, claim);
  });
}

/**
 * The texts of a line's links (`[step 2](#login)`): a number there names
 * a step, a guide or a page, never a port of the sentence around it.
 */
function linkTexts(text: string): Array<[number, number]> {
  if (!text.includes('](')) return [];
  return [...text.matchAll(/\[([^[\]\n]*)\]\(/gu)].map((m): [number, number] => [m.index + 1, m.index + 1 + m[1].length]);
}

/** Quote, code or bold marks that set a value off. */
const OPEN_MARK = /["'«“”„‘`*]\s*\d/u;

/**
 * Spans of a sentence where a number is a port after a closed compound of
 * the port word (`Der Standardport für SSH ist "21"`, `Die Portnummer …
 * ist „22“`): the first number of its clause, when it is set off as a
 * value (quoted, in code or bold). A compound alone is weaker evidence
 * than the port word itself ("Support", "Transport" end in "port"), so
 * a bare number after it is not taken.
 */
function valuesAfterCompounds(words: Words, text: string): Array<[number, number]> {
  if (!OPEN_MARK.test(text)) return [];
  // `POP3` has a digit that is no value.
  const bare = words.withoutProtocols(text);
  const spans: Array<[number, number]> = [];
  for (const [, end] of words.portCompounds(text)) {
    const rest = bare.slice(end, end + 40);
    const stop = /[.;!?](?=\s|$)/u.exec(rest);
    const clause = stop ? rest.slice(0, stop.index) : rest;
    // The first number of the clause, between marks.
    const value = /\d+/u.exec(clause);
    if (!value || !/["'«“”„‘`*]\s*$/u.test(clause.slice(0, value.index)) || !/^\s*["'»”“‘’`*]/u.test(clause.slice(value.index + value[0].length))) continue;
    const at = end + value.index;
    spans.push([at, at + value[0].length]);
  }
  return spans;
}

/**
 * Spans of a sentence where a number is a port, beside a "port" word:
 * after it, up to the end of its clause (at most 40 characters: "use
 * port 587", "Ports SMTP (587) oder SMTPS (465)"); and before it, in the
 * same clause, a number in parentheses or one right before the word
 * ("the SMTP (587) or SMTPS (465) ports", "the 587 port"). Word order
 * differs between languages; both sides are read so that a translation
 * states the same ports as its source.
 */
function besidePortWord(words: Words, text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const [start, end] of words.terms.port.all(text)) {
    const rest = text.slice(end, end + 40);
    const stop = /[.;!?](?=\s|$)/u.exec(rest);
    spans.push([end, end + (stop ? stop.index : rest.length)]);
    const from = Math.max(0, start - 60);
    let before = text.slice(from, start);
    const offset = from + clauseStart(before);
    before = text.slice(offset, start);
    for (const m of before.matchAll(/\(\s*(\d{1,5})\s*\)/gu)) {
      const at = offset + m.index + m[0].indexOf(m[1]);
      spans.push([at, at + m[1].length]);
    }
    // A small number right before the word is a count ("3 ports"), not a port (the lowest mail-related port is 21).
    const adjacent = /(\d{2,5})[\s*_-]*$/u.exec(before);
    if (adjacent && Number(adjacent[1]) >= 20) spans.push([offset + adjacent.index, offset + adjacent.index + adjacent[1].length]);
  }
  return spans;
}
