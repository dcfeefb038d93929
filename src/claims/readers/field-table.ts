/**
 * Two-column field tables (`|Port|993|`, `|SSL|Yes|`, one setting a row):
 * read as the fields of one form, each row a `label: value` line, a
 * direction stated by a row carrying to the rows after it.
 */
import type { ClaimOrigin, Direction } from '../../types.js';
import type { ReadContext } from './context.js';
import type { Line } from '../source.js';
import { trimChars } from '../../document/trim.js';
import { mask } from '../text.js';
import { SECURITY_LABEL } from '../words.js';
import { readLine } from './line.js';

/** Reads the rows when they are a field table; returns whether they were. */
export function readFieldTable(context: ReadContext, rows: Line[][], origin: ClaimOrigin): boolean {
  const { words, blocks } = context;
  const filled = (row: Line[]): Line[] => row.filter((c) => /[\p{L}\p{N}]/u.test(c.text));
  if (rows.some((r) => filled(r).length > 2)) return false;
  const header = rows[0];
  // A header whose second column is a port or server column is a matrix's (`| | Server | Port |`).
  if (header.length >= 2 && (words.terms.port.test(mask(header[1].text)) || words.terms.server.test(mask(header[1].text)))) return false;
  const isField = (text: string): boolean =>
    words.terms.port.test(text) ||
    words.terms.server.test(text) ||
    words.terms.serverType.test(text) ||
    SECURITY_LABEL.test(text) ||
    words.terms.securityField.test(text) ||
    words.terms.authenticationField.test(text);
  if (rows.filter((r) => r.length >= 2 && isField(mask(r[0].text))).length < 2) return false;
  blocks.closeBlock();
  let direction: Direction | undefined;
  for (const row of rows) {
    if (row.length < 2 || !/\S/u.test(row[1].text)) continue;
    const [a, b] = row;
    const text = context.text.slice(a.start, b.start + b.text.length);
    const label = trimChars(mask(a.text).replace(/\s/gu, ' '), ' *_|');
    const found = readLine(context, { text, start: a.start }, direction, { label, valueStart: b.start - a.start, origin });
    if (found) direction = found;
  }
  blocks.closeBlock();
  return true;
}
