/** `--print-config FILE`: the configuration that applies to one file, overrides applied (issue 17). */
import { afterAll, describe, expect, it } from 'vitest';
import { removeTree, tempTree } from '../helpers/cli.js';
import { runMain } from '../helpers/main.js';

const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

describe('--print-config FILE', () => {
  it('shows locale, set, source, product and rule severities after overrides', async () => {
    const root = tempTree({
      'guidelint.config.yaml': `files: ["docs/**/*.md"]
ignore: ["docs/drafts/**"]
locales:
  pattern: guide.{locale}.md
  source: fr-fr
rules:
  guide-language: warn
overrides:
  - files: "docs/nordic/**"
    source: fi-fi
    product: mail
    rules:
      guide-language: "off"
      guide-empty-link: warn
`,
    });
    roots.push(root);
    const r = await runMain(['--print-config', 'docs/nordic/guide.nl-nl.md'], root);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      file: string;
      config: string;
      linted: boolean;
      locale: string;
      set: string;
      source: string;
      product: string;
      rules: Record<string, unknown>;
    };
    expect(out).toMatchObject({
      file: 'docs/nordic/guide.nl-nl.md',
      config: 'guidelint.config.yaml',
      linted: true,
      locale: 'nl-nl',
      set: 'docs/nordic/guide.{locale}.md',
      source: 'fi-fi',
      product: 'mail',
    });
    expect(out.rules['guide-empty-link']).toBe('warn');
    expect(out.rules['guide-language']).toBeUndefined();

    const elsewhere = JSON.parse((await runMain(['--print-config', 'docs/mail/guide.nl-nl.md'], root)).stdout) as typeof out;
    expect(elsewhere).toMatchObject({ source: 'fr-fr', product: null, linted: true });
    expect(elsewhere.rules['guide-empty-link']).toBe('error');
    expect([elsewhere.rules['guide-language']].flat()[0]).toBe('warn');

    expect((JSON.parse((await runMain(['--print-config', 'docs/drafts/guide.fr-fr.md'], root)).stdout) as typeof out).linted).toBe(false);
    expect((JSON.parse((await runMain(['--print-config', 'notes/x.md'], root)).stdout) as typeof out).linted).toBe(false);
  });

  it('--rule with an unknown id suggests the rule meant', async () => {
    const root = tempTree({ 'a.md': '# A\n' });
    roots.push(root);
    const r = await runMain(['--rule', 'guide-empty-lnk', 'a.md'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('guidelint: --rule:1: `guide-empty-lnk` is not a known rule; did you mean `guide-empty-link`?\n');
  });
});
