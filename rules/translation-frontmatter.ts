/**
 * translation-frontmatter: front matter keys that name the guide itself
 * (config `frontmatter.identical`, e.g. `legacy_guide_number`,
 * `deprecated`, `hidden`) must be the same in every locale. Translated
 * keys (title, excerpt, slug…) are never compared. `g1300` and `1300` are
 * the same value written two ways, and the message says so.
 */
import { defineSetRule } from '../src/rule.js';
import { fileName, keyRange, localeName, translations } from '../src/translation/common.js';
import { keyLine } from '../src/document/parse.js';

function show(value: unknown): string {
  return typeof value === 'string' ? value.trim() : JSON.stringify(value);
}

/** Same digits, different spelling (`g1300` / `1300`, `'08'` / `8`). */
function sameWrittenDifferently(a: unknown, b: unknown): boolean {
  const digits = (v: unknown) => /^\D{0,3}(\d+)\D{0,3}$/u.exec(show(v))?.[1].replace(/^0+(?=\d)/u, '');
  const x = digits(a);
  return x !== undefined && x === digits(b);
}

export default defineSetRule({
  meta: {
    id: 'translation-frontmatter',
    family: 'translation',
    description: 'Finds front matter keys that must be identical in every locale (configured) but differ from the source.',
    defaultSeverity: 'error',
    schema: { type: 'object', additionalProperties: false, properties: { keys: { type: 'array', items: { type: 'string' } } } },
    messages: {
      spelling:
        '`{key}` is written `{here}` here and `{there}` in the source `{source}` ({where}): the same guide written two ways, write it as the source does',
      differs: '`{key}` is `{here}` here but `{there}` in the source `{source}` ({where})',
      missing: '`{key}: {there}` of the source `{source}` ({where}) is missing here',
      extra: '`{key}: {here}` is set here but not in the source `{source}`',
      shape: '`{key}` has {here} here but {there} in the source `{source}` ({where})',
      unparsed:
        'These lines were meant as front matter but do not parse as such (opening `---` missing, or not on the first line); the source `{source}` has front matter ({where})',
    },
  },
  check(context) {
    const { set } = context;
    const reference = set.reference;
    if (!reference) return;
    const policy = context.config.frontmatterPolicy ?? {};
    const keys = [
      ...new Set([
        ...((context.options.keys as string[] | undefined) ?? context.config.frontmatterIdentical),
        ...Object.keys(policy).filter((k) => policy[k] === 'identical'),
      ]),
    ];
    const shapeKeys = Object.keys(policy).filter((k) => policy[k] === 'same-keys');
    const refData = reference.frontmatter ?? {};
    for (const file of translations(set)) {
      if (reference.frontmatter && !file.frontmatter && file.frontmatterUnparsed) {
        context.report({
          file,
          messageId: 'unparsed',
          range: { start: { line: file.frontmatterUnparsed, column: 1 }, end: { line: file.frontmatterUnparsed, column: 1 } },
          data: { source: localeName(reference), where: `${fileName(reference)}:1` },
          related: [{ path: reference.path, range: keyRange(reference, Object.keys(refData)[0] ?? ''), message: "The source's front matter." }],
        });
        continue;
      }
      if (!file.frontmatter && !reference.frontmatter) continue;
      checkShapes(context, file, reference, shapeKeys);
      const data = file.frontmatter ?? {};
      for (const key of keys) {
        const here = data[key];
        const there = refData[key];
        if (here === undefined && there === undefined) continue;
        if (here !== undefined && there !== undefined && show(here) === show(there)) continue;
        const where = `${fileName(reference)}:${keyLine(reference.frontmatterLines, key) ?? 1}`;
        const base = { locale: localeName(file), key, source: localeName(reference), where };
        const related = [{ path: reference.path, range: keyRange(reference, key), message: `The source's \`${key}\`.` }];
        if (here === undefined) {
          context.report({ file, messageId: 'missing', range: keyRange(file, key), data: { ...base, there: show(there) }, related });
        } else if (there === undefined) {
          context.report({ file, messageId: 'extra', range: keyRange(file, key), data: { ...base, here: show(here) } });
        } else {
          const messageId = sameWrittenDifferently(here, there) ? 'spelling' : 'differs';
          context.report({ file, messageId, range: keyRange(file, key), data: { ...base, here: show(here), there: show(there) }, related });
        }
      }
    }
  },
});

/** `{active, depth}` or `3 items`: what a `same-keys` comparison looks at. */
function shapeOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return `${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object')
    return `keys {${Object.keys(value as object)
      .sort()
      .join(', ')}}`;
  return 'a value';
}

function checkShapes(
  context: Parameters<Parameters<typeof defineSetRule>[0]['check']>[0],
  file: NonNullable<typeof context.set.reference>,
  reference: NonNullable<typeof context.set.reference>,
  keys: readonly string[],
): void {
  const refData = reference.frontmatter ?? {};
  const data = file.frontmatter ?? {};
  for (const key of keys) {
    const there = shapeOf(refData[key]);
    const here = shapeOf(data[key]);
    if (there === here) continue;
    const where = `${fileName(reference)}:${reference.frontmatterLines[key] ?? 1}`;
    const base = { locale: localeName(file), key, source: localeName(reference), where };
    const related = [{ path: reference.path, range: keyRange(reference, key), message: `The source's \`${key}\`.` }];
    if (here === undefined) context.report({ file, messageId: 'missing', range: keyRange(file, key), data: { ...base, there: show(refData[key]) }, related });
    else if (there === undefined) context.report({ file, messageId: 'extra', range: keyRange(file, key), data: { ...base, here: show(data[key]) } });
    else context.report({ file, messageId: 'shape', range: keyRange(file, key), data: { ...base, here, there }, related });
  }
}
