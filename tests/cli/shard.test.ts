import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseShard, shardOf, inShard } from '../../src/engine/shard.js';
import { mergeSarif } from '../../src/cli/merge-sarif.js';
import { tempTree, removeTree } from '../helpers/cli.js';
import { runIn } from '../helpers/main.js';

interface Log {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; rules: Array<{ id: string }> } };
    results: Array<{ ruleId: string; ruleIndex?: number; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
  }>;
}

const uris = (log: Log): string[] =>
  log.runs.flatMap((r) => r.results.map((x) => `${x.ruleId} ${x.locations[0].physicalLocation.artifactLocation.uri}`)).sort();

describe('parseShard', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/3', { index: 2, count: 3 }],
    [' 3 / 3 ', { index: 3, count: 3 }],
  ])('reads %j', (text, shard) => expect(parseShard(text)).toEqual(shard));
  it.each(['0/2', '3/2', '1/0', '1', 'a/b', '-1/2', '1.5/2'])('rejects %j', (text) => expect(parseShard(text)).toBeUndefined());
});

describe('shardOf', () => {
  it('is stable and spreads keys over every shard', async () => {
    const keys = Array.from({ length: 400 }, (_, i) => `pages/web/emails/guide_${i}`);
    const counts = [0, 0, 0, 0];
    for (const k of keys) counts[shardOf(k, 4) - 1]++;
    for (const c of counts) expect(c).toBeGreaterThan(60);
    expect(shardOf('pages/a', 7)).toBe(shardOf('pages/a', 7));
  });
  it('keeps every item exactly once across the shards', async () => {
    const items = Array.from({ length: 50 }, (_, i) => `k${i % 17}`);
    const parts = [1, 2, 3].map((index) => inShard(items, { index, count: 3 }, (x) => x));
    expect(parts.flat().sort()).toEqual([...items].sort());
  });
});

describe('--shard and merge-sarif', () => {
  let root: string;
  const guides = 12;
  beforeAll(async () => {
    const files: Record<string, string> = { 'guidelint.config.yaml': 'files: ["pages/**/*.md"]\nlocales:\n  pattern: guide.{locale}.md\n  source: en-gb\n' };
    for (let g = 0; g < guides; g++) {
      for (const locale of ['en-gb', 'fr-fr', 'de-de']) {
        // Every file has a finding (a missing image), so every file shows in the report.
        files[`pages/g${g}/guide.${locale}.md`] = `# Guide ${g}\n\n![x](missing-${g}.png)\n`;
      }
    }
    root = tempTree(files);
  });
  afterAll(() => removeTree(root));

  it('splits the files over the shards with whole translation sets, and the merged report equals an unsharded one', async () => {
    const whole = await runIn(['--format', 'sarif', '-o', 'whole.sarif'], { cwd: root });
    expect(whole.code).toBe(1);
    const shards: Log[] = [];
    for (const i of [1, 2, 3]) {
      const r = await runIn(['--shard', `${i}/3`, '--format', 'sarif', '-o', `shard-${i}.sarif`], { cwd: root });
      expect(r.stderr).toBe('');
      shards.push(JSON.parse(readFileSync(join(root, `shard-${i}.sarif`), 'utf8')) as Log);
    }
    // Each set (folder) is on exactly one shard, with all its locales.
    const folders = shards.map((log) => new Set(uris(log).map((u) => u.split(' ')[1].split('/')[1])));
    for (let g = 0; g < guides; g++) expect(folders.filter((f) => f.has(`g${g}`))).toHaveLength(1);
    for (const log of shards) {
      for (const folder of new Set(uris(log).map((u) => u.split(' ')[1].split('/')[1]))) {
        expect(uris(log).filter((u) => u.includes(`/${folder}/`))).toHaveLength(3);
      }
    }
    expect(shards.filter((log) => log.runs[0].results.length > 0).length).toBeGreaterThan(1);

    const merged = await runIn(['merge-sarif', 'shard-1.sarif', 'shard-2.sarif', 'shard-3.sarif', '-o', 'merged.sarif'], { cwd: root });
    expect(merged.code).toBe(0);
    const log = JSON.parse(readFileSync(join(root, 'merged.sarif'), 'utf8')) as Log;
    const single = JSON.parse(readFileSync(join(root, 'whole.sarif'), 'utf8')) as Log;
    expect(log.runs).toHaveLength(1);
    expect(uris(log)).toEqual(uris(single));
    const ids = log.runs[0].tool.driver.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const result of log.runs[0].results) expect(ids[result.ruleIndex!]).toBe(result.ruleId);
  });

  it('rejects a bad --shard and an unreadable SARIF file with exit 2', async () => {
    const bad = await runIn(['--shard', '4/3'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--shard expects I\/N/);
    const missing = await runIn(['merge-sarif', 'nope.sarif', '-o', 'x.sarif'], { cwd: root });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read SARIF file `nope.sarif`/);
  });
});

describe('mergeSarif', () => {
  it('remaps rule indices when shards list rules differently, and keeps other tools as their own runs', async () => {
    const a = {
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'guidelint', rules: [{ id: 'x' }, { id: 'y' }] } }, results: [{ ruleId: 'y', ruleIndex: 1 }] }],
    };
    const b = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'guidelint', rules: [{ id: 'z' }, { id: 'x' }] } },
          results: [
            { ruleId: 'z', ruleIndex: 0 },
            { ruleId: 'x', ruleIndex: 1 },
          ],
        },
      ],
    };
    const c = { version: '2.1.0', runs: [{ tool: { driver: { name: 'other', rules: [{ id: 'q' }] } }, results: [{ ruleId: 'q', ruleIndex: 0 }] }] };
    const merged = mergeSarif([a, b, c]);
    expect(merged.runs.map((r) => r.tool.driver.name)).toEqual(['guidelint', 'other']);
    const run = merged.runs[0];
    expect(run.tool.driver.rules?.map((r) => r.id)).toEqual(['x', 'y', 'z']);
    expect(run.results?.map((r) => [r.ruleId, r.ruleIndex])).toEqual([
      ['y', 1],
      ['z', 2],
      ['x', 0],
    ]);
    // Inputs are not modified.
    expect(b.runs[0].results[0].ruleIndex).toBe(0);
  });
});
