/**
 * The tree-wide pass of set rules (TreeHook) in a real run: findings that
 * need every set come out the same when a warm `--cache` run reuses every
 * set's stored findings and what the pass kept of it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { run } from '../../src/index.js';
import { removeTree, tempTree } from '../helpers/cli.js';

const files: Record<string, string> = { 'guidelint.config.yaml': 'files: ["docs/**/*.md"]\nlocales:\n  pattern: guide.{locale}.md\n  source: en-gb\n' };
for (const g of ['a', 'b', 'c']) {
  files[`docs/${g}/guide.en-gb.md`] = '# Setup\n\nFill in **Incoming server**{.action}.\n';
  files[`docs/${g}/guide.de-de.md`] = `# Setup\n\nFill in **${g === 'c' ? 'Eingangserver' : 'Eingangsserver'}**{.action}.\n`;
}
const root = tempTree(files);
afterAll(() => removeTree(root));

describe('tree-wide pass', () => {
  it('gives the same findings from a warm cache, every set reused', async () => {
    const once = () => run({ cwd: root, cache: true, cacheLocation: join(root, '.cache'), slimSummaries: true, only: ['translation-terms'], workers: 0 });
    const findings = (r: Awaited<ReturnType<typeof run>>) =>
      r.results.flatMap((f) => f.messages.map((m) => `${f.path} ${m.range.start.line}:${m.range.start.column} ${m.messageId}`));
    const cold = await once();
    expect(cold.setCacheStats).toEqual({ hits: 0, misses: 3 });
    expect(findings(cold)).toEqual(['docs/c/guide.de-de.md 3:9 misspelt']);
    const warm = await once();
    expect(warm.setCacheStats).toEqual({ hits: 3, misses: 0 });
    expect(findings(warm)).toEqual(findings(cold));
  });
});
