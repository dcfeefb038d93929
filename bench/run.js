/**
 * `npm run bench`: guidelint against remark-cli (+ preset-lint-recommended,
 * gfm, frontmatter) and markdownlint-cli2 (defaults) on the same trees, in
 * the same run, alternating, plus the single-process parse floor and
 * guidelint's cache (cold, then warm with nothing changed) and, on the
 * corpus trees (committed to a git repository first), `--changed` after
 * one guide was edited.
 *
 * Options (or environment):
 *   --copies N      size of the large tree, corpus copied N times (BENCH_COPIES, default 20; 0 skips it)
 *   --rounds N      rounds on the small trees (BENCH_ROUNDS, default 3; the large tree gets 1)
 *   --guides N      translation sets in the synthetic tree (default 200)
 *   --only NAME     run one tree (corpus-1x, ovh-synthetic, hostile, corpus-20x)
 *   --keep          keep the temporary trees
 *   --corpus DIR    the real corpus (BENCH_CORPUS, default ../shared/corpus beside the checkout)
 *   --skip ID       leave out a command (repeatable; e.g. remark-cli, which takes minutes on the large tree)
 *
 * Results are printed and written to bench/results/<date>.json (gitignored).
 */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measure, median } from './measure.js';
import { buildTrees } from './trees.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = dirname(here);

const { values: flags } = parseArgs({
  options: {
    copies: { type: 'string' },
    rounds: { type: 'string' },
    guides: { type: 'string' },
    only: { type: 'string' },
    keep: { type: 'boolean' },
    corpus: { type: 'string' },
    skip: { type: 'string', multiple: true },
  },
});
const skipped = new Set(flags.skip ?? []);
const copies = Number(flags.copies ?? process.env.BENCH_COPIES ?? 20);
const rounds = Number(flags.rounds ?? process.env.BENCH_ROUNDS ?? 3);
const guides = Number(flags.guides ?? 200);
const corpus = flags.corpus ?? process.env.BENCH_CORPUS ?? join(repo, '../shared/corpus');

if (!existsSync(join(repo, 'dist/rules/index.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first (`npm run bench` does).');
  process.exit(2);
}
if (!existsSync(corpus)) {
  console.error(`bench: no corpus at ${corpus} (set --corpus or BENCH_CORPUS)`);
  process.exit(2);
}
const { rules } = await import(join(repo, 'dist/rules/index.js'));

const bin = {
  guidelint: join(repo, 'bin/guidelint.js'),
  remark: join(repo, 'node_modules/remark-cli/cli.js'),
  markdownlint: join(repo, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'),
  floor: join(here, 'floor.js'),
};
const plugin = (name) => join(repo, 'node_modules', name, 'index.js');

/** Make the tree a git repository with everything committed (once), for `--changed`. */
function committed(root) {
  if (existsSync(join(root, '.git'))) return;
  const git = (...args) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@localhost', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'bench tree');
}

/** One guide edited (a sentence appended), as a writer's commit would; `git checkout` undoes it. */
function editOne(tree) {
  appendFileSync(join(tree.root, tree.sample), '\nA sentence added by the bench.\n');
}

/** The commands compared on one tree. `before` runs untimed just before the command, `cleanup` just after. */
function commands(tree, { workerVariants }) {
  const cache = join(tree.root, '..', `${tree.name}.cache`);
  const guidelint = (...args) => ['node', [bin.guidelint, '--no-color', ...args]];
  // Inputs that hang other tools: guidelint alone, on workers and on one thread.
  if (tree.hostile)
    return [
      { id: 'guidelint', cmd: guidelint() },
      { id: 'guidelint-workers-0', cmd: guidelint('--workers', '0') },
    ];
  const list = [
    { id: 'guidelint', cmd: guidelint() },
    {
      id: 'remark-cli',
      cmd: [
        'node',
        [
          bin.remark,
          '.',
          '--no-config',
          '--no-stdout',
          '--quiet',
          '--use',
          plugin('remark-frontmatter'),
          '--use',
          plugin('remark-gfm'),
          '--use',
          plugin('remark-preset-lint-recommended'),
        ],
      ],
    },
    { id: 'markdownlint-cli2', cmd: ['node', [bin.markdownlint, '**/*.md']] },
    { id: 'parse-floor', cmd: ['node', [bin.floor, tree.root, tree.glob]] },
    // Cold with the cache (writes it), then warm with nothing changed: always in this order.
    { id: 'guidelint-cache-cold', cmd: guidelint('--cache', '--cache-location', cache), before: () => rmSync(cache, { recursive: true, force: true }) },
    { id: 'guidelint-cache-warm', cmd: guidelint('--cache', '--cache-location', cache), after: 'guidelint-cache-cold' },
  ];
  // One file changed in a git tree, linted with --changed against HEAD (its translation set comes along).
  if (tree.sample) {
    list.push({
      id: 'guidelint-changed-1',
      cmd: guidelint('--changed=HEAD'),
      before: () => editOne(tree),
      cleanup: () => execFileSync('git', ['checkout', '-q', '--', tree.sample], { cwd: tree.root }),
    });
  }
  if (workerVariants) {
    list.push({ id: 'guidelint-workers-0', cmd: guidelint('--workers', '0') });
    list.push({ id: 'guidelint-workers-1', cmd: guidelint('--workers', '1') });
    list.push({ id: 'guidelint-workers-2', cmd: guidelint('--workers', '2') });
  }
  return list;
}

/** Rotate the order each round (so no command always runs first), keeping warm right after cold. */
function order(list, round) {
  const independent = list.filter((c) => !c.after);
  const rotated = independent.map((_, i) => independent[(i + round) % independent.length]);
  return rotated.flatMap((c) => [c, ...list.filter((d) => d.after === c.id)]);
}

const fmt = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

async function benchTree(tree, treeRounds, workerVariants) {
  // Trees with a sample guide are git repositories for every command (as real guide trees are), so --changed can run.
  if (tree.sample) committed(tree.root);
  const list = commands(tree, { workerVariants }).filter((c) => !skipped.has(c.id));
  const runs = Object.fromEntries(list.map((c) => [c.id, []]));
  for (let round = 0; round < treeRounds; round++) {
    for (const c of order(list, round)) {
      c.before?.();
      const m = await measure(c.cmd[0], c.cmd[1], { cwd: tree.root });
      c.cleanup?.();
      runs[c.id].push(m);
      process.stderr.write(`  ${tree.name} round ${round + 1}/${treeRounds} ${c.id.padEnd(22)} ${fmt(m.wall)} s  ${fmt(m.rssMb, 0)} MB  exit ${m.code}\n`);
      if (m.code > 1) process.stderr.write(`    ! ${c.id} exited ${m.code}: ${m.stderr}\n`);
    }
  }
  const figures = {};
  for (const [id, list2] of Object.entries(runs)) {
    const wall = median(list2.map((r) => r.wall));
    figures[id] = {
      wall,
      user: median(list2.map((r) => r.user)),
      sys: median(list2.map((r) => r.sys)),
      rssMb: Math.max(...list2.map((r) => r.rssMb)),
      filesPerSecond: tree.files / wall,
      exitCodes: [...new Set(list2.map((r) => r.code))],
      runs: list2.map((r) => r.wall),
      // Linters exit 1 on findings; the tail of stderr shows whether that is all it was.
      stderrTail: list2.find((r) => r.stderr)?.stderr,
    };
  }
  const g = figures.guidelint.wall;
  const wall = (id) => figures[id]?.wall ?? NaN;
  if (tree.hostile) return { tree: { name: tree.name, files: tree.files, megabytes: tree.bytes / 1048576 }, rounds: treeRounds, figures, ratios: {} };
  const ratios = {
    'guidelint / parse-floor': g / wall('parse-floor'),
    'guidelint / remark-cli': g / wall('remark-cli'),
    'guidelint / markdownlint-cli2': g / wall('markdownlint-cli2'),
    'cache warm / cold (no cache)': wall('guidelint-cache-warm') / g,
    'cache cold / cold (no cache)': wall('guidelint-cache-cold') / g,
  };
  if (figures['guidelint-changed-1']) ratios['one file changed, --changed (s)'] = figures['guidelint-changed-1'].wall;
  if (workerVariants) ratios['workers 2 / workers 1'] = wall('guidelint-workers-2') / wall('guidelint-workers-1');
  return { tree: { name: tree.name, files: tree.files, megabytes: tree.bytes / 1048576, drifts: tree.drifts }, rounds: treeRounds, figures, ratios };
}

function print(result) {
  const { tree, figures, ratios } = result;
  console.log(`\n## ${tree.name}: ${tree.files} files, ${fmt(tree.megabytes, 1)} MB (median of ${result.rounds} round${result.rounds > 1 ? 's' : ''})`);
  console.log(`${'command'.padEnd(24)} ${'wall s'.padStart(8)} ${'files/s'.padStart(9)} ${'user s'.padStart(8)} ${'peak MB'.padStart(8)}  exit`);
  for (const [id, f] of Object.entries(figures)) {
    console.log(
      `${id.padEnd(24)} ${fmt(f.wall).padStart(8)} ${fmt(f.filesPerSecond, 0).padStart(9)} ${fmt(f.user).padStart(8)} ${fmt(f.rssMb, 0).padStart(8)}  ${f.exitCodes.join(',')}`,
    );
  }
  for (const [name, value] of Object.entries(ratios)) console.log(`  ${name.padEnd(32)} ${fmt(value, 3)}`);
}

const work = mkdtempSync(join(tmpdir(), 'guidelint-bench-'));
const started = new Date();
console.log(`guidelint bench — ${started.toISOString()} — ${cpus().length} cores, ${Math.round(totalmem() / 1073741824)} GB, node ${process.version}`);
console.log(`trees in ${work}`);
let trees = buildTrees({ work, corpus, copies, rules, modelSource: join(repo, 'guides/ovh-model.yaml'), guides });
if (flags.only) trees = trees.filter((t) => t.name === flags.only);
const results = [];
try {
  for (const tree of trees) {
    const large = tree.name.startsWith('corpus-') && tree.name !== 'corpus-1x';
    const result = await benchTree(tree, large || tree.hostile ? 1 : rounds, tree.name === 'corpus-1x');
    print(result);
    results.push(result);
  }
} finally {
  if (!flags.keep) rmSync(work, { recursive: true, force: true });
}
const out = join(here, 'results', `${started.toISOString().replace(/[:.]/g, '-')}.json`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ date: started.toISOString(), cores: cpus().length, node: process.version, results }, null, 2) + '\n');
console.log(`\nresults written to ${out}`);
