/**
 * Read the canonical model: the built-in protocol model (models/builtin.yaml)
 * always, and a product model file over it when the config names one.
 * Both are validated against schemas/model.schema.json, then checked for
 * what a schema cannot say (unknown protocol, region or base product); an
 * error names the file, the line and the key path.
 */
import { relative, resolve } from 'node:path';
import type { Document } from 'yaml';
import type { Direction, Security } from '../types.js';
import { packagePath } from '../paths.js';
import { DataFileError, lineOf, plainData, schemaValidator, validateData } from '../config/validate.js';
import { DataTextError, parseYamlDocument, readRegularFile } from '../config/data-text.js';
import type { DeprecatedHost, Endpoint, KnownHost, Model, Product, ProtocolInfo, ProtocolPort, RegionLabel, RegionWord } from './types.js';
import { CanonicalModel } from './model.js';
import { loadLanguagePacks } from '../language/packs.js';

/** A model file that is not what it should be (the CLI exits 2 on it). */
export class ModelError extends DataFileError {
  constructor(file: string, line: number, keyPath: string, detail: string) {
    super(file, line, keyPath, detail);
    this.name = 'ModelError';
  }
}

interface RawPort {
  port: number;
  security: Security | Security[];
  service?: string;
}
interface RawProtocol {
  names?: string[];
  direction?: Direction;
  ports?: RawPort[];
}
interface RawEndpoint {
  protocol: string;
  direction?: Direction;
  hosts?: string[];
  ports: RawPort[];
  auth?: boolean;
  locales?: string[];
}
interface RawProduct {
  name: string;
  aliases?: string[];
  extends?: string;
  note?: string;
  endpoints?: RawEndpoint[];
}
interface RawHostStatus {
  host: string;
  replacement?: string;
  note?: string;
}
interface RawModel {
  domains?: string[];
  /** A region: its locales, or (newer form) its locales and the labels guides give it. */
  regions?: Record<string, string[] | { locales: string[]; labels?: Record<string, string[]>; words?: string[] }>;
  protocols?: Record<string, RawProtocol>;
  products?: Record<string, RawProduct>;
  hosts?: { deprecated?: RawHostStatus[]; wrong?: RawHostStatus[]; known?: Array<{ host: string; note?: string; locales?: string[] }> };
}

/** A parsed, schema-valid model file, with what is needed to point into it. */
interface ModelFile {
  file: string;
  raw: RawModel;
  doc: Document;
  source: string;
}

const cache = new Map<string, Model>();
const BUILTIN_KEY = '\0builtin';
/** A locale written in a locale list: a language with an optional region or script. */
const LOCALE = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})?$/iu;

/** The model for a file (the built-in one alone when `path` is undefined); cached per path. */
export function loadModel(path?: string): Model {
  const key = path === undefined ? BUILTIN_KEY : resolve(path);
  let model = cache.get(key);
  if (!model) {
    const builtin = readModelFile(packagePath('models', 'builtin.yaml'), 'models/builtin.yaml');
    const files = path === undefined ? [builtin] : [builtin, readModelFile(key, displayPath(key))];
    model = buildModel(files, path === undefined ? undefined : key);
    cache.set(key, model);
  }
  return model;
}

/** Build a model from YAML text laid over the built-in model (tests, editor integrations). */
export function parseModel(source: string, file = 'model.yaml'): Model {
  const builtin = readModelFile(packagePath('models', 'builtin.yaml'), 'models/builtin.yaml');
  return buildModel([builtin, parseModelText(source, file)], file);
}

/** Forget cached models (tests that rewrite a model file). */
export function clearModelCache(): void {
  cache.clear();
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function readModelFile(path: string, display: string): ModelFile {
  let source: string;
  try {
    source = readRegularFile(path);
  } catch (error) {
    throw new ModelError(display, 1, '', (error as Error).message);
  }
  return parseModelText(source, display);
}

function parseModelText(source: string, file: string): ModelFile {
  try {
    const doc = parseDocument(file, source);
    const raw = (plainData(file, doc, source) ?? {}) as RawModel;
    validateData(file, doc, source, raw, schemaValidator('model.schema.json'));
    return { file, raw, doc, source };
  } catch (error) {
    if (error instanceof DataFileError && !(error instanceof ModelError)) {
      throw new ModelError(error.file, error.line, error.keyPath, error.detail);
    }
    throw error;
  }
}

/** Parse YAML keeping node ranges; a syntax error becomes a ModelError at its own line. */
function parseDocument(file: string, source: string): Document {
  try {
    return parseYamlDocument(source);
  } catch (error) {
    if (error instanceof DataTextError) throw new ModelError(file, error.line, '', error.message);
    throw error;
  }
}

function fail(f: ModelFile, path: Array<string | number>, detail: string): never {
  const keys = path.map(String);
  throw new ModelError(f.file, lineOf(f.doc, f.source, keys), keys.join('.'), detail);
}

function expandPorts(ports: readonly RawPort[]): ProtocolPort[] {
  return ports.flatMap((p) => [p.security].flat().map((security) => ({ port: p.port, security, ...(p.service ? { service: p.service } : {}) })));
}

/** Lay the files over each other in order: protocols merge, the rest accumulates. */
function buildModel(files: readonly ModelFile[], source: string | undefined): Model {
  const protocols = new Map<string, ProtocolInfo>();
  const regions: Record<string, string[]> = {};
  const regionLabels: RegionLabel[] = [];
  const regionWords: RegionWord[] = [];
  const builtinPacks = loadLanguagePacks();
  const domains: string[] = [];
  const deprecatedHosts: DeprecatedHost[] = [];
  const knownHosts: KnownHost[] = [];
  const products: Product[] = [];

  for (const f of files) {
    for (const [id, raw] of Object.entries(f.raw.protocols ?? {})) {
      const base = protocols.get(id);
      const ports = expandPorts(raw.ports ?? []);
      if (base) {
        base.names = [...new Set([...base.names, ...(raw.names ?? [])])];
        base.direction = raw.direction ?? base.direction;
        for (const p of ports) if (!base.ports.some((q) => q.port === p.port && q.security === p.security)) base.ports.push(p);
      } else {
        protocols.set(id, { id, names: raw.names ?? [id], ...(raw.direction ? { direction: raw.direction } : {}), ports });
      }
    }
    for (const [id, region] of Object.entries(f.raw.regions ?? {})) {
      regions[id] = Array.isArray(region) ? region : region.locales;
      if (!Array.isArray(region)) {
        for (const [language, labels] of Object.entries(region.labels ?? {})) for (const label of labels) regionLabels.push({ region: id, language, label });
        (region.words ?? []).forEach((word, i) => {
          const keys = ['regions', id, 'words', String(i)];
          regionWords.push({ region: id, word, file: f.file, line: lineOf(f.doc, f.source, keys), keyPath: keys.join('.') });
          // The bundled packs' labels now; extra packs' (and a word no pack gives) when the run's packs are known (createExtractor).
          for (const language of builtinPacks.languages)
            for (const label of builtinPacks.pack(language)?.regions[word] ?? []) regionLabels.push({ region: id, language, label });
        });
      }
    }
    domains.push(...(f.raw.domains ?? []));
  }

  for (const f of files) {
    const checkLocales = (locales: readonly string[] | undefined, path: Array<string | number>): string[] => {
      (locales ?? []).forEach((entry, i) => {
        const name = entry.replace(/^!/u, '');
        if (!(name in regions) && !LOCALE.test(name)) {
          fail(f, [...path, i], `names neither a locale nor a region (known regions: ${Object.keys(regions).join(', ') || 'none'})`);
        }
      });
      return locales ? [...locales] : [];
    };
    for (const [id, region] of Object.entries(f.raw.regions ?? {})) {
      const list = Array.isArray(region) ? region : region.locales;
      const path = Array.isArray(region) ? ['regions', id] : ['regions', id, 'locales'];
      list.forEach((l, i) => {
        if (!LOCALE.test(l.replace(/^!/u, ''))) fail(f, [...path, i], 'must be a locale (regions hold locales, not other regions)');
      });
    }
    const hosts = f.raw.hosts ?? {};
    for (const kind of ['deprecated', 'wrong'] as const) {
      for (const h of hosts[kind] ?? [])
        deprecatedHosts.push({ host: h.host, kind, ...(h.replacement ? { replacement: h.replacement } : {}), ...(h.note ? { note: h.note } : {}) });
    }
    (hosts.known ?? []).forEach((h, i) => {
      knownHosts.push({ host: h.host, ...(h.note ? { note: h.note } : {}), locales: checkLocales(h.locales, ['hosts', 'known', i, 'locales']) });
    });
    products.push(...buildProducts(f, protocols, checkLocales));
  }

  return new CanonicalModel({ source, protocols: [...protocols.values()], products, deprecatedHosts, knownHosts, regions, regionLabels, regionWords, domains });
}

type LocaleCheck = (locales: readonly string[] | undefined, path: Array<string | number>) => string[];

function buildProducts(f: ModelFile, protocols: ReadonlyMap<string, ProtocolInfo>, checkLocales: LocaleCheck): Product[] {
  const raws = f.raw.products ?? {};
  const own = new Map<string, Endpoint[]>();
  for (const [id, raw] of Object.entries(raws)) {
    own.set(
      id,
      (raw.endpoints ?? []).flatMap((e, i) => {
        const protocol = protocols.get(e.protocol) ?? [...protocols.values()].find((p) => p.names.some((n) => n.toLowerCase() === e.protocol.toLowerCase()));
        if (!protocol) fail(f, ['products', id, 'endpoints', i, 'protocol'], `is not a known protocol (known: ${[...protocols.keys()].join(', ')})`);
        const direction = e.direction ?? protocol.direction;
        const locales = checkLocales(e.locales, ['products', id, 'endpoints', i, 'locales']);
        return expandPorts(e.ports).map((p) => ({
          protocol: protocol.id,
          ...(direction ? { direction } : {}),
          hosts: e.hosts ?? [],
          port: p.port,
          security: p.security,
          ...(e.auth === undefined ? {} : { auth: e.auth }),
          locales,
        }));
      }),
    );
  }
  // `extends`: a product starts with its base's endpoints (Zimbra "uses the same settings as MX Plan").
  const resolved = new Map<string, Endpoint[]>();
  const resolve = (id: string, chain: string[]): Endpoint[] => {
    const done = resolved.get(id);
    if (done) return done;
    const base = raws[id].extends;
    let endpoints = own.get(id) ?? [];
    if (base !== undefined) {
      if (!(base in raws)) fail(f, ['products', id, 'extends'], `names no product of this file (products: ${Object.keys(raws).join(', ')})`);
      if (chain.includes(base)) fail(f, ['products', id, 'extends'], `makes a cycle (${[...chain, base].join(' → ')})`);
      endpoints = [...resolve(base, [...chain, base]), ...endpoints];
    }
    resolved.set(id, endpoints);
    return endpoints;
  };
  return Object.entries(raws).map(([id, raw]) => ({ id, name: raw.name, aliases: raw.aliases ?? [], endpoints: resolve(id, [id]) }));
}
