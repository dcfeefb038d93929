import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { tempTree, removeTree, REPO } from '../helpers/cli.js';
import type { Io } from '../../src/cli/io.js';

let root: string;
// The built CLI: the worker pool runs dist/src/engine/worker.js.
let main: (io: Io) => Promise<number>;

beforeAll(async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 260; i++) files[`docs/page-${i}.md`] = `# Page ${i}\n\nText.\n`;
  root = tempTree(files);
  ({ main } = (await import(join(REPO, 'dist/src/cli/main.js'))) as { main: typeof main });
});
afterAll(() => removeTree(root));

async function lint(argv: string[], tty: boolean): Promise<string> {
  let err = '';
  const io: Io = {
    argv,
    cwd: root,
    stdout: { write: () => true, isTTY: false },
    stderr: { write: (t: string) => ((err += t), true), isTTY: tty },
    env: {},
  };
  await main(io);
  return err;
}

describe('progress line', () => {
  it('counts files up to the total on a terminal, with the worker pool', async () => {
    const err = await lint(['--workers', '2'], true);
    expect(err).toContain('guidelint: 260/260 files');
    // The line is erased at the end, so the report starts on a clean line.
    expect(err.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('is silent when stderr is not a terminal, or with --quiet', async () => {
    expect(await lint(['--workers', '2'], false)).toBe('');
    expect(await lint(['--workers', '2', '--quiet'], true)).toBe('');
  });
});
