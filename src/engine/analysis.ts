/**
 * The per-file analysis every file rule shares: front matter, locale,
 * product and claims, computed once (analyzeFile, for the engine and the
 * remark preset alike) and attached to `file.data.guidelint`.
 */
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { ClaimExtraction } from '../types.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Model } from '../model/types.js';
import type { Frontmatter } from '../document/parse.js';
import { localeOf } from '../discover/locale.js';
import { toPosix, type FileTarget } from '../discover/discover.js';
import { productFor } from './product.js';

export type { FileTarget };

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

/**
 * Analyse one parsed file. A failure of claim extraction leaves the claims
 * empty and is handed back (`claimsError`): the engine reports it, the
 * remark preset lets the claim rules see no claims.
 */
export function analyzeFile(
  env: Environment,
  target: FileTarget,
  text: string,
  tree: Root,
  frontmatter: Frontmatter,
): { analysis: FileAnalysis; claimsError?: unknown } {
  const language = languageOf(target.locale);
  let claims: ClaimExtraction = { claims: [], blocks: [] };
  let claimsError: unknown;
  try {
    claims = env.extract(tree, text, language);
  } catch (error) {
    claimsError = error;
  }
  const analysis: FileAnalysis = {
    text,
    path: target.path,
    absPath: target.absPath,
    locale: target.locale,
    language,
    setKey: target.setKey,
    product: productFor(env.config, target.absPath, frontmatter.data),
    frontmatter,
    claims,
    env,
  };
  return claimsError === undefined ? { analysis } : { analysis, claimsError };
}

/** Locale and translation set of a file found outside discovery (a fix pass, an editor), as discovery would give them. */
export function placeOf(config: ResolvedConfig, absPath: string): { locale?: string; setKey?: string } {
  const rel = toPosix(relative(config.root, absPath));
  return localeOf(rel.startsWith('..') ? toPosix(absPath) : rel, config.locales.patterns, config.locales.match, config.locales.default);
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
