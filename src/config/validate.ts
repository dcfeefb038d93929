/**
 * Validate a YAML or JSON data file against a JSON Schema and turn the
 * first error into a message naming the file, line and key path.
 * Shared by the config, the model and the language packs.
 */
import { readFileSync } from 'node:fs';
import { DataTextError, parseYamlDocument, readRegularFile, toPlainData } from './data-text.js';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { packagePath } from '../paths.js';
import { isMap, isSeq, isScalar, type Document, type Node as YamlNode } from 'yaml';
import { didYouMean } from '../suggest.js';

/** A data file that is not what it should be: file, line, key path and what was expected. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly keyPath: string,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${keyPath ? `\`${keyPath}\` ` : ''}${detail}`);
    this.name = 'DataFileError';
  }
}

// verbose: errors carry their schema, whose `properties` name the keys a mistyped one may have meant.
const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
const compiled = new Map<string, ValidateFunction>();

/** Compile (once) a schema shipped in the package's `schemas/` folder. */
export function schemaValidator(name: string): ValidateFunction {
  let fn = compiled.get(name);
  if (!fn) {
    const schema = JSON.parse(readFileSync(packagePath('schemas', name), 'utf8')) as object;
    fn = ajv.compile(schema);
    compiled.set(name, fn);
  }
  return fn;
}

/** Compile an arbitrary schema (rule options, front matter schemas). */
export function compileSchema(schema: object): ValidateFunction {
  return ajv.compile(schema);
}

/** Parse YAML/JSON text keeping node ranges, or throw a DataFileError at the syntax error. */
export function parseDataDocument(file: string, source: string): Document {
  try {
    return parseYamlDocument(source);
  } catch (error) {
    if (error instanceof DataTextError)
      throw new DataFileError(file, error.line, '', error.message.replace(/^is not valid YAML:/u, `is not valid YAML/JSON (column ${error.column}):`));
    throw error;
  }
}

/** Plain data of a parsed data file; an alias bomb is a DataFileError at its first alias. */
export function plainData(file: string, doc: Document, source: string): unknown {
  try {
    return toPlainData(doc, source);
  } catch (error) {
    if (error instanceof DataTextError) throw new DataFileError(file, error.line, '', error.message);
    throw error;
  }
}

/** Read, parse and validate a data file; returns plain data. */
export function loadDataFile(file: string, schemaName: string, displayName = file): { data: unknown; doc: Document; source: string } {
  let source: string;
  try {
    source = readRegularFile(file);
  } catch (error) {
    throw new DataFileError(displayName, 1, '', (error as Error).message);
  }
  const doc = parseDataDocument(displayName, source);
  const data = plainData(displayName, doc, source) ?? {};
  validateData(displayName, doc, source, data, schemaValidator(schemaName));
  return { data, doc, source };
}

export function validateData(file: string, doc: Document, source: string, data: unknown, validate: ValidateFunction): void {
  if (validate(data)) return;
  const error = pickError(validate.errors ?? []);
  const path = pointerToPath(error.instancePath);
  const key = error.keyword === 'additionalProperties' ? [...path, String(error.params.additionalProperty)] : path;
  throw new DataFileError(file, lineOf(doc, source, key), key.join('.'), describe(error));
}

/** The most useful of ajv's errors: unknown keys first, then the deepest one (oneOf noise last). */
function pickError(errors: ErrorObject[]): ErrorObject {
  const unknown = errors.find((e) => e.keyword === 'additionalProperties');
  if (unknown) return unknown;
  const concrete = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf');
  const pool = concrete.length ? concrete : errors;
  return pool.reduce((a, b) => (b.instancePath.length > a.instancePath.length ? b : a));
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'additionalProperties': {
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return `is not a known key${didYouMean(String(error.params.additionalProperty), known)}`;
    }
    case 'enum':
      return `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `must be ${error.params.type}`;
    case 'required':
      return `is missing the required key \`${String(error.params.missingProperty)}\``;
    default:
      return error.message ?? 'is not valid';
  }
}

function pointerToPath(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Line of the key (or value) at `path` in the document; the closest existing ancestor otherwise. */
export function lineOf(doc: Document, source: string, path: string[]): number {
  let node: YamlNode | null | undefined = doc.contents as YamlNode | null;
  let offset = node?.range?.[0] ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) break;
      offset = (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? offset;
      node = pair.value as YamlNode | null;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as YamlNode | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return source.slice(0, offset).split('\n').length;
}
