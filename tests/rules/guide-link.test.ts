/**
 * guide-link on small trees in each supported layout, each with the
 * slugger its kind of site uses. Files are given as text (not on disk).
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/guide-link.js';
import { lintFiles, type TestFile } from '../helpers/rule-tester.js';
import type { LintMessage } from '../../src/types.js';

type Config = Parameters<typeof lintFiles>[2] extends infer T ? (T extends { config?: infer C } ? C : never) : never;

function findings(files: TestFile[], config: Config): string[] {
  const out = lintFiles(files, [rule], { config });
  const view = (path: string, m: LintMessage) =>
    `${path}:${m.range.start.line}:${m.range.start.column} ${m.messageId} ${m.severity === 1 ? 'warn ' : ''}${JSON.stringify(m.data)}`;
  return Object.entries(out).flatMap(([path, list]) => list.map((m) => view(path, m)));
}

describe('guide-link: guide.{locale}.md folders (ovh slugger, site URLs mapped by links.site)', () => {
  const config: Config = {
    locales: { pattern: 'guide.{locale}.md', source: 'fr-fr' },
    dialect: { slugger: 'ovh' },
    links: { site: { 'https://docs.example.com/{locale}/': 'pages/' } },
  };
  const imap = '---\ntitle: IMAP settings\n---\n# IMAP settings\n\n## Incoming server\n\nPort 993.\n';
  const files: TestFile[] = [
    { path: 'pages/web/emails/imap_settings/guide.en-gb.md', text: imap },
    { path: 'pages/web/emails/imap_settings/guide.fr-fr.md', text: '# Paramètres IMAP\n\n## Serveur entrant\n' },
    { path: 'pages/web/emails/old_pop/guide.fr-fr.md', text: '---\ntitle: POP\ndeprecated: true\n---\n# POP\n' },
    {
      path: 'pages/web/emails/webmail/guide.en-gb.md',
      text: [
        '---',
        'title: Using the webmail',
        '---',
        '# Using the webmail',
        '',
        '- [ok](../imap_settings/guide.en-gb.md#incoming-server)',
        '- [hyphen for underscore](../imap-settings/guide.en-gb.md)',
        '- [site path](/pages/web/emails/imap_settings)',
        '- [site URL, renamed section](https://docs.example.com/en-gb/web/emails/imap_settings/#incoming_server)',
        '- [site URL, other locale](https://docs.example.com/fr/web/emails/imap_settings/#serveur-entrant)',
        '- [old guide](../old_pop/)',
        '- [Configure your IMAP client settings](guide.en-gb.md)',
        '- [back to the top](guide.en-gb.md#top), [image](../imap_settings/images/a.png), [external](https://example.org/x), [mail](mailto:a@b.c)',
        '',
        '[ref]: ../missing/guide.en-gb.md',
        '',
      ].join('\n'),
    },
  ];

  it('reports missing files and fragments, self links and deprecated targets', () => {
    expect(findings(files, config)).toEqual([
      'pages/web/emails/webmail/guide.en-gb.md:7:3 noFileNear {"url":"../imap-settings/guide.en-gb.md","target":"../imap-settings/guide.en-gb.md","suggestion":"../imap_settings/guide.en-gb.md"}',
      'pages/web/emails/webmail/guide.en-gb.md:9:3 noFragmentNear {"url":"https://docs.example.com/en-gb/web/emails/imap_settings/#incoming_server","file":"../imap_settings/guide.en-gb.md","fragment":"#incoming_server","suggestion":"incoming-server"}',
      'pages/web/emails/webmail/guide.en-gb.md:11:3 flagged warn {"url":"../old_pop/","file":"../old_pop/guide.fr-fr.md","flag":"deprecated"}',
      'pages/web/emails/webmail/guide.en-gb.md:12:3 self {"text":"Configure your IMAP client settings","url":"guide.en-gb.md"}',
      'pages/web/emails/webmail/guide.en-gb.md:15:1 noFile {"url":"../missing/guide.en-gb.md","target":"../missing/guide.en-gb.md"}',
    ]);
  });

  it('obeys <!--lint ignore--> on the file the finding is on', () => {
    const [first, ...rest] = files.slice(3);
    const quiet = { ...first, text: String(first.text).replace('- [hyphen', '<!--lint ignore guide-link-->\n- [hyphen') };
    expect(findings([...files.slice(0, 3), quiet, ...rest], config).some((f) => f.includes('noFileNear'))).toBe(false);
  });
});

describe('guide-link: {name}.{locale}.md pages routed by front matter (grav slugger)', () => {
  const config: Config = {
    locales: { pattern: '{name}.{locale}.md', default: 'en', source: 'en' },
    dialect: { slugger: 'grav' },
    links: { site: { '/': 'site/pages/' } },
  };
  const page = (route: string, title: string, body: string) => `---\ntitle: ${title}\nroutes:\n  default: '${route}'\n---\n${body}\n`;
  const files: TestFile[] = [
    { path: 'site/pages/02.administer/10.backup/backup.md', text: page('/backup', 'Backups', "## Manual backup\n\n## Don't save large data") },
    { path: 'site/pages/02.administer/10.backup/backup.de.md', text: page('/backup', 'Sicherungen', '## Manuelles Backup') },
    { path: 'site/pages/02.administer/20.dns/dns_dynamicip.md', text: page('/dns_dynamicip', 'Dynamic IP', '## Setup') },
    {
      path: 'site/pages/02.administer/30.ssh/ssh.md',
      text: page(
        '/ssh',
        'SSH',
        '[a](/backup#manual-backup) [b](/backup#dont-save-large-data) [c](backup) [d](/ssh/os:linux) [e](/backup_strategies) [f](/dns_dynamic_ip) [g](/administer/dns) [h](../10.backup#manual-backup) [i](files/setup.zip) [j](/helpers_v2.1) [k](../10.backup#gone)',
      ),
    },
    {
      path: 'site/pages/02.administer/30.ssh/ssh.de.md',
      text: page('/ssh', 'SSH', '[a](/backup#manual-backup) [b](/backup#manuelles-backup) [c](/dns_dynamicip#setup)'),
    },
  ];

  it("resolves routes, folder routes, URL-relative links and parameters; picks the reader's locale", () => {
    expect(findings(files, config)).toEqual([
      'site/pages/02.administer/30.ssh/ssh.md:6:93 noFile {"url":"/backup_strategies","target":"/backup_strategies"}',
      'site/pages/02.administer/30.ssh/ssh.md:6:117 noFileNear {"url":"/dns_dynamic_ip","target":"/dns_dynamic_ip","suggestion":"/dns_dynamicip"}',
      // A dot in a folder's or route's name is no file extension; a missing `.zip` is an asset, left to other checks.
      'site/pages/02.administer/30.ssh/ssh.md:6:212 noFile {"url":"/helpers_v2.1","target":"/helpers_v2.1"}',
      'site/pages/02.administer/30.ssh/ssh.md:6:231 noFragment {"url":"../10.backup#gone","file":"../10.backup/backup.md","fragment":"#gone"}',
      // From the German page, /backup opens backup.de.md, whose heading is German; /dns_dynamicip has no German page and opens the English one.
      'site/pages/02.administer/30.ssh/ssh.de.md:6:1 noFragment {"url":"/backup#manual-backup","file":"../10.backup/backup.de.md","fragment":"#manual-backup"}',
    ]);
  });
});

describe('guide-link: {name}.{locale}.md side by side (mkdocs slugger, MkDocs i18n links)', () => {
  const config: Config = { locales: { pattern: '{name}.{locale}.md', source: 'en' }, dialect: { slugger: 'mkdocs' } };
  const files: TestFile[] = [
    { path: 'docs/getstarted/install.en.md', text: '# Install\n\n### MTU not equal to 1500 (e.g., OpenStack)\n' },
    { path: 'docs/getstarted/install.de.md', text: '# Installation\n\n### MTU ungleich 1500 (z. B. OpenStack)\n' },
    {
      path: 'docs/getstarted/prerequisite.en.md',
      text: '[ok](install.md#mtu-not-equal-to-1500-eg-openstack) [old](../getstarted/install.md#users-with-a-mtu-not-equal-to-1500-eg-openstack) [x](install.en.md)\n',
    },
    {
      path: 'docs/getstarted/prerequisite.de.md',
      text: '[ok](install.md#mtu-ungleich-1500-z-b-openstack) [en](install.en.md#mtu-not-equal-to-1500-eg-openstack) [bad](install.md#mtu-not-equal-to-1500-eg-openstack)\n',
    },
  ];

  it("opens name.md as the reader's locale file and checks its ids", () => {
    expect(findings(files, config)).toEqual([
      'docs/getstarted/prerequisite.en.md:1:53 noFragment {"url":"../getstarted/install.md#users-with-a-mtu-not-equal-to-1500-eg-openstack","file":"install.en.md","fragment":"#users-with-a-mtu-not-equal-to-1500-eg-openstack"}',
      'docs/getstarted/prerequisite.de.md:1:105 noFragment {"url":"install.md#mtu-not-equal-to-1500-eg-openstack","file":"install.de.md","fragment":"#mtu-not-equal-to-1500-eg-openstack"}',
    ]);
  });
});

describe('guide-link: {locale}/** folders (github slugger)', () => {
  const config: Config = { locales: { pattern: '{locale}/**', source: 'en' }, dialect: { slugger: 'github' } };
  const files: TestFile[] = [
    { path: 'site/en/setup/mail.md', text: '# Mail\n\n## IMAP and SMTP\n' },
    { path: 'site/de/setup/mail.md', text: '# E-Mail\n\n## IMAP und SMTP\n' },
    { path: 'site/en/index.md', text: '# Home\n\n[a](setup/mail.md#imap-and-smtp) [b](/setup/mail#imap-and-smtp)\n' },
    {
      path: 'site/de/index.md',
      text: '# Start\n\n[a](setup/mail.md#imap-und-smtp) [b](/setup/mail#imap-und-smtp) [c](/setup/mail#imap-and-smtp) [d](setup/gone.md)\n',
    },
  ];

  it("finds the page in the reader's locale folder for site paths without a locale", () => {
    expect(findings(files, config)).toEqual([
      'site/de/index.md:3:65 noFragment {"url":"/setup/mail#imap-and-smtp","file":"setup/mail.md","fragment":"#imap-and-smtp"}',
      'site/de/index.md:3:96 noFile {"url":"setup/gone.md","target":"setup/gone.md"}',
    ]);
  });
});
