/**
 * One line of prose or one field, read by the readers of its shape in a
 * fixed order: the URLs in it; then, for prose of several clauses, each
 * clause on its own; the field readers, which may own the line; the
 * statements about the server; and last its hosts and ports.
 */
import type { ClaimOrigin, Direction } from '../../types.js';
import type { ReadContext } from './context.js';
import type { Line } from '../source.js';
import { mask } from '../text.js';
import { readClauses } from './clause.js';
import { readField, splitLabel } from './field.js';
import { readHosts } from './hosts.js';
import type { LineFacts } from './facts.js';
import { readPorts } from './ports.js';
import { readStatements } from './statements.js';
import { readUrlHosts } from './urls.js';

/** Lines longer than this are not read (a 1 MB line must not cost more than a skim). */
const MAX_LINE = 2000;

/** A field as its container gives it (a row of a field table): its label and where its value starts. */
export interface GivenField {
  label: string;
  valueStart: number;
  origin: ClaimOrigin;
}

/** Read one line; returns the direction it states (for the lines after it). */
export function readLine(context: ReadContext, line: Line, inherited: Direction | undefined, field?: GivenField, clause = false): Direction | undefined {
  if (line.text.length > MAX_LINE) return undefined;
  const masked = mask(line.text);
  const { label, valueStart } = field ?? splitLabel(masked);
  if (!clause) readUrlHosts(context, line);
  if (label === undefined && !clause) {
    const read = readClauses(line, masked, inherited, (part, direction) => readLine(context, part, direction, undefined, true));
    if (read) return read.direction;
  }
  const facts = lineFacts(context, line, masked, label, valueStart, inherited, field?.origin);
  const owned = readField(context, facts);
  if (owned) return owned.direction;
  readStatements(context, facts);
  const { words } = context;
  const protocol = words.oneProtocol(masked);
  const security = words.securityIn(label !== undefined && facts.hasPort ? label + ' ' + facts.value : masked);
  const values = { ...(protocol ? { protocol } : {}), ...(security ? { security } : {}) };
  const consumed = readHosts(context, facts, values);
  readPorts(context, facts, values, consumed);
  return facts.ownDirection;
}

function lineFacts(
  { words }: ReadContext,
  line: Line,
  masked: string,
  label: string | undefined,
  valueStart: number | undefined,
  inherited: Direction | undefined,
  origin: ClaimOrigin | undefined,
): LineFacts {
  const labelDirection = words.directionIn(label ?? '');
  // A clause of prose that names both directions ("cannot receive or send") says neither.
  const ownDirection = labelDirection ?? (label === undefined ? words.directionIn(masked, true) : words.directionIn(masked));
  return {
    line,
    masked,
    label,
    value: valueStart === undefined ? masked : masked.slice(valueStart),
    valueOffset: valueStart ?? 0,
    labelDirection,
    ownDirection,
    direction: ownDirection ?? inherited,
    inherited,
    // A `Label: value` line is a field of a form; a line without a label is a sentence.
    origin: origin ?? (label === undefined ? 'prose' : 'list'),
    hasPort: words.terms.port.test(label ?? masked),
    hasServer: label !== undefined && words.terms.server.test(label),
  };
}
