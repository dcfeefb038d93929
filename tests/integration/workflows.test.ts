/**
 * The GitHub workflows and the composite action, read as YAML: safe
 * triggers, least privilege, actions pinned to commits, no expression
 * interpolated into a shell; and the action's script run for real.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO, removeTree, tempTree } from '../helpers/cli.js';

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; shell?: string; if?: string };
type Job = { permissions?: Record<string, string> | string; steps: Step[] };
type Workflow = { on: Record<string, unknown> | string | string[]; permissions?: Record<string, string> | string; jobs: Record<string, Job> };

const WORKFLOWS = join(REPO, '.github/workflows');
const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
const read = (path: string) => readFileSync(path, 'utf8');
const workflow = (name: string) => parse(read(join(WORKFLOWS, name))) as Workflow;
const action = parse(read(join(REPO, 'action.yml'))) as {
  inputs: Record<string, { default?: string; description: string }>;
  runs: { using: string; steps: Step[] };
};

function triggers(w: Workflow): string[] {
  if (typeof w.on === 'string') return [w.on];
  return Array.isArray(w.on) ? w.on : Object.keys(w.on);
}

/** Every step of every file, with where it came from. */
function allSteps(): Array<{ where: string; step: Step }> {
  const out = files.flatMap((f) => Object.entries(workflow(f).jobs).flatMap(([id, job]) => job.steps.map((step) => ({ where: `${f}#${id}`, step }))));
  return [...out, ...action.runs.steps.map((step) => ({ where: 'action.yml', step }))];
}

describe('workflows', () => {
  it('has the two workflows', () => {
    expect(files.sort()).toEqual(['ci.yml', 'lint-guides.yml']);
  });

  it('never uses pull_request_target or workflow_run (they run with write access on untrusted code)', () => {
    for (const f of files) {
      expect(triggers(workflow(f))).not.toContain('pull_request_target');
      expect(triggers(workflow(f))).not.toContain('workflow_run');
    }
    expect(triggers(workflow('ci.yml')).sort()).toEqual(['pull_request', 'push']);
    expect(triggers(workflow('lint-guides.yml'))).toEqual(['pull_request']);
  });

  it('grants read-only permissions, and security-events: write only to the job that uploads SARIF', () => {
    for (const f of files) {
      const w = workflow(f);
      expect(w.permissions, f).toEqual({ contents: 'read' });
      for (const [id, job] of Object.entries(w.jobs)) {
        const perms = job.permissions ?? {};
        expect(typeof perms, `${f}#${id}`).toBe('object');
        const uploads = job.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
        for (const [scope, level] of Object.entries(perms)) {
          if (scope === 'security-events' && uploads) expect(level).toBe('write');
          else expect(level, `${f}#${id} ${scope}`).toMatch(/^(read|none)$/);
        }
        if (uploads) expect(perms).toEqual({ contents: 'read', 'security-events': 'write' });
      }
    }
  });

  it('pins every action to a full commit SHA with a version comment', () => {
    const sources = [...files.map((f) => join(WORKFLOWS, f)), join(REPO, 'action.yml')];
    let count = 0;
    for (const path of sources) {
      for (const line of read(path).split('\n')) {
        const m = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
        if (!m) continue;
        count++;
        if (m[1].startsWith('./')) continue; // Same commit as the workflow.
        expect(m[1], path).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(m[2], `${path}: ${m[1]}`).toMatch(/^\s+# v\d+(\.\d+)*\s*$/);
      }
    }
    // The line scan and the parsed YAML agree on how many actions there are.
    expect(count).toBe(allSteps().filter(({ step }) => step.uses).length);
  });

  it('interpolates no expression into a shell command (values go through env:)', () => {
    for (const { where, step } of allSteps()) {
      if (step.run !== undefined) expect(step.run, where).not.toMatch(/\$\{\{/);
    }
  });

  it('lints the changed guides of a pull request: annotations, summary, SARIF upload', () => {
    const w = workflow('lint-guides.yml');
    const steps = Object.values(w.jobs).flatMap((j) => j.steps);
    for (const s of steps.filter((s) => s.uses?.startsWith('actions/checkout@'))) {
      expect(s.with?.['fetch-depth']).toBe(0);
      expect(s.with?.['persist-credentials']).toBe(false);
    }
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('--changed="origin/$BASE_REF" --format github --summary "$GITHUB_STEP_SUMMARY"');
    expect(runs).toContain('--format sarif -o guidelint.sarif');
    const lintSteps = steps.filter((s) => s.run?.includes('$BASE_REF'));
    for (const s of lintSteps) expect(s.env?.BASE_REF).toBe('${{ github.base_ref }}');
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.with?.sarif_file).toBe('guidelint.sarif');
  });

  it('runs typecheck and tests in CI', () => {
    const runs = Object.values(workflow('ci.yml').jobs)
      .flatMap((j) => j.steps)
      .map((s) => s.run ?? '');
    expect(runs).toEqual(expect.arrayContaining(['npm ci', 'npm run typecheck', 'npm test']));
  });
});

describe('action.yml', () => {
  it('is a composite action with the documented inputs', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual(['args', 'format', 'node-version', 'sarif-file', 'summary', 'working-directory']);
    for (const step of action.runs.steps) if (step.run) expect(step.shell).toBe('bash');
    expect(action.inputs.format.default).toBe('github');
  });

  const script = join(REPO, 'scripts/github-action.sh');

  function runAction(cwd: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
    const env: Record<string, string> = { ...(process.env as Record<string, string>), CI: '1', NO_COLOR: '1', GITHUB_ACTION_PATH: REPO };
    const step = action.runs.steps.find((s) => s.run?.includes('github-action.sh'));
    // Feed the inputs the way the runner does: through the step's env mapping.
    for (const [name, value] of Object.entries(step?.env ?? {})) {
      const input = /inputs\.([\w-]+)/.exec(value)?.[1] ?? '';
      env[name] = inputs[input] ?? action.inputs[input]?.default ?? '';
    }
    const r = spawnSync('bash', [script], { cwd, encoding: 'utf8', env: { ...env, ...extraEnv } });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  }

  it('runs guidelint with the inputs, never through a shell, and writes SARIF and summary', () => {
    const root = tempTree({
      'docs/guide.fr-fr.md': '---\ntitle: "unclosed\n---\n# T\n',
      'summary.md': '',
    });
    try {
      const r = runAction(
        root,
        {
          args: 'docs/guide.fr-fr.md   $(touch pwned2)\n`touch pwned3`',
          'sarif-file': 'out/guidelint.sarif',
        },
        { GITHUB_STEP_SUMMARY: join(root, 'summary.md') },
      );
      // `$(touch…)` and backticks reach guidelint as literal (missing) paths: reported, never executed.
      expect(existsSync(join(root, 'pwned2'))).toBe(false);
      expect(existsSync(join(root, 'pwned3'))).toBe(false);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^::error file=docs\/guide\.fr-fr\.md,line=2,/m);
      expect(r.stdout).toContain('::error file=$(touch,');
      expect(r.stdout).toContain('::error file=`touch,');
      const sarif = JSON.parse(readFileSync(join(root, 'out/guidelint.sarif'), 'utf8')) as { version: string; runs: Array<{ results: unknown[] }> };
      expect(sarif.version).toBe('2.1.0');
      expect(sarif.runs[0].results.length).toBeGreaterThan(0);
      expect(readFileSync(join(root, 'summary.md'), 'utf8')).toContain('## guidelint');
    } finally {
      removeTree(root);
    }
  });

  it('exits 0 on a clean tree and 2 on a bad flag', () => {
    const root = tempTree({ 'docs/guide.fr-fr.md': '# T\n' });
    try {
      expect(runAction(root, { args: 'docs' }).code).toBe(0);
      const bad = runAction(root, { args: '--no-such-flag' });
      expect(bad.code).toBe(2);
    } finally {
      removeTree(root);
    }
  });
});
