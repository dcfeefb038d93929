/** Small helpers shared by the translation-* rules. */
import type { TranslationSet } from '../rule.js';
import type { FileSummary, Range, RelatedLocation } from '../types.js';
import { keyLine } from '../document/parse.js';

/** Members compared with the reference (readable, not the reference itself). */
export function translations(set: TranslationSet): FileSummary[] {
  const ref = set.reference;
  if (!ref) return [];
  return set.members.filter((m) => m !== ref && !m.unreadable);
}

export function localeName(file: FileSummary): string {
  return file.locale ?? 'default';
}

/** Base name for messages: `guide.fr-fr.md`. */
export function fileName(file: FileSummary): string {
  return file.path.slice(file.path.lastIndexOf('/') + 1);
}

export function lineRange(line: number): Range {
  return { start: { line, column: 1 }, end: { line, column: 1 } };
}

export function related(file: FileSummary, range: Range, message: string): RelatedLocation[] {
  return [{ path: file.path, range, message }];
}

/** Where a front matter key is, or the top of the file. */
export function keyRange(file: FileSummary, key: string): Range {
  const line = keyLine(file.frontmatterLines, key);
  if (line) return { start: { line, column: 1 }, end: { line, column: key.length + 1 } };
  return file.frontmatterRange ? { start: file.frontmatterRange.start, end: file.frontmatterRange.start } : lineRange(1);
}
