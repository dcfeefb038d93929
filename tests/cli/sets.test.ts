import { afterEach, describe, expect, it } from 'vitest';
import { tempTree, removeTree } from '../helpers/cli.js';
import { runIn } from '../helpers/main.js';
import { localeOf } from '../../src/discover/locale.js';
import { DEFAULT_LOCALE_MATCH, DEFAULT_LOCALE_PATTERNS } from '../../src/config/load.js';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(removeTree));
async function sets(files: Record<string, string>, args: string[] = []) {
  const root = tempTree(files);
  roots.push(root);
  const r = await runIn(['sets', '--format', 'json', ...args], { cwd: root });
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Array<{ key: string; reference?: string; locales: string[] }>;
}

describe('translation sets', () => {
  it('groups guide.{locale}.md in one folder (ovh/docs)', async () => {
    const out = await sets({
      'guidelint.config.yaml': 'locales:\n  pattern: guide.{locale}.md\n  source: fr-fr\n',
      'pages/mail/windows/guide.fr-fr.md': '# A\n',
      'pages/mail/windows/guide.fi-fi.md': '# A\n',
      'pages/mail/windows/guide.nl-nl.md': '# A\n',
      'pages/mail/outlook/guide.fr-fr.md': '# B\n',
    });
    expect(out).toEqual([
      expect.objectContaining({ key: 'pages/mail/outlook/guide.{locale}.md', locales: ['fr-fr'] }),
      expect.objectContaining({ key: 'pages/mail/windows/guide.{locale}.md', reference: 'fr-fr', locales: ['fi-fi', 'fr-fr', 'nl-nl'] }),
    ]);
  });

  it('groups {name}.{locale}.md with name.md as the default locale (YunoHost, mailcow)', async () => {
    const out = await sets({
      'guidelint.config.yaml': 'locales:\n  pattern: "{name}.{locale}.md"\n  default: en\n',
      'pages/backup/backup.md': '# Backup\n',
      'pages/backup/backup.fr.md': '# Sauvegarde\n',
      'pages/backup/backup.de.md': '# Sicherung\n',
      'docs/b_n_r-restore.en.md': '# Restore\n',
      'docs/b_n_r-restore.de.md': '# Wiederherstellen\n',
    });
    const backup = out.find((s) => s.key === 'pages/backup/backup.{locale}.md');
    expect(backup).toMatchObject({ reference: 'en', locales: ['de', 'en', 'fr'] });
    expect(out.find((s) => s.key === 'docs/b_n_r-restore.{locale}.md')?.locales).toEqual(['de', 'en']);
  });

  it('groups {locale}/… trees', async () => {
    const out = await sets({
      'guidelint.config.yaml': 'locales:\n  pattern: "{locale}/**"\n  source: en\n',
      'en/install/guide.md': '# Install\n',
      'de/install/guide.md': '# Installieren\n',
      'fr/install/guide.md': '# Installer\n',
    });
    expect(out).toEqual([expect.objectContaining({ key: '{locale}/install/guide.md', reference: 'en', locales: ['de', 'en', 'fr'] })]);
  });

  it('detects the layout with no config', async () => {
    expect(localeOf('a/guide.fi-fi.md', DEFAULT_LOCALE_PATTERNS, DEFAULT_LOCALE_MATCH)).toEqual({ locale: 'fi-fi', setKey: 'a/guide.{locale}.md' });
    expect(localeOf('a/intro.fr.md', DEFAULT_LOCALE_PATTERNS, DEFAULT_LOCALE_MATCH)).toEqual({ locale: 'fr', setKey: 'a/intro.{locale}.md' });
    expect(localeOf('a/intro.md', DEFAULT_LOCALE_PATTERNS, DEFAULT_LOCALE_MATCH)).toEqual({ locale: undefined, setKey: 'a/intro.{locale}.md' });
    // `app` is not an ISO 639-1 language: not a locale.
    expect(localeOf('a/setup.app.md', DEFAULT_LOCALE_PATTERNS, DEFAULT_LOCALE_MATCH).locale).toBeUndefined();
    expect(localeOf('de/x/y.md', DEFAULT_LOCALE_PATTERNS, DEFAULT_LOCALE_MATCH)).toEqual({ locale: 'de', setKey: '{locale}/x/y.md' });
  });

  it('lists sets as text with a count', async () => {
    const root = tempTree({ 'x/guide.fr-fr.md': '# A\n', 'x/guide.en-gb.md': '# A\n' });
    roots.push(root);
    const r = await runIn(['sets'], { cwd: root });
    // No config: no source locale, so the reference is the majority (first on ties).
    expect(r.stdout).toMatch(/x\/guide\.\{locale\}\.md\n {2}locales: en-gb \(reference\), fr-fr/);
    expect(r.stdout).toMatch(/1 sets \(1 with translations\), 2 files/);
  });
});

describe('sets --matrix', () => {
  it('marks the locales whose claims differ from the reference', async () => {
    const r = await runIn(['sets', '--matrix', 'windows_mail']);
    expect(r.code).toBe(0);
    const hostRow = r.stdout.split('\n').find((l) => l.includes('incoming host') && l.includes('ns0.ovh.net'));
    expect(hostRow).toMatch(/\*ns0\.ovh\.net\s+ssl0\.ovh\.net\s+\*ns0\.ovh\.net\s+\*ns0\.ovh\.net/);
    expect(r.stdout).toMatch(/\d+ of \d+ settings differ from the reference/);
  });

  it('gives the same matrix as JSON', async () => {
    const r = await runIn(['sets', '--matrix', '--format', 'json', 'windows_mail']);
    const [matrix] = JSON.parse(r.stdout) as Array<{ reference: string; rows: Array<{ fact: string; cells: Record<string, string>; differs: string[] }> }>;
    expect(matrix.reference).toBe('fr-fr');
    const host = matrix.rows.find((row) => row.fact === 'incoming host' && row.cells['fr-fr'] === 'ssl0.ovh.net' && row.cells['fi-fi'] === 'ns0.ovh.net');
    expect(host?.differs.sort()).toEqual(['fi-fi', 'nl-nl', 'pt-pt']);
  });
});
