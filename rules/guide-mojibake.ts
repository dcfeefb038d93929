/**
 * Text garbled by a wrong encoding round trip: UTF-8 read as
 * Windows-1252/Latin-1 (`OVHâ€™s`, `sÃ¤hkÃ¶posti`) and U+FFFD replacement
 * characters. Front matter is read too; code is not.
 */
import { defineFileRule } from '../src/rule.js';
import { findMojibake } from '../src/guide/mojibake.js';
import { CODE_TYPES, inside, rangesOf } from '../src/guide/text.js';
import { locatorFor } from '../src/document/positions.js';

const REPLACEMENT = /\ufffd+/gu;

export default defineFileRule({
  meta: {
    id: 'guide-mojibake',
    family: 'guide',
    description: 'Finds text garbled by an encoding round trip (UTF-8 read as Windows-1252) and U+FFFD replacement characters.',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      mojibake: 'Unexpected mojibake `{found}`, expected `{expected}` (UTF-8 text was read as Windows-1252)',
      replacement: 'Unexpected replacement character `{found}`, expected the character that was lost when the text was converted',
    },
    schema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
  },
  check(context) {
    const { text } = context;
    const code = rangesOf(context.tree, CODE_TYPES);
    const locator = locatorFor(text);
    for (const run of findMojibake(text)) {
      if (inside(code, run.start)) continue;
      context.report({
        messageId: 'mojibake',
        data: { found: run.text, expected: run.repaired },
        range: locator.range(run.start, run.end),
        fix: { range: [run.start, run.end], text: run.repaired },
      });
    }
    for (const m of text.matchAll(REPLACEMENT)) {
      if (inside(code, m.index)) continue;
      context.report({ messageId: 'replacement', data: { found: m[0] }, range: locator.range(m.index, m.index + m[0].length) });
    }
  },
});
