/**
 * `--cache`: the outcome of each file (messages + summary) kept between
 * runs, so a run where little changed re-parses little. Set rules always
 * re-run, from cached and fresh summaries alike, so a changed translation
 * is still compared with its unchanged siblings.
 *
 * One file holds the whole cache (a v8-serialized blob: one read, one
 * write, no per-file I/O). Its `key` digests everything a file's outcome
 * depends on besides the file itself: guidelint's version and build, the
 * resolved config, the model, the extra language packs, the bundled data and the
 * effective rules. Any change there discards every entry. Per file,
 * size + mtime + ctime is a pre-check and the content hash is the truth
 * (a file whose ctime moved is hashed: restoring mtime after an edit,
 * as `touch -r`, `cp -p` and `rsync -t` do, cannot restore ctime); when an
 * effective rule reads files on disk (`meta.uses.filesOnDisk`), the local
 * files a guide points to (images, relative links) are re-checked for
 * existence, since that rule's verdict depends on them.
 *
 * Set rules' findings are kept too, per translation set, under a digest of
 * its members (paths, locales, content hashes, commit dates): a set none
 * of whose members changed is not compared again, and its members' full
 * summaries are never decoded (only the few fields reporters and the
 * commit-date wait need are read with the blob).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { packageRoot, packageVersion } from '../paths.js';
import type { FileOutcome, FileTarget } from './lint-file.js';
import type { Setup } from './environment.js';
import type { FileResult, FileSummary, LintMessage } from '../types.js';
import { cutAtFirst } from '../document/trim.js';

const FORMAT = 5;

/** Size, mtime, ctime and content hash of a file, taken when it was read for linting. */
export interface Fingerprint {
  size: number;
  mtimeMs: number;
  /** Status change time: tools that restore mtime after an edit (`touch -r`, `cp -p`, `rsync -t`) cannot restore it. */
  ctimeMs: number;
  hash: string;
  /** When the stat was taken (ms since epoch); a file modified this close to it is always re-hashed. */
  checkedAt: number;
}

interface Entry {
  absPath: string;
  locale?: string;
  setKey?: string;
  fingerprint: Fingerprint;
  /** Existence of the local files the guide points to, when it was linted. */
  probes: Array<[string, boolean]>;
  /**
   * The file's result (its messages), v8-serialized: off the JS heap while
   * the run holds it, and every hit gets its own copy (callers may change
   * what they are given).
   */
  outcome: Uint8Array;
  /** The full summary, serialized the same way; decoded only when the file's set is compared again. */
  summary: Uint8Array;
  head: SummaryHead;
  /** What the tree rules keep of the file (see tree-phase.ts), serialized; absent when none ran. */
  tree?: Uint8Array;
}

/** What is read of a summary without decoding it: what reporters keep, and the front matter (for the commit-date wait). */
export interface SummaryHead {
  product?: string;
  lines: number;
  unreadable?: boolean;
  frontmatter: Record<string, unknown> | null;
}

interface SetEntry {
  digest: string;
  /** Path of the set's reference. */
  reference?: string;
  /** serialize(Map<path, LintMessage[]>) */
  messages: Uint8Array;
  /** serialize(what tree-wide rules kept of the set), see TreeHook. */
  collected?: Uint8Array;
}

interface Blob {
  format: number;
  key: string;
  entries: Map<string, Entry>;
  sets: Map<string, SetEntry>;
}

/** A cache hit: the result now, the summary on demand. */
export interface CachedOutcome {
  result: FileResult;
  head: SummaryHead;
  /** Content hash of the file (part of its set's digest). */
  hash: string;
  /** The full summary; undefined if its stored bytes are damaged. */
  summary(): FileSummary | undefined;
  /** What the tree rules kept of the file, when it was stored; undefined otherwise or if damaged. */
  tree(): unknown;
}

/** A set's stored findings. */
export interface CachedSet {
  messages: Map<string, LintMessage[]>;
  reference?: string;
  /** What tree-wide rules kept of the set, per rule id. */
  collected?: Record<string, unknown[]>;
}

export interface CacheOptions {
  cwd: string;
  /** Folder of the cache; default node_modules/.cache/guidelint under the config root (or cwd). */
  location?: string;
  /** Part of the file name, so concurrent shards do not overwrite each other's cache. */
  variant?: string;
}

export interface FileCache {
  /** The stored outcome when the file and what it points to are unchanged; else undefined. */
  get(target: FileTarget): CachedOutcome | undefined;
  /** Store a fresh outcome with the fingerprint taken when the file was read. */
  set(target: FileTarget, outcome: FileOutcome, fingerprint: Fingerprint | undefined, tree?: unknown): void;
  /** The set's stored findings, if they were made from members with this digest. */
  getSet(key: string, digest: string): CachedSet | undefined;
  /** Store a set's findings under the digest of its members. */
  setSet(key: string, digest: string, found: CachedSet): void;
  /** Write the cache atomically (only when something changed). Never throws. */
  save(): void;
  readonly path: string;
  readonly stats: { hits: number; misses: number };
  /** Sets whose stored findings were reused, and sets compared afresh (slim runs). */
  readonly setStats: { hits: number; misses: number };
}

/** Files modified within this many ms of being read are not trusted on size + mtime alone (coarse timestamps). */
const RACY_MS = 2000;

export function hashBuffer(buffer: Uint8Array): string {
  return createHash('sha1').update(buffer).digest('hex');
}

/** Stat, then read, then hash: a change after the stat makes the next run re-hash, never trust a stale outcome. */
export function fingerprintOf(stat: { size: number; mtimeMs: number; ctimeMs: number }, buffer: Uint8Array, checkedAt: number): Fingerprint {
  return { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, hash: hashBuffer(buffer), checkedAt };
}

export function defaultCacheFolder(setup: Setup, cwd: string): string {
  const root = setup.env.config.configPath ? setup.env.config.root : resolve(cwd);
  return join(root, 'node_modules', '.cache', 'guidelint');
}

export function openCache(setup: Setup, options: CacheOptions): FileCache {
  const folder = resolve(options.cwd, options.location ?? defaultCacheFolder(setup, options.cwd));
  // Paths in outcomes are relative to cwd, so the cache belongs to a (config, cwd) pair.
  const name = createHash('sha1')
    .update(`${setup.env.config.configPath ?? ''}\0${resolve(options.cwd)}\0${options.variant ?? ''}`)
    .digest('hex')
    .slice(0, 16);
  const path = join(folder, `guidelint-${name}.cache`);
  const key = cacheKey(setup);
  const previous = load(path, key);
  const entries = previous?.entries ?? new Map<string, Entry>();
  const sets = previous?.sets ?? new Map<string, SetEntry>();
  let dirty = previous === undefined;
  const stats = { hits: 0, misses: 0 };
  const setStats = { hits: 0, misses: 0 };
  const probing = setup.effective.some((e) => e.rule.meta.uses?.filesOnDisk);

  return {
    path,
    stats,
    setStats,
    get(target) {
      const entry = entries.get(target.path);
      const fresh = entry && valid(entry, target) ? check(entry, target) : undefined;
      const result = fresh && decodeResult(entry!.outcome, target);
      if (fresh && result) {
        stats.hits++;
        if (fresh.refreshed) dirty = true;
        const bytes = entry!.summary;
        const tree = entry!.tree;
        return {
          result,
          head: entry!.head,
          hash: entry!.fingerprint.hash,
          summary: () => decodeSummary(bytes, target),
          tree: () => (tree instanceof Uint8Array ? decodeTree(tree) : undefined),
        };
      }
      stats.misses++;
      return undefined;
    },
    set(target, outcome, fingerprint, tree) {
      if (!fingerprint) return;
      entries.set(target.path, {
        absPath: target.absPath,
        locale: target.locale,
        setKey: target.setKey,
        fingerprint,
        probes: probing ? probesOf(outcome.summary) : [],
        outcome: serialize({ result: outcome.result }),
        summary: serialize(outcome.summary),
        head: {
          product: outcome.summary.product,
          lines: outcome.summary.lines,
          unreadable: outcome.summary.unreadable,
          frontmatter: outcome.summary.frontmatter,
        },
        tree: tree === undefined ? undefined : serialize(tree),
      });
      dirty = true;
    },
    getSet(setKey, digest) {
      const found = storedSet(sets.get(setKey), digest);
      if (found) setStats.hits++;
      else setStats.misses++;
      return found;
    },
    setSet(setKey, digest, found) {
      sets.set(setKey, { digest, reference: found.reference, messages: serialize(found.messages), collected: found.collected && serialize(found.collected) });
      dirty = true;
    },
    save() {
      if (!dirty) return;
      try {
        makeFolder(folder);
        const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
        writeFileSync(temp, serialize({ format: FORMAT, key, entries, sets } satisfies Blob));
        try {
          renameSync(temp, path);
        } catch (error) {
          unlinkSync(temp);
          throw error;
        }
        dirty = false;
      } catch {
        // A cache that cannot be written (read-only folder, full disk) only costs speed.
      }
    },
  };
}

/**
 * `mkdir -p` one level at a time. Node's recursive mkdir retries forever
 * (100% CPU) where the kernel answers ENOENT for a folder whose parent
 * exists, as under /proc.
 */
function makeFolder(folder: string): void {
  const missing: string[] = [];
  let dir = resolve(folder);
  while (!existsSync(dir)) {
    missing.push(dir);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const level of missing.reverse()) mkdirSync(level);
}

/** The previous entries if the blob is readable and made under the same key. Anything else: start empty. */
function load(path: string, key: string): Pick<Blob, 'entries' | 'sets'> | undefined {
  let data: unknown;
  try {
    data = deserialize(readFileSync(path));
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object') return undefined;
  const blob = data as Partial<Blob>;
  if (blob.format !== FORMAT || blob.key !== key || !(blob.entries instanceof Map) || !(blob.sets instanceof Map)) return undefined;
  return { entries: blob.entries, sets: blob.sets };
}

/** A set's stored findings, if made from the same members and readable. */
function storedSet(entry: SetEntry | undefined, digest: string): CachedSet | undefined {
  if (!entry || entry.digest !== digest || !(entry.messages instanceof Uint8Array)) return undefined;
  try {
    const messages = deserialize(entry.messages) as unknown;
    if (!(messages instanceof Map)) return undefined;
    const collected = entry.collected instanceof Uint8Array ? (deserialize(entry.collected) as unknown) : undefined;
    const kept = collected && typeof collected === 'object' ? (collected as Record<string, unknown[]>) : undefined;
    return { messages: messages as Map<string, LintMessage[]>, reference: entry.reference, ...(kept ? { collected: kept } : {}) };
  } catch {
    return undefined;
  }
}

/** The stored result, or undefined when its bytes or shape are damaged (a miss, not a crash). */
function decodeResult(bytes: Uint8Array, target: FileTarget): FileResult | undefined {
  let o: { result?: Partial<FileResult> } | undefined;
  try {
    o = deserialize(bytes) as { result?: Partial<FileResult> };
  } catch {
    return undefined;
  }
  return Array.isArray(o?.result?.messages) && o.result.path === target.path ? (o.result as FileResult) : undefined;
}

/** The stored summary, or undefined when its bytes or shape are damaged. */
function decodeSummary(bytes: Uint8Array, target: FileTarget): FileSummary | undefined {
  try {
    const s = deserialize(bytes) as Partial<FileSummary> | undefined;
    return s && typeof s === 'object' && s.path === target.path && Array.isArray(s.headings) ? (s as FileSummary) : undefined;
  } catch {
    return undefined;
  }
}

function decodeTree(bytes: Uint8Array): unknown {
  try {
    return deserialize(bytes) as unknown;
  } catch {
    return undefined;
  }
}

/** Shape check of an entry read from disk. */
function valid(entry: Entry, target: FileTarget): boolean {
  const f = entry?.fingerprint;
  return (
    typeof f?.size === 'number' &&
    typeof f.mtimeMs === 'number' &&
    typeof f.ctimeMs === 'number' &&
    typeof f.hash === 'string' &&
    typeof f.checkedAt === 'number' &&
    Array.isArray(entry.probes) &&
    entry.outcome instanceof Uint8Array &&
    entry.summary instanceof Uint8Array &&
    typeof entry.head === 'object' &&
    entry.head !== null &&
    entry.absPath === target.absPath &&
    entry.locale === target.locale &&
    entry.setKey === target.setKey
  );
}

/** Is the entry still the truth for the file? `refreshed` when only its stat changed (same content). */
function check(entry: Entry, target: FileTarget): { refreshed: boolean } | undefined {
  const f = entry.fingerprint;
  let stat;
  try {
    stat = statSync(target.absPath);
  } catch {
    return undefined;
  }
  let refreshed = false;
  // Size and mtime alone can be restored after an edit; ctime cannot (only set to now), so a file whose ctime moved is hashed.
  const trusted = stat.size === f.size && stat.mtimeMs === f.mtimeMs && stat.ctimeMs === f.ctimeMs && Math.max(f.mtimeMs, f.ctimeMs) < f.checkedAt - RACY_MS;
  if (!trusted) {
    const checkedAt = Date.now();
    let buffer: Buffer;
    try {
      buffer = readFileSync(target.absPath);
    } catch {
      return undefined;
    }
    if (hashBuffer(buffer) !== f.hash) return undefined;
    entry.fingerprint = { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, hash: f.hash, checkedAt };
    refreshed = true;
  }
  for (const [path, existed] of entry.probes) {
    if (existsSync(path) !== existed) return undefined;
  }
  return { refreshed };
}

/** A URL that names a local file next to the guide: no scheme, not site-absolute, not a same-page fragment. */
const NOT_LOCAL = /^(?:[a-z][a-z0-9+.-]*:|\/|#)/iu;

/** Local files the guide points to, with whether they exist now. */
function probesOf(summary: FileSummary): Array<[string, boolean]> {
  const folder = dirname(summary.absPath);
  const seen = new Map<string, boolean>();
  for (const { url } of [...summary.images, ...summary.links]) {
    if (!url || NOT_LOCAL.test(url)) continue;
    let local = cutAtFirst(url, '?#');
    if (!local) continue;
    try {
      local = decodeURIComponent(local);
    } catch {
      // Keep the raw text: that is what a rule would look for, too.
    }
    const abs = resolve(folder, local);
    if (!seen.has(abs)) seen.set(abs, existsSync(abs));
  }
  return [...seen];
}

/** Digest of everything besides the file itself that a file's outcome depends on. */
export function cacheKey(setup: Setup): string {
  const { config } = setup.env;
  const hash = createHash('sha256');
  const add = (label: string, value: string | Uint8Array): void => {
    hash.update(`\0${label}\0`);
    hash.update(value);
  };
  add('format', String(FORMAT));
  add('version', packageVersion());
  add('node', process.versions.v8);
  add('config', stableJson(config));
  add('rules', stableJson(setup.effective.map((e) => [e.rule.meta.id, e.severity, e.options])));
  if (config.model) add('model', readOrMissing(config.model));
  for (const dir of config.lexicons) addTree(add, 'lexicon', dir, 'content');
  const pkg = packageRoot();
  // Bundled data (built-in model, language packs) by content; the built code by size and mtime.
  for (const dir of ['models', 'languages']) addTree(add, 'bundled', join(pkg, dir), 'content');
  addTree(add, 'build', join(pkg, 'dist'), 'stat');
  return hash.digest('hex');
}

function readOrMissing(path: string): Uint8Array | string {
  try {
    return readFileSync(path);
  } catch {
    return '\0missing';
  }
}

/** Add every file under `dir` (sorted, recursive) to the digest, by content or by stat. */
function addTree(add: (label: string, value: string | Uint8Array) => void, label: string, dir: string, by: 'content' | 'stat'): void {
  if (!existsSync(dir)) {
    add(label, `${dir}\0missing`);
    return;
  }
  const stat = statSync(dir);
  if (stat.isFile()) {
    add(label, dir);
    add(label, by === 'content' ? readOrMissing(dir) : `${stat.size}:${stat.mtimeMs}`);
    return;
  }
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    addTree(add, label, join(dir, name), by);
  }
}

/** JSON with sorted object keys, so the same config always digests the same. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}
