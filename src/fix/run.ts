/**
 * `--fix` and `--fix-dry-run`: apply the fixable findings of a run, file by
 * file, relinting the fixed text and fixing again (up to 10 passes, as
 * ESLint does) until nothing fixable is left; then write the files, or
 * return a unified diff instead.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { FileResult, Fix, LintMessage } from '../types.js';
import { decode } from '../document/decode.js';
import { applyFixes } from './apply.js';
import { writeFixed } from './write.js';

export interface RelintFile {
  /** Path as in the results. */
  path: string;
  absPath: string;
  text: string;
}

/** Lint a file's new text (file rules only is enough: they carry the fixes). */
export type Relint = (file: RelintFile) => LintMessage[] | Promise<LintMessage[]>;

export interface RunFixesOptions {
  results: readonly FileResult[];
  /** Folder the result paths are relative to. */
  cwd: string;
  /** Return a diff and write nothing. */
  dryRun: boolean;
  /** Lint the fixed text for the next pass; without it only the first pass's fixes are applied. */
  relint?: Relint;
  /** Most passes per file (default 10). */
  maxPasses?: number;
}

export interface RunFixesResult {
  /** Unified diff of every change (dry run and real run alike). */
  diff: string;
  /** Paths (as in the results) of the files changed (or that would change, in a dry run). */
  fixedFiles: string[];
  /** Number of fixes applied over all passes and files. */
  applied: number;
  /** The results with each fixed file's messages replaced by those of its last lint (or without the applied ones). */
  results: FileResult[];
}

export const MAX_PASSES = 10;

function fixesOf(messages: readonly LintMessage[]): Fix[] {
  return messages.flatMap((m) => (m.fix ? [m.fix] : []));
}

/** Apply the fixes of `results`; see RunFixesOptions. */
export async function runFixes(options: RunFixesOptions): Promise<RunFixesResult> {
  const maxPasses = options.maxPasses ?? MAX_PASSES;
  const patches: string[] = [];
  const fixedFiles: string[] = [];
  let appliedTotal = 0;
  const results: FileResult[] = [];
  for (const result of options.results) {
    if (!result.messages.some((m) => m.fix) || result.messages.some((m) => m.fatal)) {
      results.push(result);
      continue;
    }
    const absPath = isAbsolute(result.path) ? result.path : resolve(options.cwd, result.path);
    let buffer: Buffer;
    try {
      buffer = readFileSync(absPath);
    } catch {
      results.push(result);
      continue;
    }
    const { text: original, eol } = decode(buffer);
    let text = original;
    let messages: LintMessage[] = result.messages;
    for (let pass = 0; pass < maxPasses; pass++) {
      const outcome = applyFixes(text, fixesOf(messages), { eol });
      if (outcome.applied.length === 0 || outcome.text === text) break;
      appliedTotal += outcome.applied.length;
      text = outcome.text;
      if (!options.relint) {
        const done = new Set(outcome.applied);
        // Fixed findings are gone; the offsets of the skipped fixes no longer hold.
        messages = messages.filter((m) => !m.fix || !done.has(m.fix)).map(({ fix: _stale, ...rest }) => rest);
        break;
      }
      messages = await options.relint({ path: result.path, absPath, text });
    }
    results.push({ path: result.path, messages });
    if (text === original) continue;
    fixedFiles.push(result.path);
    patches.push(createTwoFilesPatch(`a/${result.path}`, `b/${result.path}`, original, text, undefined, undefined, { context: 3 }));
    if (!options.dryRun) writeFixed(absPath, buffer, text);
  }
  return { diff: patches.join(''), fixedFiles, applied: appliedTotal, results };
}
