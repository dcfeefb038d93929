/** Fixing: apply text-range edits, write files safely, and the `--fix` / `--fix-dry-run` driver. */
export { applyFixes, type AppliedFixes, type ApplyOptions } from './apply.js';
export { writeFixed, encodeLike } from './write.js';
export { runFixes, MAX_PASSES, type Relint, type RelintFile, type RunFixesOptions, type RunFixesResult } from './run.js';
export { createRelint } from './relint.js';
