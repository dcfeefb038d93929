/** Fixing: apply text-range edits, write files safely, and the `--fix` / `--fix-dry-run` driver. */
export { applyFixes, type AppliedFixes, type ApplyOptions } from './apply.js';
export { writeFixed, encodeLike, type WriteOutcome, type WriteOptions } from './write.js';
export { lockFile, lockPathOf } from './lock.js';
export { runFixes, MAX_PASSES, type Relint, type RelintFile, type RunFixesOptions, type RunFixesResult, type SkippedFile } from './run.js';
export { createRelint, createFixContext } from './relint.js';
