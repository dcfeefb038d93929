/** The published package runs nothing when installed, and packs its compiled code. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
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

describe('current Node.js lines (Node 20 reached end of life in April 2026)', () => {
  const yaml = (path: string) => parse(readFileSync(join(REPO, path), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  it('engines require Node 22 or later', () => {
    expect(pkg.engines.node).toBe('>=22');
  });

  it('CI tests on Node 22 and 24; the guide workflow and the action default run Node 24', () => {
    const ci = yaml('.github/workflows/ci.yml');
    expect(ci.jobs.test.strategy.matrix.node).toEqual([22, 24]);
    const setup = ci.jobs.test.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/setup-node@'));
    expect(setup.with['node-version']).toBe('${{ matrix.node }}');
    const guides = yaml('.github/workflows/lint-guides.yml');
    for (const job of Object.values(guides.jobs) as Array<{ steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown> }> }>) {
      expect(job.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(24);
      // No prepare script any more: the workflow builds dist/ before running bin/guidelint.js.
      const runs = job.steps.map((s) => s.run ?? '');
      expect(runs.findIndex((r) => r.startsWith('npm run build'))).toBeGreaterThan(runs.indexOf('npm ci'));
    }
    expect(yaml('action.yml').inputs['node-version'].default).toBe('24');
  });

  it('uses the current majors of the actions (whose runtime is node24), pinned by commit', () => {
    const text = ['.github/workflows/ci.yml', '.github/workflows/lint-guides.yml', 'action.yml', 'README.md']
      .map((p) => readFileSync(join(REPO, p), 'utf8'))
      .join('\n');
    const majors = new Map<string, Set<string>>();
    for (const m of text.matchAll(/uses: ([\w-]+\/[\w-]+)(?:\/[\w-]+)?@([0-9a-f]{40}) # v(\d+)/g)) {
      if (m[1] === 'guidelint/guidelint') continue;
      majors.set(m[1], (majors.get(m[1]) ?? new Set()).add(m[3]));
    }
    expect(Object.fromEntries([...majors].map(([k, v]) => [k, [...v]]))).toEqual({
      'actions/checkout': ['7'],
      'actions/setup-node': ['7'],
      'github/codeql-action': ['4'],
      'actions/upload-artifact': ['7'],
      'actions/download-artifact': ['8'],
    });
    expect(text).not.toContain('<full commit SHA> # v4');
  });
});
