import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, removeTree, tempTree } from '../helpers/cli.js';
import { git, mustGit } from '../helpers/git.js';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(removeTree));

function commitAt(root: string, file: string, text: string, date: string): void {
  writeFileSync(join(root, file), text);
  mustGit(root, ['add', file]);
  const r = git(root, ['commit', '-q', '-m', `edit ${file}`], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  if (r.code !== 0) throw new Error(r.stderr);
}

describe('translation-stale from git history', () => {
  it('reports a translation whose last commit is older than its source’s, with how far behind', () => {
    const root = tempTree({ 'guidelint.config.yaml': 'locales:\n  pattern: guide.{locale}.md\n  source: fr-fr\n' });
    roots.push(root);
    mustGit(root, ['init', '-q', '-b', 'main']);
    commitAt(root, 'guide.de-de.md', '# Titel\n\nText.\n', '2021-01-10T10:00:00Z');
    commitAt(root, 'guide.fr-fr.md', '# Titre\n\nTexte.\n', '2023-03-15T10:00:00Z');
    const r = runCli(['--rule', 'translation-stale', '--format', 'json'], { cwd: root });
    const de = (JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ messageId: string; data: Record<string, string> }> }>).find((f) => f.filePath === 'guide.de-de.md');
    expect(de?.messages.map((m) => m.messageId)).toEqual(['staleCommit']);
    expect(de?.messages[0].data).toMatchObject({ here: '2021-01-10', there: '2023-03-15', behind: '2 years 2 months' });
  });

  it('says nothing outside a git repository', () => {
    const root = tempTree({ 'guide.fr-fr.md': '# Titre\n', 'guide.de-de.md': '# Titel\n' });
    roots.push(root);
    const r = runCli(['--rule', 'translation-stale', '--format', 'json'], { cwd: root });
    expect((JSON.parse(r.stdout) as Array<{ messages: unknown[] }>).flatMap((f) => f.messages)).toEqual([]);
  });
});
