/**
 * Every regular expression of the engine and the rules is checked for
 * super-linear backtracking and moves (eslint-plugin-regexp, see
 * eslint.config.js): guides are untrusted input.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { REPO } from '../helpers/cli.js';

describe('regular expressions', () => {
  it('have no super-linear backtracking or moves', async () => {
    const eslint = new ESLint({ cwd: REPO });
    const results = await eslint.lintFiles(['src', 'rules', 'bin', 'scripts']);
    const problems = results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(REPO.length + 1)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(problems).toEqual([]);
  }, 120_000);

  it('would catch a backtracking pattern', async () => {
    const eslint = new ESLint({ cwd: REPO });
    const [result] = await eslint.lintText("export const trim = (s: string) => s.replace(/\\s+$/u, '');\n", { filePath: `${REPO}/src/probe.ts` });
    expect(result.messages.map((m) => m.ruleId)).toContain('regexp/no-super-linear-move');
  });
});
