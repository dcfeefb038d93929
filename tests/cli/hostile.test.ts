/**
 * Inputs that used to hang a run (quadratic parsing, backtracking patterns,
 * one re-parse per fix) finish with a message on their own file, the same
 * with worker threads as without. Each run gets a generous 60 s limit: a
 * hang fails the test, speed itself is measured by `npm run bench`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { BIN, tempTree, removeTree } from '../helpers/cli.js';
import { HOSTILE_CASES } from '../../bench/hostile.js';

interface JsonFile {
  filePath: string;
  messages: Array<{ ruleId: string; line: number; message: string; fatal?: boolean }>;
}

// The bench's hostile tree minus the file only the time budget stops (tested below, with a short budget).
const { 'slow-paragraphs.md': _slow, ...CASES } = HOSTILE_CASES;

function lint(root: string, workers: string): { status: number | null; files: JsonFile[]; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, '--format', 'json', '--workers', workers, '.'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', CI: '1' },
  });
  return { status: r.status, files: r.status === null ? [] : (JSON.parse(r.stdout) as JsonFile[]), stderr: r.stderr };
}

describe('hostile inputs', () => {
  let root: string;
  let single: ReturnType<typeof lint>;
  let pooled: ReturnType<typeof lint>;
  beforeAll(() => {
    root = tempTree(CASES);
    single = lint(root, '0');
    pooled = lint(root, '2');
  }, 130_000);
  afterAll(() => removeTree(root));

  const fatalOf = (files: JsonFile[], name: string) => files.find((f) => f.filePath === name)?.messages.filter((m) => m.fatal) ?? [];

  it('finish (no hang, no crash) in one thread and on workers', () => {
    expect(single.status).toBe(1);
    expect(pooled.status).toBe(1);
    expect(single.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(pooled.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('report inputs the parser would take quadratic time on, at their line, as not linted', () => {
    for (const name of ['emphasis.md', 'mixed-line.md', 'cell-links.md', 'pipes.md']) {
      expect(fatalOf(single.files, name), name).toEqual([
        expect.objectContaining({ ruleId: 'parse-error', message: expect.stringMatching(/quadratic time.*not linted/) }),
      ]);
    }
    expect(fatalOf(single.files, 'emphasis.md')[0].line).toBe(3);
    expect(fatalOf(single.files, 'nested.md')).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/nested/) })]);
    expect(fatalOf(single.files, 'nested-lists.md')).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/nested/) })]);
  });

  it('lint long runs of spaces and letters normally (linear patterns)', () => {
    for (const name of ['spaces.md', 'spaces-pipe.md', 'email-cell.md', 'good.md']) expect(fatalOf(single.files, name), name).toEqual([]);
  });

  it('report every broken table of a file with 1,000 of them, each with its fix', () => {
    const tables = single.files.find((f) => f.filePath === 'tables.md')!.messages;
    expect(tables.filter((m) => m.ruleId === 'guide-pipe-table')).toHaveLength(1_000);
  });

  it('report the same in both modes', () => {
    const strip = (files: JsonFile[]) => files.map((f) => ({ filePath: f.filePath, messages: f.messages.map((m) => `${m.line} ${m.ruleId} ${m.message}`) }));
    expect(strip(pooled.files)).toEqual(strip(single.files));
  });
});

describe('the per-file time budget', () => {
  // 60 paragraphs each just under the scan's limit: every one is allowed, together they take long on any machine.
  const slow = HOSTILE_CASES['slow-paragraphs.md'];
  let root: string;
  beforeAll(() => {
    root = tempTree({ 'guidelint.config.yaml': 'fileTimeout: 1\n', 'slow.md': slow, 'good.md': '# Good\n\n[broken](#nowhere)\n' });
  });
  afterAll(() => removeTree(root));

  for (const workers of ['0', '2']) {
    it(`stops a file over budget and reports it as file-timeout, the other files linted (--workers ${workers})`, () => {
      const out = lint(root, workers);
      expect(out.status).toBe(1);
      const slowFile = out.files.find((f) => f.filePath === 'slow.md')!;
      expect(slowFile.messages).toEqual([expect.objectContaining({ ruleId: 'file-timeout', fatal: true, message: expect.stringMatching(/more than 1 s/) })]);
      const good = out.files.find((f) => f.filePath === 'good.md')!;
      expect(good.messages.map((m) => m.ruleId)).toEqual(['guide-fragment-link']);
    }, 70_000);
  }
});
