import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Scratch experiments are never part of the suite.
    exclude: ['tests/tmp/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Off for a local `npm test`; `npm run coverage` and CI (`.ci/run` sets GUIDELINT_COVERAGE=1) turn it on and fail under the thresholds.
    coverage: {
      enabled: process.env.GUIDELINT_COVERAGE === '1',
      provider: 'v8',
      include: ['src/**/*.ts', 'rules/**/*.ts'],
      exclude: ['tests/**'],
      reporter: ['text-summary', 'json-summary'],
      // A few points under the full suite's measure in CI (statements 81.9, branches 75.0, functions 81.7, lines 84.1);
      // tests that spawn `dist/` add nothing to it.
      thresholds: { lines: 81, statements: 79, functions: 79, branches: 72 },
    },
  },
});
