/** Rendering of `sets --matrix` (the matrix itself comes from src/translation). */
import type { TranslationSet } from '../rule.js';

export function matrixOutput(sets: readonly TranslationSet[], format: 'json' | 'text', _color: boolean): string {
  if (format === 'json') return JSON.stringify(sets.map((s) => ({ key: s.key })), null, 2) + '\n';
  return sets.map((s) => s.key).join('\n') + '\n';
}
