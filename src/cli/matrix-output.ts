/** Rendering of `sets --matrix`: the claim × locale table of each set, or its JSON. */
import type { TranslationSet } from '../rule.js';
import { claimMatrix, renderMatrix } from '../translation/matrix.js';

export function matrixOutput(sets: readonly TranslationSet[], format: 'json' | 'text', color: boolean, width?: number): string {
  const matrices = sets.map(claimMatrix);
  if (format === 'json') return JSON.stringify(matrices, null, 2) + '\n';
  return matrices.map((m) => renderMatrix(m, { color, width })).join('\n');
}
