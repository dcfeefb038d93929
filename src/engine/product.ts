/** Which product a guide documents: config path globs (relative to the config's folder) first, then a front matter key. */
import { relative } from 'node:path';
import picomatch from 'picomatch';
import type { ResolvedConfig } from '../config/types.js';

const matchers = new WeakMap<ResolvedConfig, Array<{ test: (path: string) => boolean; product: string }>>();

export function productFor(config: ResolvedConfig, absPath: string, frontmatter: Record<string, unknown> | null): string | undefined {
  const path = relative(config.root, absPath).split('\\').join('/');
  let compiled = matchers.get(config);
  if (!compiled) {
    compiled = config.products.map((p) => ({ test: picomatch(p.files, { dot: true }), product: p.product }));
    matchers.set(config, compiled);
  }
  for (const m of compiled) if (m.test(path)) return m.product;
  if (config.productKey && frontmatter) {
    const value = frontmatter[config.productKey];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}
