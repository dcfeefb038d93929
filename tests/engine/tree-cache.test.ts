/**
 * Tree rules (guide-link) with `--cache`: a file whose outcome is reused
 * keeps what the tree rules need in the cache, so its summary is not
 * decoded, and the links between files are still judged on the current
 * content of both ends.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { join } from 'node:path';
import { run, type RunResult } from '../../src/index.js';
import { removeTree, tempTree } from '../helpers/cli.js';

let root: string;
const lint = (): Promise<RunResult> =>
  run({ cwd: root, cache: true, cacheLocation: join(root, '.cache-here'), workers: 0, slimSummaries: true, only: ['guide-link'] });
const links = (r: RunResult): string[] =>
  r.results.flatMap((f) =>
    f.messages.filter((m) => m.ruleId === 'guide-link').map((m) => `${f.path}:${m.range.start.line} ${m.messageId} ${String(m.data?.fragment ?? m.data?.url)}`),
  );

function age(...paths: string[]): void {
  const past = new Date(Date.now() - 60_000);
  for (const p of paths) utimesSync(join(root, p), past, past);
}

beforeEach(() => {
  root = tempTree({
    'guidelint.config.yaml': 'files: ["docs/**/*.md"]\nlocales:\n  pattern: guide.{locale}.md\n  source: en-gb\n',
    'docs/a/guide.en-gb.md': '# Alpha\n\nSee [Beta setup](../b/guide.en-gb.md#setup) and [gone](../c/guide.en-gb.md).\n',
    'docs/b/guide.en-gb.md': '# Beta\n\n## Setup\n',
  });
  age('docs/a/guide.en-gb.md', 'docs/b/guide.en-gb.md');
});
afterEach(() => removeTree(root));

describe('guide-link with --cache', () => {
  it('reuses stored tree data without decoding summaries, and sees a change to the target', async () => {
    const cold = await lint();
    expect(links(cold)).toEqual(['docs/a/guide.en-gb.md:3 noFile ../c/guide.en-gb.md']);
    // Damage every stored summary: a warm run that decoded one would lose that file's links.
    const [name] = readdirSync(join(root, '.cache-here')).filter((f) => f.endsWith('.cache'));
    const file = join(root, '.cache-here', name);
    const blob = deserialize(readFileSync(file)) as { entries: Map<string, { summary: Uint8Array }> };
    for (const entry of blob.entries.values()) entry.summary = new Uint8Array([1, 2, 3]);
    writeFileSync(file, serialize(blob));
    const warm = await lint();
    expect(warm.cacheStats).toEqual({ hits: 2, misses: 0 });
    expect(links(warm)).toEqual(links(cold));
    // The target's heading is renamed: the linking file is a cache hit, its link is judged against the new heading.
    writeFileSync(join(root, 'docs/b/guide.en-gb.md'), '# Beta\n\n## Installation\n');
    age('docs/b/guide.en-gb.md');
    const changed = await lint();
    expect(changed.cacheStats).toEqual({ hits: 1, misses: 1 });
    expect(links(changed)).toEqual(['docs/a/guide.en-gb.md:3 noFragment #setup', 'docs/a/guide.en-gb.md:3 noFile ../c/guide.en-gb.md']);
  });
});

describe('guide-link on part of a site', () => {
  it('reports a route no page declares on a whole run, and stays silent on routes when most pages were not linted', async () => {
    const page = (route: string, body: string) => `---\ntitle: ${route}\nroutes:\n  default: '${route}'\n---\n${body}\n`;
    const files: Record<string, string> = {
      'guidelint.config.yaml': 'locales:\n  pattern: "{name}.{locale}.md"\n  default: en\n  source: en\nlinks:\n  site:\n    "/": pages/\n',
      'pages/a/a.md': page('/a', '[help](/help) [gone](/gone)'),
    };
    for (let i = 0; i < 12; i++) files[`pages/other/p${i}/p${i}.md`] = page(i === 0 ? '/help' : `/p${i}`, 'Text.');
    const tree = tempTree(files);
    try {
      const ids = (r: RunResult) =>
        r.results.flatMap((f) => f.messages.filter((m) => m.ruleId === 'guide-link').map((m) => `${f.path} ${m.messageId} ${String(m.data?.url)}`));
      expect(ids(await run({ cwd: tree, workers: 0, only: ['guide-link'], inputs: ['pages'] }))).toEqual(['pages/a/a.md noFile /gone']);
      expect(ids(await run({ cwd: tree, workers: 0, only: ['guide-link'], inputs: ['pages/a'] }))).toEqual([]);
    } finally {
      removeTree(tree);
    }
  });
});
