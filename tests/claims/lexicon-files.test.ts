import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLexicons } from '../../src/claims/lexicon.js';
import { DataFileError } from '../../src/config/validate.js';

function withLexicon(text: string, run: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'guidelint-lexicon-'));
  try {
    writeFileSync(join(dir, 'xx.yaml'), text);
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('lexicon files', () => {
  it('every bundled lexicon loads and knows eleven languages', () => {
    expect(loadLexicons().languages.sort()).toEqual(['cs', 'de', 'en', 'es', 'fi', 'fr', 'it', 'lt', 'nl', 'pl', 'pt']);
  });

  it('an unknown concept is an error naming the file, line and key', () => {
    withLexicon('language: xx\nincoming: [tulo]\nincomming: [typo]\n', (dir) => {
      expect(() => loadLexicons([dir])).toThrow(DataFileError);
      expect(() => loadLexicons([dir])).toThrow(/xx\.yaml:3: `incomming` is not a known key/);
    });
  });

  it('a wrong type is an error naming the key', () => {
    withLexicon('language: xx\nport: portti\n', (dir) => {
      expect(() => loadLexicons([dir])).toThrow(/xx\.yaml:2: `port` must be array/);
    });
  });

  it('an extra folder adds a language that extraction then uses', () => {
    withLexicon('language: sv\nincoming: [inkommande]\nport: [port]\n', (dir) => {
      const lexicon = loadLexicons([dir]);
      expect(lexicon.languages).toContain('sv');
      expect(lexicon.forLanguage('sv').incoming.test('Inkommande server')).toBe(true);
    });
  });
});
