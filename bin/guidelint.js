#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/ (shipped in the package, built by `npm pack` through the
// `prepack` script; in a clone, `npm run build`, which `npm run lint:guides` and `npm test` run first).
import { setFlagsFromString } from 'node:v8';
import { main } from '../dist/src/cli/main.js';
import { writeFailure } from '../dist/src/cli/io.js';

// Let each heap (this thread's and every worker's) grow by 2× its live size
// after a full collection instead of V8's adaptive factor (up to 4×): a lint
// run's live data is small (about 30 MB per worker) and its garbage dies
// young, so the extra headroom only costs memory. On the bench's 20× corpus
// tree: peak RSS 668 MB → 530 MB at the same wall time (62.7 s vs 60–63 s);
// 1.6× cost 12% more time, 1.3× 15%. The flag is read at each collection,
// so setting it now also reaches the workers started later.
setFlagsFromString('--heap-growing-percent=100');

// Standard output on a file or device fails after the write returns (ENOSPC on /dev/full): one line, exit 2.
// A reader that stops early (`| head`) is not an error of ours: stop quietly with the run's own code.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`guidelint: cannot write the report to standard output: ${writeFailure(error)}\n`);
  process.exit(2);
});

const code = await main({ argv: process.argv.slice(2), cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env });
process.exitCode = code;
