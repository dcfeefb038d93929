/**
 * Find, read and validate the configuration; fill defaults.
 * `guidelint.config.yaml` / `.yml` / `.json`, found by walking up from
 * the working directory, or the file given with `--config`.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { DataFileError, lineOf, loadDataFile } from './validate.js';
import type { ResolvedConfig, RuleSetting } from './types.js';
import { unsafeRegexReason } from './safe-regex.js';
import { LABEL_SHAPES } from '../document/labels.js';
import { unknownRuleReason } from '../suggest.js';

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
  fileTimeout?: number;
  rules?: Record<string, RuleSetting>;
  dialect?: Partial<ResolvedConfig['dialect']>;
  links?: { locales?: Record<string, string[]>; site?: Record<string, string>; routes?: string[] };
  frontmatter?: { identical?: string[]; policy?: Record<string, 'identical' | 'same-keys' | 'translated'> };
  translation?: Partial<ResolvedConfig['translation']>;
  terms?: { glossary?: string };
  names?: string[];
  overrides?: Array<{ files: string | string[]; rules?: Record<string, 'off' | 'warn' | 'error'>; source?: string; product?: string }>;
}

/** Front matter keys that give a page's URL path on common site generators (Grav, Jekyll, Hugo). */
export const DEFAULT_ROUTE_KEYS = ['routes.default', 'routes.aliases', 'routes.canonical', 'permalink', 'redirect_from', 'aliases'];

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
export function loadConfig(path: string | undefined, cwd: string, knownRules: readonly string[] = []): ResolvedConfig {
  if (!path) return resolveConfig({}, resolve(cwd));
  const display = displayPath(path, cwd);
  const { data, doc, source } = loadDataFile(path, 'config.schema.json', display);
  const raw = data as RawConfig;
  if (knownRules.length) {
    const ruleKeys: Array<[string[], string]> = [
      ...Object.keys(raw.rules ?? {}).map((id): [string[], string] => [['rules', id], id]),
      ...(raw.overrides ?? []).flatMap((o, i) => Object.keys(o.rules ?? {}).map((id): [string[], string] => [['overrides', String(i), 'rules', id], id])),
    ];
    for (const [path, id] of ruleKeys) {
      if (!knownRules.includes(id)) {
        throw new DataFileError(display, lineOf(doc, source, path), path.join('.'), unknownRuleReason(id, knownRules));
      }
    }
  }
  for (const [locale, patterns] of Object.entries(raw.translation?.additions ?? {})) {
    patterns.forEach((pattern, i) => {
      try {
        new RegExp(pattern, 'iu');
      } catch (error) {
        throw new DataFileError(
          display,
          lineOf(doc, source, ['translation', 'additions', locale, String(i)]),
          `translation.additions.${locale}[${i}]`,
          `is not a valid regular expression (${error instanceof Error ? error.message : String(error)})`,
        );
      }
    });
  }
  const match = raw.locales?.match;
  const problem = match === undefined ? undefined : unsafeRegexReason(match);
  if (problem) throw new DataFileError(display, lineOf(doc, source, ['locales', 'match']), 'locales.match', problem);
  const root = dirname(resolve(path));
  (raw.lexicons ?? []).forEach((folder, i) => {
    let isFolder = false;
    try {
      isFolder = statSync(resolve(root, folder)).isDirectory();
    } catch {
      throw new DataFileError(
        display,
        lineOf(doc, source, ['lexicons', String(i)]),
        `lexicons.${i}`,
        `names \`${folder}\`, which does not exist (expected a folder of language packs)`,
      );
    }
    if (!isFolder)
      throw new DataFileError(
        display,
        lineOf(doc, source, ['lexicons', String(i)]),
        `lexicons.${i}`,
        `names \`${folder}\`, which is a file (expected a folder of language packs)`,
      );
  });
  const resolved = resolveConfig(raw, root, resolve(path));
  resolved.configDisplay = display;
  resolved.ruleLines = Object.fromEntries(Object.keys(raw.rules ?? {}).map((id) => [id, lineOf(doc, source, ['rules', id])]));
  return resolved;
}

/** Config paths in messages are relative to the working directory when inside it. */
function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, resolve(path));
  return rel && !rel.startsWith('..') ? rel : resolve(path);
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
    // An override's product is more specific than `products:` (and a later override than an earlier one).
    products: [
      ...(raw.overrides ?? [])
        .filter((o) => o.product)
        .reverse()
        .map((o) => ({ files: [o.files].flat(), product: o.product! })),
      ...(raw.products ?? []).map((p) => ({ files: [p.files].flat(), product: p.product })),
    ],
    productKey: raw.productKey,
    lexicons: (raw.lexicons ?? []).map((l) => resolve(root, l)),
    maxFileSize: raw.maxFileSize,
    fileTimeout: raw.fileTimeout,
    rules: raw.rules ?? {},
    dialect: {
      shortcodes: raw.dialect?.shortcodes ?? [],
      placeholders: raw.dialect?.placeholders ?? [],
      leftoverPlaceholders: raw.dialect?.leftoverPlaceholders ?? [],
      slugger: raw.dialect?.slugger ?? 'github',
      labels: raw.dialect?.labels ?? [...LABEL_SHAPES],
    },
    links: {
      locales: raw.links?.locales ?? {},
      site: Object.fromEntries(Object.entries(raw.links?.site ?? {}).map(([prefix, folder]) => [prefix, resolve(root, folder)])),
      routes: raw.links?.routes ?? DEFAULT_ROUTE_KEYS,
    },
    frontmatterIdentical: raw.frontmatter?.identical ?? [],
    terms: { glossary: raw.terms?.glossary ? resolve(root, raw.terms.glossary) : undefined },
    names: raw.names ?? [],
    overrides: (raw.overrides ?? []).map((o) => ({ files: [o.files].flat(), rules: o.rules ?? {}, source: o.source })),
    frontmatterPolicy: raw.frontmatter?.policy ?? {},
    translation: {
      equivalents: raw.translation?.equivalents ?? [],
      additions: raw.translation?.additions ?? {},
      siteUrls: raw.translation?.siteUrls ?? [],
      outputLanguages: raw.translation?.outputLanguages ?? ['text', 'txt', 'plain', 'plaintext', 'output', 'console', 'log', 'none', 'markdown', 'md'],
    },
  };
}
