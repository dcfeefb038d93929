/**
 * Mojibake: UTF-8 bytes that were decoded as Windows-1252 (or Latin-1) and
 * saved again, so `’` became `â€™` and `é` became `Ã©`. A run is repaired
 * by turning each character back into its single byte and decoding the
 * bytes as UTF-8, strictly.
 */

/** Windows-1252 characters in 0x80–0x9F and their bytes; everything else in U+0080–U+00FF is its own byte (Latin-1). */
const CP1252: ReadonlyMap<string, number> = new Map([
  ['€', 0x80],
  ['‚', 0x82],
  ['ƒ', 0x83],
  ['„', 0x84],
  ['…', 0x85],
  ['†', 0x86],
  ['‡', 0x87],
  ['ˆ', 0x88],
  ['‰', 0x89],
  ['Š', 0x8a],
  ['‹', 0x8b],
  ['Œ', 0x8c],
  ['Ž', 0x8e],
  ['‘', 0x91],
  ['’', 0x92],
  ['“', 0x93],
  ['”', 0x94],
  ['•', 0x95],
  ['–', 0x96],
  ['—', 0x97],
  ['˜', 0x98],
  ['™', 0x99],
  ['š', 0x9a],
  ['›', 0x9b],
  ['œ', 0x9c],
  ['ž', 0x9e],
  ['Ÿ', 0x9f],
]);

/** The byte a character stands for when UTF-8 was read as Windows-1252/Latin-1, or -1. */
function byteOf(ch: string): number {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code >= 0x80 && code <= 0xff) return code;
  return CP1252.get(ch) ?? -1;
}

/**
 * Candidate runs: a UTF-8 lead byte (as a Latin-1 letter `Â`–`ô`) followed
 * by one to three continuation bytes (as cp1252/Latin-1 characters).
 * Bounded repetition keeps the scan linear.
 */
const CONT = '[\\u0080-\\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]';
export const MOJIBAKE_CANDIDATE = new RegExp(`(?:[\\u00c2-\\u00f4]${CONT}{1,3})+`, 'gu');

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Code points a real text plausibly contains (so `à\u00a0»` in French is not taken for mojibake of U+083B). */
function plausible(cp: number): boolean {
  return (
    (cp >= 0xa0 && cp <= 0x24f) || // Latin-1 Supplement, Latin Extended-A/B
    (cp >= 0x2b0 && cp <= 0x36f) || // modifier letters, combining marks
    (cp >= 0x370 && cp <= 0x52f) || // Greek, Cyrillic
    (cp >= 0x590 && cp <= 0x6ff) || // Hebrew, Arabic
    (cp >= 0x1e00 && cp <= 0x1fff) || // Latin Extended Additional, Greek Extended
    (cp >= 0x2000 && cp <= 0x2bff) || // punctuation, currency, letterlike, arrows, math, symbols
    (cp >= 0x3000 && cp <= 0x9fff) || // CJK
    (cp >= 0xac00 && cp <= 0xd7af) || // Hangul
    cp === 0xfeff || // BOM read as text (`ï»¿`)
    cp === 0xfffd ||
    (cp >= 0x1f300 && cp <= 0x1faff) // emoji
  );
}

export interface MojibakeRun {
  /** Offsets into the scanned string. */
  start: number;
  end: number;
  /** The garbled text. */
  text: string;
  /** Its repair. */
  repaired: string;
}

/** Find mojibake runs in `text`, each with its strict repair. */
export function findMojibake(text: string): MojibakeRun[] {
  const runs: MojibakeRun[] = [];
  for (const m of text.matchAll(MOJIBAKE_CANDIDATE)) {
    decodeRuns(m[0], m.index, runs);
  }
  return runs;
}

/** Split one candidate into the maximal stretches that decode strictly to plausible characters. */
function decodeRuns(candidate: string, base: number, out: MojibakeRun[]): void {
  const chars = [...candidate];
  const bytes = chars.map(byteOf);
  // Offsets of each char in the candidate (all are BMP, one code unit each, but stay general).
  const offsets: number[] = [];
  let o = 0;
  for (const c of chars) {
    offsets.push(o);
    o += c.length;
  }
  offsets.push(o);
  let i = 0;
  let runStart = -1;
  let repaired = '';
  const flush = (endIndex: number) => {
    if (runStart !== -1) {
      out.push({ start: base + offsets[runStart], end: base + offsets[endIndex], text: candidate.slice(offsets[runStart], offsets[endIndex]), repaired });
    }
    runStart = -1;
    repaired = '';
  };
  while (i < bytes.length) {
    const lead = bytes[i];
    const need = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : -1;
    let ch: string | undefined;
    if (need > 0 && i + need < bytes.length) {
      const seq = bytes.slice(i, i + need + 1);
      if (seq.every((b) => b >= 0)) {
        try {
          const decoded = strictUtf8.decode(Uint8Array.from(seq));
          const cp = decoded.codePointAt(0) ?? 0;
          if ([...decoded].length === 1 && plausible(cp)) ch = decoded;
        } catch {
          ch = undefined;
        }
      }
    }
    if (ch !== undefined) {
      if (runStart === -1) runStart = i;
      repaired += ch;
      i += need + 1;
    } else {
      flush(i);
      i++;
    }
  }
  flush(bytes.length);
}
