/**
 * `guidelint terms` end to end, and translation-terms through the real
 * CLI: the TBX export read back as a frozen glossary, findings that
 * survive a warm `--cache` run, and bad config or glossary files.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeTree, tempTree } from '../helpers/cli.js';
import { runIn } from '../helpers/main.js';

const CONFIG = 'files: ["docs/**/*.md"]\nlocales:\n  pattern: guide.{locale}.md\n  source: en-gb\n';
const guide = (label: string) => `# Setup\n\nFill in **${label}**{.action}, then click **Save**{.action}.\n`;

const files: Record<string, string> = { 'guidelint.config.yaml': CONFIG };
['a', 'b', 'c'].forEach((g, i) => {
  files[`docs/${g}/guide.en-gb.md`] = guide('Incoming server');
  files[`docs/${g}/guide.de-de.md`] = guide(i === 2 ? 'Eingangserver' : 'Eingangsserver').replace('Save', 'Speichern');
  files[`docs/${g}/guide.fr-fr.md`] = guide('Serveur entrant').replace('Save', 'Enregistrer');
});
const root = tempTree(files);
afterAll(() => removeTree(root));

type Json = { sourceLocale: string; terms: Array<{ source: string; guides: number; locales: Record<string, Array<{ form: string; guides: number }>> }> };

describe('guidelint terms', () => {
  it('prints the learned glossary as JSON, counted in guides', async () => {
    const r = await runIn(['terms', '--format', 'json'], { cwd: root });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Json;
    expect(out.sourceLocale).toBe('en-gb');
    expect(out.terms.map((t) => t.source)).toEqual(['Incoming server', 'Save']);
    expect(out.terms[0]).toMatchObject({
      guides: 3,
      locales: {
        'de-de': [
          { form: 'Eingangsserver', guides: 2 },
          { form: 'Eingangserver', guides: 1 },
        ],
        'fr-fr': [{ form: 'Serveur entrant', guides: 3 }],
      },
    });
  });

  it('keeps one locale or language with --locale, and writes text and CSV', async () => {
    const json = JSON.parse((await runIn(['terms', '--format', 'json', '--locale', 'fr'], { cwd: root })).stdout) as Json;
    expect(json.terms.every((t) => Object.keys(t.locales).join() === 'fr-fr')).toBe(true);
    const text = (await runIn(['terms'], { cwd: root })).stdout;
    expect(text).toContain('Incoming server  (en-gb, 3 guides)');
    expect(text).toMatch(/de-de\s+Eingangsserver \(2\), Eingangserver \(1\)/u);
    const csv = (await runIn(['terms', '--format', 'csv'], { cwd: root })).stdout.trim().split('\n');
    expect(csv[0]).toBe('source,source_locale,locale,form,guides,uses');
    expect(csv).toContain('Incoming server,en-gb,de-de,Eingangserver,1,1');
  });

  it('writes TBX that, frozen as terms.glossary, becomes the reference', async () => {
    const tbx = (await runIn(['terms', '--format', 'tbx'], { cwd: root })).stdout;
    expect(tbx).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/u);
    expect(tbx).toContain('<tbx type="TBX-Core" style="dca" xml:lang="en-gb" xmlns="urn:iso:std:iso:30042:ed-2">');
    expect(tbx.match(/<conceptEntry /gu)).toHaveLength(2);
    // Only the leading form of each locale: a glossary to freeze.
    expect(tbx).not.toContain('Eingangserver<');
    writeFileSync(join(root, 'glossary.tbx'), tbx);
    writeFileSync(join(root, 'frozen.yaml'), `${CONFIG}terms:\n  glossary: glossary.tbx\n`);
    const r = await runIn(['--config', 'frozen.yaml', '--rule', 'translation-terms', '--format', 'json'], { cwd: root });
    const found = (JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ messageId: string; line: number }> }>).flatMap((f) =>
      f.messages.map((m) => `${f.filePath} ${m.line} ${m.messageId}`),
    );
    expect(found).toEqual(['docs/c/guide.de-de.md 3 glossary']);
  });

  it('rejects an unknown format', async () => {
    const r = await runIn(['terms', '--format', 'sarif'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('text, json, csv or tbx');
  });
});

describe('translation-terms through the CLI', () => {
  const lint = async (args: string[] = []) => {
    const r = await runIn(['--rule', 'translation-terms', '--format', 'json', ...args], { cwd: root });
    return (JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ messageId: string; line: number }> }>).flatMap((f) =>
      f.messages.map((m) => `${f.filePath} ${m.line} ${m.messageId}`),
    );
  };

  it('reports the misspelling, and the same after a warm --cache run (what the tree pass needs is cached with each set)', async () => {
    expect(await lint()).toEqual(['docs/c/guide.de-de.md 3 misspelt']);
    const cache = join(root, '.cache');
    expect(await lint(['--cache', '--cache-location', cache])).toEqual(['docs/c/guide.de-de.md 3 misspelt']);
    expect(await lint(['--cache', '--cache-location', cache])).toEqual(['docs/c/guide.de-de.md 3 misspelt']);
  });

  it('stops with exit 2 on a bad label shape or a bad glossary, naming the file and key', async () => {
    writeFileSync(join(root, 'bad-shape.yaml'), `${CONFIG}dialect:\n  labels: [bold, italics]\n`);
    const shape = await runIn(['--config', 'bad-shape.yaml'], { cwd: root });
    expect(shape.code).toBe(2);
    expect(shape.stderr).toMatch(/bad-shape\.yaml:\d+: `dialect\.labels\.1`/u);
    writeFileSync(join(root, 'bad-glossary.yaml'), 'terms:\n  Save: Speichern\n');
    writeFileSync(join(root, 'uses-bad.yaml'), `${CONFIG}terms:\n  glossary: bad-glossary.yaml\n`);
    const glossary = await runIn(['--config', 'uses-bad.yaml', '--rule', 'translation-terms'], { cwd: root });
    expect(glossary.code).toBe(2);
    expect(glossary.stderr).toMatch(/bad-glossary\.yaml:2: `terms\.Save`/u);
  });
});
