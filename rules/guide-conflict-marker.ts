/**
 * Lines left by an unresolved git merge: `<<<<<<< ours`, `||||||| base`,
 * `=======`, `>>>>>>> theirs`. A line of seven `=` is also a setext
 * heading underline in CommonMark, so it counts only inside a conflict
 * (after a `<<<<<<<` line, before its `>>>>>>>`). Code blocks are not read:
 * a guide may show a conflict on purpose.
 */
import { defineFileRule } from '../src/rule.js';
import { rangesOf, overlaps } from '../src/guide/text.js';
import { locatorFor } from '../src/document/positions.js';

/** A marker line: exactly seven marker characters, then the end of the line or a space and a label. */
const MARKER = /^(<{7}|\|{7}|={7}|>{7})(?:[ \t][^\n]*)?$/u;
const CODE: ReadonlySet<string> = new Set(['code']);

export default defineFileRule({
  meta: {
    id: 'guide-conflict-marker',
    family: 'guide',
    description: 'Finds git merge conflict markers (`<<<<<<<`, `=======`, `>>>>>>>`) left in a guide.',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      marker: 'Unexpected git merge conflict marker `{marker}`, expected the conflict resolved: one version kept and the marker lines removed',
    },
    schema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
  },
  check(context) {
    const { text } = context;
    // Quick exit: most guides hold no run of seven marker characters at all.
    if (!/^(?:<{7}|>{7}|\|{7})/mu.test(text)) return;
    const code = rangesOf(context.tree, CODE);
    const locator = locatorFor(text);
    let open = false;
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const line = text.slice(start, end).replace(/\r$/u, '');
      const m = line.length >= 7 ? MARKER.exec(line) : null;
      if (m && !overlaps(code, start, start + line.length)) {
        const kind = m[1][0];
        const report = (): void => context.report({ messageId: 'marker', data: { marker: line.trim() }, range: locator.range(start, start + line.length) });
        if (kind === '<') {
          open = true;
          report();
        } else if (kind === '>') {
          open = false;
          report();
        } else if (open && (kind === '|' || line.trimEnd() === '=======')) {
          report();
        }
      }
      start = end + 1;
    }
  },
});
