/**
 * translation-structure: a translation has the source's sections, tables,
 * code blocks, admonitions and images. It reports the first real
 * divergence of each kind with both locations, and says once when a whole
 * translation follows another revision of the guide instead of listing
 * every difference that follows from it.
 */
import { defineSetRule } from '../src/rule.js';
import type { FileSummary, HeadingInfo, Range } from '../src/types.js';
import { fileName, lineRange, localeName, translations } from '../src/translation/common.js';

/** Longest common subsequence of two sequences, as index pairs. */
function lcs<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): Array<[number, number]> {
  const n = Math.min(a.length, 400);
  const m = Math.min(b.length, 400);
  const t: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) t[i][j] = same(a[i], b[j]) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
  const out: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (same(a[i], b[j])) {
      out.push([i, j]);
      i++;
      j++;
    } else if (t[i + 1][j] >= t[i][j + 1]) i++;
    else j++;
  }
  return out;
}

function levels(headings: readonly HeadingInfo[]): string {
  const depths = [...new Set(headings.map((h) => h.depth))].sort();
  if (depths.length === 0) return 'none';
  return depths.length === 1 ? `level ${depths[0]}` : `levels ${depths[0]}–${depths[depths.length - 1]}`;
}

/**
 * An image's name without folder, extension or locale marker
 * (`portforwarding_en.png`, `screen-fr-fr.png`): locale variants of one
 * screenshot are the same image.
 */
function base(url: string): string {
  const name = url.split(/[?#]/)[0];
  return (
    name
      .slice(name.lastIndexOf('/') + 1)
      .toLowerCase()
      .replace(/[-_.][a-z]{2}(?:[-_][a-z]{2})?(?=\.[a-z0-9]+$)/u, '')
      // The same screenshot saved as .png in one locale and .jpg in another is the same image.
      .replace(/\.(?:png|jpe?g|gif|webp|svg)$/u, '')
  );
}

function multisetDiff(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

function list(values: readonly string[], max = 3): string {
  const shown = values
    .slice(0, max)
    .map((v) => `\`${v}\``)
    .join(', ');
  return values.length > max ? `${shown} and ${values.length - max} more` : shown;
}

/** The command words of a code block: what it runs, not its translated arguments or comments. */
function commands(fingerprint: string): string {
  return fingerprint
    .split('\n')
    .map((line) => line.split(' ')[0])
    .join(' ');
}

const FIRST: Range = lineRange(1);

const TEXT_LANGS = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'output', 'console', 'log', 'none']);

function isProgram(lang: string | null): boolean {
  return !TEXT_LANGS.has((lang ?? '').toLowerCase());
}

/** Share of command words two blocks have in common (Jaccard). */
function overlap(a: string, b: string): number {
  const x = new Set(a.split(' ').filter(Boolean));
  const y = new Set(b.split(' ').filter(Boolean));
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 1 : shared / union;
}

export default defineSetRule({
  meta: {
    id: 'translation-structure',
    family: 'translation',
    description: "Finds translations whose sections, tables, code blocks, admonitions or images differ from the source's.",
    defaultSeverity: 'warn',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { revisionThreshold: { type: 'number', minimum: 0, maximum: 1 } },
    },
    defaultOptions: { revisionThreshold: 0.6 },
    messages: {
      revision:
        '`{locale}` has a different outline ({here} headings, {hereLevels}) than the source `{source}` ({there} headings, {thereLevels}); it looks like a translation of another revision of the guide',
      levels: 'Headings have other levels than in the source `{source}`: `{heading}` is level {here}, level {there} in the source ({where})',
      missingSection: 'Section `{heading}` of the source `{source}` ({where}) has no counterpart here',
      extraSection: 'Section `{heading}` is not in the source `{source}`',
      tables: '`{locale}` has {here} tables where the source `{source}` has {there}',
      tableShape: 'Table {index} has {here} where the source `{source}` has {there} ({where})',
      code: '`{locale}` has {here} code blocks where the source `{source}` has {there}; first missing: `{first}` ({where})',
      codeExtra: '`{locale}` has {here} code blocks where the source `{source}` has {there}; first extra: `{first}`',
      codeDiffers: 'Code block {index} runs `{here}` where the source `{source}` runs `{there}` ({where})',
      admonitions: 'Admonitions differ from the source `{source}`: {detail}',
      images: 'Images differ from the source `{source}`: {detail}',
    },
  },
  check(context) {
    const reference = context.set.reference;
    if (!reference) return;
    const threshold = Number(context.options.revisionThreshold ?? 0.6);
    for (const file of translations(context.set)) {
      const common = { locale: localeName(file), source: localeName(reference) };
      const report = (messageId: string, range: Range, data: Record<string, string | number>, relatedRange?: Range, relatedText = 'In the source.') =>
        context.report({
          file,
          messageId,
          range,
          data: { ...common, ...data },
          related: relatedRange ? [{ path: reference.path, range: relatedRange, message: relatedText }] : undefined,
        });

      const revised = checkHeadings(file, reference, threshold, report);
      if (!revised) {
        checkTables(file, reference, report);
        checkCode(file, reference, report);
        checkAdmonitions(file, reference, report);
      }
      checkImages(file, reference, report);
    }
  },
});

type Report = (messageId: string, range: Range, data: Record<string, string | number>, relatedRange?: Range, relatedText?: string) => void;

/** Returns true when the translation follows another revision (one finding instead of many). */
function checkHeadings(file: FileSummary, reference: FileSummary, threshold: number, report: Report): boolean {
  const a = reference.headings;
  const b = file.headings;
  if (a.length === 0 && b.length === 0) return false;
  // Levels relative to each file's top level: an outline shifted by one level as a whole is the same outline.
  const top = (h: readonly HeadingInfo[]) => Math.min(...h.map((x) => x.depth));
  const ta = top(a);
  const tb = top(b);
  const pairs = lcs(a, b, (x, y) => x.depth - ta === y.depth - tb);
  const ratio = pairs.length / Math.max(a.length, b.length);
  if (a.length === b.length && ratio < threshold) {
    // Same sections, other levels: a heading-level drift, not another revision.
    const i = a.findIndex((x, k) => x.depth - ta !== b[k].depth - tb);
    report(
      'levels',
      b[i].range,
      { heading: b[i].text, here: b[i].depth, there: a[i].depth, where: `${fileName(reference)}:${a[i].range.start.line}` },
      a[i].range,
    );
    return true;
  }
  if (Math.max(a.length, b.length) >= 3 && ratio < threshold) {
    report(
      'revision',
      b[0]?.range ?? FIRST,
      { here: b.length, hereLevels: levels(b), there: a.length, thereLevels: levels(a) },
      a[0]?.range,
      'The source outline starts here.',
    );
    return true;
  }
  if (a.length > b.length) {
    const matched = new Set(pairs.map(([i]) => i));
    const missing = a.findIndex((_, i) => !matched.has(i));
    if (missing !== -1) {
      const before = pairs.filter(([i]) => i < missing).pop();
      const range = before ? b[before[1]].range : FIRST;
      report(
        'missingSection',
        range,
        { heading: a[missing].text, where: `${fileName(reference)}:${a[missing].range.start.line}` },
        a[missing].range,
        'The section in the source.',
      );
    }
  } else if (b.length > a.length) {
    const matched = new Set(pairs.map(([, j]) => j));
    const extra = b.findIndex((_, j) => !matched.has(j));
    if (extra !== -1) report('extraSection', b[extra].range, { heading: b[extra].text });
  }
  return false;
}

function checkTables(file: FileSummary, reference: FileSummary, report: Report): void {
  const a = reference.tables;
  const b = file.tables;
  if (a.length !== b.length) {
    report('tables', b[0]?.range ?? FIRST, { here: b.length, there: a.length }, a[0]?.range);
    return;
  }
  for (let i = 0; i < a.length; i++) {
    if (a[i].rows === b[i].rows && a[i].columns === b[i].columns) continue;
    report(
      'tableShape',
      b[i].range,
      {
        index: i + 1,
        here: `${b[i].rows} rows × ${b[i].columns} columns`,
        there: `${a[i].rows} rows × ${a[i].columns} columns`,
        where: `${fileName(reference)}:${a[i].range.start.line}`,
      },
      a[i].range,
    );
    return;
  }
}

function checkCode(file: FileSummary, reference: FileSummary, report: Report): void {
  const a = reference.code.filter((c) => c.fingerprint);
  const b = file.code.filter((c) => c.fingerprint);
  if (a.length > b.length) {
    const present = new Set(b.map((c) => commands(c.fingerprint)));
    const missing = a.find((c) => !present.has(commands(c.fingerprint))) ?? a[b.length];
    const first = missing.fingerprint.split('\n')[0].slice(0, 60);
    report(
      'code',
      b[0]?.range ?? FIRST,
      { here: b.length, there: a.length, first, where: `${fileName(reference)}:${missing.range.start.line}` },
      missing.range,
      'The missing code block.',
    );
    return;
  }
  if (a.length < b.length) {
    const present = new Set(a.map((c) => commands(c.fingerprint)));
    const extra = b.find((c) => !present.has(commands(c.fingerprint))) ?? b[a.length];
    report('codeExtra', extra.range, { here: b.length, there: a.length, first: extra.fingerprint.split('\n')[0].slice(0, 60) });
    return;
  }
  for (let i = 0; i < a.length; i++) {
    // Program output and examples are translated; only blocks tagged with a language are compared,
    // and only when most of their commands differ.
    if (!isProgram(a[i].lang) || !isProgram(b[i].lang)) continue;
    const here = commands(b[i].fingerprint);
    const there = commands(a[i].fingerprint);
    if (overlap(here, there) >= 0.5) continue;
    report(
      'codeDiffers',
      b[i].range,
      { index: i + 1, here: here.slice(0, 60), there: there.slice(0, 60), where: `${fileName(reference)}:${a[i].range.start.line}` },
      a[i].range,
    );
    return;
  }
}

function checkAdmonitions(file: FileSummary, reference: FileSummary, report: Report): void {
  const a = reference.admonitions.map((x) => x.kind);
  const b = file.admonitions.map((x) => x.kind);
  const missing = multisetDiff(a, b);
  const extra = multisetDiff(b, a);
  if (!missing.length && !extra.length) return;
  const detail = [missing.length ? `missing ${list(missing)}` : '', extra.length ? `extra ${list(extra)}` : ''].filter(Boolean).join('; ');
  const firstMissing = reference.admonitions.find((x) => missing.includes(x.kind));
  report('admonitions', file.admonitions[0]?.range ?? FIRST, { detail }, firstMissing?.range);
}

function checkImages(file: FileSummary, reference: FileSummary, report: Report): void {
  const a = reference.images.map((i) => base(i.url));
  const b = file.images.map((i) => base(i.url));
  // As many images under other names: localized screenshots (`Galette_1_fr_MAJ.png` for `Galette_1_en_Update.png`).
  if (a.length === b.length) return;
  const missing = multisetDiff(a, b);
  const extra = multisetDiff(b, a);
  if (!missing.length && !extra.length) return;
  const name = (url: string) => url.split(/[?#]/)[0].slice(url.lastIndexOf('/') + 1);
  const shown = (keys: string[], images: FileSummary['images']) => keys.map((k) => name(images.find((i) => base(i.url) === k)?.url ?? k));
  const detail = [
    missing.length ? `missing ${list(shown(missing, reference.images))}` : '',
    extra.length ? `not in the source ${list(shown(extra, file.images))}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  const firstExtra = file.images.find((i) => extra.includes(base(i.url)));
  const firstMissing = reference.images.find((i) => missing.includes(base(i.url)));
  report('images', firstExtra?.range ?? file.images[0]?.range ?? FIRST, { detail }, firstMissing?.range);
}
