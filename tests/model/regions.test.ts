/** Model regions with labels per language: the newer object form beside the old list form. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseModel } from '../../src/model/load.js';
import { ModelError } from '../../src/model/load.js';
import { regionLabels } from '../../src/claims/setup.js';
import { loadLanguagePacks } from '../../src/language/packs.js';

function errorOf(run: () => unknown): ModelError {
  try {
    run();
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('model regions', () => {
  it('the old list form still loads, with no labels', () => {
    const model = parseModel('regions:\n  america: [fr-ca, en-ca]\n', 'm.yaml');
    expect(model.regions.america).toEqual(['fr-ca', 'en-ca']);
    expect(model.regionLabels).toEqual([]);
  });

  it('the object form gives locales and labels per language', () => {
    const model = parseModel(
      ['regions:', '  america:', '    locales: [fr-ca, en-ca]', '    labels:', '      fr: [Amérique / Asie-Pacifique]', '      en: [America]', ''].join('\n'),
      'm.yaml',
    );
    expect(model.regions.america).toEqual(['fr-ca', 'en-ca']);
    expect(model.regionLabels).toEqual([
      { region: 'america', language: 'fr', label: 'Amérique / Asie-Pacifique' },
      { region: 'america', language: 'en', label: 'America' },
    ]);
    expect(model.localeApplies(['america'], 'fr-ca')).toBe(true);
    expect(model.localeApplies(['!america'], 'fr-ca')).toBe(false);
  });

  it('a region object without locales, or with a region inside, is an error at its line', () => {
    const missing = errorOf(() => parseModel('regions:\n  america:\n    labels:\n      fr: [Amérique]\n', 'm.yaml'));
    expect(missing.keyPath).toBe('regions.america');
    const nested = errorOf(() => parseModel('regions:\n  america:\n    locales: [fr-ca, europe-all]\n', 'm.yaml'));
    expect(nested.keyPath).toMatch(/^regions\.america/u);
  });

  it('a region may name generic region words: every language pack gives their labels', () => {
    const model = parseModel(
      ['regions:', '  america:', '    locales: [fr-ca, en-ca]', '    words: [america, canada]', '    labels:', '      fr: [Amérique du Nord]', ''].join('\n'),
      'm.yaml',
    );
    // The model's own labels first, then each word's labels in each bundled pack.
    const labels = model.regionLabels;
    expect(labels[0]).toEqual({ region: 'america', language: 'fr', label: 'Amérique du Nord' });
    expect(regionLabels(model, loadLanguagePacks())).toEqual(labels);
    expect(labels).toContainEqual({ region: 'america', language: 'de', label: 'Amerika' });
    expect(labels).toContainEqual({ region: 'america', language: 'fr', label: 'Amérique' });
    expect(labels).toContainEqual({ region: 'america', language: 'de', label: 'Kanada' });
    expect(labels.filter((l) => l.label === 'Europa')).toEqual([]);
  });

  it('a region word no language pack gives is an error at its line, when the packs are known', () => {
    const model = parseModel(['regions:', '  america:', '    locales: [fr-ca]', '    words: [america, atlantis]', ''].join('\n'), 'm.yaml');
    const error = errorOf(() => regionLabels(model, loadLanguagePacks()));
    expect(error.message).toMatch(/^m\.yaml:4: `regions\.america\.words\.1` names `atlantis`, a region word no language pack gives \(known: .*america.*\)/u);
  });

  it('a region word that is not a word is a schema error at its line', () => {
    const error = errorOf(() => parseModel(['regions:', '  america:', '    locales: [fr-ca]', '    words: [America]', ''].join('\n'), 'm.yaml'));
    expect(error.line).toBe(4);
    expect(error.keyPath).toBe('regions.america.words.0');
  });

  it('the bundled OVH model labels America/APAC and Europe in eleven languages, through the packs’ region words', async () => {
    const { loadModel } = await import('../../src/model/load.js');
    const model = loadModel(new URL('../../guides/ovh-model.yaml', import.meta.url).pathname);
    const languages = (region: string) => new Set(model.regionLabels.filter((l) => l.region === region).map((l) => l.language));
    expect(languages('america-apac').size).toBe(11);
    expect(languages('europe').size).toBe(11);
    expect(model.regionLabels).toContainEqual({ region: 'america-apac', language: 'fi', label: 'Aasia ja Tyynenmeren alue' });
  });

  it('an extra pack adds its labels of the words a region names', () => {
    const model = parseModel(['regions:', '  america:', '    locales: [en-ca]', '    words: [america]', ''].join('\n'), 'm.yaml');
    const dir = mkdtempSync(join(tmpdir(), 'guidelint-regions-'));
    try {
      writeFileSync(join(dir, 'sv.yaml'), 'language: sv\nregions:\n  america: [Amerika, Nordamerika]\n');
      const labels = regionLabels(model, loadLanguagePacks([dir]));
      expect(labels.filter((l) => l.language === 'sv')).toEqual([
        { region: 'america', language: 'sv', label: 'Amerika' },
        { region: 'america', language: 'sv', label: 'Nordamerika' },
      ]);
      expect(labels.length).toBe(model.regionLabels.length + 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
