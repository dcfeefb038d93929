import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyFixes } from '../../src/fix/apply.js';
import { writeFixed } from '../../src/fix/write.js';
import { runFixes } from '../../src/fix/run.js';
import type { FileResult, LintMessage } from '../../src/types.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'guidelint-fix-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('applyFixes', () => {
  it('applies sorted fixes from the end and drops overlapping ones', () => {
    const out = applyFixes('abcdef', [
      { range: [4, 5], text: 'E' },
      { range: [0, 2], text: 'AB' },
      { range: [1, 3], text: 'x' }, // overlaps [0, 2]
      { range: [3, 3], text: '+' },
      { range: [3, 3], text: '-' }, // same place as the insertion before
      { range: [9, 12], text: '?' }, // out of bounds
    ]);
    expect(out.text).toBe('ABc+dEf');
    expect(out.applied).toHaveLength(3);
    expect(out.skipped.map((f) => f.text)).toEqual(['x', '-', '?']);
  });

  it('writes line breaks of fix texts with the file line ending', () => {
    expect(applyFixes('a\r\nb', [{ range: [1, 1], text: '\n|---|' }], { eol: '\r\n' }).text).toBe('a\r\n|---|\r\nb');
  });
});

describe('writeFixed', () => {
  it('keeps the BOM and the file mode, leaves no temporary file', () => {
    const path = join(dir, 'bom.md');
    const original = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('old\r\n')]);
    writeFileSync(path, original);
    chmodSync(path, 0o640);
    writeFixed(path, original, 'new\r\n');
    expect([...readFileSync(path)]).toEqual([0xef, 0xbb, 0xbf, ...Buffer.from('new\r\n')]);
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});

describe('runFixes', () => {
  const message = (range: [number, number], text: string): LintMessage => ({
    ruleId: 'r',
    severity: 2,
    message: 'm',
    range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    fix: { range, text },
  });

  it('returns a unified diff and writes nothing in a dry run; writes with --fix', async () => {
    const path = join(dir, 'guide.md');
    writeFileSync(path, 'Hello wrld\n');
    const results: FileResult[] = [{ path: 'guide.md', messages: [message([7, 7], 'o')] }];
    const dry = await runFixes({ results, cwd: dir, dryRun: true });
    expect(dry.fixedFiles).toEqual(['guide.md']);
    expect(dry.diff).toContain('--- a/guide.md');
    expect(dry.diff).toContain('-Hello wrld');
    expect(dry.diff).toContain('+Hello world');
    expect(readFileSync(path, 'utf8')).toBe('Hello wrld\n');
    const real = await runFixes({ results, cwd: dir, dryRun: false });
    expect(real.applied).toBe(1);
    expect(readFileSync(path, 'utf8')).toBe('Hello world\n');
    expect(real.results[0].messages).toEqual([]);
  });

  it('relints and fixes again until nothing is fixable, at most 10 passes', async () => {
    const path = join(dir, 'passes.md');
    writeFileSync(path, 'x\n');
    let calls = 0;
    // Every pass appends one more `x` until there are 4; a runaway rule would stop at the pass limit.
    const relint = ({ text }: { text: string }) => {
      calls++;
      const n = text.split('x').length - 1;
      return n < 4 ? [message([0, 0], 'x')] : [];
    };
    const out = await runFixes({ results: [{ path: 'passes.md', messages: [message([0, 0], 'x')] }], cwd: dir, dryRun: false, relint });
    expect(readFileSync(path, 'utf8')).toBe('xxxx\n');
    // One lint of the bytes read for fixing (the run's findings may be older), then one after each of the three passes.
    expect(calls).toBe(4);
    expect(out.applied).toBe(3);
    writeFileSync(path, 'y\n');
    const runaway = await runFixes({
      results: [{ path: 'passes.md', messages: [message([0, 0], 'x')] }],
      cwd: dir,
      dryRun: true,
      relint: () => [message([0, 0], 'x')],
    });
    expect(runaway.applied).toBe(10);
  });
});
