/**
 * Block alignment of a translation with its reference: sections by
 * outline, then the blocks of each pair of sections by kind and content,
 * as sequence alignments (Needleman–Wunsch, no gap cost, a pair only where
 * the score is positive), so one missing or extra block does not shift
 * every later comparison. The table is banded on long sequences, so the
 * cost stays linear in the file size.
 */
import type { FileSummary, HeadingInfo, UnitInfo } from '../types.js';
import { tokenize } from './extract.js';

/** Most cells one alignment fills; longer sequences are aligned within a band around the diagonal. */
const MAX_CELLS = 60_000;

/**
 * Pairs [i, j] (increasing in both) that maximise the sum of `score(i, j)`;
 * a pair is only made where `score` is positive.
 */
export function alignSequence(n: number, m: number, score: (i: number, j: number) => number): Array<[number, number]> {
  if (n === 0 || m === 0) return [];
  // Band half-width: the whole table when it is small, otherwise as wide as the budget allows (at least the length difference).
  const band = n * m <= MAX_CELLS ? Math.max(n, m) : Math.max(Math.abs(n - m) + 4, Math.floor(MAX_CELLS / (2 * Math.max(n, m))));
  const width = 2 * band + 1;
  const centre = (i: number) => Math.round((i * m) / n);
  const table = new Float64Array((n + 1) * width);
  const pairScore = new Float64Array((n + 1) * width);
  const inBand = (i: number, j: number) => Math.abs(j - centre(i)) <= band;
  const at = (i: number, j: number) => i * width + (j - centre(i) + band);
  const get = (i: number, j: number): number => (i < 0 || j < 0 || i === 0 || j === 0 || !inBand(i, j) ? 0 : table[at(i, j)]);
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, centre(i) - band);
    const hi = Math.min(m, centre(i) + band);
    for (let j = lo; j <= hi; j++) {
      const s = score(i - 1, j - 1);
      pairScore[at(i, j)] = s;
      let best = Math.max(get(i - 1, j), get(i, j - 1));
      if (s > 0) best = Math.max(best, get(i - 1, j - 1) + s);
      table[at(i, j)] = best;
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = n;
  let j = Math.min(m, centre(n) + band);
  while (i > 0 && j > 0) {
    if (!inBand(i, j)) {
      if (j > centre(i)) j--;
      else i--;
      continue;
    }
    const here = table[at(i, j)];
    const s = pairScore[at(i, j)];
    if (s > 0 && Math.abs(here - (get(i - 1, j - 1) + s)) < 1e-9) {
      pairs.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (Math.abs(here - get(i - 1, j)) < 1e-9) i--;
    else j--;
  }
  return pairs.reverse();
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

const tokenCache = new WeakMap<UnitInfo, Set<string>>();

/** The tokens a block is recognised by across languages: code tokens, inline code, stated values (computed once per block). */
export function unitTokens(u: UnitInfo): Set<string> {
  const hit = tokenCache.get(u);
  if (hit) return hit;
  const out = new Set<string>();
  tokenCache.set(u, out);
  if (u.lines) for (const t of tokenize(u.lines, u.ln ?? [])) if (t.text.length > 1 || /\w/u.test(t.text)) out.add(t.text.toLowerCase());
  for (const s of u.spans ?? []) out.add(s.toLowerCase());
  for (const v of u.vals ?? []) out.add(v.replace(/:(?:ge|le|lt|gt)$/u, '').toLowerCase());
  return out;
}

export interface AlignedFile {
  /** Reference heading index → translation heading index (-1 ↔ -1: what comes before the first heading). */
  sections: Map<number, number>;
  /** Aligned blocks: reference unit index → translation unit index (indices into `units`). */
  units: Array<[number, number]>;
  /** Reference sections whose aligned counterpart shares content with them (code, inline code, values): a sure pairing. */
  sure: Set<number>;
  /** Units of each side. */
  refUnits: UnitInfo[];
  units2: UnitInfo[];
}

function bySection(units: readonly UnitInfo[], headings: number): number[][] {
  const out: number[][] = Array.from({ length: headings + 1 }, () => []);
  units.forEach((u, i) => out[u.s + 1]?.push(i));
  return out;
}

function sectionScore(a: HeadingInfo, b: HeadingInfo, da: number, db: number, ta: Set<string>, tb: Set<string>): number {
  const sameLevel = a.depth - da === b.depth - db;
  const j = jaccard(ta, tb);
  if (sameLevel) return 1 + 2 * j;
  return j >= 0.5 ? j : 0;
}

/**
 * Align a translation with its reference: sections first, then the blocks
 * inside each pair of aligned sections. Cached per pair of summaries, so
 * every translation rule sees the same alignment.
 */
const cache = new WeakMap<FileSummary, WeakMap<FileSummary, AlignedFile>>();

export function alignFiles(reference: FileSummary, translation: FileSummary): AlignedFile {
  let inner = cache.get(reference);
  if (!inner) cache.set(reference, (inner = new WeakMap()));
  const hit = inner.get(translation);
  if (hit) return hit;
  const ru = reference.units ?? [];
  const tu = translation.units ?? [];
  const rTokens = ru.map(unitTokens);
  const tTokens = tu.map(unitTokens);
  const rSec = bySection(ru, reference.headings.length);
  const tSec = bySection(tu, translation.headings.length);
  const sectionTokens = (sec: number[][], tokens: Set<string>[]) =>
    sec.map((list) => {
      const out = new Set<string>();
      for (const i of list) for (const t of tokens[i]) out.add(t);
      return out;
    });
  const rst = sectionTokens(rSec, rTokens);
  const tst = sectionTokens(tSec, tTokens);
  const top = (h: readonly HeadingInfo[]) => (h.length ? Math.min(...h.map((x) => x.depth)) : 1);
  const da = top(reference.headings);
  const db = top(translation.headings);
  const sections = new Map<number, number>([[-1, -1]]);
  for (const [i, j] of alignSequence(reference.headings.length, translation.headings.length, (i, j) =>
    sectionScore(reference.headings[i], translation.headings[j], da, db, rst[i + 1], tst[j + 1]),
  )) {
    sections.set(i, j);
  }
  const sure = new Set<number>();
  for (const [i, j] of sections) if (jaccard(rst[i + 1], tst[j + 1]) > 0) sure.add(i);
  const units: Array<[number, number]> = [];
  for (const [rs, ts] of [...sections].sort((x, y) => x[0] - y[0])) {
    const a = rSec[rs + 1];
    const b = tSec[ts + 1];
    for (const [i, j] of alignSequence(a.length, b.length, (i, j) => unitScore(ru[a[i]], tu[b[j]], rTokens[a[i]], tTokens[b[j]]))) {
      units.push([a[i], b[j]]);
    }
  }
  const out: AlignedFile = { sections, sure, units, refUnits: ru, units2: tu };
  inner.set(translation, out);
  return out;
}

function unitScore(a: UnitInfo, b: UnitInfo, ta: Set<string>, tb: Set<string>): number {
  if (a.k !== b.k) return 0;
  const j = jaccard(ta, tb);
  if (a.k === 'c') return j > 0 ? 1 + j : 0;
  if (ta.size === 0 && tb.size === 0) return 0.3;
  return j > 0 ? 1 + j : 0.01;
}
