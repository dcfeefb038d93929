/**
 * Heading ids as the publishing site makes them. Three styles:
 *
 * - `github`: github-slugger (GitHub, remark-slug/rehype-slug, many static
 *   sites): lower case, punctuation dropped, letters of every script kept,
 *   spaces to `-`; repeats get `-1`, `-2`.
 * - `mkdocs` (also `ovh`): Python-Markdown's `toc` slugify, which Pelican (the OVH docs
 *   renderer, through pelican-toc) and MkDocs use: NFKD, non-ASCII dropped
 *   (`é` → `e`), characters other than word characters, spaces and `-`
 *   dropped, lower case, runs of spaces and `-` to one `-`; repeats get
 *   `_1`, `_2`.
 * - `grav`: AnchorJS (Grav's `anchors` plugin, as on the YunoHost docs):
 *   apostrophes dropped, URL-unsafe characters to `-`, repeated `-`
 *   collapsed, cut at 64 characters, `-` trimmed, lower case; letters of
 *   every script kept; repeats get `-1`, `-2`. YunoHost's own links also
 *   use an older ASCII form (`Fichiers partagés` → `fichiers-partag-s`:
 *   every character but ASCII letters and digits to `-`, runs collapsed),
 *   so `grav` accepts that form too (see `aliases`).
 */
import GithubSlugger from 'github-slugger';
import { trimChars } from '../document/trim.js';

export type SlugStyle = 'github' | 'mkdocs' | 'ovh' | 'grav';

/** Makes the ids of successive headings of one document (repeats numbered as the site does). */
export interface Slugger {
  slug(text: string): string;
}

/** Other ids a heading answers to on sites of this style (beyond its slug). */
export function aliases(style: SlugStyle, text: string): string[] {
  if (style !== 'grav') return [];
  const ascii = text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-');
  return [ascii, trimChars(ascii, '-')];
}

export function createSlugger(style: SlugStyle): Slugger {
  if (style === 'github') return new GithubSlugger();
  const seen = new Set<string>();
  if (style === 'ovh' || style === 'mkdocs') {
    return {
      slug(text) {
        let id = ovhSlug(text);
        // Python-Markdown's unique(): `id`, then `id_1`, `id_2`… (an existing `_n` suffix is incremented).
        while (seen.has(id) || !id) {
          const m = /^(.*)_(\d+)$/u.exec(id);
          id = m ? `${m[1]}_${Number(m[2]) + 1}` : `${id}_1`;
        }
        seen.add(id);
        return id;
      },
    };
  }
  return {
    slug(text) {
      const base = gravSlug(text);
      let id = base;
      for (let n = 1; seen.has(id); n++) id = `${base}-${n}`;
      seen.add(id);
      return id;
    },
  };
}

/** Python-Markdown / Pelican slugify (ASCII). */
export function ovhSlug(text: string): string {
  const ascii = text.normalize('NFKD').replace(/[^\x00-\x7f]/gu, '');
  return ascii
    .replace(/[^\w\s-]/gu, '')
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/gu, '-');
}

const UNSAFE = /[& +$,:;=?@"#{}|^~[`%!'<>\]./()*\\\n\t\b\v\u00a0]/gu;

/** AnchorJS urlify. */
export function gravSlug(text: string): string {
  const urlified = text.trim().replace(/'/gu, '').replace(UNSAFE, '-').replace(/-{2,}/gu, '-').slice(0, 64);
  return trimChars(urlified, '-').toLowerCase();
}
