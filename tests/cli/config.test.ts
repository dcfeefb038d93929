import { afterEach, describe, expect, it } from 'vitest';
import { tempTree, removeTree } from '../helpers/cli.js';
import { runIn } from '../helpers/main.js';

const roots: string[] = [];
function tree(files: Record<string, string>): string {
  const root = tempTree(files);
  roots.push(root);
  return root;
}
afterEach(() => roots.splice(0).forEach(removeTree));

describe('configuration', () => {
  it('rejects an unknown key with file, line and key (exit 2)', async () => {
    const root = tree({
      'guidelint.config.yaml': 'files:\n  - "**/*.md"\nlocale:\n  pattern: guide.{locale}.md\n',
      'a.md': '# A\n',
    });
    const r = await runIn([], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/guidelint\.config\.yaml:3: `locale` is not a known key/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the nested key and what was expected', async () => {
    const root = tree({ 'guidelint.config.yaml': 'rules:\n  guide-empty-link: loud\n' });
    const r = await runIn([], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/guidelint\.config\.yaml:2: `rules\.guide-empty-link`/);
  });

  it('reports broken YAML at its line', async () => {
    const root = tree({ 'guidelint.config.yaml': 'files:\n  - a.md\nignore: [\n' });
    const r = await runIn([], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/guidelint\.config\.yaml:\d+: is not valid YAML/);
  });

  it('rejects an unknown rule id', async () => {
    const root = tree({ 'guidelint.config.yaml': 'rules:\n  no-such-rule: error\n' });
    const r = await runIn([], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/`rules\.no-such-rule` is not a known rule/);
  });

  it('finds the config by walking up from a subfolder', async () => {
    const root = tree({ 'guidelint.config.yaml': 'files:\n  - docs/**/*.md\n', 'docs/sub/a.md': '# A\n', 'other/b.md': '# B\n' });
    const r = await runIn(['--format', 'json'], { cwd: `${root}/docs/sub` });
    expect(r.code).toBe(0);
    const files = (JSON.parse(r.stdout) as Array<{ filePath: string }>).map((f) => f.filePath);
    expect(files).toEqual(['a.md']);
  });

  it('uses --config and accepts JSON', async () => {
    const root = tree({ 'conf/lint.json': '{"files": ["../x/*.md"]}', 'x/a.md': '# A\n' });
    const r = await runIn(['--config', 'conf/lint.json', '--format', 'json'], { cwd: root });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].filePath).toBe('x/a.md');
  });

  it('works with no config at all', async () => {
    const root = tree({ 'docs/a.md': '# A\n\nText.\n', 'docs/a.fr.md': '# A\n\nTexte.\n' });
    const r = await runIn(['docs', '--format', 'json'], { cwd: root });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(2);
  });

  it('honours .guidelintignore and ignore:', async () => {
    const root = tree({
      'guidelint.config.yaml': 'ignore:\n  - drafts/\n',
      '.guidelintignore': '# generated\nbuild/**\n',
      'a.md': '# A\n',
      'drafts/b.md': '# B\n',
      'build/c.md': '# C\n',
    });
    const r = await runIn(['--format', 'json'], { cwd: root });
    expect((JSON.parse(r.stdout) as Array<{ filePath: string }>).map((f) => f.filePath)).toEqual(['a.md']);
  });

  it('exits 2 on an unknown flag or format', async () => {
    expect((await runIn(['--no-such-flag'])).code).toBe(2);
    const r = await runIn(['--format', 'xml', 'guides']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown format `xml`/);
  });

  it('documents every flag in --help', async () => {
    const r = await runIn(['--help']);
    expect(r.code).toBe(0);
    for (const flag of [
      '--config',
      '--format',
      '--output',
      '--max-warnings',
      '--fix',
      '--fix-dry-run',
      '--changed',
      '--staged',
      '--cache',
      '--quiet',
      '--rule',
    ]) {
      expect(r.stdout).toContain(flag);
    }
    expect(r.stdout).toMatch(/Examples:/);
  });
});
