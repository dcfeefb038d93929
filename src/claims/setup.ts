/** Bind claim extraction to a model's protocols and the loaded lexicons. */
import type { Root } from 'mdast';
import type { ClaimExtraction } from '../types.js';
import type { Model } from '../model/types.js';
import { extractClaims } from './extract.js';
import { loadLexicons } from './lexicon.js';

export type Extractor = (tree: Root, text: string, language: string | undefined) => ClaimExtraction;

export function createExtractor(model: Model, lexiconDirs: readonly string[]): Extractor {
  const lexicon = loadLexicons(lexiconDirs);
  const protocols = model.protocols.map((p) => ({ id: p.id, names: p.names, ...(p.direction ? { direction: p.direction } : {}) }));
  return (tree, text, language) => extractClaims(tree, text, { language, lexicon, protocols, regions: model.regionLabels, domains: model.domains });
}
