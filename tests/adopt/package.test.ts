/** The published package runs nothing when installed, and packs its compiled code. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../helpers/cli.js';

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string>; files: string[]; engines: { node: string } };

describe('package.json', () => {
  it('has no install-time script (npm warns consumers about them; prepare would build on every git install)', () => {
    for (const name of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts[name], name).toBeUndefined();
  });

  it('builds dist/ when packed, ships it, and builds before lint:guides and the tests in a clone', () => {
    expect(pkg.scripts.prepack).toMatch(/tsc -p tsconfig\.build\.json/);
    expect(pkg.files).toContain('dist');
    expect(pkg.scripts['lint:guides']).toMatch(/^npm run build/);
    expect(pkg.scripts.pretest).toMatch(/^npm run build/);
  });

  it('keeps npm pack quiet on standard output (pre-commit reads the tarball name there)', () => {
    expect(readFileSync(join(REPO, '.npmrc'), 'utf8')).toMatch(/^foreground-scripts=false$/m);
  });
});
