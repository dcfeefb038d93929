/**
 * Never green by accident (issue 17): `--changed REF` with a space is the
 * ref, a path filter that matches nothing is an error, and a glob that
 * matches no file exits 2 unless --no-error-on-unmatched-pattern.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeTree, tempTree } from '../helpers/cli.js';
import { gitRepo, mustGit } from '../helpers/git.js';
import { runMain } from '../helpers/main.js';

const CONFIG = 'files: ["docs/**/*.md"]\nlocales:\n  pattern: guide.{locale}.md\n  source: fr-fr\n';
const CLEAN = '# Guide\n\nText.\n';
const BROKEN = '---\ntitle: "unclosed\n---\n# Guide\n';

const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

/** main has two sets; branch `work` breaks docs/a's Finnish guide in a commit. */
function repoWithBrokenChange(): string {
  const root = gitRepo({
    'guidelint.config.yaml': CONFIG,
    'docs/a/guide.fr-fr.md': CLEAN,
    'docs/a/guide.fi-fi.md': CLEAN,
    'docs/b/guide.fr-fr.md': CLEAN,
  });
  roots.push(root);
  mustGit(root, ['checkout', '-q', '-b', 'work']);
  writeFileSync(join(root, 'docs/a/guide.fi-fi.md'), BROKEN);
  mustGit(root, ['commit', '-qam', 'break']);
  // A remote-tracking ref as in CI: refs/remotes/origin/main.
  mustGit(root, ['update-ref', 'refs/remotes/origin/main', 'main']);
  return root;
}

describe('--changed REF with a space', () => {
  it('takes a commit after --changed as the base, exactly like --changed=REF (the --help example)', async () => {
    const root = repoWithBrokenChange();
    const spaced = await runMain(['--changed', 'origin/main', '--format', 'json'], root);
    const joined = await runMain(['--changed=origin/main', '--format', 'json'], root);
    expect(joined.code).toBe(1);
    expect(spaced.code).toBe(1);
    expect(spaced.stdout).toBe(joined.stdout);
    expect(spaced.stdout).toContain('docs/a/guide.fi-fi.md');
    // The github format of the help text's example reports the error too.
    const github = await runMain(['--changed', 'origin/main', '--format', 'github'], root);
    expect(github.code).toBe(1);
    expect(github.stdout).toMatch(/^::error file=docs\/a\/guide\.fi-fi\.md,line=2/m);
  });

  it('still takes a path after bare --changed as a filter', async () => {
    const root = repoWithBrokenChange();
    // Base: the default branch (main); the filter keeps docs/a.
    const inA = await runMain(['--changed', 'docs/a', '--format', 'json'], root);
    expect(inA.code).toBe(1);
    expect(inA.stdout).toContain('docs/a/guide.fi-fi.md');
    const inB = await runMain(['--changed', 'docs/b'], root);
    expect(inB.code).toBe(0);
    expect(inB.stderr).toContain('no guide changed since main');
  });

  it('refuses a word that is neither a commit nor a path (exit 2), instead of linting nothing', async () => {
    const root = repoWithBrokenChange();
    const r = await runMain(['--changed', 'origin/mian'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`origin/mian` is neither a commit of this repository nor a file or folder');
  });

  it('refuses a word that is both a commit and a path, saying how to choose', async () => {
    const root = repoWithBrokenChange();
    mkdirSync(join(root, 'main'));
    const r = await runMain(['--changed', 'main'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('write --changed=main for the commit, or ./main for the path');
    expect((await runMain(['--changed=main', '--format', 'json'], root)).code).toBe(1);
  });

  it('errors on a --changed glob filter that matches no file', async () => {
    const root = repoWithBrokenChange();
    const r = await runMain(['--changed', 'documents/**/*.md'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no files matched `documents/**/*.md`');
    expect((await runMain(['--changed', 'documents/**/*.md', '--no-error-on-unmatched-pattern'], root)).code).toBe(0);
  });
});

describe('globs that match no file', () => {
  it('a config `files:` glob that matches nothing (a moved docs folder) exits 2 with "no files matched"', async () => {
    const root = tempTree({ 'guidelint.config.yaml': CONFIG, 'documentation/a/guide.fr-fr.md': CLEAN });
    roots.push(root);
    const r = await runMain([], root);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'guidelint: no files matched `docs/**/*.md` (files: in the config); check the path, or pass --no-error-on-unmatched-pattern to allow it\n',
    );
    const allowed = await runMain(['--no-error-on-unmatched-pattern'], root);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('0 files checked');
  });

  it('a command-line glob that matches nothing exits 2; one that matches lints', async () => {
    const root = tempTree({ 'guidelint.config.yaml': CONFIG, 'docs/a/guide.fr-fr.md': CLEAN });
    roots.push(root);
    const none = await runMain(['docs/**/*.fi-fi.md'], root);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no files matched `docs/**/*.fi-fi.md`');
    expect((await runMain(['docs/**/*.fi-fi.md', '--no-error-on-unmatched-pattern'], root)).code).toBe(0);
    const some = await runMain(['docs/**/*.fr-fr.md'], root);
    expect(some.code).toBe(0);
    expect(some.stdout).toContain('1 file checked');
  });

  it('a glob whose every match is ignored is unmatched too', async () => {
    const root = tempTree({ 'guidelint.config.yaml': `${CONFIG}ignore: ["docs/old/**"]\n`, 'docs/old/guide.fr-fr.md': CLEAN });
    roots.push(root);
    expect((await runMain([], root)).code).toBe(2);
  });
});
