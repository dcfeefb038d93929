/**
 * The package's entry points exist once built, and the API lints a tree
 * as the CLI does.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from '../helpers/cli.js';
import { runIn } from '../helpers/main.js';

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { main: string; exports: Record<string, string> };

describe('programmatic API', () => {
  it('every entry point of package.json is a built file', async () => {
    for (const target of [pkg.main, ...Object.values(pkg.exports)]) expect(existsSync(join(REPO, target)), target).toBe(true);
  });

  it('run() lints the bundled guides with the same findings as the CLI', async () => {
    const api = (await import(pathToFileURL(join(REPO, pkg.exports['.'])).href)) as typeof import('../../src/index.js');
    const result = await api.run({ cwd: REPO, workers: 0, slimSummaries: true });
    const cli = JSON.parse((await runIn(['--format', 'json'])).stdout) as Array<{ filePath: string; messages: unknown[] }>;
    expect(result.results.map((r) => [r.path, r.messages.length])).toEqual(cli.map((f) => [f.filePath, f.messages.length]));
    expect(result.results.reduce((n, r) => n + r.messages.length, 0)).toBeGreaterThan(0);
    expect(api.rules.map((r) => r.meta.id)).toContain('claim-port-direction');
    expect(api.formatJson(result.results)).toContain('claim-');
    expect(api.formatStylish(result.results, { color: false })).toMatch(/\d+ problems/);
  });
});
