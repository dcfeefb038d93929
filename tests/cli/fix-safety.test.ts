/**
 * Issue 12, data loss: through the command line, --fix never garbles a
 * guide (two concurrent runs, links, mixed line endings, --staged on a
 * partially staged file), and --staged cleans up and explains itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, REPO, removeTree, tempTree } from '../helpers/cli.js';
import { gitRepo, mustGit } from '../helpers/git.js';
import type { Io } from '../../src/cli/io.js';

const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

// The built CLI, as bin/guidelint.js runs it (the worker pool loads dist/).
let main: (io: Io) => Promise<number>;
beforeAll(async () => {
  ({ main } = (await import(join(REPO, 'dist/src/cli/main.js'))) as { main: typeof main });
});

async function cli(cwd: string, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    argv,
    cwd,
    stdout: { write: (t: string) => ((stdout += t), true), isTTY: false },
    stderr: { write: (t: string) => ((stderr += t), true), isTTY: false },
    env: { NO_COLOR: '1', CI: '1' },
  };
  const code = await main(io);
  return { code, stdout, stderr };
}

function tree(files: Record<string, string>): string {
  const root = tempTree(files);
  roots.push(root);
  return root;
}

/** A pipe table without its delimiter row (guide-pipe-table fixes it) and mojibake (guide-mojibake repairs it). */
function fixable(i: number): string {
  return [
    `# Guide ${i}`,
    '',
    `Le rÃ©sumÃ© numÃ©ro ${i} est ici.`,
    '',
    '|Port|SSL on|SSL off|',
    `|Incoming|99${i % 10}|143|`,
    '',
    `Une phrase entre deux tableaux, ${'assez longue '.repeat(i % 7)}pour dÃ©caler.`,
    '',
    '|Server|Port|',
    `|smtp${i}.example.com|465|`,
    '',
  ].join('\n');
}

const TABLE = '# Ports\n\n|Port|SSL on|SSL off|\n|Incoming|993|143|\n';
const TABLE_FIXED = '# Ports\n\n|Port|SSL on|SSL off|\n|---|---|---|\n|Incoming|993|143|\n';

function spawnFix(cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, '--fix', '--format', 'json'], { cwd, env: { ...process.env, NO_COLOR: '1', CI: '1' } });
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stderr }));
  });
}

describe('--fix never garbles a guide', () => {
  it('two --fix runs at the same time leave every file as one run does', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`docs/guide-${i}.md`] = fixable(i);
    const single = tree(files);
    const racing = tree(files);
    const once = await spawnFix(single);
    expect(once.stderr).toMatch(/applied \d+ fixes to 40 files/);
    const [a, b] = await Promise.all([spawnFix(racing), spawnFix(racing)]);
    expect([a.code, b.code]).not.toContain(2);
    for (const name of Object.keys(files)) {
      expect(readFileSync(join(racing, name), 'utf8'), name).toBe(readFileSync(join(single, name), 'utf8'));
    }
    // No lock or temporary file is left behind.
    expect(readdirSync(join(racing, 'docs')).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('a writer saving again and again during --fix never gets a garbled file', async () => {
    // Two versions the writer alternates between: the table moves, so findings of one do not fit the other.
    const a = `# Guide\n\nShort.\n\n|Port|SSL on|SSL off|\n|Incoming|993|143|\n\nLe rÃ©sumÃ©.\n`;
    const b = `# Guide\n\nA much longer paragraph the writer keeps typing, ${'and typing '.repeat(8)}on.\n\n|Port|SSL on|SSL off|\n|Incoming|993|143|\n\nLe rÃ©sumÃ©.\n`;
    const expected = new Set([a, b]);
    for (const version of [a, b]) {
      const copy = tree({ 'guide.md': version });
      await spawnFix(copy);
      expected.add(readFileSync(join(copy, 'guide.md'), 'utf8'));
    }
    expect(expected.size).toBe(4);
    const files: Record<string, string> = { 'guide.md': a };
    // Other guides make the lint phase last, as on a real tree.
    for (let i = 0; i < 30; i++) files[`docs/other-${i}.md`] = fixable(i);
    const root = tree(files);
    const path = join(root, 'guide.md');
    // The writer saves like an editor (a temporary file renamed over the guide), every 400 ms;
    // meanwhile every state of the file is read back every few milliseconds.
    let saves = 0;
    const writer = setInterval(() => {
      writeFileSync(join(root, '.guide.md.swp'), saves++ % 2 ? a : b);
      renameSync(join(root, '.guide.md.swp'), path);
    }, 400);
    const seen = new Set<string>();
    const observer = setInterval(() => seen.add(readFileSync(path, 'utf8')), 3);
    let stderr = '';
    try {
      for (let round = 0; round < 3; round++) stderr += (await spawnFix(root)).stderr;
    } finally {
      clearInterval(writer);
      clearInterval(observer);
    }
    seen.add(readFileSync(path, 'utf8'));
    expect(saves).toBeGreaterThan(3);
    // The fixer did get to this guide: it wrote a fixed version, or said the guide changed under it.
    const wrote = [...seen].some((text) => text !== a && text !== b);
    expect(wrote || stderr.includes('guide.md: changed while guidelint was fixing it')).toBe(true);
    // And the file only ever held a writer's version or its fixed form.
    expect([...seen].filter((text) => !expected.has(text))).toEqual([]);
  });

  it('fixes the target of an in-tree link and keeps the link', async () => {
    const root = tree({ 'docs/shared.md': TABLE });
    symlinkSync('shared.md', join(root, 'docs/link.md'));
    const r = await cli(root, ['--fix', 'docs/link.md']);
    expect(r.code).toBe(0);
    expect(lstatSync(join(root, 'docs/link.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(root, 'docs/link.md'))).toBe('shared.md');
    expect(readFileSync(join(root, 'docs/shared.md'), 'utf8')).toBe(TABLE_FIXED);
  });

  it('leaves a link to a file outside the tree alone, and says so', async () => {
    const outside = tree({ 'secret.md': TABLE });
    const root = tree({ 'guidelint.config.yaml': 'files: ["docs/**/*.md"]\n', 'docs/own.md': TABLE });
    symlinkSync(join(outside, 'secret.md'), join(root, 'docs/out.md'));
    // Discovery refuses the link (its text would be quoted in findings)…
    const refused = await cli(root, ['--fix']);
    expect(refused.stdout).toMatch(/docs\/out\.md[\s\S]*outside the tree; it was not linted/);
    expect(readFileSync(join(outside, 'secret.md'), 'utf8')).toBe(TABLE);
    // …and when allowed to lint it, --fix still never writes outside the tree.
    writeFileSync(join(root, 'docs/own.md'), TABLE);
    const r = await cli(root, ['--fix', '--allow-outside-root']);
    expect(r.stderr).toContain('docs/out.md: is a symbolic link to');
    expect(r.stderr).toContain('outside the tree; not fixed');
    expect(lstatSync(join(root, 'docs/out.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(outside, 'secret.md'), 'utf8')).toBe(TABLE);
    // The other guide is fixed all the same.
    expect(readFileSync(join(root, 'docs/own.md'), 'utf8')).toBe(TABLE_FIXED);
  });

  it('inserts a row with the ending of its own lines in a file that mixes endings', async () => {
    const root = tree({ 'guide.md': '# Ports\r\n\r\n|Port|SSL on|SSL off|\n|Incoming|993|143|\n\nText.\r\n' });
    await cli(root, ['--fix', 'guide.md']);
    expect(readFileSync(join(root, 'guide.md'), 'utf8')).toBe('# Ports\r\n\r\n|Port|SSL on|SSL off|\n|---|---|---|\n|Incoming|993|143|\n\nText.\r\n');
  });
});

describe('--staged --fix', () => {
  it('refuses a partially staged file and leaves work tree and index as they were', async () => {
    const root = gitRepo({ 'guide.md': '# Ports\n\nFirst.\n' });
    roots.push(root);
    // Staged: a table to fix. Work tree: the same plus an unstaged paragraph before it, so the offsets differ.
    const staged = '# Ports\n\nFirst.\n\n|Port|SSL on|SSL off|\n|Incoming|993|143|\n';
    const work = '# Ports\n\nAn unstaged paragraph the writer is still working on.\n\nFirst.\n\n|Port|SSL on|SSL off|\n|Incoming|993|143|\n';
    writeFileSync(join(root, 'guide.md'), staged);
    mustGit(root, ['add', 'guide.md']);
    writeFileSync(join(root, 'guide.md'), work);
    const r = await cli(root, ['--staged', '--fix']);
    expect(r.stderr).toContain('guide.md: is partially staged');
    expect(readFileSync(join(root, 'guide.md'), 'utf8')).toBe(work);
    expect(mustGit(root, ['show', ':guide.md'])).toBe(staged);
  });

  it('fixes a fully staged file in the work tree and in the index', async () => {
    const root = gitRepo({ 'guide.md': '# Ports\n\nFirst.\n' });
    roots.push(root);
    writeFileSync(join(root, 'guide.md'), TABLE);
    mustGit(root, ['add', 'guide.md']);
    const r = await cli(root, ['--staged', '--fix']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(root, 'guide.md'), 'utf8')).toBe(TABLE_FIXED);
    expect(mustGit(root, ['show', ':guide.md'])).toBe(TABLE_FIXED);
    expect(mustGit(root, ['status', '--porcelain'])).toBe('M  guide.md\n');
  });
});

describe('--staged cleans up and explains', () => {
  it('says the merge has unresolved conflicts in one line, exit 2', async () => {
    const root = gitRepo({ 'guide.md': '# Guide\n\nOne.\n' });
    roots.push(root);
    mustGit(root, ['checkout', '-q', '-b', 'other']);
    writeFileSync(join(root, 'guide.md'), '# Guide\n\nTwo.\n');
    mustGit(root, ['commit', '-qam', 'other']);
    mustGit(root, ['checkout', '-q', 'main']);
    writeFileSync(join(root, 'guide.md'), '# Guide\n\nThree.\n');
    mustGit(root, ['commit', '-qam', 'main']);
    expect(() => mustGit(root, ['merge', '-q', 'other'])).toThrow();
    const r = await cli(root, ['--staged']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('guidelint: --staged: guide.md has unresolved merge conflicts; resolve them and `git add` the result, then run again\n');
  });

  it('removes its staged copies when interrupted', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 600; i++) files[`docs/page-${i}.md`] = `# Page ${i}\n\n${'Some text to parse. '.repeat(40)}\n`;
    const root = gitRepo(files);
    roots.push(root);
    // Page 0 partially staged (its staged copy goes to the temporary folder); the rest staged.
    for (let i = 0; i < 600; i++) writeFileSync(join(root, `docs/page-${i}.md`), `# Page ${i} changed\n\n${'Some text to parse. '.repeat(40)}\n`);
    mustGit(root, ['add', '-A']);
    writeFileSync(join(root, 'docs/page-0.md'), '# Page 0 not staged\n');
    const temp = mkdtempSync(join(tmpdir(), 'guidelint-tmpdir-'));
    roots.push(temp);
    const child = spawn(process.execPath, [BIN, '--staged', '--workers', '0'], { cwd: root, env: { ...process.env, TMPDIR: temp, NO_COLOR: '1', CI: '1' } });
    child.stdout.resume();
    child.stderr.resume();
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('exit', (code, signal) => done({ code, signal })));
    // Wait until the staged copy exists, then interrupt the run.
    const copies = (): string[] => readdirSync(temp).filter((f) => f.startsWith('guidelint-staged-'));
    let running = true;
    void exited.then(() => (running = false));
    while (running && copies().length === 0) await new Promise((r) => setTimeout(r, 10));
    expect(running).toBe(true);
    child.kill('SIGINT');
    const end = await exited;
    expect(end.signal).toBe('SIGINT');
    expect(copies()).toEqual([]);
  });
});

describe('--cache', () => {
  /** Rule ids reported on guide.md by a cached run. */
  async function cachedRuleIds(root: string): Promise<string[]> {
    const r = await cli(root, ['--cache', '--cache-location', join(root, '.cache'), '--format', 'json', 'guide.md']);
    const files = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    return files.flatMap((f) => f.messages.map((m) => m.ruleId));
  }

  it('re-lints a same-size edit whose modification time was put back (touch -r)', async () => {
    const clean = '# Guide\n\nText: ';
    const dirty = '# Guide\n\nText: rÃ©sumÃ©';
    const pad = (text: string) => text + 'x'.repeat(40 - Buffer.byteLength(text)) + '\n';
    const root = tree({ 'guide.md': pad(clean) });
    const path = join(root, 'guide.md');
    expect(Buffer.byteLength(pad(dirty))).toBe(Buffer.byteLength(pad(clean)));
    // Older than the cache's racy window, so size and times alone could be trusted.
    await new Promise((r) => setTimeout(r, 2200));
    expect(await cachedRuleIds(root)).toEqual([]);
    expect(await cachedRuleIds(root)).toEqual([]);
    const before = statSync(path);
    // What an editor or sync tool that keeps times does: save, then put the old time back (nanoseconds included).
    const reference = join(root, 'reference');
    expect(spawnSync('cp', ['-p', path, reference]).status).toBe(0);
    writeFileSync(path, pad(dirty));
    expect(spawnSync('touch', ['-r', reference, path]).status).toBe(0);
    expect(statSync(path).mtimeMs).toBe(before.mtimeMs);
    expect(statSync(path).size).toBe(before.size);
    expect(await cachedRuleIds(root)).toContain('guide-mojibake');
  });
});
