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
      // A few points under a subset's measure (rules, claims, engine, docs, model, report, fix: lines 79.3,
      // statements 77.0, functions 77.1, branches 71.4); tests that spawn `dist/` add nothing to it.
      thresholds: { lines: 76, statements: 74, functions: 74, branches: 68 },
    },
  },
});
