/**
 * Reading and parsing data files (config, model, language packs, front matter)
 * so that no input can hang or exhaust a run:
 * - only regular files under a size limit are read (a FIFO would block
 *   forever, `/dev/zero` would grow memory without bound);
 * - duplicate keys are found in one pass (the YAML library's own check
 *   compares every key with every other: tens of thousands of keys took
 *   minutes);
 * - alias expansion is bounded, and a YAML "billion laughs" is reported at
 *   the line of its first alias.
 */
import { readFileSync, statSync } from 'node:fs';
import YAML, { isAlias, isScalar, visit, type Document } from 'yaml';

/** Largest data file read (config, model, language pack, ignore file). */
export const MAX_DATA_BYTES = 8 * 1024 * 1024;

export class DataTextError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column = 1,
  ) {
    super(message);
    this.name = 'DataTextError';
  }
}

/** The text of `file` if it is a regular file of at most `maxBytes`; a DataTextError (line 1) otherwise. */
export function readRegularFile(file: string, maxBytes = MAX_DATA_BYTES): string {
  let stats;
  try {
    stats = statSync(file);
  } catch (error) {
    throw new DataTextError(`cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, 1);
  }
  if (stats.isDirectory()) throw new DataTextError('is a folder, not a file', 1);
  if (!stats.isFile()) throw new DataTextError('is not a regular file (a pipe, socket or device); it was not read', 1);
  if (stats.size > maxBytes)
    throw new DataTextError(`is ${(stats.size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB limit for data files`, 1);
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new DataTextError(`cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, 1);
  }
}

function lineAt(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * Parse YAML (or JSON) keeping node ranges. Syntax errors and duplicate
 * keys throw a DataTextError at their line (the line within `source`).
 */
export function parseYamlDocument(source: string, options: YAML.ParseOptions & YAML.DocumentOptions & YAML.SchemaOptions = {}): Document {
  const doc = YAML.parseDocument(source, { prettyErrors: false, ...options, uniqueKeys: false });
  const error = doc.errors[0];
  if (error) {
    let offset = error.pos[0];
    const quote = /^Missing closing ("|')quote/u.exec(error.message);
    const open = quote ? source.lastIndexOf(quote[1], offset - 1) : -1;
    // An unclosed quote is found at the end of the text: shown at the quote that opened it, where the writer has to look.
    if (open !== -1) offset = open;
    // Another error found only at the end of the input (an unclosed bracket) belongs to the last line with text.
    else if (offset >= source.trimEnd().length) offset = source.trimEnd().lastIndexOf('\n') + 1;
    const at = lineAt(source, offset);
    throw new DataTextError(`is not valid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/u, '')}`, at.line, at.column);
  }
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key)) {
          const at = lineAt(source, pair.key.range?.[0] ?? 0);
          throw new DataTextError(`is not valid YAML: the key \`${key}\` appears twice in one map`, at.line, at.column);
        }
        seen.add(key);
      }
    },
  });
  return doc;
}

/** Plain data of a parsed document; an alias bomb throws a DataTextError at its first alias. */
export function toPlainData(doc: Document, source: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    let offset = 0;
    visit(doc, (_, node) => {
      if (isAlias(node)) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      }
      return undefined;
    });
    const at = lineAt(source, offset);
    throw new DataTextError(`expands too many aliases (${(error as Error).message.split('\n')[0]})`, at.line, at.column);
  }
}
