/**
 * UI labels of a translation paired with the source's: leaf blocks are
 * aligned by their outline (a longest common subsequence of block kinds,
 * so an added paragraph does not shift what follows), then the labels of
 * two aligned blocks are paired by ordinal when the blocks hold as many.
 * Anything less certain is left unpaired: a pair that is wrong would teach
 * the glossary a wrong translation.
 */
import type { TranslationSet } from '../rule.js';
import type { ControlMarker, FileSummary, LabelInfo, NameMention, Range } from '../types.js';
import { translations } from './common.js';
import { nameKey } from '../document/labels.js';

export interface LabelPair {
  /** The source's label and where it is. */
  source: string;
  sourceRange: Range;
  /** The translation's label for it and where it is. */
  form: string;
  range: Range;
  /** The translation writes every word of the form in its own text too (see LabelInfo.inProse). */
  inProse?: true;
}

/** One translation's pairs, with what a finding on it needs. */
export interface FileLabels {
  path: string;
  locale: string;
  control: ControlMarker[];
  pairs: LabelPair[];
}

/** What the tree-wide pass keeps of one translation set. */
export interface SetLabels {
  key: string;
  sourcePath: string;
  sourceLocale: string;
  files: FileLabels[];
}

/** Above this many cells the outlines are only used when identical (memory stays small on huge files). */
const MAX_CELLS = 4_000_000;

/** Pairs [i, j] of equal characters of `a` and `b`, in order, as many as possible (LCS). */
export function alignOutlines(a: string, b: string): Array<[number, number]> {
  if (a === b) return [...a].map((_, i) => [i, i]);
  const n = a.length;
  const m = b.length;
  if ((n + 1) * (m + 1) > MAX_CELLS) return [];
  const w = m + 1;
  const t = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      t[i * w + j] = a[i] === b[j] ? t[(i + 1) * w + j + 1] + 1 : Math.max(t[(i + 1) * w + j], t[i * w + j + 1]);
    }
  }
  const out: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[i] === b[j] && t[i * w + j] === t[(i + 1) * w + j + 1] + 1) {
      out.push([i, j]);
      i++;
      j++;
    } else if (t[(i + 1) * w + j] >= t[i * w + j + 1]) i++;
    else j++;
  }
  return out;
}

function byBlock(labels: readonly LabelInfo[]): Map<number, LabelInfo[]> {
  const out = new Map<number, LabelInfo[]>();
  for (const l of labels) {
    const list = out.get(l.block);
    if (list) list.push(l);
    else out.set(l.block, [l]);
  }
  return out;
}

/**
 * Labels pair with labels written the same way: a bold label with an
 * action span (`**Save**` and `**Save**{.action}` are one habit), a quoted
 * one with a quoted one, a header cell with a header cell. Pairing a quote
 * with a bold word pairs a tab title with a note's lead-in.
 */
const shapeClass = (l: LabelInfo): string => (l.shape === 'action' ? 'bold' : l.shape);
const compatible = (a: LabelInfo, b: LabelInfo): boolean => shapeClass(a) === shapeClass(b);

function pairBlock(a: readonly LabelInfo[], b: readonly LabelInfo[]): Array<[LabelInfo, LabelInfo]> {
  if (a.length === b.length && a.every((x, k) => compatible(x, b[k]))) return a.map((x, k) => [x, b[k]]);
  const out: Array<[LabelInfo, LabelInfo]> = [];
  for (const shape of new Set(a.map(shapeClass))) {
    const xs = a.filter((x) => shapeClass(x) === shape);
    const ys = b.filter((y) => shapeClass(y) === shape);
    if (xs.length === ys.length) xs.forEach((x, k) => out.push([x, ys[k]]));
  }
  return out;
}

/** The labels of `translation` paired with those of `reference`. */
export function pairLabels(reference: FileSummary, translation: FileSummary): LabelPair[] {
  if (!reference.labels?.length || !translation.labels?.length || !reference.outline || !translation.outline) return [];
  const mine = byBlock(reference.labels);
  const theirs = byBlock(translation.labels);
  const out: LabelPair[] = [];
  for (const [i, j] of alignOutlines(reference.outline, translation.outline)) {
    const a = mine.get(i);
    const b = theirs.get(j);
    if (!a || !b) continue;
    for (const [x, y] of pairBlock(a, b))
      out.push({ source: x.text, sourceRange: x.range, form: y.text, range: y.range, ...(y.inProse ? { inProse: true as const } : {}) });
  }
  return out;
}

/** Everything the tree-wide pass needs of one set; undefined when nothing pairs. */
export function setLabels(set: TranslationSet): SetLabels | undefined {
  const reference = set.reference;
  if (!reference?.labels?.length || reference.locale === undefined) return undefined;
  const files: FileLabels[] = [];
  for (const file of translations(set)) {
    if (file.locale === undefined) continue;
    const pairs = pairLabels(reference, file);
    if (pairs.length) files.push({ path: file.path, locale: file.locale, control: file.control, pairs });
  }
  return files.length ? { key: set.key, sourcePath: reference.path, sourceLocale: reference.locale, files } : undefined;
}

/** A name a translation gives where the source names another one in the aligned block. */
export interface NameSubstitution {
  name: string;
  range: Range;
  /** The names the source gives in that block, and where the first is. */
  expected: string[];
  sourceRange: Range;
}

/**
 * Names of the translation that the source never mentions, in a block
 * aligned with a source block that names one the translation's block
 * leaves out (an Exchange guide that says "Email Pro" where the source
 * says "Exchange").
 */
export function nameSubstitutions(reference: FileSummary, translation: FileSummary): NameSubstitution[] {
  if (!reference.names?.length || !translation.names?.length || !reference.outline || !translation.outline) return [];
  const everywhere = new Set(reference.names.map((n) => n.text));
  const group = (names: readonly NameMention[]) => {
    const out = new Map<number, NameMention[]>();
    for (const n of names) out.set(n.block, [...(out.get(n.block) ?? []), n]);
    return out;
  };
  const mine = group(reference.names);
  const theirs = group(translation.names);
  const out: NameSubstitution[] = [];
  for (const [i, j] of alignOutlines(reference.outline, translation.outline)) {
    const a = mine.get(i);
    const b = theirs.get(j);
    if (!a || !b) continue;
    // The source's names this block of the translation leaves out.
    const given = new Set(b.map((n) => n.text));
    const expected = [...new Set(a.map((n) => n.text))].filter((n) => !given.has(n));
    if (expected.length === 0) continue;
    const seen = new Set<string>();
    for (const n of b) {
      if (everywhere.has(n.text) || seen.has(n.text)) continue;
      seen.add(n.text);
      out.push({ name: n.text, range: n.range, expected, sourceRange: a.find((x) => x.text === expected[0])!.range });
    }
  }
  return out;
}

/** Names the source gives in one passage that one translation never gives, while the other translations keep them. */
export interface NameOmission {
  file: FileSummary;
  names: string[];
  /** The source's first mention of the first name. */
  sourceRange: Range;
  /** Where the translation should name them: the heading over its block aligned with that mention (else its first line). */
  range: Range;
  /** Translations that keep the first name. */
  keptBy: string[];
}

const HEADING = /[1-6]/u;

/** The heading over leaf block `j` of an outline, as a range of `file` (undefined before the first). */
function headingOver(file: FileSummary, j: number): Range | undefined {
  let count = 0;
  for (let k = 0; k <= j && k < (file.outline?.length ?? 0); k++) if (HEADING.test(file.outline![k])) count++;
  return count > 0 ? file.headings[count - 1]?.range : undefined;
}

/**
 * Names the source gives that a translation never gives anywhere (in any
 * case), where at least `minKeeping` other translations, and a
 * `majority` share of them, keep them: a name the languages translate is
 * kept by few and never reported. Only translations whose outline aligns
 * with the source's mention count (a translation missing the whole
 * section is translation-structure's finding). The names one source
 * block gives make one omission.
 */
export function nameOmissions(
  reference: FileSummary,
  members: readonly FileSummary[],
  minKeeping: number,
  majority: number,
  skip: (file: FileSummary, name: string) => boolean,
): NameOmission[] {
  if (!reference.names?.length || !reference.outline) return [];
  const firsts = new Map<string, NameMention>();
  for (const n of reference.names) if (!firsts.has(n.text)) firsts.set(n.text, n);
  const aligned = members.map((file) => {
    const map = new Map<number, number>();
    if (file.outline) for (const [i, j] of alignOutlines(reference.outline!, file.outline)) map.set(i, j);
    return { file, map, names: new Set(file.namedAnyCase ?? []) };
  });
  const byPlace = new Map<string, NameOmission>();
  for (const [name, first] of firsts) {
    const key = nameKey(name);
    const present = aligned.filter((a) => a.map.has(first.block));
    const keeping = present.filter((a) => a.names.has(key)).map((a) => a.file.locale ?? 'default');
    // Enough of the other translations that have the passage keep the name, and a clear majority of them.
    if (keeping.length < minKeeping) continue;
    for (const a of present) {
      if (a.names.has(key) || skip(a.file, name) || keeping.length < majority * (present.length - 1)) continue;
      const place = `${a.file.path}\0${first.block}`;
      const known = byPlace.get(place);
      if (known) known.names.push(name);
      else {
        const range = headingOver(a.file, a.map.get(first.block)!) ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
        byPlace.set(place, { file: a.file, names: [name], sourceRange: first.range, range, keptBy: keeping });
      }
    }
  }
  return [...byPlace.values()];
}
