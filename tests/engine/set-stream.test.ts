import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { run, type RunResult } from '../../src/index.js';
import { tempTree, removeTree, REPO } from '../helpers/cli.js';

let root: string;
const guide = (extra: string): string =>
  `# Title\n\n## One\n\nText.\n\n## Two\n\n${extra}\n\n\`\`\`bash\nopenssl s_client -connect mail.example.com:993\n\`\`\`\n`;

beforeAll(() => {
  const files: Record<string, string> = { 'guidelint.config.yaml': 'files: ["pages/**/*.md"]\nlocales:\n  pattern: guide.{locale}.md\n  source: en-gb\n' };
  for (let g = 0; g < 30; g++) {
    files[`pages/g${g}/guide.en-gb.md`] = guide('More.');
    // Every third set drifts: a section is missing in the French file.
    files[`pages/g${g}/guide.fr-fr.md`] = g % 3 ? guide('Plus.') : '# Titre\n\n## Un\n\nTexte.\n';
    files[`pages/g${g}/guide.de-de.md`] = guide('Mehr.');
  }
  root = tempTree(files);
});
afterAll(() => removeTree(root));

const flat = (r: RunResult): string => JSON.stringify(r.results);
const setShape = (r: RunResult): string => JSON.stringify(r.sets.map((s) => [s.key, s.members.map((m) => m.path), s.reference?.path]));

describe('set rules as sets complete', () => {
  it('reports the same findings with slim summaries as with full ones', async () => {
    const full = await run({ cwd: root, workers: 0 });
    const slim = await run({ cwd: root, workers: 0, slimSummaries: true });
    expect(full.results.some((f) => f.messages.some((m) => m.ruleId.startsWith('translation-')))).toBe(true);
    expect(flat(slim)).toBe(flat(full));
    expect(setShape(slim)).toBe(setShape(full));
    // Slim summaries keep identity and locale, not content.
    expect(full.summaries.every((s) => s.headings.length > 0)).toBe(true);
    expect(slim.summaries.every((s) => s.headings.length === 0 && s.code.length === 0 && s.locale !== undefined)).toBe(true);
  });

  it('gives the same findings on the worker pool (main thread linting too)', async () => {
    const built = (await import(join(REPO, 'dist/src/index.js'))) as { run: typeof run };
    const inThread = await built.run({ cwd: root, workers: 0 });
    const pooled = await built.run({ cwd: root, workers: 3, slimSummaries: true });
    expect(flat(pooled)).toBe(flat(inThread));
    expect(setShape(pooled)).toBe(setShape(inThread));
  });

  it('keeps summaries, not syntax trees, in what crosses the thread boundary', async () => {
    const full = await run({ cwd: root, workers: 0 });
    const text = JSON.stringify(full.summaries);
    // mdast nodes carry `"children":` and `"type":"root"`; summaries must not.
    expect(text).not.toMatch(/"children":|"type":"(root|paragraph|heading)"/);
    expect(JSON.parse(text)).toEqual(full.summaries);
  });
});
