/**
 * guide-link, guide-emphasis, guide-conflict-marker and the malformed-URL
 * checks of guide-empty-link on two real documentation trees: every
 * finding below was checked by hand against the files (see the comments),
 * so a change in what these rules report shows up here as a diff. Skipped,
 * saying so, where ../shared/corpus is not beside the checkout.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, SHARED } from '../helpers/cli.js';
import { runIn } from '../helpers/main.js';

const corpus = join(SHARED, 'corpus');
const present = existsSync(corpus);
if (!present) console.warn(`[skip] ${corpus} is absent: the link, emphasis and conflict-marker corpus checks did not run`);

const RULES = ['guide-link', 'guide-emphasis', 'guide-conflict-marker', 'guide-empty-link'];
const MALFORMED = new Set(['doubledScheme', 'oneSlash', 'angle', 'textUrl']);

const EXPECTED: Record<string, string[]> = {
  // A section of install.md renamed ('MTU not equal to 1500 (e.g., OpenStack)'), its links not updated.
  mailcow: ['docs/getstarted/prerequisite-system.de.md:222 guide-link noFragment', 'docs/getstarted/prerequisite-system.en.md:219 guide-link noFragment'],
  // Hand-checked: renamed or translated headings, a mangled `#&eacute;…` fragment, routes that no page declares,
  // literal `**`, `https:/` and URL texts that differ from the target. All real but the one marked below.
  yunohost: [
    'pages/02.administer/10.install/20.dns_config/dns_config.ru.md:118 guide-link noFileNear',
    'pages/02.administer/10.install/install.de.md:671 guide-link noFragment',
    'pages/02.administer/10.install/install.fr.md:542 guide-link noFragment',
    'pages/02.administer/10.install/install.it.md:687 guide-link noFragment',
    'pages/02.administer/10.install/install.md:687 guide-link noFragment',
    'pages/02.administer/10.install/install.ru.md:671 guide-link noFragment',
    'pages/02.administer/15.admin_guide/45.emails/email.fr.md:37 guide-link noFragment',
    'pages/02.administer/15.admin_guide/50.backups/backup.fr.md:188 guide-link noFile',
    'pages/02.administer/15.admin_guide/50.backups/backup.md:184 guide-link noFile',
    // Through links.site: https://yunohost.org/en/buster_bullseye_migration#current-known-minor-issues-… (the heading says 'Current known issues…').
    'pages/02.administer/15.admin_guide/55.upgrade/15.buster_bullseye/buster_bullseye_migration.fr.md:93 guide-link noFragment',
    'pages/02.administer/20.backups/05.evaluate/evaluate.it.md:35 guide-link noFragment',
    'pages/02.administer/20.backups/05.evaluate/evaluate.it.md:36 guide-link noFragment',
    'pages/02.administer/20.backups/10.backup_methods/01.borgbackup/borgbackup.fr.md:76 guide-link noFragmentNear',
    'pages/02.administer/20.backups/10.backup_methods/01.borgbackup/borgbackup.it.md:76 guide-link noFragment',
    'pages/02.administer/20.backups/10.backup_methods/01.borgbackup/borgbackup.md:87 guide-link noFragment',
    'pages/02.administer/45.tutorials/25.external_storage/external_storage.it.md:99 guide-emphasis unclosed',
    'pages/02.administer/45.tutorials/25.external_storage/external_storage.md:99 guide-emphasis unclosed',
    'pages/02.administer/55.providers/10.isp/isp.md:86 guide-emphasis mismatched',
    'pages/02.administer/55.providers/10.isp/isp.md:86 guide-emphasis mismatched',
    'pages/02.administer/55.providers/10.isp/isp.md:86 guide-emphasis mismatched',
    'pages/02.administer/55.providers/10.isp/isp.md:86 guide-emphasis mismatched',
    'pages/02.administer/55.providers/10.isp/isp.md:87 guide-emphasis mismatched',
    'pages/02.administer/55.providers/10.isp/isp.md:87 guide-emphasis mismatched',
    'pages/02.administer/55.providers/10.isp/isp.md:87 guide-emphasis mismatched',
    'pages/02.administer/55.providers/10.isp/isp.md:88 guide-emphasis mismatched',
    'pages/02.administer/55.providers/10.isp/isp.md:88 guide-emphasis mismatched',
    'pages/02.administer/55.providers/10.isp/isp.md:88 guide-emphasis mismatched',
    'pages/02.administer/55.providers/10.isp/isp.md:88 guide-emphasis mismatched',
    'pages/02.administer/55.providers/10.isp/isp.md:90 guide-emphasis mismatched',
    'pages/03.user_guide/15.xmpp/xmpp.fr.md:52 guide-empty-link textUrl',
    'pages/04.applications/10.docs/ghost/app_ghost.fr.md:35 guide-emphasis spaceInside',
    'pages/04.applications/10.docs/mautrix_signal/app_mautrix_signal.fr.md:50 guide-link noFile',
    'pages/04.applications/10.docs/mautrix_signal/app_mautrix_signal.md:21 guide-emphasis spaceInside',
    'pages/04.applications/10.docs/nextcloud/app_nextcloud.fr.md:140 guide-link noFile',
    'pages/04.applications/10.docs/pleroma/app_pleroma.fr.md:53 guide-empty-link textUrl',
    'pages/04.applications/10.docs/pleroma/app_pleroma.fr.md:54 guide-empty-link oneSlash',
    'pages/04.applications/10.docs/pleroma/app_pleroma.fr.md:55 guide-empty-link textUrl',
    'pages/04.applications/10.docs/pleroma/app_pleroma.fr.md:56 guide-empty-link textUrl',
    'pages/04.applications/10.docs/rss-bridge/app_rss-bridge.fr.md:36 guide-link noFile',
    'pages/04.applications/10.docs/rss-bridge/app_rss-bridge.md:36 guide-link noFile',
    'pages/04.applications/10.docs/zap/app_zap.fr.md:21 guide-emphasis unclosed',
    'pages/04.applications/10.docs/zap/app_zap.fr.md:23 guide-emphasis unclosed',
    // The one false alarm: `/packaging_apps_scripts_helpers` is no page of the tree, but another page redirects there; the site probably generates it.
    'pages/06.contribute/10.packaging_apps/20.scripts/scripts.md:88 guide-link noFile',
  ],
};

describe.skipIf(!present)('link, emphasis and conflict-marker findings on ../shared/corpus', () => {
  for (const tree of ['mailcow', 'yunohost']) {
    it(`${tree}`, async () => {
      const r = await runIn([
        '--config',
        join(REPO, `tests/fixtures/configs/${tree}.yaml`),
        ...RULES.flatMap((id) => ['--rule', id]),
        '--format',
        'json',
        join(corpus, tree),
      ]);
      const files = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; messageId?: string; line: number }> }>;
      expect(files.length).toBeGreaterThan(200);
      const found = files.flatMap((f) =>
        f.messages
          .filter((m) => m.ruleId !== 'guide-empty-link' || MALFORMED.has(m.messageId ?? ''))
          .map((m) => `${f.filePath.split(`corpus/${tree}/`).pop()}:${m.line} ${m.ruleId} ${m.messageId}`),
      );
      expect(found).toEqual(EXPECTED[tree]);
    }, 180_000);
  }
});
