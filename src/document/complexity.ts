/**
 * A linear scan run before parsing, so that inputs micromark resolves in
 * quadratic time (or that nest deeper than the rules can walk) are
 * reported instead of hanging a run or exhausting memory.
 *
 * micromark merges text events with `Array#splice` inside one inline
 * container, and resolves emphasis delimiters by scanning back over the
 * earlier ones, so its cost grows with the square of the number of
 * punctuation marks in one paragraph. Measured on the development
 * machine: 10,000 `*_` characters in one paragraph take 3 s, 40,000 take
 * over 60 s; 40,000 nested `>` take 21 s; a 1 MB line of brackets and
 * ampersands 30 s. The real trees the project is measured on (1,047
 * files) have at most 393 emphasis marks and 865 punctuation marks in one
 * blank-line-separated block, and nest at most 2 containers deep on one
 * line: the limits below are more than ten times that.
 *
 * The scan skips fenced code: its content is never parsed inline.
 */

export interface ComplexityLimits {
  /** `*` and `_` in one block (blank-line separated, outside fenced code). */
  emphasisMarks: number;
  /** Markdown punctuation (`*_[]()<>!&\`\\|~`) in one block. */
  punctuation: number;
  /** Container markers (`>`, list bullets and numbers) opening one line. */
  nesting: number;
}

export const DEFAULT_LIMITS: ComplexityLimits = { emphasisMarks: 5_000, punctuation: 20_000, nesting: 100 };

export interface ComplexityProblem {
  line: number;
  column: number;
  message: string;
}

const STAR = 42;
const UNDERSCORE = 95;
const SPACE = 32;
const TAB = 9;
const GT = 62;

/** Character codes of Markdown punctuation that opens inline constructs. */
const PUNCTUATION = new Uint8Array(128);
for (const c of '*_[]()<>!&`\\|~') PUNCTUATION[c.charCodeAt(0)] = 1;

/** The first place where `text` goes over a limit, or undefined. */
export function checkComplexity(text: string, limits: ComplexityLimits = DEFAULT_LIMITS): ComplexityProblem | undefined {
  return scanComplexity(text, limits).problem;
}

/**
 * Seconds per squared mark in one paragraph, measured on the development
 * machine: 10,000 `*_` marks took 3 s, 40,000 `](` marks 3.2 s.
 */
const SECONDS_PER_EMPHASIS_PAIR = 3e-8;
const SECONDS_PER_PUNCTUATION_PAIR = 2e-9;

export interface ComplexityScan {
  problem?: ComplexityProblem;
  /** Rough parse time of the quadratic parts, in seconds on the development machine (every paragraph under the limits can still add up). */
  estimate: number;
}

/** The first problem, if any, and the estimated cost of the file's paragraphs. */
export function scanComplexity(text: string, limits: ComplexityLimits = DEFAULT_LIMITS): ComplexityScan {
  let estimate = 0;
  const close = (emphasis: number, punctuation: number): void => {
    estimate += emphasis * emphasis * SECONDS_PER_EMPHASIS_PAIR + punctuation * punctuation * SECONDS_PER_PUNCTUATION_PAIR;
  };
  let line = 1;
  let blockLine = 1;
  let emphasis = 0;
  let punctuation = 0;
  let fence: { char: number; size: number } | undefined;
  let lineStart = 0;
  const length = text.length;
  while (lineStart <= length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = length;
    // Leading indentation (up to 3 spaces keeps a fence a fence).
    let i = lineStart;
    while (i < lineEnd && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
    const blank = i >= lineEnd || (i === lineEnd - 1 && text.charCodeAt(i) === 13);
    const fenceRun = fenceAt(text, i, lineEnd);
    if (fence) {
      if (fenceRun && fenceRun.char === fence.char && fenceRun.size >= fence.size && fenceRun.rest) fence = undefined;
    } else if (fenceRun && i - lineStart < 4) {
      fence = { char: fenceRun.char, size: fenceRun.size };
      close(emphasis, punctuation);
      emphasis = 0;
      punctuation = 0;
    } else if (blank) {
      close(emphasis, punctuation);
      emphasis = 0;
      punctuation = 0;
      blockLine = line + 1;
    } else {
      const depth = nestingAt(text, lineStart, lineEnd);
      if (depth > limits.nesting) {
        return {
          estimate,
          problem: { line, column: 1, message: `Line ${line} opens ${depth} nested blockquotes or lists (limit ${limits.nesting}); the file was not linted.` },
        };
      }
      for (let k = i; k < lineEnd; k++) {
        const c = text.charCodeAt(k);
        if (c < 128 && PUNCTUATION[c] === 1) {
          punctuation++;
          if (c === STAR || c === UNDERSCORE) emphasis++;
        }
      }
      if (emphasis > limits.emphasisMarks) {
        return {
          estimate,
          problem: {
            line: blockLine,
            column: 1,
            message: `The paragraph starting on line ${blockLine} has more than ${limits.emphasisMarks} emphasis marks (\`*\`, \`_\`), which the Markdown parser takes quadratic time to resolve; the file was not linted.`,
          },
        };
      }
      if (punctuation > limits.punctuation) {
        return {
          estimate,
          problem: {
            line: blockLine,
            column: 1,
            message: `The paragraph starting on line ${blockLine} has more than ${limits.punctuation} Markdown punctuation marks, which the Markdown parser takes quadratic time to resolve; the file was not linted.`,
          },
        };
      }
    }
    if (lineEnd === length) break;
    lineStart = lineEnd + 1;
    line++;
  }
  if (!fence) close(emphasis, punctuation);
  return { estimate };
}

/** A run of 3+ backticks or tildes at `i`, and whether only spaces follow it (a closing fence). */
function fenceAt(text: string, i: number, end: number): { char: number; size: number; rest: boolean } | undefined {
  const c = text.charCodeAt(i);
  if (c !== 96 && c !== 126) return undefined;
  let j = i;
  while (j < end && text.charCodeAt(j) === c) j++;
  if (j - i < 3) return undefined;
  let k = j;
  while (k < end && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB || text.charCodeAt(k) === 13)) k++;
  return { char: c, size: j - i, rest: k === end };
}

/** How many container markers (`>`, `-`, `*`, `+`, `1.`, `1)`) open the line. */
function nestingAt(text: string, start: number, end: number): number {
  let depth = 0;
  let i = start;
  for (;;) {
    while (i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
    if (i >= end) return depth;
    const c = text.charCodeAt(i);
    if (c === GT) {
      depth++;
      i++;
      continue;
    }
    if (c === 45 || c === STAR || c === 43) {
      const next = text.charCodeAt(i + 1);
      if (i + 1 < end && next !== SPACE && next !== TAB) return depth;
      depth++;
      i++;
      continue;
    }
    let j = i;
    while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (
      j > i &&
      (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 41) &&
      (j + 1 >= end || text.charCodeAt(j + 1) === SPACE || text.charCodeAt(j + 1) === TAB)
    ) {
      depth++;
      i = j + 1;
      continue;
    }
    return depth;
  }
}
