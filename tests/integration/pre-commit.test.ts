/**
 * Git hooks end to end, with real git in a temporary repository where
 * guidelint is "installed" (node_modules/guidelint → this package):
 * - the plain hook (scripts/pre-commit), installed as the README says,
 *   both by copying into .git/hooks and through core.hooksPath;
 * - the pre-commit framework with the hook exactly as published
 *   (.pre-commit-hooks.yaml, `language: node`: pre-commit clones this
 *   package, runs npm install, npm pack and npm install -g of the tarball).
 * A commit that introduces an error is refused and the output names the
 * file, line and rule; a clean commit passes; a commit of non-guide files
 * lints nothing.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readFileSync } from 'node:fs';
import { REPO, removeTree, runCli, tempTree } from '../helpers/cli.js';
import { git, gitRepo, mustGit } from '../helpers/git.js';

const CONFIG = 'files: ["docs/**/*.md"]\nlocales:\n  pattern: guide.{locale}.md\n  source: fr-fr\n';

/**
 * The error a commit introduces. Invalid front matter is reported by the
 * engine itself (`parse-error`), whatever rules are registered; an empty
 * link once the hygiene rule is registered; a wrong port once the claim
 * rules are.
 */
interface Scenario {
  content: string;
  line: number;
  rule: RegExp;
}

const FRONTMATTER_ERROR: Scenario = { content: '---\ntitle: "unclosed\n---\n# Configurer\n', line: 2, rule: /parse-error/ };

const registered = runCli(['rules']).stdout;
const scenarios: Array<[string, Scenario]> = [['invalid front matter', FRONTMATTER_ERROR]];
if (/\bguide-empty-link\b/.test(registered)) {
  scenarios.push(['an empty link', { content: '# Määritä\n\nKatso [](https://example.com).\n', line: 3, rule: /guide-empty-link/ }]);
}
// POP3 on 993 (the IMAP SSL port): the example the rule itself documents.
const WRONG_PORT: Scenario = {
  content: '# Määritä POP3\n\n- Saapuva palvelin: pop3.example.com\n- Protokolla: POP3\n- Portti: 993\n',
  line: 5,
  rule: /claim-port-protocol/,
};
if (/\bclaim-port-protocol\b/.test(registered)) {
  // The claim rules judge what the extractor reads; the hook test needs both (the extractor has its own tests).
  const probe = tempTree({ 'guide.fi-fi.md': WRONG_PORT.content });
  const claims = runCli(['claims', '--format', 'json', 'guide.fi-fi.md'], { cwd: probe });
  removeTree(probe);
  if (/"port": 993\b/.test(claims.stdout)) scenarios.push(['a wrong port', WRONG_PORT]);
  else console.warn('claim extraction does not read the wrong-port guide yet: the hook test uses the other scenarios only.');
}

const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

/** A docs repository with guidelint installed as a dependency would be, one guide committed. */
function docsRepo(): string {
  const root = gitRepo({
    'package.json': '{ "name": "docs", "private": true }\n',
    '.gitignore': 'node_modules/\n',
    'guidelint.config.yaml': CONFIG,
    'docs/mail/guide.fr-fr.md': '# Configurer\n\nTexte.\n',
    'docs/mail/guide.fi-fi.md': '# Määritä\n\nTeksti.\n',
    'README.txt': 'docs\n',
  });
  roots.push(root);
  mkdirSync(join(root, 'node_modules/.bin'), { recursive: true });
  symlinkSync(REPO, join(root, 'node_modules/guidelint'), 'dir');
  symlinkSync('../guidelint/bin/guidelint.js', join(root, 'node_modules/.bin/guidelint'));
  return root;
}

function commit(root: string, message: string) {
  const r = git(root, ['commit', '-m', message], { NO_COLOR: '1' });
  return { code: r.code, output: r.stdout + r.stderr };
}

const installs: Array<[string, (root: string) => void]> = [
  [
    'copied into .git/hooks',
    (root) => {
      // README: cp node_modules/guidelint/scripts/pre-commit .git/hooks/pre-commit
      copyFileSync(join(root, 'node_modules/guidelint/scripts/pre-commit'), join(root, '.git/hooks/pre-commit'));
      chmodSync(join(root, '.git/hooks/pre-commit'), 0o755);
    },
  ],
  [
    'through core.hooksPath',
    (root) => {
      // README: mkdir -p .githooks && cp node_modules/guidelint/scripts/pre-commit .githooks/ && git config core.hooksPath .githooks
      mkdirSync(join(root, '.githooks'));
      copyFileSync(join(root, 'node_modules/guidelint/scripts/pre-commit'), join(root, '.githooks/pre-commit'));
      mustGit(root, ['config', 'core.hooksPath', '.githooks']);
    },
  ],
];

describe.each(installs)('plain git hook %s', (_name, install) => {
  it.each(scenarios)('refuses a commit that introduces %s, naming file, line and rule', (_what, scenario) => {
    const root = docsRepo();
    install(root);
    writeFileSync(join(root, 'docs/mail/guide.fi-fi.md'), scenario.content);
    mustGit(root, ['add', 'docs/mail/guide.fi-fi.md']);
    const r = commit(root, 'bad');
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('docs/mail/guide.fi-fi.md');
    expect(r.output).toMatch(new RegExp(`\\b${scenario.line}:\\d+.*error`));
    expect(r.output).toMatch(scenario.rule);
    // Nothing was committed.
    expect(mustGit(root, ['log', '--format=%s'])).toBe('initial\n');
  });

  it('lets a clean commit through', () => {
    const root = docsRepo();
    install(root);
    writeFileSync(join(root, 'docs/mail/guide.fi-fi.md'), '# Määritä\n\nParempi teksti.\n');
    mustGit(root, ['add', '-A']);
    const r = commit(root, 'good');
    expect(r.code, r.output).toBe(0);
    expect(mustGit(root, ['log', '--format=%s'])).toBe('good\ninitial\n');
  });

  it('does not lint the tree when no guide is staged', () => {
    const root = docsRepo();
    install(root);
    // A broken guide already in the tree (committed without the hook) must not block unrelated commits.
    writeFileSync(join(root, 'docs/mail/guide.fr-fr.md'), FRONTMATTER_ERROR.content);
    mustGit(root, ['add', '-A']);
    mustGit(root, ['commit', '-q', '--no-verify', '-m', 'broken already']);
    writeFileSync(join(root, 'README.txt'), 'changed\n');
    mustGit(root, ['add', 'README.txt']);
    const r = commit(root, 'readme');
    expect(r.code, r.output).toBe(0);
    expect(r.output).toContain('no guide staged');
    expect(r.output).not.toContain('parse-error');
  });
});

/**
 * The pre-commit program. .ci/run installs it and sets
 * GUIDELINT_REQUIRE_PRE_COMMIT=1, so there a missing program fails the
 * suite; elsewhere the framework test skips, saying so.
 */
const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const hasPreCommit = preCommit.status === 0;
const required = process.env.GUIDELINT_REQUIRE_PRE_COMMIT === '1';
if (!hasPreCommit && !required) {
  console.warn('pre-commit is not installed: skipping the pre-commit framework test (apt-get install pre-commit to run it).');
}

describe.runIf(!hasPreCommit && required)('pre-commit framework, required', () => {
  it('is installed (GUIDELINT_REQUIRE_PRE_COMMIT=1)', () => {
    expect.fail(`pre-commit cannot be run (${preCommit.error?.message ?? preCommit.stderr}); .ci/run should have installed it`);
  });
});

/**
 * This package as a hook repository: its files as they are now (tracked
 * and new, not ignored: no dist/, no node_modules/) committed in a
 * temporary git repository, which pre-commit clones at that commit.
 */
function hookRepository(): { url: string; rev: string } {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO, encoding: 'utf8' }).stdout;
  const files: Record<string, Uint8Array> = {};
  for (const path of listed.split('\0').filter(Boolean)) {
    if (path.startsWith('tests/') || path.startsWith('bench/')) continue; // Not needed to build or run.
    try {
      files[path] = readFileSync(join(REPO, path));
    } catch {
      // Deleted in the work tree but still in the index.
    }
  }
  const url = gitRepo(files);
  roots.push(url);
  return { url, rev: mustGit(url, ['rev-parse', 'HEAD']).trim() };
}

describe.skipIf(!hasPreCommit)('pre-commit framework with the hook as published (.pre-commit-hooks.yaml, language: node)', () => {
  // One hook environment for the whole file: pre-commit runs npm install, npm pack and npm install -g once.
  const home = tempTree({});
  roots.push(home);
  const env = { PRE_COMMIT_HOME: home, PRE_COMMIT_COLOR: 'never' };

  function configFor(root: string, hooks: { url: string; rev: string }): void {
    // What the README tells users to write, with this package's repository and commit.
    const config = { repos: [{ repo: hooks.url, rev: hooks.rev, hooks: [{ id: 'guidelint' }] }] };
    writeFileSync(join(root, '.pre-commit-config.yaml'), stringify(config));
    mustGit(root, ['add', '.pre-commit-config.yaml']);
    mustGit(root, ['commit', '-q', '--no-verify', '-m', 'pre-commit config']);
    const install = spawnSync('pre-commit', ['install', '--install-hooks'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 600_000 });
    // The published hook installs: npm pack's standard output is the tarball's name alone.
    expect(install.status, `${install.stdout}\n${install.stderr}`).toBe(0);
  }

  it('installs, refuses a bad commit, passes a clean one, and skips when no Markdown is staged', () => {
    const root = docsRepo();
    // No local install: the hook must bring its own guidelint.
    removeTree(join(root, 'node_modules'));
    configFor(root, hookRepository());

    writeFileSync(join(root, 'docs/mail/guide.fi-fi.md'), FRONTMATTER_ERROR.content);
    mustGit(root, ['add', '-A']);
    const bad = git(root, ['commit', '-m', 'bad'], env);
    expect(bad.code).not.toBe(0);
    const output = bad.stdout + bad.stderr;
    expect(output).toMatch(/guidelint\.+Failed/);
    expect(output).toContain('docs/mail/guide.fi-fi.md');
    expect(output).toMatch(/2:8.*error.*parse-error/);

    writeFileSync(join(root, 'docs/mail/guide.fi-fi.md'), '# Määritä\n\nParempi.\n');
    mustGit(root, ['add', '-A']);
    const good = git(root, ['commit', '-m', 'good'], env);
    expect(good.code, good.stdout + good.stderr).toBe(0);
    expect(good.stdout + good.stderr).toMatch(/guidelint\.+Passed/);

    writeFileSync(join(root, 'README.txt'), 'changed\n');
    mustGit(root, ['add', 'README.txt']);
    const other = git(root, ['commit', '-m', 'readme'], env);
    expect(other.code).toBe(0);
    expect(other.stdout + other.stderr).toMatch(/guidelint\.+\(no files to check\)Skipped/);
  }, 900_000);
});
