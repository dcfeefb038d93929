/**
 * SARIF for code scanning (issue 17): a fingerprint key of guidelint's
 * own with an occurrence index, and an invocation listing the files that
 * could not be linted; valid against the SARIF 2.1.0 schema, also merged.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { REPO, removeTree, tempTree } from '../helpers/cli.js';
import { runMain } from '../helpers/main.js';

const require = createRequire(import.meta.url);
const AjvDraft04 = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(join(REPO, 'tests/fixtures/sarif-schema-2.1.0.json'), 'utf8')));

interface Result {
  ruleId: string;
  partialFingerprints: Record<string, string>;
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
}
interface Log {
  runs: Array<{
    results: Result[];
    invocations?: Array<{
      executionSuccessful: boolean;
      toolExecutionNotifications: Array<{
        level: string;
        message: { text: string };
        locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
      }>;
    }>;
  }>;
}

const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

// Two identical empty links on two lines; the same line again in another file; a binary file.
const SAME_TWICE = '# Title\n\nSee [](https://example.com).\n\nSee [](https://example.com).\n';

async function sarif(root: string, args: string[] = ['.']): Promise<Log> {
  const r = await runMain(['--format', 'sarif', ...args], root);
  expect(r.stderr).toBe('');
  const log = JSON.parse(r.stdout) as Log;
  expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  return log;
}

describe('SARIF fingerprints and invocations', () => {
  it('uses its own fingerprint key, never GitHub-reserved primaryLocationLineHash, and identical lines get distinct fingerprints', async () => {
    const root = tempTree({ 'a.md': SAME_TWICE, 'b.md': SAME_TWICE });
    roots.push(root);
    const log = await sarif(root);
    const results = log.runs[0].results.filter((r) => r.ruleId === 'guide-empty-link');
    expect(results.length).toBe(4);
    for (const r of results) {
      expect(Object.keys(r.partialFingerprints)).toEqual(['guidelint/v1']);
      expect(r.partialFingerprints['guidelint/v1']).toMatch(/^[0-9a-f]{32}:\d+$/);
    }
    const prints = results.map((r) => r.partialFingerprints['guidelint/v1']);
    expect(new Set(prints).size).toBe(4);
    // Same text in one file: the same hash, occurrences 0 and 1.
    const inA = results.filter((r) => r.locations[0].physicalLocation.artifactLocation.uri === 'a.md').map((r) => r.partialFingerprints['guidelint/v1']);
    expect(inA.map((p) => p.split(':')[0])).toEqual([inA[0].split(':')[0], inA[0].split(':')[0]]);
    expect(inA.map((p) => p.split(':')[1])).toEqual(['0', '1']);
  });

  it('keeps a fingerprint when lines are inserted above the finding', async () => {
    const before = tempTree({ 'a.md': '# Title\n\nSee [](https://example.com).\n' });
    const after = tempTree({ 'a.md': '# Title\n\nA new paragraph.\n\nAnother.\n\nSee [](https://example.com).\n' });
    roots.push(before, after);
    const print = async (root: string) => (await sarif(root)).runs[0].results.find((r) => r.ruleId === 'guide-empty-link')!;
    const a = await print(before);
    const b = await print(after);
    expect(b.locations[0].physicalLocation.region.startLine).toBe(a.locations[0].physicalLocation.region.startLine + 4);
    expect(b.partialFingerprints).toEqual(a.partialFingerprints);
  });

  it('has an invocation, successful, with a notification for each file that could not be linted', async () => {
    const root = tempTree({
      'good.md': '# Fine\n\nText.\n',
      'binary.md': new Uint8Array([0, 1, 2, 0, 255, 254, 0, 0]),
      'yaml.md': '---\ntitle: [x\n---\n# B\n',
    });
    roots.push(root);
    const log = await sarif(root);
    const [invocation] = log.runs[0].invocations ?? [];
    expect(invocation.executionSuccessful).toBe(true);
    const uris = invocation.toolExecutionNotifications.map((n) => n.locations[0].physicalLocation.artifactLocation.uri).sort();
    expect(uris).toEqual(['binary.md', 'yaml.md']);
    for (const n of invocation.toolExecutionNotifications) expect(n.level).toBe('error');
    // A clean tree: an invocation with no notification.
    const clean = tempTree({ 'good.md': '# Fine\n\nText.\n' });
    roots.push(clean);
    expect((await sarif(clean)).runs[0].invocations).toEqual([{ executionSuccessful: true, toolExecutionNotifications: [] }]);
  });

  it('merge-sarif keeps the shards’ notifications in one valid invocation', async () => {
    const root = tempTree({ 'a/guide.fr-fr.md': '---\ntitle: [x\n---\n# A\n', 'b/guide.fr-fr.md': new Uint8Array([0, 0, 0, 255]) });
    roots.push(root);
    for (const i of [1, 2]) expect((await runMain(['--format', 'sarif', '--shard', `${i}/2`, '-o', `s${i}.sarif`, '.'], root)).stderr).toBe('');
    const merged = await runMain(['merge-sarif', 's1.sarif', 's2.sarif', '-o', 'all.sarif'], root);
    expect(merged.code, merged.stderr).toBe(0);
    const log = JSON.parse(readFileSync(join(root, 'all.sarif'), 'utf8')) as Log;
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].invocations?.length).toBe(1);
    expect(log.runs[0].invocations![0].toolExecutionNotifications.map((n) => n.locations[0].physicalLocation.artifactLocation.uri).sort()).toEqual([
      'a/guide.fr-fr.md',
      'b/guide.fr-fr.md',
    ]);
  });
});
