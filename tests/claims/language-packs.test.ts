/** Language packs (languages/*.yaml): one file per language, one schema, one loader. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadLanguagePacks } from '../../src/language/packs.js';
import { loadLexicons } from '../../src/claims/lexicon.js';
import { DataFileError } from '../../src/config/validate.js';
import { englishLabel } from '../../rules/guide-language.js';

const REPO = resolve(import.meta.dirname, '../..');
const ELEVEN = ['cs', 'de', 'en', 'es', 'fi', 'fr', 'it', 'lt', 'nl', 'pl', 'pt'];

function withFiles(files: Record<string, string>, run: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'guidelint-packs-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function errorOf(run: () => unknown): DataFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof DataFileError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('language packs', () => {
  it('one bundled pack per language, each with its ISO codes, claim, grammar and region words', () => {
    expect(
      readdirSync(resolve(REPO, 'languages'))
        .filter((n) => n.endsWith('.yaml'))
        .sort(),
    ).toEqual(['common.yaml', ...ELEVEN.map((l) => `${l}.yaml`)]);
    const packs = loadLanguagePacks();
    expect(packs.languages).toEqual(ELEVEN);
    for (const language of ELEVEN) {
      const pack = packs.pack(language);
      expect(pack?.iso6393, language).toMatch(/^[a-z]{3}$/u);
      expect(Object.keys(pack?.claims ?? {}).length, language).toBeGreaterThan(10);
      expect(pack?.grammar.length, language).toBeGreaterThan(20);
      expect(Object.keys(pack?.regions ?? {}).sort(), language).toEqual(['america', 'asia', 'asia-pacific', 'canada', 'europe']);
    }
    expect(packs.pack('common')?.claims.starttls).toContain('STARTTLS');
  });

  it('ISO 639-3: from the pack, else the fallback table; and back', () => {
    const packs = loadLanguagePacks();
    expect(packs.iso6393('fi')).toBe('fin');
    expect(packs.iso6393('ru')).toBe('rus');
    expect(packs.iso6393('xx')).toBeUndefined();
    expect(packs.iso6391('fin')).toBe('fi');
    expect(packs.iso6391('rus')).toBe('ru');
  });

  it('a misspelt key is an error naming the file, line and key', () => {
    withFiles({ 'xx.yaml': 'language: xx\ngrammar: [a]\ngrammer: [b]\n' }, (dir) => {
      const error = errorOf(() => loadLanguagePacks([dir]));
      expect(error.message).toMatch(/xx\.yaml:3: `grammer` is not a known key/u);
    });
  });

  it('months need twelve entries; a wrong type names the key path', () => {
    withFiles({ 'xx.yaml': 'language: xx\ndates:\n  lead: [stand]\n  months: [[jan], [feb]]\n' }, (dir) => {
      const error = errorOf(() => loadLanguagePacks([dir]));
      expect(error.keyPath).toBe('dates.months');
      expect(error.line).toBe(4);
    });
    withFiles({ 'xx.yaml': 'language: xx\nclaims:\n  port: portti\n' }, (dir) => {
      expect(errorOf(() => loadLanguagePacks([dir])).message).toMatch(/xx\.yaml:3: `claims\.port` must be array/u);
    });
  });

  it('a claim word at the top level of a pack says it goes under `claims:`', () => {
    withFiles({ 'xx.yaml': 'language: xx\nclaims:\n  port: [portti]\nincoming: [tulo]\n' }, (dir) => {
      expect(errorOf(() => loadLanguagePacks([dir])).message).toMatch(/xx\.yaml:4: `incoming` is not a known key.*go under `claims:`/u);
    });
  });

  it('an extra pack extends the bundled language of the same code, for every consumer', () => {
    const extra = 'language: fr\nclaims:\n  incoming: [arrivée]\nui:\n  borrowed: [next]\nregions:\n  europe: [Vieux Continent]\n';
    withFiles({ 'fr.yaml': extra }, (dir) => {
      const packs = loadLanguagePacks([dir]);
      expect(packs.pack('fr')?.claims.incoming).toEqual([...(loadLanguagePacks().pack('fr')?.claims.incoming ?? []), 'arrivée']);
      expect(packs.pack('fr')?.iso6393).toBe('fra');
      expect(packs.pack('fr')?.regions.europe).toEqual(['Europe', 'Vieux Continent']);
      expect(loadLexicons([dir]).forLanguage('fr').incoming.test('Serveur d’arrivée')).toBe(true);
      expect(loadLexicons().forLanguage('fr').incoming.test('Serveur d’arrivée')).toBe(false);
      // guide-language: "Next" is an English label in French, unless the extra pack says French borrows it.
      expect(englishLabel('Next', 'fr')).toBe(true);
      expect(englishLabel('Next', 'fr', packs)).toBe(false);
    });
  });

  it('an old lexicon file (claim words at the top level) in an extra folder still loads as claim words', () => {
    withFiles({ 'sv.yaml': 'language: sv\nname: Svenska\nincoming: [inkommande]\nport: [port]\n' }, (dir) => {
      const packs = loadLanguagePacks([dir]);
      expect(packs.pack('sv')?.claims).toEqual({ incoming: ['inkommande'], port: ['port'] });
      expect(packs.pack('sv')?.name).toBe('Svenska');
      expect(packs.iso6393('sv')).toBe('swe');
    });
  });
});
