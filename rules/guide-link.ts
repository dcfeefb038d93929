/**
 * Links from one guide to another file of the tree, resolved as the site
 * resolves them: relative paths, site paths (`/backup`, `/pages/…`), and
 * site URLs that `links.site` maps to folders. A page answers to its file,
 * its folder, and the URL paths its front matter gives (`links.routes`);
 * the locale is chosen as the sites do (from a `de` page, `/backup` opens
 * `backup.de.md` when it exists, else the default locale's file). Reports a
 * target that no file answers to, a fragment that no heading id (with the
 * configured slugger) or anchor of the target has, a link to the page
 * itself whose text names something else, and (as a warning) a link to a
 * page marked `deprecated` or `hidden`. A tree rule: each target is
 * resolved once per run, so the cost stays linear in the number of links.
 */
import { existsSync } from 'node:fs';
import fg from 'fast-glob';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { FileSummary, LinkInfo, Range } from '../src/types.js';
import type { ResolvedConfig } from '../src/config/types.js';
import { defineTreeRule, type TreeFile } from '../src/rule.js';
import { localeOf } from '../src/discover/locale.js';
import { aliases, createSlugger, ovhSlug } from '../src/guide/slug.js';
import { tokenMatcher } from '../src/guide/patterns.js';
import { trimChars, trimEndChars } from '../src/document/trim.js';

interface Options {
  /** Front matter keys that mark a page readers should no longer be sent to. */
  flags: string[];
  /** Report targets that resolve to no file (off for a partial copy of a tree: fragments and self-links are still checked). */
  checkExists: boolean;
}

interface Page {
  links: LinkInfo[];
  headings: string[];
  anchors: string[];
  routes: string[];
  /** Front matter title, else the first heading. */
  title: string;
  /** The first flag key set to true in the front matter. */
  flag?: string;
}

type Target = { file: TreeFile<Page> } | { exists: true } | undefined;

const SCHEME = /^[a-z][a-z0-9+.-]*:/iu;
/** Extensions of pages; a link to any other file (`.png`, `.zip`) is an asset, left to other checks. */
const PAGE_EXT = /\.(?:md|markdown|html?)$/iu;
const ANY_EXT = /\.[a-z][a-z0-9]{0,7}$/iu;
/** A Grav URL parameter segment (`/install/hardware:vps_debian`). */
const PARAM_SEGMENT = /\/[^/:]+:[^/]*/gu;
/** A folder's ordering prefix (Grav `02.administer`). */
const ORDER_PREFIX = /(^|\/)\d+\./gu;
const NOWHERE: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const toPosix = (p: string): string => p.split(sep).join('/');
/** Route form of a URL path: lower case, no parameters, no trailing slash. */
const routeKey = (path: string): string => `/${trimChars(path.toLowerCase().replace(PARAM_SEGMENT, ''), '/')}`;
/** Loose form of a path, for suggestions: no case, no `-`/`_`, no ordering prefixes. */
const loosePath = (path: string): string =>
  path
    .toLowerCase()
    .replace(ORDER_PREFIX, '$1')
    .replace(/[-_\s]+/gu, '');
const looseId = (id: string): string => ovhSlug(id).replace(/[-_]+/gu, '');

function truthy(value: unknown): boolean {
  return value === true || (typeof value === 'string' && /^(?:true|yes)$/iu.test(value.trim()));
}

function dig(data: Record<string, unknown> | null, key: string): unknown {
  let value: unknown = data;
  for (const part of key.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function isCandidate(url: string, config: ResolvedConfig, placeholder: (t: string) => boolean): boolean {
  if (!url || url.startsWith('#') || url.startsWith('//') || /[{}]/u.test(url) || placeholder(url)) return false;
  if (!SCHEME.test(url)) return true;
  return /^https?:/iu.test(url) && sitePrefixes(config).some((p) => p.url && p.regex.test(url));
}

interface Prefix {
  regex: RegExp;
  folder: string;
  url: boolean;
}

const placeholderCache = new WeakMap<ResolvedConfig, (token: string) => boolean>();
/** `dialect.placeholders` as one matcher, compiled once per config (collect runs once per file). */
function placeholderMatcher(config: ResolvedConfig): (token: string) => boolean {
  let match = placeholderCache.get(config);
  if (!match) placeholderCache.set(config, (match = tokenMatcher(config.dialect.placeholders)));
  return match;
}

const prefixCache = new WeakMap<ResolvedConfig, Prefix[]>();
/** `links.site` keys as regular expressions (`{locale}` captured), longest first. */
function sitePrefixes(config: ResolvedConfig): Prefix[] {
  let list = prefixCache.get(config);
  if (!list) {
    list = Object.entries(config.links.site)
      .sort((a, b) => b[0].length - a[0].length)
      .map(([prefix, folder]) => {
        const source = prefix
          .split('{locale}')
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
          .join('(?<locale>[^/]+)');
        return { regex: new RegExp(`^${source}`, 'iu'), folder, url: SCHEME.test(prefix) };
      });
    prefixCache.set(config, list);
  }
  return list;
}

export default defineTreeRule<Options, Page>({
  meta: {
    id: 'guide-link',
    family: 'guide',
    description:
      'Finds links to other guides of the tree that resolve to no file, to a missing heading of the target, or to the page itself; warns on links to deprecated or hidden guides.',
    defaultSeverity: 'error',
    uses: { filesOnDisk: true },
    fixable: false,
    messages: {
      noFile: 'Unexpected link to `{url}`: no file of the tree answers to `{target}`, expected the path or URL of an existing guide',
      noFileNear: 'Unexpected link to `{url}`: no file of the tree answers to `{target}`, expected `{suggestion}`, which exists',
      noFragment: 'Unexpected link to `{url}`: `{file}` has no heading or anchor with id `{fragment}`, expected the id of one of its headings',
      noFragmentNear:
        'Unexpected link to `{url}`: `{file}` has no heading or anchor with id `{fragment}`, expected `#{suggestion}`, the id of one of its headings',
      self: 'Unexpected link `{text}` to this page itself (`{url}`), expected a link to the page the text names',
      flagged: 'Link to `{url}` opens `{file}`, which its front matter marks `{flag}`; expected a link to a current guide',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { flags: { type: 'array', items: { type: 'string' } }, checkExists: { type: 'boolean' } },
    },
    defaultOptions: { flags: ['deprecated', 'hidden'], checkExists: true },
  },
  collect(summary: FileSummary, { config, options }) {
    const placeholder = placeholderMatcher(config);
    const links = [...summary.links, ...(summary.definitions ?? [])].filter((l) => isCandidate(l.url.trim(), config, placeholder));
    const fm = summary.frontmatter;
    const routes: string[] = [];
    for (const key of config.links.routes) {
      const value = dig(fm, key);
      for (const v of [value].flat()) if (typeof v === 'string' && v.startsWith('/')) routes.push(v);
    }
    const title = typeof fm?.title === 'string' ? fm.title : (summary.headings[0]?.text ?? '');
    return {
      links,
      headings: summary.headings.map((h) => h.text),
      anchors: [...(summary.anchors ?? []), ...summary.headings.flatMap((h) => h.anchors)],
      routes,
      title,
      flag: options.flags.find((f) => truthy(fm?.[f])),
    };
  },
  check(context) {
    const { config } = context;
    const index = new TreeIndex(context.files, config);
    const ids = new Map<TreeFile<Page>, { ids: Set<string>; loose: Map<string, string> }>();
    const idsOf = (file: TreeFile<Page>) => {
      let entry = ids.get(file);
      if (!entry) {
        const slugger = createSlugger(config.dialect.slugger);
        const set = new Set<string>(['top', ...file.data.anchors]);
        for (const text of file.data.headings) {
          set.add(slugger.slug(text));
          for (const alias of aliases(config.dialect.slugger, text)) set.add(alias);
        }
        const loose = new Map<string, string>();
        for (const id of set) if (id !== 'top' && !loose.has(looseId(id))) loose.set(looseId(id), id);
        ids.set(file, (entry = { ids: set, loose }));
      }
      return entry;
    };
    for (const from of context.files) {
      for (const link of from.data.links) {
        const url = link.url.trim();
        const hash = url.indexOf('#');
        const raw = hash === -1 ? '' : url.slice(hash + 1);
        const found = index.resolve(from, hash === -1 ? url : url.slice(0, hash));
        if (found === 'skip') continue;
        const range = link.range ?? NOWHERE;
        if (found.target === undefined) {
          if (!context.options.checkExists) continue;
          const suggestion = index.suggest(from, found.path, found.shown);
          context.report({
            file: from,
            messageId: suggestion ? 'noFileNear' : 'noFile',
            data: { url, target: found.shown, ...(suggestion ? { suggestion } : {}) },
            range,
          });
          continue;
        }
        if (!('file' in found.target)) continue;
        const target = found.target.file;
        const shown = toPosix(relative(dirname(from.absPath), target.absPath)) || basename(target.absPath);
        if (target.data.flag) {
          context.report({
            file: from,
            messageId: 'flagged',
            data: { url, file: shown, flag: target.data.flag },
            range,
            warnOnly: true,
            related: [{ path: target.path, range: NOWHERE, message: `marked \`${target.data.flag}\`` }],
          });
        }
        if (raw) {
          const fragment = decode(raw);
          const { ids: known, loose } = idsOf(target);
          if (!known.has(fragment) && !known.has(raw)) {
            const suggestion = loose.get(looseId(fragment));
            const data = { url, file: shown, fragment: `#${fragment}`, ...(suggestion ? { suggestion } : {}) };
            context.report({
              file: from,
              messageId: suggestion ? 'noFragmentNear' : 'noFragment',
              data,
              range,
              related: [{ path: target.path, range: NOWHERE, message: 'the target' }],
            });
          }
        } else if (target.absPath === from.absPath && !/[?:]/u.test(url.replace(SCHEME, '')) && namesSomethingElse(link.text, from)) {
          // (A link with a query or URL parameters shows another view of the page: not a link to itself.)
          context.report({ file: from, messageId: 'self', data: { text: link.text.trim(), url }, range });
        }
      }
    }
  },
});

const WORDS = /[\p{L}\p{N}]{4,}/gu;
/** True when a link's text shares no word of four letters or more with the page's title, file or folder name (and has two such words). */
function namesSomethingElse(text: string, page: TreeFile<Page>): boolean {
  const words = (text.toLowerCase().match(WORDS) ?? []).filter((w) => !/^\d+$/u.test(w));
  if (words.length < 2 || SCHEME.test(text.trim())) return false;
  const own = new Set(`${page.data.title} ${page.path.replace(/[-_./\\]+/gu, ' ')} ${page.data.routes.join(' ')}`.toLowerCase().match(WORDS) ?? []);
  return !words.some((w) => own.has(w) || [...own].some((o) => o.length >= 5 && (w.startsWith(o.slice(0, 5)) || o.startsWith(w.slice(0, 5)))));
}

type Resolution = 'skip' | { target: Target; path: string; shown: string };

/** Every linted file by path, translation set, folder and route; each target resolved once. */
class TreeIndex {
  private readonly byAbs = new Map<string, TreeFile<Page>>();
  private readonly bySet = new Map<string, Array<TreeFile<Page>>>();
  private readonly dirs = new Map<string, Set<string>>();
  /** Folders by their path without ordering prefixes (`pages/02.administer` → `pages/administer`). */
  private readonly plainDirs = new Map<string, string>();
  private readonly routes = new Map<string, string>();
  private readonly loose = new Map<string, string>();
  private readonly looseRoutes = new Map<string, string>();
  private readonly memo = new Map<string, Resolution>();
  private readonly disk = new Map<string, boolean>();
  private readonly bases: string[];
  private readonly defaultLocale?: string;
  private readonly locales = new Set<string>();
  /** The layout puts the locale in a folder (`{locale}/**`): site paths may leave it out. */
  private readonly localeFolders: boolean;

  constructor(
    files: ReadonlyArray<TreeFile<Page>>,
    private readonly config: ResolvedConfig,
  ) {
    this.defaultLocale = config.locales.default ?? config.locales.source;
    this.localeFolders = config.locales.patterns.some((p) => p.includes('{locale}/'));
    let common: string | undefined;
    for (const file of files) {
      this.byAbs.set(file.absPath, file);
      if (file.locale) this.locales.add(file.locale);
      const key = file.setKey ?? file.path;
      const list = this.bySet.get(key);
      if (list) list.push(file);
      else this.bySet.set(key, [file]);
      const dir = dirname(file.absPath);
      const sets = this.dirs.get(dir) ?? new Set<string>();
      sets.add(key);
      this.dirs.set(dir, sets);
      this.plainDirs.set(dir.replace(ORDER_PREFIX, '$1'), dir);
      common = common === undefined ? dir : commonDir(common, dir);
      for (const route of file.data.routes) {
        if (!this.routes.has(routeKey(route))) this.routes.set(routeKey(route), key);
        this.looseRoutes.set(loosePath(routeKey(route)), route);
      }
      const stem = file.absPath.replace(/\.[^./]+$/u, '');
      this.loose.set(loosePath(stem), file.absPath);
      if (file.locale && stem.toLowerCase().endsWith(`.${file.locale}`)) this.loose.set(loosePath(stem.slice(0, -file.locale.length - 1)), file.absPath);
      this.loose.set(loosePath(dir), dir);
    }
    // Site paths resolve from the `links.site` path prefixes, else from the config's folder and the tree's top folder.
    this.bases = [config.root, ...(common ? [common] : [])];
    const roots: Array<[string, string]> = [
      ...this.bases.map((b): [string, string] => [b, '/']),
      ...Object.entries(config.links.site)
        .filter(([prefix]) => prefix.startsWith('/'))
        .map(([prefix, folder]): [string, string] => [folder, prefix.endsWith('/') ? prefix : `${prefix}/`]),
    ];
    // A folder's route on sites that route by folder (Grav: `02.administer/20.backups` → `/administer/backups`).
    for (const [dir, sets] of this.dirs) {
      if (sets.size !== 1) continue;
      for (const [base, mount] of roots) {
        const rel = toPosix(relative(base, dir));
        if (rel.startsWith('..')) continue;
        const route = routeKey(`${mount}${rel.replace(ORDER_PREFIX, '$1')}`);
        if (!this.routes.has(route)) this.routes.set(route, [...sets][0]);
      }
    }
  }

  /** Resolve the part of a link before `#` (memoised per folder, path and locale). */
  resolve(from: TreeFile<Page>, href: string): Resolution {
    const path = decode(href.split('?')[0]);
    if (path === '' || path === '.' || path === './') return { target: { file: from }, path: from.absPath, shown: basename(from.absPath) };
    const relativeLink = !SCHEME.test(path) && !path.startsWith('/');
    const key = `${relativeLink ? dirname(from.absPath) : ''}\0${path}\0${from.locale ?? ''}`;
    let found = this.memo.get(key);
    if (!found) {
      found = this.compute(from, path);
      // A file that is no page (`.png`, `.zip`) and is not in the tree is left to other checks; a dot in a
      // folder or route name (`10.install`, `/helpers_v2.1`) does not make a link an asset.
      const last = trimEndChars(path, '/').split('/').pop() ?? '';
      if (found !== 'skip' && found.target === undefined && ANY_EXT.test(last) && !PAGE_EXT.test(last)) found = 'skip';
      this.memo.set(key, found);
    }
    return found;
  }

  private compute(from: TreeFile<Page>, path: string): Resolution {
    let locale = from.locale;
    if (!SCHEME.test(path) && !path.startsWith('/')) {
      const abs = resolve(dirname(from.absPath), path);
      const target = this.atPath(abs, locale);
      if (target) return { target, path: abs, shown: path };
      // On sites that route pages by URL, a relative link resolves against the page's URL, not its file.
      for (const route of from.data.routes) {
        const url = new URL(path, `http://site${route}`).pathname;
        const key = this.routes.get(routeKey(decode(url)));
        if (key) return { target: this.pick(key, locale), path: url, shown: path };
      }
      return { target: undefined, path: abs, shown: path };
    }
    let rest: string | undefined;
    let folders: string[] = this.bases;
    for (const prefix of sitePrefixes(this.config)) {
      const m = prefix.regex.exec(path);
      if (!m) continue;
      // `{locale}` matches a locale of the tree only (`/de/…`), not the first folder of a path without one.
      const named = m.groups?.locale === undefined ? undefined : this.localeFromUrl(m.groups.locale);
      if (m.groups?.locale !== undefined && named === undefined) continue;
      rest = path.slice(m[0].length);
      folders = [prefix.folder];
      if (named) locale = named;
      break;
    }
    if (rest === undefined) {
      if (SCHEME.test(path)) return 'skip';
      rest = path;
    }
    const route = this.routes.get(routeKey(rest));
    if (route) return { target: this.pick(route, locale), path: rest, shown: path };
    const plain = rest.replace(PARAM_SEGMENT, '');
    const tails = this.localeFolders
      ? [plain, ...new Set([locale, this.defaultLocale].filter((l): l is string => Boolean(l)))].map((l, i) => (i === 0 ? plain : `${l}/${plain}`))
      : [plain];
    for (const folder of folders) {
      for (const tail of tails) {
        const target = this.atPath(join(folder, tail), locale);
        if (target) return { target, path: join(folder, rest), shown: path };
      }
    }
    // Routes come from the pages linted: when many pages of the site were not (a subfolder given), a route may be one of theirs.
    if (!this.complete()) return 'skip';
    return { target: undefined, path: join(folders[folders.length - 1], rest), shown: path };
  }

  /** The file, page or folder at an absolute path, in the reader's locale where the page has one. */
  private atPath(abs: string, locale: string | undefined): Target {
    const clean = trimEndChars(abs, '/').replace(/\.html?$/iu, '');
    const exact = this.byAbs.get(clean);
    if (exact) return { file: exact };
    for (const candidate of [clean, `${clean}.md`]) {
      const rel = toPosix(relative(this.config.root, candidate));
      const key = localeOf(
        rel.startsWith('..') ? toPosix(candidate) : rel,
        this.config.locales.patterns,
        this.config.locales.match,
        this.config.locales.default,
      ).setKey;
      if (this.bySet.has(key)) return this.pick(key, locale);
    }
    const dir = this.dirs.has(clean) ? clean : this.plainDirs.get(clean.replace(ORDER_PREFIX, '$1'));
    if (dir !== undefined) {
      const sets = [...(this.dirs.get(dir) ?? [])];
      if (sets.length === 1) return this.pick(sets[0], locale);
      return { exists: true };
    }
    if (this.onDisk(clean) || this.onDisk(`${clean}.md`)) return { exists: true };
    return undefined;
  }

  private pick(setKey: string, locale: string | undefined): Target {
    const members = this.bySet.get(setKey) ?? [];
    const file =
      members.find((m) => m.locale === locale) ??
      members.find((m) => m.locale === this.defaultLocale) ??
      members.find((m) => m.locale === this.config.locales.source) ??
      members[0];
    return file ? { file } : undefined;
  }

  private localeFromUrl(segment: string): string | undefined {
    const lower = segment.toLowerCase();
    return this.locales.has(lower) ? lower : [...this.locales].find((l) => l.startsWith(`${lower}-`) || l.endsWith(`-${lower}`));
  }

  private completeness?: boolean;
  /**
   * True when the linted files are (nearly) all the pages of the site: the Markdown files on disk under the
   * `links.site` path folders (else the config's folder), not counting `node_modules` and hidden folders, are
   * at most a tenth (plus two) more than those linted. Counted once, on the first site path that resolves nowhere.
   */
  private complete(): boolean {
    if (this.completeness === undefined) {
      const mapped = Object.entries(this.config.links.site)
        .filter(([prefix]) => prefix.startsWith('/'))
        .map(([, folder]) => folder);
      const folders = mapped.length ? mapped : [this.config.root];
      let unlinted = 0;
      for (const folder of folders) {
        for (const file of fg.sync('**/*.{md,markdown}', { cwd: folder, absolute: true, ignore: ['**/node_modules/**'], dot: false, suppressErrors: true })) {
          if (!this.byAbs.has(resolve(file))) unlinted++;
        }
      }
      this.completeness = unlinted <= this.byAbs.size / 10 + 2;
    }
    return this.completeness;
  }

  private onDisk(abs: string): boolean {
    let known = this.disk.get(abs);
    if (known === undefined) this.disk.set(abs, (known = existsSync(abs)));
    return known;
  }

  /** A link, relative to `from`, to the file or folder whose path differs only in case, `-`/`_` or ordering prefixes. */
  suggest(from: TreeFile<Page>, abs: string, shown: string): string | undefined {
    if (shown.startsWith('/')) {
      const route = this.looseRoutes.get(loosePath(routeKey(shown)));
      if (route) return route;
    }
    const clean = trimEndChars(abs, '/').replace(/\.(?:md|markdown|html?)$/iu, '');
    const hit = this.loose.get(loosePath(clean)) ?? this.loose.get(loosePath(clean.replace(/\.[^./]+$/u, '')));
    if (!hit || hit === clean) return undefined;
    return toPosix(relative(dirname(from.absPath), hit)) || undefined;
  }
}

function commonDir(a: string, b: string): string {
  const x = a.split(sep);
  const y = b.split(sep);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return x.slice(0, i).join(sep) || sep;
}
