/**
 * Output that cannot be turned against its reader (issue 12): control
 * characters in file names and guide text are shown, never interpreted,
 * in every human format; a report that cannot be written ends the run
 * with one line and exit 2.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, openSync, closeSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BIN, removeTree, tempTree } from '../helpers/cli.js';
import { runMain } from '../helpers/main.js';

const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

// A file name that would start a workflow command, and guide text with clear-screen, OSC 52 (clipboard) and a bidi override.
const EVIL_NAME = 'a\n::error file=README.md,line=1::pwned.md';
const EVIL_TEXT = '# Title\n\nSee [](<https://example.com/\u001b[2J\u001b]52;c;cHduZWQ=\u0007\u202Eevil>).\n';

function hostileTree(): string {
  const root = tempTree({ 'docs/x.md': EVIL_TEXT });
  writeFileSync(join(root, 'docs', EVIL_NAME), '# T\n\n[](https://example.com)\n');
  roots.push(root);
  return root;
}

/** Every control character except the line breaks the format itself writes. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe.each(['stylish', 'github', 'markdown'])('--format %s', (format) => {
  it('prints no control character from names or guide text, and no line a runner would take as a command', async () => {
    const root = hostileTree();
    const r = await runMain(['--format', format, '--no-color', 'docs'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(CONTROL);
    // The only workflow commands are the ones guidelint writes, one per finding, each naming a file under docs/.
    const commands = r.stdout.split('\n').filter((line) => line.startsWith('::'));
    if (format === 'github') {
      expect(commands.length).toBe(2);
      for (const c of commands) expect(c).toMatch(/^::(error|warning) file=docs\//);
    } else {
      expect(commands).toEqual([]);
    }
    // What the file holds is still shown, as escapes.
    expect(r.stdout).toContain(format === 'github' ? '\\x1B' : '\\x1B[2J');
    expect(r.stdout).toContain('\\u{202E}');
  });
});

it('stylish with colour keeps its own colour codes but escapes the guide’s', async () => {
  const root = hostileTree();
  const r = await runMain(['--color', 'docs/x.md'], root, { env: { NO_COLOR: undefined } });
  expect(r.stdout).toContain('\u001b[31m'); // guidelint's red
  expect(r.stdout).not.toContain('\u001b[2J');
  expect(r.stdout).not.toContain('\u001b]52');
});

describe('a report that cannot be written', () => {
  it('-o to a folder: one line naming it, exit 2, no internal error', async () => {
    const root = tempTree({ 'a.md': '# T\n\n[](x)\n' });
    roots.push(root);
    mkdirSync(join(root, 'out'));
    const r = await runMain(['a.md', '-o', 'out'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`guidelint: cannot write the report to ${join(root, 'out')}: it is a folder\n`);
    const summary = await runMain(['a.md', '--summary', 'out', '-o', 'report.txt'], root);
    expect(summary.code).toBe(2);
    expect(summary.stderr).toBe(`guidelint: cannot write the summary to ${join(root, 'out')}: it is a folder\n`);
  });

  it('-o under a file that is not a folder: one line, exit 2', async () => {
    const root = tempTree({ 'a.md': '# T\n' });
    roots.push(root);
    const r = await runMain(['a.md', '-o', 'a.md/report.json'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).toMatch(/^guidelint: cannot write the report to .*a\.md\/report\.json: /);
    expect(r.stderr.split('\n').length).toBe(2);
  });

  it('standard output that throws (main(io)): one line, exit 2', async () => {
    const root = tempTree({ 'a.md': '# T\n' });
    roots.push(root);
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const r = await runMain(['a.md'], root, {
      stdout: {
        write: () => {
          throw full;
        },
      },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('guidelint: cannot write the report to standard output: no space left on the device\n');
  });

  it('> /dev/full with the real CLI: one line, exit 2, no stack trace', () => {
    const root = tempTree({ 'a.md': '# T\n\n[](x)\n' });
    roots.push(root);
    const fd = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, 'a.md'], {
        cwd: root,
        stdio: ['ignore', fd, 'pipe'],
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('guidelint: cannot write the report to standard output: no space left on the device\n');
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe('# T\n\n[](x)\n');
  });
});
