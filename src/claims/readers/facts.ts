/** What the readers of one line (fields, statements, hosts, ports) share about it: built by line.ts. */
import type { ClaimOrigin, Direction } from '../../types.js';
import type { Line } from '../source.js';

/** What the readers of a line share about it. */
export interface LineFacts {
  line: Line;
  /** The line with what never holds a claim blanked (URLs, link targets). */
  masked: string;
  /** The label of a `Label: value` field; undefined for a sentence. */
  label?: string;
  /** The value of a field, or the whole masked line, and where it starts in the line. */
  value: string;
  valueOffset: number;
  /** The direction the field label names. */
  labelDirection?: Direction;
  /** The direction the line itself names (its label's first). */
  ownDirection?: Direction;
  /** The direction of the line's values: its own, else the one it inherits. */
  direction?: Direction;
  inherited?: Direction;
  origin: ClaimOrigin;
  /** The label (or the sentence) names a port; a field's label names a server. */
  hasPort: boolean;
  hasServer: boolean;
}
