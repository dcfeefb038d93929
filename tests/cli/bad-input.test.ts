import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { tempTree, removeTree } from '../helpers/cli.js';
import { runIn, type MainResult } from '../helpers/main.js';

// Every kind of bad input gets a clear message on its own file; the good file is still linted.
describe('bad input never stops the run', () => {
  let root: string;
  let json: Array<{ filePath: string; messages: Array<{ ruleId: string; message: string; line: number; fatal?: boolean }> }>;
  let result: MainResult;

  beforeAll(async () => {
    const bigParagraph = 'Lorem ipsum dolor sit amet. '.repeat(200_000); // ≈ 5.6 MB
    root = tempTree({
      'good.md': '# Title\n\nA clean guide.\n',
      'empty.md': '',
      'bad-yaml.md': '---\ntitle: [unclosed\nslug: x\n---\n\n# Body\n',
      'binary.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0a, 0x1a]),
      'latin1.md': new Uint8Array([...Buffer.from('# Titre\n\nCaf'), 0xe9, ...Buffer.from(' noir\n')]),
      'huge.md': `# Huge\n\n${bigParagraph}\n`,
      'deep.md': `${'>'.repeat(20_000)} deep\n`,
      'long-line.md': `# Long\n\n${'x'.repeat(1_000_000)}\n`,
    });
    symlinkSync(join(root, 'missing-target.md'), join(root, 'dangling.md'));
    result = await runIn(['--format', 'json', '.'], { cwd: root });
    json = JSON.parse(result.stdout);
  });
  afterAll(() => removeTree(root));

  const messagesOf = (name: string) => json.find((f) => f.filePath === name)?.messages ?? [];

  it('exits 1 (errors) without a stack trace', async () => {
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(result.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('still lints the good and the empty file', async () => {
    expect(json.map((f) => f.filePath)).toEqual(expect.arrayContaining(['good.md', 'empty.md']));
    expect(messagesOf('good.md').filter((m) => m.fatal)).toEqual([]);
    expect(messagesOf('empty.md').filter((m) => m.fatal)).toEqual([]);
  });

  it('names the front matter YAML error with its line', async () => {
    const [m] = messagesOf('bad-yaml.md').filter((x) => x.ruleId === 'parse-error');
    expect(m.message).toMatch(/Front matter is not valid YAML/);
    expect(m.line).toBeGreaterThanOrEqual(2);
    expect(m.line).toBeLessThanOrEqual(4);
  });

  it('reports a binary file', async () => {
    expect(messagesOf('binary.md')[0].message).toMatch(/binary/);
  });

  it('reports invalid UTF-8 at its line', async () => {
    const [m] = messagesOf('latin1.md');
    expect(m.message).toMatch(/not valid UTF-8.*line 3/);
    expect(m.line).toBe(3);
  });

  it('reports a file over the size limit', async () => {
    expect(messagesOf('huge.md')[0].message).toMatch(/over the .* limit/);
  });

  it('survives 20,000 nested blockquote markers and a 1 MB line', async () => {
    for (const name of ['deep.md', 'long-line.md']) {
      expect(json.some((f) => f.filePath === name)).toBe(true);
      for (const m of messagesOf(name)) expect(m.message).not.toMatch(/internal error|crashed/);
    }
  });

  it('reports a dangling symbolic link', async () => {
    expect(messagesOf('dangling.md')[0].message).toMatch(/Broken symbolic link/);
  });
});
