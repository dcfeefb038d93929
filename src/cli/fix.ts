/**
 * `--fix`: apply the fixable findings (relinting each fixed file, up to 10
 * passes), write the files atomically, then lint again so the report and
 * set rules see the fixed text. `--fix-dry-run`: print the unified diff
 * and change nothing. A file that cannot be fixed safely (changed while
 * being fixed, a link out of the tree, partially staged under --staged) is
 * left alone with one line on stderr.
 */
import type { Flags } from './args.js';
import type { Io } from './io.js';
import { run, type RunOptions, type RunResult } from '../engine/run.js';
import { runFixes, createFixContext } from '../fix/index.js';
import { stagedFixGuard } from './scope/staged.js';

export async function applyFixes(result: RunResult, flags: Flags, options: RunOptions, io: Io): Promise<RunResult> {
  const dryRun = Boolean(flags['fix-dry-run']);
  const warn = (line: string): void => void io.stderr.write(`guidelint: ${line}\n`);
  const { relint, root } = createFixContext(options);
  const fixable = result.results.filter((r) => r.messages.some((m) => m.fix)).map((r) => r.path);
  const guard = flags.staged && fixable.length ? stagedFixGuard(io.cwd, fixable, warn) : undefined;
  const fixed = await runFixes({ results: result.results, cwd: io.cwd, dryRun, relint, root, refuse: guard?.refuse, afterWrite: guard?.afterWrite });
  for (const s of fixed.skipped) warn(`${s.path}: ${s.reason}`);
  if (dryRun) {
    io.stdout.write(fixed.diff);
    io.stderr.write(`guidelint: ${fixed.applied} fixes would change ${fixed.fixedFiles.length} files (dry run, nothing written)\n`);
    return result;
  }
  io.stderr.write(`guidelint: applied ${fixed.applied} fixes to ${fixed.fixedFiles.length} files\n`);
  return fixed.fixedFiles.length ? run(options) : result;
}
