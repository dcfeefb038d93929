/**
 * rules/index.ts is generated from the rule files (`npm run docs`), so a new
 * rule is its file and its doc: this fails when the registry is stale.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../helpers/cli.js';
// @ts-expect-error plain JavaScript build script, no types
import { registrySource } from '../../scripts/registry.js';

describe('rule registry', () => {
  it('lists every rule file, in name order (run `npm run docs` after adding one)', () => {
    expect(readFileSync(join(REPO, 'rules/index.ts'), 'utf8')).toBe(registrySource());
  });

  it('picks up a new rule file and ignores other files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'guidelint-registry-'));
    for (const name of ['guide-b.ts', 'claim-a.ts', 'index.ts', 'guide-b.md', 'helpers.ts']) writeFileSync(join(dir, name), '');
    const source = registrySource(dir) as string;
    expect(source).toContain("import claimA from './claim-a.js';");
    expect(source.indexOf('  claimA,')).toBeLessThan(source.indexOf('  guideB,'));
    expect(source).not.toContain('helpers');
    expect(source).not.toContain("'./index.js'");
  });
});
