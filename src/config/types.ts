/** The resolved configuration every stage and rule reads. */
import type { LabelShape, SeverityLabel } from '../types.js';

export type RuleSetting = SeverityLabel | [SeverityLabel] | [SeverityLabel, Record<string, unknown>];

export interface LocaleConfig {
  /**
   * File-name patterns that carry the locale: `guide.{locale}.md`,
   * `{name}.{locale}.md`, `{locale}/**`. Tried in order; the first that
   * matches gives the locale and the set key.
   */
  patterns: string[];
  /** Locale of files with no locale in their name (`name.md` is `en`). */
  default?: string;
  /** Locale translations are compared with. */
  source?: string;
  /** Locales every set must have. */
  required: string[];
  /** Pattern a locale must match to be taken as one (so `name.min.md` is not a locale). */
  match: string;
}

export interface ProductMapping {
  files: string[];
  product: string;
}

export interface DialectConfig {
  /** Shortcode names that are legitimate in this site (`details`, `ui-tabs`…). */
  shortcodes: string[];
  /** Placeholders resolved at build time (regular expressions or literal strings). */
  placeholders: string[];
  /** Placeholders that are leftovers (never resolved). */
  leftoverPlaceholders: string[];
  /** How the site turns headings into fragment ids. */
  slugger: 'github' | 'mkdocs' | 'ovh' | 'grav';
  /** Which ways of writing a UI label the site uses (`action`, `bold`, `quoted`, `header`). */
  labels: LabelShape[];
}

export interface TermsConfig {
  /** Absolute path of a frozen glossary (YAML, or TBX), if any. */
  glossary?: string;
}

export interface LinkLocaleRule {
  /** Substrings or regular expressions a link of this locale should use (e.g. `ovhSubsidiary=FI`). */
  expect?: string[];
}

export interface LinksConfig {
  /**
   * Per-locale identity: for each locale, the tokens that identify it in a
   * URL (`ovhSubsidiary=fi`, `/fi/`, `ovh.ie`). A link that carries
   * another locale's token is flagged.
   */
  locales: Record<string, string[]>;
  /**
   * Site URLs and site paths mapped to folders (absolute once resolved), so
   * links to the published site resolve to files: a key is a URL prefix
   * that may hold `{locale}` (`https://docs.example.com/{locale}/`) or a
   * path prefix (`/`); its value a folder relative to the config.
   */
  site: Record<string, string>;
  /** Front matter keys (dotted for nested ones) that give a page's own URL paths (`routes.default`, `permalink`). */
  routes: string[];
}

/** `overrides:` — settings for the files matching `files`; later entries win. */
export interface ConfigOverride {
  files: string[];
  /** Severity per rule id for matching files: changes findings of rules that run, or drops them (`off`). */
  rules: Record<string, SeverityLabel>;
  /** Reference locale of the sets with a member matching `files`. */
  source?: string;
}

export interface ResolvedConfig {
  /** Directory globs are resolved from (the config file's folder, or cwd). */
  root: string;
  configPath?: string;
  /** The config file as messages name it (relative to the working folder when inside it). */
  configDisplay?: string;
  /** Line of each `rules.<id>` key in the config file (for option errors found later). */
  ruleLines?: Record<string, number>;
  files: string[];
  ignore: string[];
  locales: LocaleConfig;
  /** Absolute path of the canonical model, if any. */
  model?: string;
  products: ProductMapping[];
  /** Front matter key that names the product (checked after `products`). */
  productKey?: string;
  /** Extra folders of language packs (`lexicons:`); a pack there extends the bundled language of the same code. */
  lexicons: string[];
  /** Files larger than this many bytes are reported, not parsed. */
  maxFileSize?: number;
  /** Seconds one file may take on a worker thread before it is stopped and reported (0: no limit). */
  fileTimeout?: number;
  rules: Record<string, RuleSetting>;
  dialect: DialectConfig;
  links: LinksConfig;
  /** Front matter keys that must be identical in every locale. */
  frontmatterIdentical: string[];
  /** UI terminology across the tree (translation-terms, `guidelint terms`). */
  terms: TermsConfig;
  /** Product, application and service names a translation must keep (with the model's product names). */
  names: string[];
  /** `overrides:` in file order. */
  overrides?: ConfigOverride[];
  /** Per-key policy of front matter comparisons: `identical` (same value), `same-keys` (same keys of a map, same length of a list), `translated` (never compared). */
  frontmatterPolicy: Record<string, 'identical' | 'same-keys' | 'translated'>;
  translation: TranslationConfig;
}

export interface TranslationConfig {
  /**
   * Groups of values a translation may write in its own way (`example.com`,
   * `example.de`): each group's members count as the same value wherever
   * a translation rule compares code or values.
   */
  equivalents: string[][];
  /**
   * Per-locale additions the site makes on purpose (a machine-translation
   * notice): by locale (`*` for every locale), regular expressions matched
   * against a paragraph's or block quote's text. A matching block is left
   * out of the summary, so no translation rule sees it.
   */
  additions: Record<string, string[]>;
  /** URL prefixes of the site itself (`https://yunohost.org/`): links under them open pages of the site, like relative links. */
  siteUrls: string[];
  /** Fence languages of program output (compared only for commands and values); a fence with no language is always output. */
  outputLanguages: string[];
}
