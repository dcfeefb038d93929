/**
 * translation-claims and `sets --matrix` compare authentication and the
 * region hosts are given for, besides hosts, ports, security and protocol;
 * the matrix shows which direction each port is given for.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { briefFiles } from '../helpers/rule-tester.js';
import { runMain } from '../helpers/main.js';
import translationClaims from '../../rules/translation-claims.js';

const MODEL = resolve(import.meta.dirname, '../../guides/ovh-model.yaml');
const CONFIG = { locales: { pattern: 'guide.{locale}.md', source: 'en-gb' }, products: [{ files: '**', product: 'mx-plan' }] };

/** A two-column settings table; `auth` is the authentication row's value. */
const table = (rows: Array<[string, string]>) => `# Settings\n\n| Setting | Value |\n|---|---|\n${rows.map(([a, b]) => `| ${a} | ${b} |`).join('\n')}\n`;
const EN = (auth = 'Yes') =>
  table([
    ['Outgoing server', 'ssl0.ovh.net'],
    ['Outgoing port', '465'],
    ['Authentication', auth],
  ]);
const FR = (auth = 'Oui') =>
  table([
    ['Serveur sortant', 'ssl0.ovh.net'],
    ['Port sortant', '465'],
    ['Authentification', auth],
  ]);
const DE = (auth = 'Ja') =>
  table([
    ['Postausgangsserver', 'ssl0.ovh.net'],
    ['Postausgangsport', '465'],
    ['Authentifizierung', auth],
  ]);
const ES = (auth = 'Sí') =>
  table([
    ['Servidor saliente', 'ssl0.ovh.net'],
    ['Puerto saliente', '465'],
    ['Autenticación', auth],
  ]);

const lint = (files: Record<string, string>) => briefFiles(files, [translationClaims], { config: CONFIG as never, model: MODEL });

describe('translation-claims: authentication', () => {
  it('is silent when every locale requires authentication', () => {
    const out = lint({ 'g/guide.en-gb.md': EN(), 'g/guide.fr-fr.md': FR(), 'g/guide.es-es.md': ES() });
    expect(Object.values(out).flat()).toEqual([]);
  });

  it('reports a translation that drops the authentication the source requires (fr-fr: Non, es-es: No)', () => {
    const out = lint({ 'g/guide.en-gb.md': EN(), 'g/guide.fr-fr.md': FR('Non'), 'g/guide.es-es.md': ES('No') });
    expect(out['g/guide.fr-fr.md']).toEqual(['5:21 translation-claims differs']);
    expect(out['g/guide.es-es.md']).toEqual(['5:23 translation-claims differs']);
    expect(out['g/guide.en-gb.md']).toEqual([]);
  });
});

describe('sets --matrix: authentication and port directions', () => {
  it('shows authentication per direction and which direction each port is given for, marking the locale that differs', async () => {
    const root = mkdtempSync(join(tmpdir(), 'guidelint-matrix-'));
    writeFileSync(join(root, 'guidelint.config.yaml'), "files: ['*.md']\nlocales:\n  pattern: 'guide.{locale}.md'\n  source: en-gb\n");
    writeFileSync(join(root, 'guide.en-gb.md'), EN());
    writeFileSync(join(root, 'guide.fr-fr.md'), FR('Non'));
    writeFileSync(join(root, 'guide.de-de.md'), DE());
    const r = await runMain(['sets', '--matrix', '--format', 'json'], root);
    expect(r.code).toBe(0);
    const [matrix] = JSON.parse(r.stdout) as Array<{ rows: Array<{ fact: string; cells: Record<string, string>; differs: string[] }> }>;
    const row = (fact: string) => matrix.rows.find((x) => x.fact === fact);
    expect(row('outgoing authentication')).toMatchObject({ cells: { 'en-gb': 'required', 'fr-fr': 'none', 'de-de': 'required' }, differs: ['fr-fr'] });
    expect(row('port directions')?.cells['en-gb']).toBe('465 outgoing');
  });
});
