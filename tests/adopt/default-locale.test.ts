/**
 * `locales.default` keeps the default-locale file as the fallback
 * reference (issue 17): in a set without the configured source, the
 * original (`guide.md`, English by `default: en`) is the reference; it is
 * not outvoted by translations that agree with each other.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { removeTree, tempTree } from '../helpers/cli.js';
import { runMain } from '../helpers/main.js';

const CONFIG = 'files: ["docs/**/*.md"]\nlocales:\n  pattern: guide.{locale}.md\n  source: fr-fr\n  default: en\n';
const table = (title: string, cols: string, port: number, security: string) =>
  `# ${title}\n\n## IMAP\n\n| ${cols} |\n|---|---|---|\n| imap.example.com | ${port} | ${security} |\n`;

const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

describe('locales.default', () => {
  it('the default-locale original is the reference of a set without the source, even when outvoted', async () => {
    const root = tempTree({
      'guidelint.config.yaml': CONFIG,
      'docs/guide.md': table('Set up', 'Server | Port | Security', 993, 'SSL/TLS'),
      'docs/guide.fi.md': table('Määritä', 'Palvelin | Portti | Suojaus', 143, 'STARTTLS'),
      'docs/guide.nl.md': table('Instellen', 'Server | Poort | Beveiliging', 143, 'STARTTLS'),
    });
    roots.push(root);
    const sets = await runMain(['sets', '--format', 'json'], root);
    expect(JSON.parse(sets.stdout)).toEqual([
      { key: 'docs/guide.{locale}.md', reference: 'en', locales: ['en', 'fi', 'nl'], files: ['docs/guide.md', 'docs/guide.fi.md', 'docs/guide.nl.md'] },
    ]);
    const r = await runMain(['--format', 'json', '--rule', 'translation-claims'], root);
    const files = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    const flagged = files.filter((f) => f.messages.length).map((f) => f.filePath);
    // The translations differ from the original, not the other way round.
    expect(flagged).toEqual(['docs/guide.fi.md', 'docs/guide.nl.md']);
  });

  it('the configured source still wins where it exists', async () => {
    const root = tempTree({
      'guidelint.config.yaml': CONFIG,
      'docs/guide.md': table('Set up', 'Server | Port | Security', 993, 'SSL/TLS'),
      'docs/guide.fr-fr.md': table('Configurer', 'Serveur | Port | Sécurité', 143, 'STARTTLS'),
    });
    roots.push(root);
    const sets = await runMain(['sets', '--format', 'json'], root);
    expect((JSON.parse(sets.stdout) as Array<{ reference: string }>)[0].reference).toBe('fr-fr');
  });
});
