/**
 * Bind claim extraction to a model's protocols and the loaded lexicons.
 * (Adapter between the engine and src/claims; the extractor lands separately.)
 */
import type { Root } from 'mdast';
import type { ClaimExtraction } from '../types.js';
import type { Model } from '../model/types.js';

export type Extractor = (tree: Root, text: string, language: string | undefined) => ClaimExtraction;

export function createExtractor(_model: Model, _lexiconDirs: readonly string[]): Extractor {
  return () => ({ claims: [], blocks: [] });
}
