/**
 * --changed[=REF] and --staged against real git repositories: which files
 * are linted (the touched ones and their translation siblings, nothing
 * else), which findings are reported, and the content that is read.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeTree, runCli, tempTree } from '../helpers/cli.js';
import { runIn } from '../helpers/main.js';
import { gitRepo, mustGit } from '../helpers/git.js';

const CONFIG = 'files: ["docs/**/*.md"]\nlocales:\n  pattern: guide.{locale}.md\n  source: fr-fr\n';
const CLEAN = '# Guide\n\nText.\n';
/** Invalid front matter: an error (`parse-error`) on line 2 whatever rules are registered. */
const BROKEN = '---\ntitle: "unclosed\n---\n# Guide\n';

const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

function repo(files: Record<string, string>): string {
  const root = gitRepo({ 'guidelint.config.yaml': CONFIG, ...files });
  roots.push(root);
  return root;
}

interface JsonFile {
  filePath: string;
  messages: Array<{ ruleId: string; line: number }>;
}

async function lint(root: string, args: string[]): Promise<{ code: number; files: JsonFile[]; stderr: string; stdout: string }> {
  const r = await runIn([...args, '--format', 'json'], { cwd: root });
  let files: JsonFile[] = [];
  try {
    files = JSON.parse(r.stdout) as JsonFile[];
  } catch {
    // Not JSON (a usage error): leave files empty, the test looks at code and stderr.
  }
  return { code: r.code, files, stderr: r.stderr, stdout: r.stdout };
}

const paths = (files: JsonFile[]) => files.map((f) => f.filePath).sort();

/** Two translation sets in two folders, committed on main; work continues on a branch. */
function twoSets(extra: Record<string, string> = {}): string {
  const root = repo({
    'docs/a/guide.fr-fr.md': CLEAN,
    'docs/a/guide.fi-fi.md': CLEAN,
    'docs/a/guide.en-gb.md': CLEAN,
    'docs/b/guide.fr-fr.md': CLEAN,
    'docs/b/guide.fi-fi.md': CLEAN,
    'README.txt': 'readme\n',
    ...extra,
  });
  mustGit(root, ['checkout', '-q', '-b', 'work']);
  return root;
}

function commitAll(root: string, message = 'change'): void {
  mustGit(root, ['add', '-A']);
  mustGit(root, ['commit', '-q', '-m', message]);
}

describe('--changed', () => {
  it('lints the touched file with its translation siblings, and only them', async () => {
    const root = twoSets();
    writeFileSync(join(root, 'docs/a/guide.fi-fi.md'), '# Guide\n\nMuutettu.\n');
    commitAll(root);
    const all = await lint(root, ['--changed=main', '--all-findings']);
    expect(all.code).toBe(0);
    expect(paths(all.files)).toEqual(['docs/a/guide.en-gb.md', 'docs/a/guide.fi-fi.md', 'docs/a/guide.fr-fr.md']);
    const touched = await lint(root, ['--changed=main']);
    expect(paths(touched.files)).toEqual(['docs/a/guide.fi-fi.md']);
  });

  it('reports findings on touched files only, unless --all-findings', async () => {
    // The untouched French sibling is broken already; the change is to the Finnish file.
    const root = twoSets({ 'docs/a/guide.fr-fr.md': BROKEN });
    writeFileSync(join(root, 'docs/a/guide.fi-fi.md'), '# Guide\n\nMuutettu.\n');
    commitAll(root);
    const touched = await lint(root, ['--changed=main']);
    expect(touched.code).toBe(0);
    expect(touched.files.flatMap((f) => f.messages)).toEqual([]);
    const all = await lint(root, ['--changed=main', '--all-findings']);
    expect(all.code).toBe(1);
    const fr = all.files.find((f) => f.filePath === 'docs/a/guide.fr-fr.md');
    expect(fr?.messages.map((m) => [m.ruleId, m.line])).toEqual([['parse-error', 2]]);
  });

  it('fails on an error the change introduces, naming the file and line', async () => {
    const root = twoSets();
    writeFileSync(join(root, 'docs/b/guide.fi-fi.md'), BROKEN);
    commitAll(root);
    const r = await runIn(['--changed=main'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('docs/b/guide.fi-fi.md');
    expect(r.stdout).toMatch(/2:8.*error.*parse-error/);
  });

  it('includes uncommitted and untracked changes in the work tree', async () => {
    const root = twoSets();
    writeFileSync(join(root, 'docs/b/guide.en-gb.md'), CLEAN);
    writeFileSync(join(root, 'docs/a/guide.fr-fr.md'), '# Guide\n\nModifié.\n');
    const r = await lint(root, ['--changed=main']);
    expect(paths(r.files)).toEqual(['docs/a/guide.fr-fr.md', 'docs/b/guide.en-gb.md']);
  });

  it('uses the merge base with the default branch when no REF is given', async () => {
    const root = twoSets();
    writeFileSync(join(root, 'docs/a/guide.fi-fi.md'), '# Guide\n\nMuutettu.\n');
    commitAll(root, 'on work');
    // main moves on after the branch point: its change is not part of this branch's work.
    mustGit(root, ['checkout', '-q', 'main']);
    writeFileSync(join(root, 'docs/b/guide.fr-fr.md'), '# Guide\n\nAutre.\n');
    commitAll(root, 'on main');
    mustGit(root, ['checkout', '-q', 'work']);
    const r = await lint(root, ['--changed']);
    expect(r.code).toBe(0);
    expect(paths(r.files)).toEqual(['docs/a/guide.fi-fi.md']);
  });

  it('exits 0 quickly with a note when no guide changed, linting nothing', async () => {
    // A broken guide elsewhere in the tree proves the tree was not linted.
    const root = twoSets({ 'docs/b/guide.fr-fr.md': BROKEN });
    writeFileSync(join(root, 'README.txt'), 'changed\n');
    writeFileSync(join(root, 'notes.md'), '# not in the config files\n');
    commitAll(root);
    const r = await lint(root, ['--changed=main']);
    expect(r.code).toBe(0);
    expect(r.files).toEqual([]);
    expect(r.stderr).toMatch(/no guide changed since main .*nothing to lint/);
  });

  it('lints the remaining locales of a set when one is deleted, without crashing', async () => {
    const root = twoSets();
    rmSync(join(root, 'docs/a/guide.en-gb.md'));
    commitAll(root);
    const r = await lint(root, ['--changed=main', '--all-findings']);
    expect(r.code).toBe(0);
    expect(paths(r.files)).toEqual(['docs/a/guide.fi-fi.md', 'docs/a/guide.fr-fr.md']);
  });

  it('follows renames: the new path is linted with its new siblings', async () => {
    const root = twoSets();
    mkdirSync(join(root, 'docs/c'));
    renameSync(join(root, 'docs/b/guide.fi-fi.md'), join(root, 'docs/c/guide.fi-fi.md'));
    writeFileSync(join(root, 'docs/c/guide.fr-fr.md'), CLEAN);
    commitAll(root);
    const r = await lint(root, ['--changed=main', '--all-findings']);
    expect(paths(r.files)).toEqual(['docs/b/guide.fr-fr.md', 'docs/c/guide.fi-fi.md', 'docs/c/guide.fr-fr.md']);
  });

  it('applies the config: ignored files and files outside `files` are not linted', async () => {
    const root = repo({
      'guidelint.config.yaml': `${CONFIG}ignore: ["docs/skip/**"]\n`,
      'docs/a/guide.fr-fr.md': CLEAN,
      'docs/skip/guide.fr-fr.md': CLEAN,
    });
    writeFileSync(join(root, 'docs/skip/guide.fr-fr.md'), BROKEN);
    writeFileSync(join(root, 'other.md'), BROKEN);
    const r = await lint(root, ['--changed=main']);
    expect(r.code).toBe(0);
    expect(r.files).toEqual([]);
    expect(r.stderr).toContain('nothing to lint');
  });

  it('finds siblings in other folders when the locale is a folder ({locale}/**)', async () => {
    const root = repo({
      'guidelint.config.yaml': 'files: ["site/**/*.md"]\nlocales:\n  pattern: "{locale}/**"\n',
      'site/en/setup/mail.md': CLEAN,
      'site/fr/setup/mail.md': CLEAN,
      'site/fr/other.md': BROKEN,
    });
    writeFileSync(join(root, 'site/en/setup/mail.md'), '# Changed\n');
    const r = await lint(root, ['--changed=main', '--all-findings']);
    expect(r.code).toBe(0);
    expect(paths(r.files)).toEqual(['site/en/setup/mail.md', 'site/fr/setup/mail.md']);
  });

  it('keeps paths relative to the working directory when run from a subfolder', async () => {
    const root = twoSets();
    writeFileSync(join(root, 'docs/a/guide.fi-fi.md'), BROKEN);
    const r = await lint(join(root, 'docs'), ['--changed=main']);
    expect(r.code).toBe(1);
    expect(paths(r.files)).toEqual(['a/guide.fi-fi.md']);
  });

  it('restricts to the paths given on the command line', async () => {
    const root = twoSets();
    writeFileSync(join(root, 'docs/a/guide.fi-fi.md'), BROKEN);
    writeFileSync(join(root, 'docs/b/guide.fi-fi.md'), BROKEN);
    const r = await lint(root, ['--changed=main', 'docs/b']);
    expect(paths(r.files)).toEqual(['docs/b/guide.fi-fi.md']);
  });

  it('rejects an unknown REF and a folder outside git with exit 2', async () => {
    const root = twoSets();
    const bad = await lint(root, ['--changed=no-such-branch']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/`no-such-branch` is not a commit/);
    const plain = tempTree({ 'guide.fr-fr.md': CLEAN });
    roots.push(plain);
    // Spawned: the ceiling must reach the git that guidelint starts.
    const r = runCli(['--changed'], { cwd: plain, env: { GIT_CEILING_DIRECTORIES: plain.replace(/\/[^/]+$/, '') } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--changed needs a git repository/);
    expect(r.stderr).not.toMatch(/internal error|at .*\.js/);
  });

  it('rejects --changed with --staged', async () => {
    const root = twoSets();
    const r = await runIn(['--changed', '--staged'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('either --changed or --staged');
  });
});

describe('--staged', () => {
  it('lints the staged content, not the work tree', async () => {
    const root = twoSets();
    // Staged: broken. Work tree: fixed but not staged. The commit would hold the broken text.
    writeFileSync(join(root, 'docs/a/guide.fi-fi.md'), BROKEN);
    mustGit(root, ['add', 'docs/a/guide.fi-fi.md']);
    writeFileSync(join(root, 'docs/a/guide.fi-fi.md'), CLEAN);
    const r = await lint(root, ['--staged']);
    expect(r.code).toBe(1);
    expect(r.files.map((f) => [f.filePath, f.messages.map((m) => [m.ruleId, m.line])])).toEqual([['docs/a/guide.fi-fi.md', [['parse-error', 2]]]]);

    // And the reverse: a clean staged version passes whatever the work tree holds.
    writeFileSync(join(root, 'docs/a/guide.fi-fi.md'), CLEAN);
    mustGit(root, ['add', 'docs/a/guide.fi-fi.md']);
    writeFileSync(join(root, 'docs/a/guide.fi-fi.md'), BROKEN);
    const ok = await lint(root, ['--staged']);
    expect(ok.code).toBe(0);
  });

  it('leaves out siblings that are not in the index', async () => {
    const root = twoSets();
    writeFileSync(join(root, 'docs/a/guide.fi-fi.md'), '# Guide\n\nMuutettu.\n');
    writeFileSync(join(root, 'docs/a/guide.de-de.md'), BROKEN); // untracked: not part of the commit
    mustGit(root, ['add', 'docs/a/guide.fi-fi.md']);
    const r = await lint(root, ['--staged', '--all-findings']);
    expect(r.code).toBe(0);
    expect(paths(r.files)).toEqual(['docs/a/guide.en-gb.md', 'docs/a/guide.fi-fi.md', 'docs/a/guide.fr-fr.md']);
  });

  it('notes that nothing is staged and exits 0', async () => {
    const root = twoSets();
    const r = await lint(root, ['--staged']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/no guide staged/);
  });

  it('works before the first commit', async () => {
    const root = tempTree({ 'guidelint.config.yaml': CONFIG, 'docs/a/guide.fr-fr.md': BROKEN });
    roots.push(root);
    mustGit(root, ['init', '-q', '-b', 'main']);
    mustGit(root, ['add', '-A']);
    const r = await lint(root, ['--staged']);
    expect(r.code).toBe(1);
    expect(paths(r.files)).toEqual(['docs/a/guide.fr-fr.md']);
  });
});
