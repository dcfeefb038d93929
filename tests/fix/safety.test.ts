/**
 * --fix writes only over the bytes its fixes were computed from (issue 12):
 * stale findings, a writer saving between the read and the rename, another
 * run's lock, and mixed line endings.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { run, registry } from '../../src/index.js';
import { runFixes, createRelint, writeFixed, lockPathOf, applyFixes } from '../../src/fix/index.js';
import { STALE_MS } from '../../src/fix/lock.js';
import { tempTree, removeTree } from '../helpers/cli.js';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(removeTree));

const OLD = '# Ports\n\n|Port|SSL on|SSL off|\n|Incoming|993|143|\n\nThe rÃ©sumÃ© is here.\n';
const OLD_FIXED = '# Ports\n\n|Port|SSL on|SSL off|\n|---|---|---|\n|Incoming|993|143|\n\nThe résumé is here.\n';
// What the writer saved meanwhile: a new first paragraph moves every offset.
const NEW = '# Ports\n\nA new sentence the writer just typed, longer than any fix.\n\n|Port|SSL on|SSL off|\n|Incoming|993|143|\n\nThe rÃ©sumÃ© is here.\n';
const NEW_FIXED =
  '# Ports\n\nA new sentence the writer just typed, longer than any fix.\n\n|Port|SSL on|SSL off|\n|---|---|---|\n|Incoming|993|143|\n\nThe résumé is here.\n';

async function lintTree(root: string) {
  return run({ cwd: root, inputs: ['guide.md'], workers: 0 });
}

describe('runFixes and writeFixed only write over the bytes the fixes were computed from', () => {
  it('findings made from an older read are not applied to the new content: the file read now is fixed', async () => {
    const root = tempTree({ 'guide.md': OLD });
    roots.push(root);
    const linted = await lintTree(root);
    expect(linted.results[0].messages.some((m) => m.fix)).toBe(true);
    // The writer saves after the lint phase read the file, before the fixes are applied.
    writeFileSync(join(root, 'guide.md'), NEW);
    const fixed = await runFixes({ results: linted.results, cwd: root, dryRun: false, relint: createRelint({ cwd: root, registry }) });
    expect(readFileSync(join(root, 'guide.md'), 'utf8')).toBe(NEW_FIXED);
    expect(fixed.skipped).toEqual([]);
  });

  it('a save between the read and the rename wins: the file is left as saved and reported as skipped', async () => {
    const root = tempTree({ 'guide.md': OLD });
    roots.push(root);
    const linted = await lintTree(root);
    const seen: string[] = [];
    const fixed = await runFixes({
      results: linted.results,
      cwd: root,
      dryRun: false,
      relint: createRelint({ cwd: root, registry }),
      beforeWrite: (absPath) => {
        seen.push(absPath);
        writeFileSync(absPath, NEW);
      },
    });
    expect(seen).toEqual([join(root, 'guide.md')]);
    expect(readFileSync(join(root, 'guide.md'), 'utf8')).toBe(NEW);
    expect(fixed.fixedFiles).toEqual([]);
    expect(fixed.applied).toBe(0);
    expect(fixed.skipped).toEqual([{ path: 'guide.md', reason: expect.stringContaining('changed while guidelint was fixing it') }]);
    expect(existsSync(lockPathOf(join(root, 'guide.md')))).toBe(false);
  });

  it('waits for a live lock and gives up on the file, leaving it unchanged', () => {
    const root = tempTree({ 'guide.md': 'old\n' });
    roots.push(root);
    const file = join(root, 'guide.md');
    // This very process is alive: its lock is not stale.
    writeFileSync(lockPathOf(file), `${process.pid}\n`);
    const outcome = writeFixed(file, Buffer.from('old\n'), 'new\n', { lockWaitMs: 50 });
    expect(outcome).toEqual({ written: false, reason: expect.stringContaining(`pid ${process.pid}`) });
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    expect(existsSync(lockPathOf(file))).toBe(true);
  });

  it('takes over a lock older than the stale limit even when its pid is alive (a reused pid)', () => {
    const root = tempTree({ 'guide.md': 'old\n' });
    roots.push(root);
    const file = join(root, 'guide.md');
    writeFileSync(lockPathOf(file), `${process.pid}\n`);
    const old = new Date(Date.now() - STALE_MS - 5_000);
    utimesSync(lockPathOf(file), old, old);
    expect(writeFixed(file, Buffer.from('old\n'), 'new\n', { lockWaitMs: 50 })).toEqual({ written: true });
    expect(readFileSync(file, 'utf8')).toBe('new\n');
  });

  it('takes over the lock of a run that died, and removes it after writing', () => {
    const root = tempTree({ 'guide.md': 'old\n' });
    roots.push(root);
    const file = join(root, 'guide.md');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(lockPathOf(file), `${dead}\n`);
    expect(writeFixed(file, Buffer.from('old\n'), 'new\n', { lockWaitMs: 50 })).toEqual({ written: true });
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(existsSync(lockPathOf(file))).toBe(false);
  });
});

/** An empty range at the end of the line before `needle` (its ending `eolLength` characters long). */
function endOfLineBefore(text: string, needle: string, eolLength: number): [number, number] {
  const offset = text.indexOf(needle) - eolLength;
  return [offset, offset];
}

describe('line endings of a fix in a file that mixes them', () => {
  it('takes the ending of the line the fix is on, not the first one of the file', () => {
    // First break CRLF (the file's "dominant" ending), the table's lines LF.
    const text = '# Ports\r\n\r\n|Port|SSL on|SSL off|\n|Incoming|993|143|\n';
    expect(applyFixes(text, [{ range: endOfLineBefore(text, '|Incoming', 1), text: '\n|---|---|---|' }], { eol: '\r\n' }).text).toBe(
      '# Ports\r\n\r\n|Port|SSL on|SSL off|\n|---|---|---|\n|Incoming|993|143|\n',
    );
    const crlfTable = '# Ports\n\n|Port|SSL on|SSL off|\r\n|Incoming|993|143|\r\n';
    expect(applyFixes(crlfTable, [{ range: endOfLineBefore(crlfTable, '|Incoming', 2), text: '\n|---|---|---|' }], { eol: '\n' }).text).toBe(
      '# Ports\n\n|Port|SSL on|SSL off|\r\n|---|---|---|\r\n|Incoming|993|143|\r\n',
    );
  });
});

describe('a file that cannot be written', () => {
  it('is skipped with its reason, and the other files are still fixed', async () => {
    const root = tempTree({ 'a.md': OLD, 'b.md': OLD });
    roots.push(root);
    const linted = await run({ cwd: root, workers: 0 });
    const fixed = await runFixes({
      results: linted.results,
      cwd: root,
      dryRun: false,
      relint: createRelint({ cwd: root, registry }),
      // As a read-only folder or a full disk would: writing a.md fails.
      beforeWrite: (absPath) => {
        if (absPath.endsWith('a.md')) throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
      },
    });
    expect(fixed.skipped).toEqual([{ path: 'a.md', reason: 'could not be written (EACCES); not fixed' }]);
    expect(fixed.fixedFiles).toEqual(['b.md']);
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe(OLD);
    expect(readFileSync(join(root, 'b.md'), 'utf8')).toBe(OLD_FIXED);
    // Neither the temporary file nor the lock is left behind.
    expect(readdirSync(root).sort()).toEqual(['a.md', 'b.md']);
  });
});
