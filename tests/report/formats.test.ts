/**
 * The format registry is the one list of formats: --format accepts
 * exactly its names, --help and the README's table describe each one,
 * and the package exports a format<Name> function per entry.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as api from '../../src/index.js';
import { FORMATS, formatters, isFormat, withFormatsTable, type Formatter } from '../../src/report/formats.js';
import { HELP } from '../../src/cli/help.js';
import { REPO } from '../helpers/cli.js';
import { runMain } from '../helpers/main.js';

const GUIDE = 'guides/web/emails/windows_mail/guide.fr-fr.md';

describe('format registry', () => {
  it('the README format table matches the registry (run `npm run docs` to update)', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    expect(readme).toBe(withFormatsTable(readme));
    for (const name of FORMATS) expect(readme).toContain(`| \`${name}\` | ${formatters[name].description} |`);
  });

  it('--help lists every format with its description', () => {
    for (const name of FORMATS) expect(HELP).toMatch(new RegExp(`^ {29}${name} +${formatters[name].description.replace(/[$()]/g, '\\$&')}$`, 'm'));
  });

  it('the package exports one format<Name> function per format, and the registry', () => {
    const exported = Object.keys(api)
      .filter((key) => /^format[A-Z]/.test(key))
      .sort();
    expect(exported).toEqual(FORMATS.map((name) => `format${name[0].toUpperCase()}${name.slice(1)}`).sort());
    expect(api.formatters).toBe(formatters);
  });

  it('a registry entry needs a renderer to compile', () => {
    // @ts-expect-error A format without `render` is not a Formatter.
    const incomplete: Formatter = { description: 'listed only' };
    expect(incomplete).toBeDefined();
    expect(isFormat('listed-only')).toBe(false);
    expect(isFormat('toString')).toBe(false);
  });

  it('every format renders the same run through --format', async () => {
    for (const name of FORMATS) {
      const r = await runMain(['--format', name, '--workers', '0', GUIDE], REPO);
      expect(r.stderr, name).toBe('');
      expect(r.stdout.length, name).toBeGreaterThan(0);
      expect([0, 1], name).toContain(r.code);
    }
  });

  it('--format refuses a name outside the registry, listing the registry', async () => {
    const r = await runMain(['--format', 'xml', GUIDE], REPO);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`guidelint: unknown format \`xml\`; expected one of ${FORMATS.join(', ')}\n`);
  });
});
