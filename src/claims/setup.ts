/** Bind claim extraction to a model's protocols and regions and the loaded language packs. */
import type { Root } from 'mdast';
import type { ClaimExtraction } from '../types.js';
import type { Model, RegionLabel } from '../model/types.js';
import { ModelError } from '../model/load.js';
import { loadLanguagePacks, type LanguagePacks } from '../language/packs.js';
import { extractClaims } from './extract.js';
import { loadLexicons } from './lexicon.js';

export type Extractor = (tree: Root, text: string, language: string | undefined) => ClaimExtraction;

export function createExtractor(model: Model, lexiconDirs: readonly string[]): Extractor {
  const lexicon = loadLexicons(lexiconDirs);
  const protocols = model.protocols.map((p) => ({ id: p.id, names: p.names, ...(p.direction ? { direction: p.direction } : {}) }));
  const regions = regionLabels(model, loadLanguagePacks(lexiconDirs));
  return (tree, text, language) => extractClaims(tree, text, { language, lexicon, protocols, regions, domains: model.domains });
}

/**
 * The model's region labels (those it lists per language, and the bundled
 * packs' labels of the region words it names) and the labels the run's
 * extra packs give those words. A word no pack gives is a ModelError at its line.
 */
export function regionLabels(model: Model, packs: LanguagePacks): RegionLabel[] {
  if (model.regionWords.length === 0) return model.regionLabels;
  const out = [...model.regionLabels];
  const seen = new Set(out.map((l) => `${l.region}\0${l.language}\0${l.label}`));
  for (const { region, word, file, line, keyPath } of model.regionWords) {
    if (!packs.regionWords.has(word)) {
      throw new ModelError(
        file,
        line,
        keyPath,
        `names \`${word}\`, a region word no language pack gives (known: ${[...packs.regionWords].sort().join(', ') || 'none'})`,
      );
    }
    for (const language of packs.languages) {
      for (const label of packs.pack(language)?.regions[word] ?? []) {
        const key = `${region}\0${language}\0${label}`;
        if (!seen.has(key)) out.push({ region, language, label });
        seen.add(key);
      }
    }
  }
  return out;
}
