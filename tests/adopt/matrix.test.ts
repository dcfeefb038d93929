/** `sets --matrix` fits the terminal and shows heading text, not Markdown (issue 17). */
import { afterAll, describe, expect, it } from 'vitest';
import { removeTree, tempTree } from '../helpers/cli.js';
import { runMain } from '../helpers/main.js';
import { headingText } from '../../src/translation/matrix.js';

const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

const LOCALES = ['fr-fr', 'fi-fi', 'nl-nl', 'de-de', 'pl-pl', 'es-es'];
const guide =
  '# Guide\n\n## [IMAP](https://example.com/imap) \\*settings\\*\n\n| Server | Port | Security |\n|---|---|---|\n| imap.example-with-a-long-name.com | 993 | SSL/TLS |\n';

function tree(): string {
  const files: Record<string, string> = { 'guidelint.config.yaml': 'files: ["docs/**/*.md"]\nlocales:\n  pattern: guide.{locale}.md\n  source: fr-fr\n' };
  for (const l of LOCALES) files[`docs/mail/guide.${l}.md`] = guide;
  const root = tempTree(files);
  roots.push(root);
  return root;
}

describe('sets --matrix', () => {
  it('fits a narrow terminal: no line wider than it, every locale still shown', async () => {
    const root = tree();
    const r = await runMain(['sets', '--matrix', '--no-color'], root, { stdout: undefined, env: { COLUMNS: '60' } });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('  '));
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(60);
    for (const l of LOCALES) expect(r.stdout).toContain(l);
    // Rows keep the line and the fact when the heading is shortened.
    expect(r.stdout).toMatch(/:7 unlabelled host/);
  });

  it('uses the terminal width of standard output', async () => {
    const root = tree();
    let out = '';
    const r = await runMain(['sets', '--matrix', '--no-color'], root, { stdout: { write: (t: string) => ((out += t), true), isTTY: true, columns: 50 } });
    expect(r.code).toBe(0);
    for (const line of out.split('\n')) expect(line.length, line).toBeLessThanOrEqual(50);
  });

  it('shows heading text, not link syntax or escapes', async () => {
    expect(headingText('[IMAP](https://example.com/imap) \\*settings\\*')).toBe('IMAP *settings*');
    const r = await runMain(['sets', '--matrix', '--no-color'], tree(), { env: { COLUMNS: '200' } });
    expect(r.stdout).toContain('IMAP settings:7');
    expect(r.stdout).not.toContain('](https://');
  });
});
