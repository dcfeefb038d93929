/**
 * Messages that point the way (issue 17): did-you-mean for unknown flags,
 * commands, config keys and rule ids in lint comments; unknown bare words
 * are usage errors, not missing paths; YAML errors at their real line and
 * column in config and front matter.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { removeTree, tempTree } from '../helpers/cli.js';
import { runMain } from '../helpers/main.js';
import { closest, editDistance } from '../../src/suggest.js';

const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));
function tree(files: Record<string, string>): string {
  const root = tempTree(files);
  roots.push(root);
  return root;
}

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps', () => {
    expect(editDistance('changed', 'changed')).toBe(0);
    expect(editDistance('chnaged', 'changed')).toBe(1);
    expect(editDistance('rule', 'rules')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(closest('lint', ['sets', 'claims', 'rules', 'merge-sarif', 'init'])).toBeUndefined();
    expect(closest('format', ['fix', 'format', 'quiet'])).toBe('format');
  });
});

describe('did you mean', () => {
  it('an unknown flag', async () => {
    const r = await runMain(['--chnaged'], tree({}));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("guidelint: Unknown option '--chnaged'; did you mean `--changed`? Run `guidelint --help` for usage.\n");
    expect((await runMain(['--max-warning', '3'], tree({}))).stderr).toContain('did you mean `--max-warnings`?');
  });

  it('an unknown command: a usage error with a suggestion, not a missing file', async () => {
    const root = tree({ 'a.md': '# A\n' });
    const rule = await runMain(['rule'], root);
    expect(rule.code).toBe(2);
    expect(rule.stdout).toBe('');
    expect(rule.stderr).toBe(
      'guidelint: `rule` is not a command, file or folder; did you mean `guidelint rules`? (commands: sets, claims, rules, merge-sarif, terms, init; see guidelint --help)\n',
    );
    const lint = await runMain(['lint'], root);
    expect(lint.code).toBe(2);
    expect(lint.stderr).toContain('`lint` is not a command, file or folder (commands: sets, claims, rules, merge-sarif, terms, init');
    // A bare word that is a file or folder is still linted.
    const folder = tree({ 'guides/a.md': '# A\n' });
    expect((await runMain(['guides'], folder)).stdout).toContain('1 file checked');
  });

  it('a mistyped config key, top-level and nested', async () => {
    const top = await runMain([], tree({ 'guidelint.config.yaml': 'files: ["*.md"]\nlocale:\n  pattern: guide.{locale}.md\n', 'a.md': '# A\n' }));
    expect(top.code).toBe(2);
    expect(top.stderr).toBe('guidelint: guidelint.config.yaml:2: `locale` is not a known key; did you mean `locales`?\n');
    const nested = await runMain([], tree({ 'guidelint.config.yaml': 'files: ["*.md"]\nlocales:\n  patern: guide.{locale}.md\n', 'a.md': '# A\n' }));
    expect(nested.stderr).toBe('guidelint: guidelint.config.yaml:3: `locales.patern` is not a known key; did you mean `pattern`?\n');
  });

  it('a mistyped rule id in a lint comment', async () => {
    const r = await runMain(['--format', 'json', 'a.md'], tree({ 'a.md': '# A\n\n<!--lint disable guide-emtpy-link-->\n\nText.\n' }));
    const [file] = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; message: string }> }>;
    const known = file.messages.find((m) => m.ruleId === 'known');
    expect(known?.line).toBe(3);
    expect(known?.message).toMatch(/guide-emtpy-link.*; did you mean `guide-empty-link`\?$/);
  });
});

describe('YAML errors at their real place', () => {
  it('in the config: line and column of the unclosed quote, not line 1', async () => {
    const r = await runMain(
      [],
      tree({ 'guidelint.config.yaml': 'files: ["*.md"]\nlocales:\n  pattern: "guide.{locale}.md\n  source: fr-fr\n', 'a.md': '# A\n' }),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('guidelint: guidelint.config.yaml:3: is not valid YAML/JSON (column 12): Missing closing "quote\n');
  });

  it('in the config: an unclosed flow sequence on line 2', async () => {
    const r = await runMain([], tree({ 'guidelint.config.yaml': 'ignore: []\nfiles: ["*.md"\nlocales:\n  source: fr-fr\n', 'a.md': '# A\n' }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^guidelint: guidelint\.config\.yaml:[23]: is not valid YAML\/JSON \(column \d+\): /);
    expect(r.stderr).not.toMatch(/:1: /);
  });

  it('in front matter: the file line and column of the error', async () => {
    const root = tree({
      'quote.md': '---\ntitle: Guide\ndescription: "unclosed\nslug: x\n---\n# Guide\n',
      'flow.md': '---\ntitle: Guide\ntags: [a, b\nslug: x\n---\n# Guide\n',
    });
    const r = await runMain(['--format', 'json', '.'], root);
    const files = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number }> }>;
    const at = (name: string) => files.find((f) => f.filePath === name)!.messages.find((m) => m.ruleId === 'parse-error')!;
    expect([at('quote.md').line, at('quote.md').column]).toEqual([3, 14]);
    expect(at('flow.md').line).toBeGreaterThanOrEqual(3);
    expect(at('flow.md').line).toBeLessThanOrEqual(4);
  });
});
