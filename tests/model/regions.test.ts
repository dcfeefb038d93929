/** Model regions with labels per language: the newer object form beside the old list form. */
import { describe, expect, it } from 'vitest';
import { parseModel } from '../../src/model/load.js';
import { ModelError } from '../../src/model/load.js';

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
    const model = parseModel(['regions:', '  america:', '    locales: [fr-ca, en-ca]', '    labels:', '      fr: [Amérique / Asie-Pacifique]', '      en: [America]', ''].join('\n'), 'm.yaml');
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

  it('the bundled OVH model labels America/APAC and Europe in eleven languages', async () => {
    const { loadModel } = await import('../../src/model/load.js');
    const model = loadModel(new URL('../../guides/ovh-model.yaml', import.meta.url).pathname);
    const languages = (region: string) => new Set(model.regionLabels.filter((l) => l.region === region).map((l) => l.language));
    expect(languages('america-apac').size).toBe(11);
    expect(languages('europe').size).toBe(11);
  });
});
