/**
 * The code is formatted by Prettier (`.prettierrc.json`; `npm run format`
 * rewrites, `npm run format:check` checks): this test is the check CI runs.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import * as prettier from 'prettier';
import { REPO } from '../helpers/cli.js';

const PATTERNS = ['{src,rules,tests,bench,scripts,bin}/**/*.{ts,js}', '*.{ts,js}'];

describe('formatting', () => {
  it('every source file is as Prettier writes it (run `npm run format`)', async () => {
    const files = await fg(PATTERNS, { cwd: REPO, ignore: ['**/node_modules/**', 'dist/**', 'coverage/**', 'tests/fixtures/**', 'bench/results/**'] });
    expect(files.length).toBeGreaterThan(100);
    const unformatted: string[] = [];
    for (const file of files) {
      const path = join(REPO, file);
      const options = await prettier.resolveConfig(path);
      if (!(await prettier.check(readFileSync(path, 'utf8'), { ...options, filepath: path }))) unformatted.push(file);
    }
    expect(unformatted).toEqual([]);
  }, 120_000);

  it('would catch an unformatted file', async () => {
    const path = join(REPO, 'src/probe.ts');
    const options = await prettier.resolveConfig(path);
    expect(options?.singleQuote).toBe(true);
    expect(await prettier.check('export const x = {a:1}\n', { ...options, filepath: path })).toBe(false);
  });
});
