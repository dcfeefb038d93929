import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Scratch experiments are never part of the suite.
    exclude: ['tests/tmp/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Off for `npm test`; `npm run coverage` turns it on and fails under the thresholds.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts', 'rules/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      // A few points under what the in-process suite measured (CLI tests that spawn `dist/` are not counted).
      thresholds: { lines: 80, statements: 80, functions: 80, branches: 70 },
    },
  },
});
