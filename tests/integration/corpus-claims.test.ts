/**
 * The claim rules on two real documentation trees, with a model for each:
 * statements that are right raise nothing. Skipped, saying so, where
 * ../shared/corpus is not beside the checkout.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, SHARED } from '../helpers/cli.js';
import { runIn } from '../helpers/main.js';

const corpus = join(SHARED, 'corpus');
const present = existsSync(corpus);
if (!present) console.warn(`[skip] ${corpus} is absent: the corpus false-alarm checks did not run`);

describe.skipIf(!present)('claim rules and translation-claims on ../shared/corpus raise no false alarm', () => {
  for (const tree of ['mailcow', 'yunohost']) {
    it(`${tree}`, async () => {
      const r = await runIn([
        '--config',
        join(REPO, `tests/fixtures/configs/${tree}.yaml`),
        '--rule',
        'translation-claims',
        '--rule',
        'claim-authentication',
        '--rule',
        'claim-contradiction',
        '--rule',
        'claim-host',
        '--rule',
        'claim-port-direction',
        '--rule',
        'claim-port-protocol',
        '--rule',
        'claim-port-security',
        '--rule',
        'claim-section-protocol',
        '--format',
        'json',
        join(corpus, tree),
      ]);
      const files = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; message: string }> }>;
      expect(files.length).toBeGreaterThan(200);
      // translation-claims too: a sentence that names its ports before the word "port" in English and after it in German says the same thing.
      const findings = files.flatMap((f) =>
        f.messages.filter((m) => m.ruleId.startsWith('claim-') || m.ruleId === 'translation-claims').map((m) => `${f.filePath}:${m.line} ${m.message}`),
      );
      expect(findings).toEqual([]);
      // …while the extractor did read the trees' statements (so silence is not blindness).
      const claims = JSON.parse(
        (await runIn(['claims', '--config', join(REPO, `tests/fixtures/configs/${tree}.yaml`), '--format', 'json', join(corpus, tree)])).stdout,
      ) as Array<{ claims: unknown[] }>;
      expect(claims.reduce((n, f) => n + f.claims.length, 0)).toBeGreaterThan(100);
    });
  }
});
