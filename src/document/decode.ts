/**
 * Turning the bytes of a file into text, or a clear reason why not.
 */

export interface Decoded {
  /** Text without BOM. */
  text: string;
  bom: boolean;
  /** Dominant line ending, kept when fixes are written back. */
  eol: '\n' | '\r\n';
}

export class DecodeError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'DecodeError';
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decode UTF-8 strictly. Binary files and invalid UTF-8 throw a DecodeError naming the line. */
export function decode(buffer: Uint8Array): Decoded {
  // A NUL byte in the first 8 KiB is the usual sign of a binary file (as git does).
  const probe = buffer.subarray(0, 8192);
  if (probe.includes(0)) {
    throw new DecodeError('File looks binary (it contains NUL bytes), so it was not linted.');
  }
  let text: string;
  try {
    text = utf8.decode(buffer);
  } catch {
    const where = firstInvalidUtf8(buffer);
    throw new DecodeError(
      `File is not valid UTF-8 (invalid byte 0x${where.byte.toString(16).padStart(2, '0')} at line ${where.line}, column ${where.column}); save it as UTF-8.`,
      where.line,
      where.column,
    );
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  const crlf = text.indexOf('\r\n');
  const lf = text.indexOf('\n');
  const eol = crlf !== -1 && crlf + 1 === lf ? '\r\n' : '\n';
  return { text, bom, eol };
}

/** Find the first byte that breaks UTF-8, with its line and column (1-based). */
export function firstInvalidUtf8(buffer: Uint8Array): { line: number; column: number; byte: number } {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < buffer.length) {
    const b = buffer[i];
    let need = 0;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return { line, column, byte: b };
    for (let k = 1; k <= need; k++) {
      const c = buffer[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return { line, column, byte: b };
    }
    if (b === 0x0a) {
      line++;
      column = 1;
    } else {
      column++;
    }
    i += need + 1;
  }
  return { line, column, byte: buffer[buffer.length - 1] ?? 0 };
}
