/**
 * The binary itself, spawned: bin/guidelint.js starts, passes its
 * arguments, folder, environment and streams to main(), and exits with
 * main's code. Every other CLI test calls main(io) in process.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, removeTree, runCli, tempTree } from '../helpers/cli.js';

const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

describe('bin/guidelint.js', () => {
  it('exits 1 on an error finding, printed in the format asked for, from the folder it runs in', () => {
    const root = tempTree({ 'guide.md': '# Guide\n\n![x](missing.png)\n' });
    roots.push(root);
    const r = runCli(['--format', 'json'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const files = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number }> }>;
    expect(files.map((f) => [f.filePath, f.messages.map((m) => `${m.line} ${m.ruleId}`)])).toEqual([['guide.md', ['3 guide-image']]]);
  });

  it('exits 0 with the version, and 2 with one line on a usage error', () => {
    const version = runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toBe(`${(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version}\n`);
    const usage = runCli(['--format', 'xml']);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toMatch(/^guidelint: unknown format `xml`; expected one of stylish, [^\n]*\n$/);
  });
});
