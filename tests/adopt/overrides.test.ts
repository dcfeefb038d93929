/**
 * `overrides:` in the config (issue 17): per-glob rule severities, and a
 * per-glob source locale, as ESLint and markdownlint-cli2 users expect.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { removeTree, tempTree } from '../helpers/cli.js';
import { runMain } from '../helpers/main.js';

const table = (title: string, cols: string, port: number, security: string) =>
  `# ${title}\n\n## IMAP\n\n| ${cols} |\n|---|---|---|\n| imap.example.com | ${port} | ${security} |\n`;
const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

interface JsonFile {
  filePath: string;
  messages: Array<{ ruleId: string; severity: number }>;
}
const byFile = (stdout: string) =>
  Object.fromEntries((JSON.parse(stdout) as JsonFile[]).map((f) => [f.filePath, f.messages.map((m) => `${m.ruleId}:${m.severity}`)]));

describe('overrides', () => {
  it('changes severities for matching files, later entries winning, and turns rules off', async () => {
    const root = tempTree({
      'guidelint.config.yaml': `files: ["docs/**/*.md"]
overrides:
  - files: "docs/legacy/**"
    rules:
      guide-empty-link: warn
  - files: ["docs/legacy/keep/**", "docs/archive/**"]
    rules:
      guide-empty-link: "off"
`,
      'docs/new.md': '# A\n\n[](https://example.com/)\n',
      'docs/legacy/old.md': '# A\n\n[](https://example.com/)\n',
      'docs/legacy/keep/older.md': '# A\n\n[](https://example.com/)\n',
      'docs/archive/x.md': '# A\n\n[](https://example.com/)\n',
    });
    roots.push(root);
    const r = await runMain(['--format', 'json'], root);
    expect(byFile(r.stdout)).toEqual({
      'docs/new.md': ['guide-empty-link:2'],
      'docs/legacy/old.md': ['guide-empty-link:1'],
      'docs/legacy/keep/older.md': [],
      'docs/archive/x.md': [],
    });
    expect(r.code).toBe(1);
  });

  it('sets the source locale of the sets under a glob', async () => {
    const root = tempTree({
      'guidelint.config.yaml':
        'files: ["docs/**/*.md"]\nlocales:\n  pattern: guide.{locale}.md\n  source: fr-fr\noverrides:\n  - files: "docs/nordic/**"\n    source: fi-fi\n',
      'docs/mail/guide.fr-fr.md': table('Configurer', 'Serveur | Port | Sécurité', 993, 'SSL/TLS'),
      'docs/mail/guide.fi-fi.md': table('Määritä', 'Palvelin | Portti | Suojaus', 993, 'SSL/TLS'),
      'docs/nordic/guide.fr-fr.md': table('Configurer', 'Serveur | Port | Sécurité', 993, 'SSL/TLS'),
      'docs/nordic/guide.fi-fi.md': table('Määritä', 'Palvelin | Portti | Suojaus', 143, 'STARTTLS'),
    });
    roots.push(root);
    const sets = JSON.parse((await runMain(['sets', '--format', 'json'], root)).stdout) as Array<{ key: string; reference: string }>;
    expect(sets.map((s) => [s.key, s.reference])).toEqual([
      ['docs/mail/guide.{locale}.md', 'fr-fr'],
      ['docs/nordic/guide.{locale}.md', 'fi-fi'],
    ]);
    // The French page of the Nordic set is the one that differs from its source.
    const r = await runMain(['--format', 'json', '--rule', 'translation-claims'], root);
    expect(
      Object.entries(byFile(r.stdout))
        .filter(([, m]) => m.length)
        .map(([f]) => f),
    ).toEqual(['docs/nordic/guide.fr-fr.md']);
  });

  it('an unknown rule id in an override is a config error with its line and a suggestion', async () => {
    const root = tempTree({ 'guidelint.config.yaml': 'overrides:\n  - files: "*.md"\n    rules:\n      guide-emptylink: "off"\n', 'a.md': '# A\n' });
    roots.push(root);
    const r = await runMain([], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'guidelint: guidelint.config.yaml:4: `overrides.0.rules.guide-emptylink` is not a known rule (did you mean `guide-empty-link`?); `guidelint rules` lists them\n',
    );
  });
});
