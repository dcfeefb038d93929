import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { tempTree, removeTree, REPO } from '../helpers/cli.js';
import { runIn } from '../helpers/main.js';

// The official SARIF 2.1.0 schema (OASIS, final "rtm.5" revision), shipped as test data.
const schema = JSON.parse(readFileSync(join(REPO, 'tests/fixtures/sarif-schema-2.1.0.json'), 'utf8'));
// Both packages are CommonJS with a default export; require() gives the constructor/function directly.
const require = createRequire(import.meta.url);
const AjvDraft04 = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
// The schema has a pattern that is only valid without the `u` flag.
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

interface SarifLog {
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string; helpUri: string; help: { text: string }; fullDescription: { text: string } }> } };
    results: Array<{
      ruleId: string;
      level: string;
      message: { text: string };
      locations: Array<{
        physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; endLine: number; startColumn: number; endColumn: number } };
      }>;
      relatedLocations?: unknown[];
      partialFingerprints: Record<string, string>;
    }>;
  }>;
}

describe('--format sarif', () => {
  let root: string;
  let log: SarifLog;
  beforeAll(async () => {
    root = tempTree({
      'good.md': '# Title\n\nFine.\n',
      'bad-yaml.md': '---\ntitle: [x\n---\n# B\n',
      'sp ace,odd%name.md': '# Odd name\n\n[]()\n',
    });
    const r = await runIn(['--format', 'sarif', '--output', 'out/report.sarif', '.'], { cwd: root });
    expect(r.stdout).toBe('');
    log = JSON.parse(readFileSync(join(root, 'out/report.sarif'), 'utf8'));
  });
  afterAll(() => removeTree(root));

  it('validates against the SARIF 2.1.0 schema', async () => {
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('carries rule metadata with help text and URIs', async () => {
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(rule.helpUri).toMatch(/^https:\/\//);
      expect(rule.help.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
    }
  });

  it('reports the broken front matter with a full region and a fingerprint', async () => {
    const result = log.runs[0].results.find((r) => r.locations[0].physicalLocation.artifactLocation.uri === 'bad-yaml.md');
    expect(result?.ruleId).toBe('parse-error');
    expect(result?.level).toBe('error');
    const region = result!.locations[0].physicalLocation.region;
    expect(region.startLine).toBeGreaterThanOrEqual(2);
    expect(region.endLine).toBeGreaterThanOrEqual(region.startLine);
    expect(result!.partialFingerprints['guidelint/v1']).toMatch(/^[0-9a-f]{32}:0$/);
  });

  it('percent-encodes odd file names in URIs', async () => {
    const uris = log.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri);
    for (const uri of uris) expect(uri).not.toMatch(/[ %,](?![0-9A-F]{2})/);
  });
});

const corpus = join(REPO, '../shared/corpus');
describe.skipIf(!existsSync(corpus))('SARIF over the shared corpus (skipped when ../shared/corpus is absent)', () => {
  it('is valid and has a result list', async () => {
    const r = await runIn(['--format', 'sarif', corpus]);
    expect([0, 1]).toContain(r.code);
    const log = JSON.parse(r.stdout);
    expect(validate(log)).toBe(true);
  });
});
