/**
 * Front matter checked against the project's JSON Schema, given as the
 * rule's `schema` option: required keys, types, enums, patterns. Each
 * violation is reported on the line of its key. Numbers written with a
 * leading zero (`order: 08`) are read as text, so a schema that accepts
 * `order` as string or integer accepts them.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { defineFileRule } from '../src/rule.js';
import type { FileContext } from '../src/rule.js';
import { compileSchema } from '../src/config/validate.js';
import { keyLine } from '../src/document/parse.js';

interface Options {
  /** JSON Schema (draft-07) of the front matter object. */
  schema?: Record<string, unknown>;
}

const compiled = new WeakMap<object, ValidateFunction | Error>();

function validator(schema: object): ValidateFunction | Error {
  let fn = compiled.get(schema);
  if (!fn) {
    try {
      fn = compileSchema(schema);
    } catch (error) {
      fn = error instanceof Error ? error : new Error(String(error));
    }
    compiled.set(schema, fn);
  }
  return fn;
}

function show(value: unknown): string {
  const s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

/** What the schema expected, in words, from one or more errors at the same place. */
function expectation(errors: ErrorObject[]): string {
  const parts = errors
    .filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf')
    .map((e) => {
      switch (e.keyword) {
        case 'type':
          return `a value of type \`${String(e.params.type)}\``;
        case 'enum':
          return `one of ${(e.params.allowedValues as unknown[]).map((v) => `\`${show(v)}\``).join(', ')}`;
        case 'const':
          return `\`${show(e.params.allowedValue)}\``;
        case 'pattern':
          return `text matching \`${String(e.params.pattern)}\``;
        default:
          return `a value that ${e.message ?? 'the schema accepts'}`;
      }
    });
  return [...new Set(parts)].join(' or ') || 'a value the schema accepts';
}

function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/gu, '/').replace(/~0/gu, '~');
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

function lineRange(line: number) {
  return { start: { line, column: 1 }, end: { line, column: 1 } };
}

function report(context: FileContext<Options>, errors: ErrorObject[], data: Record<string, unknown>): void {
  const lines = context.frontmatterLines;
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    if (e.keyword === 'required') {
      const key = String(e.params.missingProperty);
      const parent = e.instancePath ? `${e.instancePath.slice(1).replace(/\//gu, '.')}.` : '';
      const top = e.instancePath.split('/')[1];
      context.report({ messageId: 'missing', data: { key: `${parent}${key}` }, range: lineRange(top ? (keyLine(lines, top) ?? 1) : 1) });
    } else if (e.keyword === 'additionalProperties') {
      const key = String(e.params.additionalProperty);
      const top = e.instancePath.split('/')[1] ?? key;
      context.report({ messageId: 'unknownKey', data: { key }, range: lineRange(keyLine(lines, top) ?? 1) });
    } else {
      const list = byPath.get(e.instancePath) ?? [];
      list.push(e);
      byPath.set(e.instancePath, list);
    }
  }
  for (const [path, list] of byPath) {
    const top = path.split('/')[1];
    const key = path.slice(1).replace(/\//gu, '.') || '(front matter)';
    context.report({
      messageId: 'invalid',
      data: { key, value: show(valueAt(data, path)), expected: expectation(list) },
      range: lineRange(top ? (keyLine(lines, top) ?? 1) : 1),
    });
  }
}

export default defineFileRule<Options>({
  meta: {
    id: 'guide-frontmatter',
    family: 'guide',
    description: 'Checks front matter against the JSON Schema given as the `schema` option.',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      missing: 'Unexpected front matter without `{key}`, expected the key (the schema requires it)',
      unknownKey: 'Unexpected front matter key `{key}`, expected only keys the schema allows',
      invalid: 'Unexpected `{key}` value `{value}`, expected {expected}',
      badSchema: 'Unexpected front matter schema in the `guide-frontmatter` options, expected a valid JSON Schema ({reason})',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { schema: { type: 'object' } },
    },
    defaultOptions: {},
  },
  check(context) {
    const schema = context.options.schema;
    if (!schema) return;
    const validate = validator(schema);
    if (validate instanceof Error) {
      context.report({ messageId: 'badSchema', data: { reason: validate.message.split('\n')[0] }, range: lineRange(1) });
      return;
    }
    // Front matter that does not parse is already reported by the engine; judging it as empty would add noise.
    if (context.frontmatter === null && /^---[ \t]*\r?\n/u.test(context.text)) return;
    // `guidelint-disable` is guidelint's own key (which rules the file turns off), not the site's: the schema never sees it.
    const { 'guidelint-disable': _own, ...data } = context.frontmatter ?? {};
    if (validate(data)) return;
    report(context, validate.errors ?? [], data);
  },
});
