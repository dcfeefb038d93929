/**
 * Language packs: every word guidelint knows of one language (claim words,
 * grammar words, UI words, placeholder words, date words, comparator
 * phrases, region words, ISO codes) in one file, `languages/<code>.yaml`,
 * validated against schemas/language.schema.json when it is loaded.
 * Extra folders (the config's `lexicons:`) add packs; a pack there extends
 * the language of the same code. Files in the older lexicon format (claim
 * words at the top level) still load.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { compileSchema, DataFileError, parseDataDocument, plainData, schemaValidator, validateData } from '../config/validate.js';
import { readRegularFile } from '../config/data-text.js';
import { packagePath } from '../paths.js';
import { FALLBACK_ISO_639_3 } from './iso.js';

export type ComparatorClass = 'atLeast' | 'atMost' | 'below' | 'above';
export interface Phrases {
  before: string[];
  after: string[];
}

/** One language's words, merged from every folder that has a pack for it. */
export interface LanguagePack {
  /** ISO 639-1 code, or `common` for the language-neutral words. */
  language: string;
  iso6393?: string;
  name?: string;
  /** Claim words by concept (see CONCEPTS in src/claims/lexicon.ts). */
  claims: Record<string, string[]>;
  grammar: string[];
  ui: { grammar: string[]; words: string[]; borrowed: string[]; alternatives: string[] };
  placeholders: string[];
  dates: { lead: string[]; months: string[][] };
  comparators: Partial<Record<ComparatorClass, Phrases>>;
  /** Generic region words by key (`europe: [Europa]`). */
  regions: Record<string, string[]>;
}

/** Every pack loaded from the built-in folder and the extra ones. */
export interface LanguagePacks {
  /** Languages with a pack (ISO 639-1), `common` excluded, sorted. */
  languages: string[];
  /** The pack of a language (or `common`), if any. */
  pack(language: string | undefined): LanguagePack | undefined;
  /** ISO 639-3 of a language: its pack's, else the fallback table's. */
  iso6393(language: string): string | undefined;
  /** ISO 639-1 of an ISO 639-3 code (packs first, then the fallback table). */
  iso6391(code: string): string | undefined;
  /** The region-word keys some pack defines. */
  regionWords: ReadonlySet<string>;
}

interface RawPack {
  language: string;
  'iso639-3'?: string;
  name?: string;
  claims?: Record<string, string[]>;
  grammar?: unknown[];
  ui?: { grammar?: unknown[]; words?: unknown[]; borrowed?: unknown[]; alternatives?: unknown[] };
  placeholders?: unknown[];
  dates?: { lead?: string[]; months?: string[][] };
  comparators?: Partial<Record<ComparatorClass, Partial<Phrases>>>;
  regions?: Record<string, string[]>;
}

interface PackSchema {
  properties: Record<string, unknown> & { claims: { properties: Record<string, unknown> } };
}

let schemaText: PackSchema | undefined;
function packSchema(): PackSchema {
  schemaText ??= JSON.parse(readFileSync(packagePath('schemas', 'language.schema.json'), 'utf8')) as PackSchema;
  return schemaText;
}

/** The concepts a pack's `claims:` may hold, as the schema lists them. */
function claimKeys(): string[] {
  return Object.keys(packSchema().properties.claims.properties);
}

let legacyValidator: ValidateFunction | undefined;
/** The older lexicon format (claim words at the top level), derived from the pack schema. */
function legacySchema(): ValidateFunction {
  if (!legacyValidator) {
    const schema = packSchema();
    const { claims, language, name } = schema.properties as Record<string, unknown> & { claims: { properties: Record<string, unknown> } };
    legacyValidator = compileSchema({ ...schema, $id: undefined, properties: { language, name, ...claims.properties } });
  }
  return legacyValidator;
}

const cache = new Map<string, LanguagePacks>();

/** The built-in packs plus extra folders (a pack there extends the language of the same code). */
export function loadLanguagePacks(extraDirs: readonly string[] = []): LanguagePacks {
  const key = extraDirs.join('\0');
  const hit = cache.get(key);
  if (hit) return hit;
  const builtin = packagePath('languages');
  const packs = new Map<string, LanguagePack>();
  for (const dir of [builtin, ...extraDirs]) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((n) => /\.ya?ml$/u.test(n))
      .sort()) {
      const file = join(dir, name);
      const raw = readPack(file, dir === builtin ? `languages/${basename(file)}` : file);
      const pack = packs.get(raw.language) ?? emptyPack(raw.language);
      mergeInto(pack, raw);
      packs.set(raw.language, pack);
    }
  }
  const loaded = build(packs);
  cache.set(key, loaded);
  return loaded;
}

/** Read and validate one file: a pack, or a file of the older lexicon format. */
function readPack(file: string, display: string): RawPack {
  let source: string;
  try {
    source = readRegularFile(file);
  } catch (error) {
    throw new DataFileError(display, 1, '', (error as Error).message);
  }
  const doc = parseDataDocument(display, source);
  const data = (plainData(display, doc, source) ?? {}) as Record<string, unknown>;
  const concepts = claimKeys();
  const legacy = data && typeof data === 'object' && !('claims' in data) && Object.keys(data).some((k) => concepts.includes(k));
  if (legacy) {
    validateData(display, doc, source, data, legacySchema());
    const { language, name, ...claims } = data as { language: string; name?: string } & Record<string, string[]>;
    return { language, ...(name === undefined ? {} : { name }), claims };
  }
  try {
    validateData(display, doc, source, data, schemaValidator('language.schema.json'));
    return data as unknown as RawPack;
  } catch (error) {
    // A claim word at the top level beside `claims:`: say where it goes now.
    if (error instanceof DataFileError && concepts.includes(error.keyPath)) {
      throw new DataFileError(error.file, error.line, error.keyPath, `${error.detail} (claim words go under \`claims:\` in a language pack)`);
    }
    throw error;
  }
}

function emptyPack(language: string): LanguagePack {
  return {
    language,
    claims: {},
    grammar: [],
    ui: { grammar: [], words: [], borrowed: [], alternatives: [] },
    placeholders: [],
    dates: { lead: [], months: [] },
    comparators: {},
    regions: {},
  };
}

const words = (list: readonly unknown[] | undefined): string[] => (list ?? []).map((w) => String(w));

/** Lay a file over the pack: identity fields replace, word lists append (months by position). */
function mergeInto(pack: LanguagePack, raw: RawPack): void {
  if (raw['iso639-3']) pack.iso6393 = raw['iso639-3'];
  if (raw.name !== undefined) pack.name = raw.name;
  for (const [concept, terms] of Object.entries(raw.claims ?? {})) (pack.claims[concept] ??= []).push(...terms);
  pack.grammar.push(...words(raw.grammar));
  pack.ui.grammar.push(...words(raw.ui?.grammar));
  pack.ui.words.push(...words(raw.ui?.words));
  pack.ui.borrowed.push(...words(raw.ui?.borrowed));
  pack.ui.alternatives.push(...words(raw.ui?.alternatives));
  pack.placeholders.push(...words(raw.placeholders));
  pack.dates.lead.push(...(raw.dates?.lead ?? []));
  (raw.dates?.months ?? []).forEach((forms, i) => (pack.dates.months[i] ??= []).push(...forms));
  for (const [cls, phrases] of Object.entries(raw.comparators ?? {}) as Array<[ComparatorClass, Partial<Phrases>]>) {
    const into = (pack.comparators[cls] ??= { before: [], after: [] });
    into.before.push(...(phrases.before ?? []));
    into.after.push(...(phrases.after ?? []));
  }
  for (const [word, labels] of Object.entries(raw.regions ?? {})) (pack.regions[word] ??= []).push(...labels);
}

function build(packs: ReadonlyMap<string, LanguagePack>): LanguagePacks {
  const languages = [...packs.keys()].filter((l) => l !== 'common').sort();
  const iso3 = new Map<string, string>(Object.entries(FALLBACK_ISO_639_3));
  for (const language of languages) {
    const code = packs.get(language)?.iso6393;
    if (code) iso3.set(language, code);
  }
  const iso1 = new Map<string, string>();
  for (const [a, b] of iso3) iso1.set(b, a);
  // A language with a pack owns its code (`nob` is `no` in the table, `nb` with an `nb` pack).
  for (const language of languages) if (iso3.has(language)) iso1.set(iso3.get(language)!, language);
  const regionWords = new Set([...packs.values()].flatMap((p) => Object.keys(p.regions)));
  return {
    languages,
    pack: (language) => (language === undefined ? undefined : packs.get(language)),
    iso6393: (language) => iso3.get(language),
    iso6391: (code) => iso1.get(code),
    regionWords,
  };
}
