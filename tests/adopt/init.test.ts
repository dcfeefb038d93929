/**
 * `guidelint init` (issue 17): writes a commented config for the tree it
 * is run in — folder, locale layout, locales, likely source — with the
 * yaml-language-server schema line; the config it writes lints the tree.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { REPO, removeTree, tempTree } from '../helpers/cli.js';
import { runMain } from '../helpers/main.js';

const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

describe('guidelint init', () => {
  it('detects folder, layout, locales and the locale every set has, and the written config lints the tree', async () => {
    const root = tempTree({
      'README.txt': 'x\n',
      'content/mail/guide.en-gb.md': '# Mail\n',
      'content/mail/guide.de-de.md': '# Mail\n',
      'content/mail/guide.fr-fr.md': '# Mail\n',
      'content/dns/guide.en-gb.md': '# DNS\n',
      'content/dns/guide.de-de.md': '# DNS\n',
      'content/ftp/guide.en-gb.md': '# FTP\n',
    });
    roots.push(root);
    const r = await runMain(['init'], root);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('guidelint: wrote guidelint.config.yaml (content/**/*.md, pattern guide.{locale}.md, source en-gb); run `npx guidelint` to lint\n');
    const text = readFileSync(join(root, 'guidelint.config.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/guidelint/schemas/config.schema.json');
    expect(text).toContain('# Locales found: de-de, en-gb, fr-fr.');
    const config = parse(text) as Record<string, unknown>;
    expect(config).toEqual({ files: ['content/**/*.md'], ignore: [], locales: { pattern: 'guide.{locale}.md', source: 'en-gb' }, rules: {} });
    // Valid against the schema the modeline names, and usable as is.
    const require = createRequire(import.meta.url);
    const { Ajv } = require('ajv') as typeof import('ajv');
    const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(join(REPO, 'schemas/config.schema.json'), 'utf8')) as object);
    expect(validate(config)).toBe(true);
    const sets = JSON.parse((await runMain(['sets', '--format', 'json'], root)).stdout) as Array<{ key: string; reference: string }>;
    expect(sets.map((s) => s.reference)).toEqual(['en-gb', 'en-gb', 'en-gb']);
    expect((await runMain([], root)).code).toBe(0);
  });

  it('never overwrites a config (exit 2), and says so when there is nothing to configure', async () => {
    const root = tempTree({ 'guidelint.config.yaml': 'files: ["*.md"]\n', 'a.md': '# A\n' });
    roots.push(root);
    const again = await runMain(['init'], root);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('guidelint: guidelint.config.yaml already exists here; edit it, or remove it to start again\n');
    expect(readFileSync(join(root, 'guidelint.config.yaml'), 'utf8')).toBe('files: ["*.md"]\n');
    const empty = tempTree({ 'notes.txt': 'x\n' });
    roots.push(empty);
    expect((await runMain(['init'], empty)).code).toBe(2);
  });
});
