/**
 * translation-terms on two real documentation trees: the learned glossary
 * is not empty (the rule is not silent out of blindness), and its findings
 * are exactly the hand-checked list below, so a change to the rule shows
 * its real-world diff here. Skipped, saying so, where ../shared/corpus is
 * not beside the checkout.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, SHARED } from '../helpers/cli.js';
import { runIn } from '../helpers/main.js';

const corpus = join(SHARED, 'corpus');
const present = existsSync(corpus);
if (!present) console.warn(`[skip] ${corpus} is absent: the translation-terms corpus checks did not run`);

/** Every finding, hand-checked against both files. */
const EXPECTED: Record<string, string[]> = {
  mailcow: [
    // Real: the German text has the English word with the German one typed into its middle.
    'docs/third_party/prometheus_exporter/third_party-prometheus_exporter.de.md:49 variant ImpoWichtigrtant',
  ],
  yunohost: [
    // Real: a plural `s` typed into the table header (`Nom de l'application` in the three other app guides).
    "pages/04.applications/10.docs/gitlab/app_gitlab.fr.md:22 variant Nom de l'applications",
    // Not reported: `Remarque` where four French guides write `Note` (both good French: style, not an error).
  ],
};

describe.skipIf(!present)('translation-terms on ../shared/corpus', () => {
  for (const tree of ['mailcow', 'yunohost']) {
    it(`${tree}: the hand-checked findings, from a glossary of hundreds of labels`, async () => {
      const config = join(REPO, `tests/fixtures/configs/${tree}.yaml`);
      const r = await runIn(['--config', config, '--rule', 'translation-terms', '--format', 'json', join(corpus, tree)]);
      const files = JSON.parse(r.stdout) as Array<{
        filePath: string;
        messages: Array<{ ruleId: string; line: number; messageId: string; data?: { form?: string } }>;
      }>;
      const found = files.flatMap((f) =>
        f.messages
          .filter((m) => m.ruleId === 'translation-terms')
          .map((m) => `${f.filePath.slice(f.filePath.indexOf(`${tree}/`) + tree.length + 1)}:${m.line} ${m.messageId} ${m.data?.form}`),
      );
      expect(found).toEqual(EXPECTED[tree]);
      const glossary = JSON.parse((await runIn(['terms', '--config', config, '--format', 'json', join(corpus, tree)])).stdout) as { terms: unknown[] };
      expect(glossary.terms.length).toBeGreaterThan(200);
      // Two whole runs over hundreds of files on a shared machine.
    }, 300_000);
  }
});
