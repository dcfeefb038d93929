/**
 * translation-values: values stated in the prose of aligned paragraphs
 * (addresses, versions and version ranges, e-mail addresses, paths,
 * placeholders) must be the source's. A range turned around ("since 3.19"
 * / "3.19 and older", comparator words from the language packs)
 * and a value written wrongly (an octet lost, a digit changed, a
 * placeholder re-cased) are reported; a value simply left out is not
 * (translations reword).
 */
import { defineSetRule } from '../src/rule.js';
import type { UnitInfo } from '../src/types.js';
import { fileName, lineRange, localeName, translations } from '../src/translation/common.js';
import { alignFiles } from '../src/translation/align.js';
import { canonicalizer, localizedExample, nearMiss } from '../src/translation/values.js';
import { loadLanguagePacks, type LanguagePacks } from '../src/language/packs.js';

const RANGE: Record<string, string> = { ge: 'or newer', gt: 'newer than', le: 'or older', lt: 'older than' };
const UP = new Set(['ge', 'gt']);

interface Value {
  kind: string;
  value: string;
  cmp?: string;
}

function parse(v: string): Value {
  const kind = v.slice(0, v.indexOf(':'));
  let value = v.slice(kind.length + 1);
  let cmp: string | undefined;
  if (kind === 'n') {
    const m = /^(.*):(ge|gt|le|lt)$/u.exec(value);
    if (m) {
      value = m[1];
      cmp = m[2];
    }
  }
  return { kind, value, cmp };
}

function describe(v: Value): string {
  return v.cmp ? (v.cmp === 'gt' || v.cmp === 'lt' ? `${RANGE[v.cmp]} ${v.value}` : `${v.value} ${RANGE[v.cmp]}`) : v.value;
}

/** `192.168.1` for `192.168.1.1`: a dotted number with a part lost or added. */
function partLost(a: string, b: string): boolean {
  const pa = a.split('.');
  const pb = b.split('.');
  if (Math.abs(pa.length - pb.length) !== 1 || Math.min(pa.length, pb.length) < 3) return false;
  const [short, long] = pa.length < pb.length ? [pa, pb] : [pb, pa];
  // The longer one with one part removed, anywhere.
  return long.some((_, drop) => long.filter((__, i) => i !== drop).every((p, i) => p === short[i]));
}

export default defineSetRule({
  meta: {
    id: 'translation-values',
    family: 'translation',
    description:
      'Finds values in the prose of a translation (addresses, version ranges, e-mail addresses, paths, placeholders) that differ from the aligned paragraph of the source.',
    defaultSeverity: 'error',
    messages: {
      range: 'This paragraph states `{here}` where the source `{source}` states `{there}` ({where}): the range is turned around',
      value: '`{here}` here where the source `{source}` has `{there}` ({where}){how}',
    },
  },
  check(context) {
    const reference = context.set.reference;
    if (!reference?.units) return;
    const canon = canonicalizer(context.config.translation?.equivalents ?? []);
    const packs = loadLanguagePacks(context.config.lexicons);
    for (const file of translations(context.set)) {
      if (!file.units) continue;
      const aligned = alignFiles(reference, file);
      for (const [r, t] of aligned.units) {
        const a = aligned.refUnits[r];
        const b = aligned.units2[t];
        if (a.k === 'c' || !a.vals?.length || !b.vals?.length) continue;
        const finding = compare(a, b, canon, reference.language, packs);
        if (!finding) continue;
        context.report({
          file,
          messageId: finding.messageId,
          range: lineRange(b.l),
          data: { ...finding.data, source: localeName(reference), locale: localeName(file), where: `${fileName(reference)}:${a.l}` },
          related: [{ path: reference.path, range: lineRange(a.l), message: 'The source paragraph.' }],
        });
      }
    }
  },
});

function compare(
  a: UnitInfo,
  b: UnitInfo,
  canon: (s: string) => string,
  language: string | undefined,
  packs: LanguagePacks,
): { messageId: string; data: Record<string, string> } | undefined {
  const there = (a.vals ?? []).map((v) => parse(canon(v)));
  const here = (b.vals ?? []).map((v) => parse(canon(v)));
  // The same number with a comparator of the other direction on each side.
  for (const x of there) {
    if (!x.cmp) continue;
    const y = here.find((h) => h.kind === 'n' && h.value === x.value && h.cmp && UP.has(h.cmp) !== UP.has(x.cmp as string));
    if (y && !here.some((h) => h.value === x.value && h.cmp && UP.has(h.cmp) === UP.has(x.cmp as string))) {
      return { messageId: 'range', data: { here: describe(y), there: describe(x) } };
    }
  }
  const key = (v: Value) => `${v.kind}:${v.value}`;
  const hereKeys = new Set(here.map(key));
  const thereKeys = new Set(there.map(key));
  const missing = there.filter((v) => !hereKeys.has(key(v)));
  const extra = here.filter((v) => !thereKeys.has(key(v)));
  for (const x of missing) {
    for (const y of extra) {
      if (x.kind !== y.kind) continue;
      if (localizedExample(x.value, y.value, language, packs)) continue;
      const lost = x.kind === 'n' && partLost(x.value, y.value);
      const kind = lost ? 'part' : nearMiss(x.value, y.value);
      if (!kind) continue;
      // Host names and mail addresses are case-insensitive.
      if (kind === 'case' && (x.kind === 'mail' || x.kind === 'path')) continue;
      if (x.value.replace(/\/$/u, '') === y.value.replace(/\/$/u, '')) continue;
      const how = kind === 'case' ? ' (re-cased)' : lost ? ' (a part lost)' : '';
      return { messageId: 'value', data: { here: y.value, there: x.value, how } };
    }
  }
  return undefined;
}
