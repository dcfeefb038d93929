/**
 * `--fix` and `--fix-dry-run`: apply the fixable findings of a run, file by
 * file, relinting the fixed text and fixing again (up to 10 passes, as
 * ESLint does) until nothing fixable is left; then write the files, or
 * return a unified diff instead.
 *
 * A fix is written only over the bytes it was computed from: each file is
 * read once here and linted again from those bytes (the run's findings may
 * come from an older read), and writeFixed checks under a lock that the file
 * still holds them. A guide that is a symbolic link is fixed in its target
 * when that is inside the tree (the link stays); otherwise left alone.
 */
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { FileResult, Fix, LintMessage } from '../types.js';
import { decode } from '../document/decode.js';
import { applyFixes } from './apply.js';
import { encodeLike, writeFixed, type WriteOutcome } from './write.js';

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
  /** Root of the tree (default `cwd`): a guide that is a symbolic link is fixed through it only when its target is inside. */
  root?: string;
  /** Files not to fix, by path as in the results, with the reason (said in `skipped`). */
  refuse?: ReadonlyMap<string, string>;
  /** Called before each file's final check and rename (a test seam: change the file there to see it left alone). */
  beforeWrite?: (absPath: string) => void;
  /** Called after a file was written: `file` is where (a link's target), `before`/`after` its old and new bytes. */
  afterWrite?: (path: string, file: string, before: Uint8Array, after: Uint8Array) => void;
}

/** A file with fixes that was left as it is, and why. */
export interface SkippedFile {
  path: string;
  reason: string;
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
  /** Files that had fixes but were not fixed: a symbolic link out of the tree, refused, or changed while being fixed. */
  skipped: SkippedFile[];
}

export const MAX_PASSES = 10;

function fixesOf(messages: readonly LintMessage[]): Fix[] {
  return messages.flatMap((m) => (m.fix ? [m.fix] : []));
}

/** Where to read and write a guide: itself, or the target of its link when that is inside the tree. */
function fileToWrite(absPath: string, root: string): { file: string } | { reason: string } {
  let link = false;
  try {
    link = lstatSync(absPath).isSymbolicLink();
  } catch {
    return { file: absPath };
  }
  if (!link) return { file: absPath };
  let target: string;
  let realRoot: string;
  try {
    target = realpathSync(absPath);
    realRoot = realpathSync(root);
  } catch {
    return { reason: 'is a symbolic link whose target cannot be read; not fixed' };
  }
  const rel = relative(realRoot, target);
  if (!rel || rel.startsWith('..') || isAbsolute(rel))
    return { reason: `is a symbolic link to ${target}, outside the tree; not fixed (the link and its target are left alone)` };
  return { file: target };
}

/** Apply the fixes of `results`; see RunFixesOptions. */
export async function runFixes(options: RunFixesOptions): Promise<RunFixesResult> {
  const maxPasses = options.maxPasses ?? MAX_PASSES;
  const root = options.root ?? options.cwd;
  const patches: string[] = [];
  const fixedFiles: string[] = [];
  const skipped: SkippedFile[] = [];
  let appliedTotal = 0;
  const results: FileResult[] = [];
  for (const result of options.results) {
    if (!result.messages.some((m) => m.fix) || result.messages.some((m) => m.fatal)) {
      results.push(result);
      continue;
    }
    const refused = options.refuse?.get(result.path);
    const absPath = isAbsolute(result.path) ? result.path : resolve(options.cwd, result.path);
    const where = refused === undefined ? fileToWrite(absPath, root) : { reason: refused };
    if ('reason' in where) {
      skipped.push({ path: result.path, reason: where.reason });
      results.push(result);
      continue;
    }
    let buffer: Buffer;
    try {
      buffer = readFileSync(where.file);
    } catch {
      results.push(result);
      continue;
    }
    let decoded;
    try {
      decoded = decode(buffer);
    } catch {
      skipped.push({ path: result.path, reason: 'is no longer readable UTF-8 text; not fixed' });
      results.push(result);
      continue;
    }
    const { text: original, eol } = decoded;
    let text = original;
    let applied = 0;
    // The findings of the run were made from the bytes read then; the file may have been saved since.
    // Fix what is there now: the first pass lints these very bytes, so every offset belongs to them.
    let messages: LintMessage[] = options.relint ? await options.relint({ path: result.path, absPath, text }) : result.messages;
    for (let pass = 0; pass < maxPasses; pass++) {
      const outcome = applyFixes(text, fixesOf(messages), { eol });
      if (outcome.applied.length === 0 || outcome.text === text) break;
      applied += outcome.applied.length;
      text = outcome.text;
      if (!options.relint) {
        const done = new Set(outcome.applied);
        // Fixed findings are gone; the offsets of the skipped fixes no longer hold.
        messages = messages.filter((m) => !m.fix || !done.has(m.fix)).map(({ fix: _stale, ...rest }) => rest);
        break;
      }
      messages = await options.relint({ path: result.path, absPath, text });
    }
    if (text === original) {
      // Nothing changed: the run's findings (set rules' included) stand as they were.
      results.push(result);
      continue;
    }
    if (!options.dryRun) {
      let outcome: WriteOutcome;
      try {
        outcome = writeFixed(where.file, buffer, text, { beforeWrite: options.beforeWrite });
      } catch (error) {
        // A read-only folder or a full disk costs this file its fixes, not the run.
        outcome = { written: false, reason: `could not be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); not fixed` };
      }
      if (!outcome.written) {
        skipped.push({ path: result.path, reason: outcome.reason });
        results.push(result);
        continue;
      }
      options.afterWrite?.(result.path, where.file, buffer, encodeLike(buffer, text));
    }
    results.push({ path: result.path, messages });
    appliedTotal += applied;
    fixedFiles.push(result.path);
    patches.push(createTwoFilesPatch(`a/${result.path}`, `b/${result.path}`, original, text, undefined, undefined, { context: 3 }));
  }
  return { diff: patches.join(''), fixedFiles, applied: appliedTotal, results, skipped };
}
