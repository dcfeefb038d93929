/**
 * Config, model, lexicon and front matter that would hang a run, exhaust
 * its memory or read outside the tree: each is a one-line message naming
 * the file and line (exit 2 for config problems), never a hang.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { tempTree, removeTree } from '../helpers/cli.js';
import { runIn } from '../helpers/main.js';
import { parseWorkers } from '../../src/cli/options.js';

let roots: string[] = [];
const tree = (files: Record<string, string>) => {
  const root = tempTree({ 'a.md': '# Title\n\nText.\n', ...files });
  roots.push(root);
  return root;
};
afterEach(() => {
  for (const r of roots) removeTree(r);
  roots = [];
});

const lint = (root: string, args: string[] = []) => runIn(args, { cwd: root });

describe('data files', () => {
  it('refuses a model that is a FIFO or a device instead of blocking or reading forever', async () => {
    const root = tree({ 'guidelint.config.yaml': 'model: model.yaml\n' });
    execFileSync('mkfifo', [join(root, 'model.yaml')]);
    const fifo = await lint(root);
    expect(fifo.code).toBe(2);
    expect(fifo.stderr).toMatch(/model\.yaml:1: is not a regular file/);
    writeFileSync(join(root, 'guidelint.config.yaml'), 'model: /dev/zero\n');
    const zero = await lint(root);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toMatch(/\/dev\/zero:1: is not a regular file/);
  });

  it('reports a YAML alias bomb at the line of its first alias', async () => {
    const level = (name: string, of: string) => `${name}: &${name} [${Array(9).fill(`*${of}`).join(', ')}]\n`;
    const bomb = `a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]\n${level('b', 'a')}${level('c', 'b')}${level('d', 'c')}${level('e', 'd')}`;
    const r = await lint(tree({ 'guidelint.config.yaml': bomb }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/guidelint\.config\.yaml:2: expands too many aliases/);
  });

  it('finds duplicate keys among 50,000 in one pass, at the line of the second one', async () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `  k${i}: 1\n`).join('');
    const model = `products:\n  demo:\n    endpoints: []\nextra:\n${keys}  k7: 2\n`;
    const r = await lint(tree({ 'guidelint.config.yaml': 'model: model.yaml\n', 'model.yaml': model }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/model\.yaml:50005:.*`k7` appears twice/);
  });

  it('refuses a locales.match that backtracks, and an invalid one, at its line', async () => {
    const unsafe = await lint(tree({ 'guidelint.config.yaml': 'files: ["*.md"]\nlocales:\n  match: "^(a+)+$"\n' }));
    expect(unsafe.code).toBe(2);
    expect(unsafe.stderr).toMatch(/guidelint\.config\.yaml:3: `locales\.match` can take exponential time/);
    const invalid = await lint(tree({ 'guidelint.config.yaml': 'locales:\n  match: "["\n' }));
    expect(invalid.stderr).toMatch(/guidelint\.config\.yaml:2: `locales\.match` is not a valid regular expression/);
  });

  it('names the config file as given and the line of a rule whose options are invalid', async () => {
    const r = await lint(tree({ 'guidelint.config.yaml': 'files: ["*.md"]\nrules:\n  guide-language: warn\n  guide-image: [error, { bogus: 1 }]\n' }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^guidelint: guidelint\.config\.yaml:4: `rules\.guide-image` has invalid options/);
  });

  it('refuses a lexicon path that is a file, at its line', async () => {
    const r = await lint(tree({ 'guidelint.config.yaml': 'lexicons:\n  - a.md\n' }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/guidelint\.config\.yaml:2: `lexicons\.0` names `a\.md`, which is a file/);
  });

  it('gives front matter keys named like object members their own line (valid SARIF)', async () => {
    const guide = '---\ntitle: T\ntoString: x\nconstructor: y\nslug: s\n---\n\n# T\n';
    const root = tree({
      'guidelint.config.yaml':
        'rules:\n  guide-frontmatter: [error, { schema: { type: object, additionalProperties: false, properties: { title: { type: string } } } }]\n',
      'g.md': guide,
    });
    const r = await lint(root, ['--format', 'sarif', 'g.md']);
    const results = JSON.parse(r.stdout).runs[0].results as Array<{ locations: Array<{ physicalLocation: { region: { startLine: unknown } } }> }>;
    expect(results.map((x) => x.locations[0].physicalLocation.region.startLine)).toEqual([3, 4, 5]);
  });

  it('keeps a cache under /proc from spinning (the run ends, the cache is only not written)', async () => {
    const r = await lint(tree({}), ['--cache', '--cache-location', '/proc/guidelint-cache', 'a.md']);
    expect(r.code).toBe(0);
  });
});

describe('files outside the tree', () => {
  it('refuses config patterns that leave the root, and links to files elsewhere', async () => {
    const outside = tempTree({ 'secret.md': '# Secret\n\npassword: hunter2 [x](#nowhere)\n' });
    roots.push(outside);
    const root = tree({ 'guidelint.config.yaml': `files: ["docs/**/*.md", "${outside}/*.md", "../*/secret.md"]\n`, 'docs/a.md': '# A\n\nText.\n' });
    symlinkSync(join(outside, 'secret.md'), join(root, 'docs/leak.md'));
    const r = await lint(root, ['--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/hunter2|nowhere/);
    const files = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ message: string }> }>;
    const messages = Object.fromEntries(files.map((f) => [f.filePath, f.messages.map((m) => m.message).join(' ')]));
    expect(messages['docs/leak.md']).toMatch(/outside the tree; it was not linted/);
    expect(messages[`${outside}/*.md`]).toMatch(/reaches outside the config root/);
    expect(messages['../*/secret.md']).toMatch(/reaches outside the config root/);
    expect(messages['docs/a.md']).toBe('');
  });

  it('lints them with --allow-outside-root', async () => {
    const outside = tempTree({ 'secret.md': '# Secret\n\n[x](#nowhere)\n' });
    roots.push(outside);
    const root = tree({ 'guidelint.config.yaml': 'files: ["docs/**/*.md"]\n', 'docs/a.md': '# A\n' });
    symlinkSync(join(outside, 'secret.md'), join(root, 'docs/leak.md'));
    const r = await lint(root, ['--format', 'json', '--allow-outside-root']);
    const leak = (JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>).find((f) => f.filePath === 'docs/leak.md');
    expect(leak?.messages.map((m) => m.ruleId)).toEqual(['guide-fragment-link']);
  });

  it('lints a file named on the command line even when it is a link out of the tree', async () => {
    const outside = tempTree({ 'other.md': '# Other\n\n[x](#nowhere)\n' });
    roots.push(outside);
    const root = tree({});
    symlinkSync(join(outside, 'other.md'), join(root, 'named.md'));
    const r = await lint(root, ['--format', 'json', 'named.md']);
    expect(JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['guide-fragment-link']);
  });
});

describe('--workers', () => {
  it('runs no more threads than cores (more would only add memory)', async () => {
    expect(parseWorkers(String(availableParallelism() + 30))).toBe(availableParallelism());
    expect(parseWorkers('1')).toBe(1);
    expect(parseWorkers('auto')).toBe('auto');
    const r = await lint(tree({}), ['--workers', String(availableParallelism() + 30), 'a.md']);
    expect(r.code).toBe(0);
  });
});
