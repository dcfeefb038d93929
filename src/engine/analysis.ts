/**
 * The per-file analysis every file rule shares: front matter, locale,
 * product and claims, computed once and attached to `file.data.guidelint`.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { ClaimExtraction } from '../types.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Model } from '../model/types.js';
import type { Frontmatter } from '../document/parse.js';

/** Everything a run needs that does not depend on one file. Built once per process. */
export interface Environment {
  config: ResolvedConfig;
  model: Model;
  /** Claim extraction bound to the loaded language packs and the model protocols and regions. */
  extract(tree: Root, text: string, language: string | undefined): ClaimExtraction;
}

export interface FileAnalysis {
  text: string;
  path: string;
  absPath: string;
  locale?: string;
  language?: string;
  setKey?: string;
  product?: string;
  frontmatter: Frontmatter;
  claims: ClaimExtraction;
  env: Environment;
}

declare module 'vfile' {
  interface DataMap {
    guidelint: FileAnalysis;
  }
}

export function attachAnalysis(file: VFile, analysis: FileAnalysis): void {
  file.data.guidelint = analysis;
}

export function getAnalysis(file: VFile): FileAnalysis | undefined {
  return file.data.guidelint;
}

/** `fi-fi` → `fi`; `pt_BR` → `pt`; `en` → `en`. */
export function languageOf(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  return locale.toLowerCase().split(/[-_]/)[0];
}
