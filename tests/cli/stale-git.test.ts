import { afterEach, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { removeTree, runCli, tempTree } from '../helpers/cli.js';
import { runIn } from '../helpers/main.js';
import { git, mustGit } from '../helpers/git.js';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(removeTree));

function commitAt(root: string, file: string, text: string, date: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
  mustGit(root, ['add', file]);
  const r = git(root, ['commit', '-q', '-m', `edit ${file}`], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  if (r.code !== 0) throw new Error(r.stderr);
}

/** An empty git repository with a config whose source locale is fr-fr. */
function repository(): string {
  const root = tempTree({ 'guidelint.config.yaml': 'locales:\n  pattern: guide.{locale}.md\n  source: fr-fr\n' });
  roots.push(root);
  mustGit(root, ['init', '-q', '-b', 'main']);
  return root;
}

describe('translation-stale from git history', () => {
  it('reports a translation whose last commit is older than its source’s, with how far behind', async () => {
    const root = repository();
    commitAt(root, 'guide.de-de.md', '# Titel\n\nText.\n', '2021-01-10T10:00:00Z');
    commitAt(root, 'guide.fr-fr.md', '# Titre\n\nTexte.\n', '2023-03-15T10:00:00Z');
    const r = await runIn(['--rule', 'translation-stale', '--format', 'json'], { cwd: root });
    const de = (JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ messageId: string; data: Record<string, string> }> }>).find(
      (f) => f.filePath === 'guide.de-de.md',
    );
    expect(de?.messages.map((m) => m.messageId)).toEqual(['staleCommit']);
    expect(de?.messages[0].data).toMatchObject({ here: '2021-01-10', there: '2023-03-15', behind: '2 years 2 months' });
  });

  it('reads the dates of the touched set alone with --changed, and still reports the stale translation', async () => {
    const root = repository();
    commitAt(root, 'a/guide.de-de.md', '# Titel\n\nText.\n', '2021-01-10T10:00:00Z');
    commitAt(root, 'a/guide.fr-fr.md', '# Titre\n\nTexte.\n', '2023-03-15T10:00:00Z');
    commitAt(root, 'b [x]/guide.de-de.md', '# Titel\n', '2020-01-10T10:00:00Z');
    commitAt(root, 'b [x]/guide.fr-fr.md', '# Titre\n', '2024-01-10T10:00:00Z');
    // The French source of set `b [x]` is edited (not committed): that set is linted, set a is not. Its brackets must be read literally, not as a glob.
    writeFileSync(join(root, 'b [x]/guide.fr-fr.md'), '# Titre\n\nTexte revu.\n');
    const r = await runIn(['--changed=HEAD', '--all-findings', '--rule', 'translation-stale', '--format', 'json'], { cwd: root });
    const files = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ messageId: string; data: Record<string, string> }> }>;
    expect(files.map((f) => f.filePath).sort()).toEqual(['b [x]/guide.de-de.md', 'b [x]/guide.fr-fr.md']);
    expect(files.find((f) => f.filePath === 'b [x]/guide.de-de.md')?.messages[0]?.data).toMatchObject({ here: '2020-01-10', there: '2024-01-10' });
  });

  /**
   * A `git` first on the PATH whose `log` prints the real log (or nothing)
   * and then hangs, as a very long history would: a run that waited for
   * the whole log would hang with it.
   */
  // These two spawn the binary: the PATH they set must reach the git that the engine starts.
  function slowGit(printLog: boolean): Record<string, string> {
    const real = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
    const bin = tempTree({});
    roots.push(bin);
    const script = ['#!/bin/sh', `if [ "$1" = "log" ]; then ${printLog ? `"${real}" "$@";` : ''} exec sleep 120; fi`, `exec "${real}" "$@"`, ''].join('\n');
    writeFileSync(join(bin, 'git'), script);
    chmodSync(join(bin, 'git'), 0o755);
    return { PATH: `${bin}:${process.env.PATH ?? ''}` };
  }

  it('stops reading the history once the files without a date have theirs', { timeout: 60_000 }, async () => {
    const root = repository();
    commitAt(root, 'guide.de-de.md', '# Titel\n\nText.\n', '2021-01-10T10:00:00Z');
    commitAt(root, 'guide.fr-fr.md', '# Titre\n\nTexte.\n', '2023-03-15T10:00:00Z');
    const r = runCli(['--rule', 'translation-stale', '--format', 'json'], { cwd: root, env: slowGit(true) });
    const de = (JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ messageId: string; data: Record<string, string> }> }>).find(
      (f) => f.filePath === 'guide.de-de.md',
    );
    expect(de?.messages.map((m) => m.messageId)).toEqual(['staleCommit']);
    expect(de?.messages[0].data).toMatchObject({ here: '2021-01-10', there: '2023-03-15' });
  });

  it('does not wait for the history when every guide carries its own date', { timeout: 60_000 }, async () => {
    const root = repository();
    commitAt(root, 'guide.de-de.md', '---\nupdated: 2021-01-10\n---\n# Titel\n', '2021-01-10T10:00:00Z');
    commitAt(root, 'guide.fr-fr.md', '---\nupdated: 2023-03-15\n---\n# Titre\n', '2023-03-15T10:00:00Z');
    const r = runCli(['--rule', 'translation-stale', '--format', 'json'], { cwd: root, env: slowGit(false) });
    const de = (JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ messageId: string }> }>).find((f) => f.filePath === 'guide.de-de.md');
    expect(de?.messages.map((m) => m.messageId)).toEqual(['stale']);
  });

  it('says nothing outside a git repository', async () => {
    const root = tempTree({ 'guide.fr-fr.md': '# Titre\n', 'guide.de-de.md': '# Titel\n' });
    roots.push(root);
    const r = await runIn(['--rule', 'translation-stale', '--format', 'json'], { cwd: root });
    expect((JSON.parse(r.stdout) as Array<{ messages: unknown[] }>).flatMap((f) => f.messages)).toEqual([]);
  });
});
