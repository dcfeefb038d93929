/**
 * Where a YAML syntax error is. The parser is run with `prettyErrors:
 * false` (no code frame in messages), which also leaves `linePos` unset:
 * the offset in `pos` is the reliable position, counted here. An
 * unclosed quote is reported at the end of the text; it is shown at the
 * quote that opened it, where the writer has to look.
 */
export function yamlErrorPosition(source: string, error: { pos?: [number, number]; message?: string }): { line: number; col: number } {
  let offset = Math.max(0, Math.min(source.length, error.pos?.[0] ?? 0));
  const quote = /^Missing closing ("|')quote/.exec(error.message ?? '');
  if (quote) {
    const open = source.lastIndexOf(quote[1], offset - 1);
    if (open !== -1) offset = open;
  }
  const before = source.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: offset - lineStart + 1 };
}
