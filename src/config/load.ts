/**
 * Find, read and validate the configuration; fill defaults.
 * `guidelint.config.yaml` / `.yml` / `.json`, found by walking up from
 * the working directory, or the file given with `--config`.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadDataFile } from './validate.js';
import type { ResolvedConfig, RuleSetting } from './types.js';

export const CONFIG_NAMES = ['guidelint.config.yaml', 'guidelint.config.yml', 'guidelint.config.json'];

/** Locale layouts detected when the config names none. */
export const DEFAULT_LOCALE_PATTERNS = ['guide.{locale}.md', '{name}.{locale}.md', '{locale}/**'];
/** A locale is a language code with an optional region or script: `fr`, `fr-fr`, `pt_BR`, `zh-Hans`. */
export const DEFAULT_LOCALE_MATCH = '^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$';

interface RawConfig {
  files?: string[];
  ignore?: string[];
  locales?: { pattern?: string | string[]; default?: string; source?: string; required?: string[]; match?: string };
  model?: string;
  products?: Array<{ files: string | string[]; product: string }>;
  productKey?: string;
  lexicons?: string[];
  maxFileSize?: number;
  rules?: Record<string, RuleSetting>;
  dialect?: Partial<ResolvedConfig['dialect']>;
  links?: { locales?: Record<string, string[]> };
  frontmatter?: { identical?: string[] };
}

/** Walk up from `cwd` to the first folder holding a config file. */
export function findConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Load the config at `path` (validated), or the defaults rooted at `cwd` when there is none. */
export function loadConfig(path: string | undefined, cwd: string, display = (p: string) => p): ResolvedConfig {
  if (!path) return resolveConfig({}, resolve(cwd));
  const { data } = loadDataFile(path, 'config.schema.json', display(path));
  return resolveConfig(data as RawConfig, dirname(resolve(path)), resolve(path));
}

export function resolveConfig(raw: RawConfig, root: string, configPath?: string): ResolvedConfig {
  const patterns = raw.locales?.pattern === undefined ? DEFAULT_LOCALE_PATTERNS : [raw.locales.pattern].flat();
  return {
    root,
    configPath,
    files: raw.files ?? ['**/*.md'],
    ignore: raw.ignore ?? [],
    locales: {
      patterns,
      default: raw.locales?.default,
      source: raw.locales?.source ?? raw.locales?.default,
      required: raw.locales?.required ?? [],
      match: raw.locales?.match ?? DEFAULT_LOCALE_MATCH,
    },
    model: raw.model ? resolve(root, raw.model) : undefined,
    products: (raw.products ?? []).map((p) => ({ files: [p.files].flat(), product: p.product })),
    productKey: raw.productKey,
    lexicons: (raw.lexicons ?? []).map((l) => resolve(root, l)),
    maxFileSize: raw.maxFileSize,
    rules: raw.rules ?? {},
    dialect: {
      shortcodes: raw.dialect?.shortcodes ?? [],
      placeholders: raw.dialect?.placeholders ?? [],
      leftoverPlaceholders: raw.dialect?.leftoverPlaceholders ?? [],
      slugger: raw.dialect?.slugger ?? 'github',
    },
    links: { locales: raw.links?.locales ?? {} },
    frontmatterIdentical: raw.frontmatter?.identical ?? [],
  };
}
