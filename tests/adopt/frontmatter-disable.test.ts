/**
 * Front matter findings can be silenced (issue 17): a comment cannot come
 * before front matter, so the `guidelint-disable` front matter key turns
 * rules off for the whole file, file rules and set rules alike.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { removeTree, tempTree } from '../helpers/cli.js';
import { runMain } from '../helpers/main.js';

const CONFIG = `files: ["docs/**/*.md"]
locales:
  pattern: guide.{locale}.md
  source: fr-fr
frontmatter:
  identical: [legacy]
rules:
  guide-frontmatter:
    - error
    - schema:
        type: object
        additionalProperties: false
        required: [title]
        properties:
          title: { type: string }
          legacy: { type: integer }
`;

const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

interface JsonFile {
  filePath: string;
  messages: Array<{ ruleId: string; line: number; message: string }>;
}

async function lint(fi: string): Promise<{ code: number; fi: JsonFile['messages'] }> {
  const root = tempTree({
    'guidelint.config.yaml': CONFIG,
    'docs/guide.fr-fr.md': '---\ntitle: Guide\nlegacy: 1300\n---\n# Guide\n',
    'docs/guide.fi-fi.md': fi,
  });
  roots.push(root);
  const r = await runMain(['--format', 'json'], root);
  const files = JSON.parse(r.stdout) as JsonFile[];
  return { code: r.code, fi: files.find((f) => f.filePath === 'docs/guide.fi-fi.md')?.messages ?? [] };
}

// No title (guide-frontmatter) and another legacy number than the source (translation-frontmatter, a set rule).
const BAD = (extra: string) => `---\nlegacy: 1301\n${extra}---\n# Opas\n\nTeksti [](https://example.com/).\n`;

describe('guidelint-disable in front matter', () => {
  it('without it, both front matter rules report (the findings a comment cannot reach)', async () => {
    const { fi } = await lint(BAD(''));
    expect(fi.map((m) => m.ruleId).sort()).toEqual(['guide-empty-link', 'guide-frontmatter', 'translation-frontmatter']);
  });

  it('a list of rule ids turns those rules off in this file, set rules included; other rules still report', async () => {
    const { fi } = await lint(BAD('guidelint-disable: [guide-frontmatter, translation-frontmatter]\n'));
    expect(fi.map((m) => m.ruleId)).toEqual(['guide-empty-link']);
  });

  it('true turns every rule off in this file; the key itself is not an unknown key for the schema', async () => {
    const { code, fi } = await lint(BAD('guidelint-disable: true\n'));
    expect(fi).toEqual([]);
    expect(code).toBe(0);
    const one = await lint('---\ntitle: Opas\nlegacy: 1300\nguidelint-disable: guide-empty-link\n---\n# Opas\n\n[](https://example.com/)\n');
    expect(one.fi).toEqual([]);
  });

  it('an unknown rule id is a warning on the key’s line, with a suggestion', async () => {
    const { fi } = await lint(BAD('guidelint-disable: [guide-frontmater]\n'));
    const known = fi.find((m) => m.ruleId === 'known');
    expect(known?.line).toBe(3);
    expect(known?.message).toBe("Cannot disable `'guide-frontmater'`, it’s not known; did you mean `guide-frontmatter`?");
  });
});
