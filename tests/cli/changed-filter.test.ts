/**
 * What --changed reports: findings on touched files, findings elsewhere
 * that point at a touched file, and translation findings in a set that
 * lost a file; everything with --all-findings.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scopeToChanges } from '../../src/cli/scope/changed.js';
import { createEnvironment } from '../../src/engine/environment.js';
import { registry } from '../../rules/index.js';
import type { FileResult, LintMessage } from '../../src/types.js';
import { removeTree } from '../helpers/cli.js';
import { gitRepo, mustGit } from '../helpers/git.js';

const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

function msg(ruleId: string, related?: string): LintMessage {
  const range = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
  return { ruleId, severity: 2, message: ruleId, range, ...(related ? { related: [{ path: related, range, message: 'there' }] } : {}) };
}

async function prepared(request: { base: string; allFindings?: boolean }) {
  const root = gitRepo({
    'guidelint.config.yaml': 'files: ["docs/**/*.md"]\nlocales:\n  pattern: guide.{locale}.md\n  source: fr-fr\n',
    'docs/a/guide.fr-fr.md': '# A\n',
    'docs/a/guide.fi-fi.md': '# A\n',
    'docs/b/guide.fr-fr.md': '# B\n',
    'docs/b/guide.fi-fi.md': '# B\n',
    'docs/c/guide.fr-fr.md': '# C\n',
  });
  roots.push(root);
  mustGit(root, ['checkout', '-q', '-b', 'work']);
  writeFileSync(join(root, 'docs/a/guide.fr-fr.md'), '# A changed\n');
  rmSync(join(root, 'docs/b/guide.fi-fi.md'));
  mustGit(root, ['add', '-A']);
  mustGit(root, ['commit', '-q', '-m', 'work']);
  const err: string[] = [];
  const setup = createEnvironment({ cwd: root, registry });
  const result = await scopeToChanges({ staged: false, ...request }, { cwd: root, registry }, setup.env.config, setup.rules, (line) => err.push(line));
  return { root, result, stderr: err.join('\n') };
}

const results: FileResult[] = [
  { path: 'docs/a/guide.fi-fi.md', messages: [msg('translation-claims', 'docs/a/guide.fr-fr.md'), msg('guide-old-problem')] },
  { path: 'docs/a/guide.fr-fr.md', messages: [msg('guide-new-problem')] },
  { path: 'docs/b/guide.fr-fr.md', messages: [msg('translation-missing'), msg('guide-old-problem')] },
];

describe('--changed report filter', () => {
  it('lints the touched set and the set that lost a locale, not the untouched one', async () => {
    const { result } = await prepared({ base: 'main' });
    expect(result.targets.map((t) => t.path).sort()).toEqual(['docs/a/guide.fi-fi.md', 'docs/a/guide.fr-fr.md', 'docs/b/guide.fr-fr.md']);
  });

  it('keeps what the change is responsible for', async () => {
    const { result } = await prepared({ base: 'main' });
    const kept = result.filter(results).map((r) => [r.path, r.messages.map((m) => m.ruleId)]);
    expect(kept).toEqual([
      ['docs/a/guide.fi-fi.md', ['translation-claims']],
      // The translation's disagreement is also reported on the edited source (mirror.ts).
      ['docs/a/guide.fr-fr.md', ['guide-new-problem', 'translation-claims']],
      ['docs/b/guide.fr-fr.md', ['translation-missing']],
    ]);
  });

  it('keeps everything with --all-findings', async () => {
    const { result } = await prepared({ base: 'main', allFindings: true });
    const kept = result.filter(results);
    expect(kept.map((r) => [r.path, r.messages.map((m) => m.ruleId)])).toEqual([
      ['docs/a/guide.fi-fi.md', ['translation-claims', 'guide-old-problem']],
      ['docs/a/guide.fr-fr.md', ['guide-new-problem', 'translation-claims']],
      ['docs/b/guide.fr-fr.md', ['translation-missing', 'guide-old-problem']],
    ]);
  });
});
