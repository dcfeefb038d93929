/**
 * Findings where reviewers look (issue 17): with --changed/--staged, a
 * translation that no longer agrees with the edited source is also
 * reported on the source, inside the diff; --new-only with a baseline
 * leaves known findings out.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeTree, tempTree } from '../helpers/cli.js';
import { gitRepo, mustGit } from '../helpers/git.js';
import { runMain } from '../helpers/main.js';

const CONFIG = 'files: ["docs/**/*.md"]\nlocales:\n  pattern: guide.{locale}.md\n  source: fr-fr\n';
const table = (title: string, cols: string, port: number, security: string) =>
  `# ${title}\n\n## IMAP\n\n| ${cols} |\n|---|---|---|\n| imap.example.com | ${port} | ${security} |\n`;
const FR = (port: number, security: string) => table('Configurer', 'Serveur | Port | Sécurité', port, security);
const FI = table('Määritä', 'Palvelin | Portti | Suojaus', 993, 'SSL/TLS');
const NL = table('Instellen', 'Server | Poort | Beveiliging', 993, 'SSL/TLS');

const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

interface JsonFile {
  filePath: string;
  messages: Array<{ ruleId: string; line: number; message: string; severity: number }>;
}

function mailRepo(): string {
  const root = gitRepo({
    'guidelint.config.yaml': CONFIG,
    'docs/mail/guide.fr-fr.md': FR(993, 'SSL/TLS'),
    'docs/mail/guide.fi-fi.md': FI,
    'docs/mail/guide.nl-nl.md': NL,
  });
  roots.push(root);
  mustGit(root, ['checkout', '-q', '-b', 'work']);
  return root;
}

describe('set findings on the edited source', () => {
  for (const mode of ['--changed', '--staged'] as const) {
    it(`${mode}: the source edit that makes translations differ is reported on the source line, naming the translations`, async () => {
      const root = mailRepo();
      writeFileSync(join(root, 'docs/mail/guide.fr-fr.md'), FR(143, 'STARTTLS'));
      if (mode === '--staged') mustGit(root, ['add', '-A']);
      else mustGit(root, ['commit', '-qam', 'edit source']);
      const r = await runMain([...(mode === '--changed' ? ['--changed', 'main'] : ['--staged']), '--format', 'json'], root);
      expect(r.code).toBe(1);
      const files = JSON.parse(r.stdout) as JsonFile[];
      const source = files.find((f) => f.filePath === 'docs/mail/guide.fr-fr.md');
      const onSource = source?.messages.filter((m) => m.ruleId === 'translation-claims') ?? [];
      expect(onSource).toHaveLength(1);
      expect(onSource[0].line).toBe(7);
      expect(onSource[0].severity).toBe(2);
      expect(onSource[0].message).toMatch(
        /^Translations not updated with this change: `fi-fi` still configures IMAP on `imap\.example\.com:993` with SSL; `nl-nl` still configures .*993/,
      );
      // The translations keep their own findings.
      expect(files.find((f) => f.filePath === 'docs/mail/guide.fi-fi.md')?.messages.map((m) => m.ruleId)).toEqual(['translation-claims']);
    });
  }

  it('the github format annotates the source file, which is in the diff', async () => {
    const root = mailRepo();
    writeFileSync(join(root, 'docs/mail/guide.fr-fr.md'), FR(143, 'STARTTLS'));
    mustGit(root, ['commit', '-qam', 'edit source']);
    const r = await runMain(['--changed', 'main', '--format', 'github'], root);
    expect(r.stdout).toMatch(/^::error file=docs\/mail\/guide\.fr-fr\.md,line=7,.*title=guidelint\(translation-claims\)::Translations not updated/m);
  });

  it('a plain run (no --changed) reports the translations only, as before', async () => {
    const root = mailRepo();
    writeFileSync(join(root, 'docs/mail/guide.fr-fr.md'), FR(143, 'STARTTLS'));
    const r = await runMain(['--format', 'json'], root);
    const files = JSON.parse(r.stdout) as JsonFile[];
    expect(files.find((f) => f.filePath === 'docs/mail/guide.fr-fr.md')?.messages ?? []).toEqual([]);
  });
});

describe('--new-only with a baseline', () => {
  it('--write-baseline records today’s findings; --new-only reports only new ones, and their exit code', async () => {
    const root = tempTree({ 'docs/a.md': '# A\n\nSee [](https://example.com/).\n', 'docs/b.md': '# B\n\nFine.\n' });
    roots.push(root);
    const write = await runMain(['--write-baseline', '--baseline', 'ci/baseline.json', 'docs'], root);
    expect(write.code).toBe(0);
    expect(write.stderr).toBe('guidelint: wrote 1 finding to ci/baseline.json; --new-only will leave them out\n');
    const saved = JSON.parse(readFileSync(join(root, 'ci/baseline.json'), 'utf8')) as { version: number; findings: Array<{ path: string; ruleId: string }> };
    expect(saved.version).toBe(1);
    expect(saved.findings.map((f) => [f.path, f.ruleId])).toEqual([['docs/a.md', 'guide-empty-link']]);

    // Lines inserted above the old finding: still known.
    writeFileSync(join(root, 'docs/a.md'), '# A\n\nIntro.\n\nSee [](https://example.com/).\n');
    const old = await runMain(['--new-only', '--baseline', 'ci/baseline.json', 'docs'], root);
    expect(old.code).toBe(0);
    expect(old.stdout).toContain('no problems');
    expect(old.stderr).toBe('guidelint: 1 known finding from the baseline not reported\n');

    // A second, identical finding is new.
    writeFileSync(join(root, 'docs/a.md'), '# A\n\nIntro.\n\nSee [](https://example.com/).\n\nSee [](https://example.com/).\n');
    const added = await runMain(['--new-only', '--baseline', 'ci/baseline.json', '--format', 'json', 'docs'], root);
    expect(added.code).toBe(1);
    const [file] = (JSON.parse(added.stdout) as JsonFile[]).filter((f) => f.messages.length);
    expect(file.messages.map((m) => [m.ruleId, m.line])).toEqual([['guide-empty-link', 7]]);
  });

  it('--new-only without a baseline file is a usage error (exit 2), not a silent pass', async () => {
    const root = tempTree({ 'a.md': '# A\n' });
    roots.push(root);
    const r = await runMain(['--new-only', 'a.md'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('guidelint: no baseline at .guidelint-baseline.json; create it with --write-baseline\n');
  });
});
