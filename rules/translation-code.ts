/**
 * translation-code: code a translator must copy as is. Code blocks aligned
 * with the source's (by section, then by content) are compared token by
 * token; comments (by the fence's language) and quoted prose may be
 * translated, and values declared in `translation.equivalents` may be
 * localized. Program output (no language, or one of
 * `translation.outputLanguages`) is compared for its commands and values
 * only. Inline code spans of aligned paragraphs are checked for a
 * re-cased or mistyped technical value.
 */
import { defineSetRule } from '../src/rule.js';
import type { FileSummary, UnitInfo } from '../src/types.js';
import { fileName, lineRange, localeName, translations } from '../src/translation/common.js';
import { alignFiles, alignSequence } from '../src/translation/align.js';
import { isPlaceholder, isProseString, tokenize } from '../src/translation/extract.js';
import { canonicalizer, isTechnical, localizedExample, nearMiss } from '../src/translation/values.js';
import { loadLanguagePacks, type LanguagePacks } from '../src/language/packs.js';

/** A token of program output worth comparing: digits, paths, flags, names with `_`, `.` or `=`, variables. */
function isValueToken(t: string): boolean {
  // A list number (`1.`, `2)`) in a sample is numbering, not a value.
  if (isProseString(t) || /^\d+[.)]$/u.test(t)) return false;
  return /\d|^(?:~|\.{1,2})?\/|[=$@]|^--?[a-z0-9]/u.test(t);
}

function show(t: string | undefined): string {
  if (t === undefined) return '';
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
}

interface Line {
  text: string;
  line: number;
  tokens: string[];
}

/** The lines of a block that count, as tokens (only commands and values for program output). */
function linesOf(u: UnitInfo, canon: (s: string) => string, output: boolean): Line[] {
  const out: Line[] = [];
  (u.lines ?? []).forEach((raw, i) => {
    // `key : value` and `key: value` are the same (CSS, YAML).
    const text = canon(raw).replace(/(\w)\s+:(?=\s|$)/gu, '$1:');
    const line = u.ln?.[i] ?? u.l;
    const tokens = tokenize([text], [line]).map((t) => t.text);
    // Output text may be translated: a line of output with no value is not compared.
    if (tokens.length && (!output || tokens.some(isValueToken))) out.push({ text, line, tokens });
  });
  return out;
}

const WORD = /^\p{L}+[,.:;!?]?$/u;

/**
 * First token two aligned lines differ by, where a translator was not free
 * to change it. Quoted prose, localized placeholders and runs of plain
 * words (an `echo`ed sentence, a comment the language's syntax does not
 * mark) may differ; the rest of such a line is not compared.
 */
function firstDifference(
  a: readonly string[],
  b: readonly string[],
  output: boolean,
  language: string | undefined,
  packs: LanguagePacks,
): [string | undefined, string | undefined] | undefined {
  const n = Math.max(a.length, b.length);
  // Inside a localized placeholder phrase (`user concerned` → `utilisateur concerné`): its plain words follow.
  let phrase = false;
  for (let k = 0; k < n; k++) {
    const x = a[k];
    const y = b[k];
    if (x !== undefined && y !== undefined && (x === y || (isProseString(x) && isProseString(y)))) continue;
    if (phrase && x !== undefined && y !== undefined && WORD.test(x) && WORD.test(y)) continue;
    phrase = false;
    // Program output: once its words differ (translated text), only its values are compared.
    if (output && (x === undefined || !isValueToken(x)) && (y === undefined || !isValueToken(y)) && x?.toLowerCase() !== y?.toLowerCase()) {
      return firstDifference(a.slice(k).filter(isValueToken), b.slice(k).filter(isValueToken), false, language, packs);
    }
    if (x !== undefined && y !== undefined) {
      if (isPlaceholder(x) && (isPlaceholder(y) || /^\p{Lu}{2,}$/u.test(y))) return undefined;
      if (localizedPlaceholderPart(x, y)) return undefined;
      // `your.domain.tld` → `votre.domaine.tld`; not a key (`user:`), not the command itself.
      if (k > 0 && !/:$/u.test(x) && b[k + 1] !== '=' && localizedExample(x, y, language, packs)) {
        phrase = WORD.test(x);
        continue;
      }
      // Three plain words in a row on both sides: a sentence. A key (`type:` first on its line) is never one.
      const proseRun = (list: readonly string[]) => list.slice(k, k + 3).filter((t) => WORD.test(t)).length === 3;
      const key = k === 0 && x.endsWith(':');
      if (!key && WORD.test(x) && WORD.test(y) && x.toLowerCase() !== y.toLowerCase() && proseRun(a) && proseRun(b)) return undefined;
      // Placeholder text in brackets or between ellipses (`[Rule Name]`, `...other lines...`).
      const bracketed = (list: readonly string[]) => {
        if (list[k - 1] !== '[' && list[k - 1] !== '(') return false;
        let e = k;
        while (e < list.length && WORD.test(list[e])) e++;
        return e - k >= 2 && /^[\])]$/u.test(list[e] ?? '');
      };
      if (WORD.test(x) && WORD.test(y) && bracketed(a) && bracketed(b)) return undefined;
      if (/^\.{3}\p{L}/u.test(x) && /^\.{3}\p{L}/u.test(y)) return undefined;
    }
    return [x, y];
  }
  return undefined;
}

/** `MAILCOW_PATH/data` and `MAILCOW_ORDNER/data`: only a capitalised placeholder part differs (re-casing still counts). */
function localizedPlaceholderPart(a: string, b: string): boolean {
  const pa = a.split(/[/.]/u);
  const pb = b.split(/[/.]/u);
  if (pa.length !== pb.length) return false;
  const caps = /^\$?\{?\p{Lu}[\p{Lu}\d_]{2,}\}?$/u;
  const named = /^\$?\{?\p{Lu}[\p{Lu}\d]*(?:_[\p{Lu}\d]+)+\}?$/u;
  let differ = 0;
  for (let i = 0; i < pa.length; i++) {
    if (pa[i] === pb[i]) continue;
    if (pa[i].toLowerCase() === pb[i].toLowerCase()) return false;
    // `YOUR_DISK1` may become anything (`miodisco`); `CERTIFICATE` may become another capitalised word.
    if (!named.test(pa[i]) && !(caps.test(pa[i]) && caps.test(pb[i]))) return false;
    differ++;
  }
  return differ > 0;
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const x = new Set(a);
  const y = new Set(b);
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  const union = x.size + y.size - shared;
  return union ? shared / union : 0;
}

export default defineSetRule({
  meta: {
    id: 'translation-code',
    family: 'translation',
    description:
      'Finds code a translation changed: aligned code blocks and inline code compared token by token (comments and prose strings may be translated).',
    defaultSeverity: 'error',
    messages: {
      differs: 'Code differs from the source{how}: `{here}` here where the source `{source}` has `{there}` ({where})',
      extra: 'Code has `{here}` here, which the source `{source}` does not have in this block ({where})',
      doubled: 'Line {line} repeats the line before it; the source `{source}` has it once ({where})',
      short: 'Code lacks `{there}` of the source `{source}` ({where})',
      missing: 'Section `{section}` lacks the source `{source}` code block `{there}` ({where})',
      span: 'Inline code `{here}` is `{there}` in the source `{source}` ({where}){how}',
    },
  },
  check(context) {
    const reference = context.set.reference;
    if (!reference?.units) return;
    const settings = context.config.translation;
    const canon = canonicalizer(settings?.equivalents ?? []);
    const packs = loadLanguagePacks(context.config.lexicons);
    const outputLangs = new Set((settings?.outputLanguages ?? []).map((l) => l.toLowerCase()));
    const isOutput = (u: UnitInfo) => !u.lang || outputLangs.has(u.lang);
    // Findings are held until every translation is compared: a word of the source that several
    // translations each write their own way (`nom_de_la_base`: `database_name`, `datenbankname`)
    // is a placeholder the site localizes, not a change to the code.
    const held: Array<{ file: FileSummary; messageId: string; line: number; refLine: number; data: Record<string, string | number> }> = [];
    for (const file of translations(context.set)) {
      if (!file.units) continue;
      const aligned = alignFiles(reference, file);
      const report = (messageId: string, line: number, refLine: number, data: Record<string, string | number>) =>
        held.push({ file, messageId, line, refLine, data });
      const pairedRef = new Set<number>();
      const pairedHere = new Set<number>();
      for (const [r, t] of aligned.units) {
        pairedRef.add(r);
        pairedHere.add(t);
        const a = aligned.refUnits[r];
        const b = aligned.units2[t];
        if (a.k === 'c') compareCode(a, b, isOutput(a) || isOutput(b), canon, report, reference.language, packs);
        else compareSpans(a, b, canon, report, reference.language, packs);
      }
      reportMissing(reference, file, aligned, pairedRef, pairedHere, report);
    }
    const localized = localizedWords(held);
    for (const h of held) {
      if (h.messageId === 'differs' && localized.has(`${h.refLine}\0${h.data.there}`)) continue;
      context.report({
        file: h.file,
        messageId: h.messageId,
        range: lineRange(h.line),
        data: { source: localeName(reference), locale: localeName(h.file), where: `${fileName(reference)}:${h.refLine}`, ...h.data },
        related: [{ path: reference.path, range: lineRange(h.refLine), message: 'The source.' }],
      });
    }
  },
});

const WORDLIKE = /^`?[\p{L}][\p{L}\p{N}_-]*`?$/u;

/**
 * Source words (at a source line) that two or more translations replace,
 * each with a word of its own: localized placeholders. A word every
 * translation replaces the same way (`—host` for `--host`) is not one.
 */
function localizedWords(held: ReadonlyArray<{ messageId: string; refLine: number; data: Record<string, string | number> }>): Set<string> {
  const forms = new Map<string, string[]>();
  for (const h of held) {
    if (h.messageId !== 'differs' || !WORDLIKE.test(String(h.data.there)) || !WORDLIKE.test(String(h.data.here))) continue;
    const key = `${h.refLine}\0${h.data.there}`;
    forms.set(key, [...(forms.get(key) ?? []), String(h.data.here)]);
  }
  const out = new Set<string>();
  for (const [key, list] of forms) if (list.length >= 2 && new Set(list).size >= 2) out.add(key);
  return out;
}

type Report = (messageId: string, line: number, refLine: number, data: Record<string, string | number>) => void;

function compareCode(
  a: UnitInfo,
  b: UnitInfo,
  output: boolean,
  canon: (s: string) => string,
  report: Report,
  language: string | undefined,
  packs: LanguagePacks,
): void {
  const there = linesOf(a, canon, output);
  const here = linesOf(b, canon, output);
  if (there.length === 0 || here.length === 0) return;
  const pairs = alignSequence(there.length, here.length, (i, j) => {
    if (there[i].text === here[j].text) return 2;
    // Output lines pair by their values (their words may be translated).
    const s = output ? jaccard(there[i].tokens.filter(isValueToken), here[j].tokens.filter(isValueToken)) : jaccard(there[i].tokens, here[j].tokens);
    return s >= 0.3 ? 1 + s : s > 0 && there[i].tokens[0] === here[j].tokens[0] ? 0.5 : 0;
  });
  pairs.push([there.length, here.length]);
  let i = 0;
  let j = 0;
  for (const [pi, pj] of pairs) {
    // A line of each side with no counterpart, at the same place: one line changed beyond recognition.
    if (j < pj && i < pi && !(j > 0 && here[j - 1].text === here[j].text)) {
      const diff = firstDifference(there[i].tokens, here[j].tokens, output, language, packs);
      if (diff?.[0] !== undefined && diff[1] !== undefined) {
        report('differs', here[j].line, there[i].line, { here: show(diff[1]), there: show(diff[0]), how: '' });
        return;
      }
      if (!diff && pi - i === 1 && pj - j === 1) {
        i = pi;
        j = pj;
      }
    }
    // Lines of the translation with no counterpart: a doubled line or an addition.
    if (j < pj) {
      const extra = here[j];
      const refLine = there[Math.min(i, there.length - 1)].line;
      if (j > 0 && here[j - 1].text === extra.text) report('doubled', extra.line, refLine, { line: extra.line });
      else if (here[j + 1]?.text === extra.text) report('doubled', here[j + 1].line, refLine, { line: here[j + 1].line });
      else report('extra', extra.line, refLine, { here: show(extra.text) });
      return;
    }
    if (i < pi) {
      const lost = there[i];
      report('short', here[Math.min(j, here.length - 1)].line, lost.line, { there: show(lost.text) });
      return;
    }
    if (pi === there.length) return;
    const x = there[pi];
    const y = here[pj];
    const diff = firstDifference(x.tokens, y.tokens, output, language, packs);
    if (diff) {
      const [t, h] = diff;
      if (h === undefined) {
        report('short', y.line, x.line, { there: show(t) });
      } else if (t === undefined) {
        report('extra', y.line, x.line, { here: show(h) });
      } else {
        report('differs', y.line, x.line, { here: show(h), there: show(t), how: t.toLowerCase() === h.toLowerCase() ? ' (re-cased)' : '' });
      }
      return;
    }
    i = pi + 1;
    j = pj + 1;
  }
}

function compareSpans(a: UnitInfo, b: UnitInfo, canon: (s: string) => string, report: Report, language: string | undefined, packs: LanguagePacks): void {
  if (!a.spans?.length || !b.spans?.length) return;
  const norm = (x: string) => canon(x.replace(/\s+/gu, ' ').trim());
  const there = a.spans.map(norm);
  const here = b.spans.map(norm);
  const hereSet = new Set(here);
  const thereSet = new Set(there);
  // A UI label with an icon shortcode (`[fa=cogs /] Config panel`) is a label.
  const missing = there.filter((s) => !hereSet.has(s) && isTechnical(s.replace(/\[[^[\]]*\]/gu, '').trim()));
  const extra = here.filter((s) => !thereSet.has(s));
  for (const m of missing) {
    for (const e of extra) {
      const kind = nearMiss(m, e);
      if (!kind) continue;
      // A path with or without its trailing slash is the same folder.
      if (m.replace(/\/$/u, '') === e.replace(/\/$/u, '')) continue;
      // Host names are case-insensitive; a localized placeholder (`IHREDOMAIN` for `myserver`) is not a mistake.
      if (kind === 'case' && /^[\w*.-]+\.\p{L}{2,}$/u.test(m)) continue;
      if (kind === 'part' && differingParts(m, e).some((p) => /^\p{Lu}{3,}$/u.test(p))) continue;
      if (localizedPlaceholderPart(m, e) || localizedExample(m, e, language, packs)) continue;
      report('span', b.l, a.l, { here: show(e), there: show(m), how: kind === 'case' ? ': re-cased' : '' });
      return;
    }
  }
}

function differingParts(a: string, b: string): string[] {
  const pa = a.split(/([/._=:-])/u);
  const pb = b.split(/([/._=:-])/u);
  return pa.flatMap((p, i) => (p === pb[i] ? [] : [p, pb[i] ?? '']));
}

/** A code block of the source with no counterpart in the aligned section of the translation. */
function reportMissing(
  reference: FileSummary,
  file: FileSummary,
  aligned: ReturnType<typeof alignFiles>,
  pairedRef: Set<number>,
  pairedHere: Set<number>,
  report: Report,
): void {
  let spans: Set<string> | undefined;
  aligned.refUnits.forEach((u, r) => {
    if (u.k !== 'c' || pairedRef.has(r) || !u.lines?.length) return;
    const section = aligned.sections.get(u.s);
    // Only where the two sections are surely the same one (they share code or values).
    if (section === undefined || !aligned.sure.has(u.s)) return;
    // The translation's section has a code block of its own that pairs with nothing: rewritten, not missing.
    const hereUnits = aligned.units2.map((x, i) => [x, i] as const).filter(([x]) => x.s === section);
    if (hereUnits.some(([x, i]) => x.k === 'c' && !pairedHere.has(i))) return;
    // Written as inline code in the translation instead of a block: there, not missing.
    spans ??= new Set(aligned.units2.flatMap((x) => (x.spans ?? []).map((sp) => sp.replace(/\s+/gu, ' ').trim())));
    if (u.lines.length === 1 && spans.has(u.lines[0])) return;
    const heading = section >= 0 ? file.headings[section] : undefined;
    report('missing', heading?.range.start.line ?? 1, u.l, { section: heading?.text ?? '(before the first heading)', there: show(u.lines[0]) });
    void reference;
  });
}
