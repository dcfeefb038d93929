/**
 * Discovery lints each real file once, whatever the links on the way: a
 * link to a guide beside it, and a tree reached through a linked folder.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempTree, removeTree } from '../helpers/cli.js';
import { runIn } from '../helpers/main.js';

const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

const linted = async (args: string[], cwd: string): Promise<string[]> =>
  (JSON.parse((await runIn([...args, '--format', 'json'], { cwd })).stdout) as Array<{ filePath: string }>).map((f) => f.filePath).sort();

describe('discovery and symbolic links', () => {
  it('lints a file reached by its own name and through a link once', async () => {
    const root = tempTree({ 'guide.md': '# Guide\n', 'other.md': '# Other\n' });
    roots.push(root);
    symlinkSync(join(root, 'guide.md'), join(root, 'alias.md'));
    const files = await linted(['.'], root);
    expect(files).toHaveLength(2);
    expect(files).toContain('other.md');
  });

  it('lints a tree reached through a linked folder, each file once, named as given', async () => {
    const root = tempTree({ 'docs/a.md': '# A\n', 'docs/sub/b.md': '# B\n' });
    roots.push(root);
    const outside = mkdtempSync(join(tmpdir(), 'guidelint-link-'));
    roots.push(outside);
    symlinkSync(join(root, 'docs'), join(outside, 'docs'));
    // The same files through the link and through their real folder: two inputs, two files.
    expect(await linted(['docs', join(root, 'docs')], outside)).toEqual(['docs/a.md', 'docs/sub/b.md']);
  });
});
