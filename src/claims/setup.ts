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
 * The model's region labels: those it lists per language, then, for each
 * generic region word a region names, that word's labels in every pack.
 * A word no pack knows is a ModelError at its line.
 */
export function regionLabels(model: Model, packs: LanguagePacks): RegionLabel[] {
  if (model.regionWords.length === 0) return model.regionLabels;
  const out = [...model.regionLabels];
  for (const { region, word, file, line, keyPath } of model.regionWords) {
    if (!packs.regionWords.has(word)) {
      throw new ModelError(file, line, keyPath, `names \`${word}\`, a region word no language pack gives (known: ${[...packs.regionWords].sort().join(', ') || 'none'})`);
    }
    for (const language of packs.languages) for (const label of packs.pack(language)?.regions[word] ?? []) out.push({ region, language, label });
  }
  return out;
}
