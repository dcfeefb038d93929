/**
 * Text in another language inside a guide: whole paragraphs (judged by
 * franc's trigram language identification, only on paragraphs with enough
 * prose) and short quoted UI labels or link texts left in English in a
 * non-English guide (`klikkaa ”Next”`, `[clicking here](…)`), judged with
 * the UI words of the language packs (languages/*.yaml). Code, URLs, link targets,
 * HTML and inline code (UI labels such as `` `Next`{.action} `` included)
 * are never read.
 */
import type { Link, Nodes, Parent } from 'mdast';
import { francAll } from 'franc';
import { data as francData } from 'franc/data.js';
import { expressions as francScripts } from 'franc/expressions.js';
import { defineFileRule } from '../src/rule.js';
import type { FileContext } from '../src/rule.js';
import { loadLanguagePacks, type LanguagePacks } from '../src/language/packs.js';
import { nonTextSpans, overlaps, spanOf, walk } from '../src/guide/text.js';
import { locatorFor } from '../src/document/positions.js';
import { inlineText } from '../src/document/mdast-text.js';

interface Options {
  /** Fewest letters of prose a paragraph needs before its language is judged. */
  minLength: number;
  /** Languages (ISO 639-1) a paragraph may be taken for; the file's own is always added. */
  languages: string[];
  /** How far below the best language the file's language may score (0–1) before a paragraph is reported. */
  margin: number;
  /** Check quoted UI labels and link texts against the UI word lists (non-English guides). */
  labels: boolean;
}

interface UiWords {
  fn: ReadonlySet<string>;
  ui: ReadonlySet<string>;
  borrowed: Map<string, ReadonlySet<string>>;
}

const lowerSet = (list: readonly string[]): ReadonlySet<string> => new Set(list.map((w) => w.toLowerCase()));

const uiWordsOf = new WeakMap<LanguagePacks, UiWords>();
/** English label words (grammar and UI words of the English pack), and what each language borrows unchanged. */
function uiWords(packs: LanguagePacks): UiWords {
  let words = uiWordsOf.get(packs);
  if (!words) {
    const en = packs.pack('en');
    words = { fn: lowerSet(en?.ui.grammar ?? []), ui: lowerSet(en?.ui.words ?? []), borrowed: new Map() };
    for (const language of packs.languages) words.borrowed.set(language, lowerSet(packs.pack(language)?.ui.borrowed ?? []));
    uiWordsOf.set(packs, words);
  }
  return words;
}

/** Languages franc can recognise (trigram profiles, or a script of their own such as `cmn`, `ell`). */
const FRANC_LANGUAGES: ReadonlySet<string> = new Set([
  ...Object.values(francData).flatMap((group) => Object.keys(group)),
  ...Object.keys(francScripts).filter((key) => /^[a-z]{3}$/u.test(key)),
]);

/** Template and shortcode syntax of static site generators (`{% if %}`, `{{ x }}`, `[ui-tab …]`, `:material-icon:`, `!!!` notices). */
const MARKUP =
  /\{%[^%\n]{0,200}%\}|\{\{[^}\n]{0,200}\}\}|\[\/?[\p{L}][\p{L}\p{N}_-]{0,40}(?:[ =][^\]\n]{0,200})?\]|:[a-z][a-z0-9]{0,30}(?:-[a-z0-9]{1,30}){1,5}:|^!{1,4}(?=\s)/gmu;

/** A word that looks like a URL, an address, a path or a host name: not prose. */
const TECHNICAL = /[/@\\_=]|:\/\/|\.\p{L}/u;
const NOT_LETTERS = /[^\p{L}]+/gu;
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;
/** A character every label checkLabels reads starts with: a quote or a link's `[`. */
const LABEL_START = /["“”„«»[]/u;
const QUOTES: ReadonlyArray<RegExp> = [
  /"([^"\n]{1,80})"/gu,
  /“([^“”\n]{1,80})”/gu,
  /”([^“”\n]{1,80})”/gu,
  /„([^„“”\n]{1,80})[“”]/gu,
  /«[ \u00a0\u202f]?([^«»\n]{1,80}?)[ \u00a0\u202f]?»/gu,
  /»([^«»\n]{1,80})«/gu,
];

/** Prose of an inline container for language identification: text and link text, without code, HTML or bare URLs. */
function prose(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'inlineCode' || node.type === 'html' || node.type === 'image' || node.type === 'imageReference') return ' ';
  if (node.type === 'link') {
    const inner = (node.children as Nodes[]).map(prose).join('');
    return inner.trim() === node.url ? ' ' : inner;
  }
  if ('children' in node) return (node as Parent).children.map((c) => prose(c as Nodes)).join('');
  return ' ';
}

function letters(s: string): number {
  return s.replace(NOT_LETTERS, '').length;
}

const grammarOf = new WeakMap<LanguagePacks, Map<string, ReadonlySet<string>>>();
/** The grammar words of each language pack, by language (ISO 639-1). */
function functionWords(packs: LanguagePacks): Map<string, ReadonlySet<string>> {
  let grammar = grammarOf.get(packs);
  if (!grammar) {
    grammar = new Map();
    for (const language of packs.languages) {
      const list = packs.pack(language)?.grammar ?? [];
      if (list.length) grammar.set(language, lowerSet(list));
    }
    grammarOf.set(packs, grammar);
  }
  return grammar;
}

/** Own-language grammar words needed before a paragraph is taken as the file's language without franc. */
const CLEARLY_OWN = 4;

/**
 * True when the paragraph's grammar words are clearly its own language's:
 * at least CLEARLY_OWN of them and three times as many as any other
 * candidate language's. Such a paragraph is not sent to franc.
 */
export function clearlyOwn(text: string, own: ReadonlySet<string>, others: ReadonlyArray<ReadonlySet<string>>): boolean {
  let ownCount = 0;
  const otherCounts = new Array<number>(others.length).fill(0);
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (own.has(w)) ownCount++;
    for (let i = 0; i < others.length; i++) if (others[i].has(w)) otherCounts[i]++;
  }
  return ownCount >= CLEARLY_OWN && otherCounts.every((n) => ownCount >= 3 * n);
}

interface Grammar {
  own: ReadonlySet<string>;
  others: ReadonlyArray<ReadonlySet<string>>;
}

function checkParagraph(context: FileContext<Options>, node: Nodes, own3: string, only: string[], grammar: Grammar | undefined, packs: LanguagePacks): void {
  const raw = prose(node);
  if (raw.length < context.options.minLength) return;
  if (grammar && clearlyOwn(raw, grammar.own, grammar.others)) return;
  // Quoted labels are judged on their own (checkLabels); they must not sway the paragraph.
  const text = QUOTES.reduce((acc, quote) => acc.replace(quote, ' '), raw)
    .replace(MARKUP, ' ')
    .split(/\s+/u)
    .filter((word) => word && !TECHNICAL.test(word))
    .join(' ');
  if (letters(text) < context.options.minLength) return;
  const scores = francAll(text, { only, minLength: 1 });
  const [best, bestScore] = scores[0] ?? ['und', 0];
  if (best === own3 || best === 'und' || bestScore <= 0) return;
  const own = scores.find(([code]) => code === own3)?.[1] ?? 0;
  if (own >= 1 - context.options.margin) return;
  context.report({
    messageId: 'paragraph',
    data: { found: packs.iso6391(best) ?? best, expected: context.language ?? own3, sample: sample(text) },
    node,
  });
}

function sample(s: string): string {
  const t = s.trim();
  return t.length > 40 ? `${t.slice(0, 39).trimEnd()}…` : t;
}

/** True when a short label reads as an English UI label that the file's language would not use as is. */
export function englishLabel(label: string, language: string, packs: LanguagePacks = loadLanguagePacks()): boolean {
  const { fn, ui, borrowed } = uiWords(packs);
  const own = borrowed.get(language) ?? new Set<string>();
  const found = [...label.matchAll(WORD)].map((m) => m[0]);
  if (found.length === 0 || found.length > 8) return false;
  let evidence = 0;
  for (const w of found) {
    const lower = w.toLowerCase();
    if (w.length >= 2 && w === w.toUpperCase()) continue; // SMTP, SSL: names, not words
    if (!fn.has(lower) && !ui.has(lower)) return false;
    if (ui.has(lower) && !own.has(lower)) evidence++;
  }
  return evidence > 0;
}

interface QuotedLabel {
  label: string;
  start: number;
  end: number;
  english: boolean;
}

const alternativesCache = new WeakMap<LanguagePacks, Map<string, RegExp | null>>();

/** What may stand between two quoted names of one field: separators and the language's "or" words (`, ou encore`). */
function alternativeWords(packs: LanguagePacks, language: string): RegExp | null {
  let byLanguage = alternativesCache.get(packs);
  if (!byLanguage) alternativesCache.set(packs, (byLanguage = new Map()));
  let found = byLanguage.get(language);
  if (found === undefined) {
    const words = [...(packs.pack(language)?.ui.alternatives ?? [])].sort((a, b) => b.length - a.length);
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+'));
    found = escaped.length ? new RegExp(`(?<![\\p{L}])(?:${escaped.join('|')})(?![\\p{L}])`, 'giu') : null;
    byLanguage.set(language, found);
  }
  return found;
}

/**
 * Quoted labels that list the names of one field in different software
 * (« Identifiant », « Login » ou encore « Username »): runs of labels
 * separated only by commas, slashes and the language's "or" words, with
 * at least one "or" and at least one label that is not English. An
 * English name in such a list is one of the alternatives, not a leftover.
 */
function alternativesOf(quoted: QuotedLabel[], text: string, or: RegExp | null): Set<QuotedLabel> {
  const out = new Set<QuotedLabel>();
  if (!or || quoted.length < 2) return out;
  // A quote pattern read across two labels (`» , «`) overlaps them: keep the labels that do not overlap an earlier one.
  const sorted: QuotedLabel[] = [];
  for (const q of [...quoted].sort((a, b) => a.start - b.start)) if (!sorted.length || q.start >= sorted[sorted.length - 1].end) sorted.push(q);
  if (sorted.length < 2) return out;
  let run: QuotedLabel[] = [sorted[0]];
  let joined = false;
  const close = () => {
    if (joined && run.length > 1 && run.some((q) => !q.english)) for (const q of run) out.add(q);
    run = [];
    joined = false;
  };
  for (let i = 1; i < sorted.length; i++) {
    const gap = text.slice(sorted[i - 1].end, sorted[i].start);
    const rest = gap.replace(or, ' ');
    if (gap.length <= 30 && /^[\s,;/]*$/u.test(rest)) {
      if (rest !== gap) joined = true;
    } else close();
    run.push(sorted[i]);
  }
  close();
  return out;
}

function checkLabels(context: FileContext<Options>, container: Nodes, language: string, packs: LanguagePacks): void {
  const span = spanOf(container);
  if (!span) return;
  const { text } = context;
  const source = text.slice(span[0], span[1]);
  if (!LABEL_START.test(source)) return;
  const locator = locatorFor(text);
  const skip = nonTextSpans(container, text);
  const quoted: QuotedLabel[] = [];
  for (const quote of QUOTES) {
    for (const m of source.matchAll(quote)) {
      const start = span[0] + m.index;
      const end = start + m[0].length;
      if (overlaps(skip, start, end)) continue;
      const label = m[1]
        .replace(/[*_\\]/gu, '')
        .replace(/\s+/gu, ' ')
        .trim();
      quoted.push({ label, start, end, english: englishLabel(label, language, packs) });
    }
  }
  const listed = alternativesOf(quoted, text, alternativeWords(packs, language));
  for (const q of quoted) {
    if (q.english && !listed.has(q)) context.report({ messageId: 'label', data: { label: q.label, language }, range: locator.range(q.start, q.end) });
  }
  walk({ type: 'root', children: [container] } as never, (node) => {
    if (node.type !== 'link') return true;
    const link = node as Link;
    const linkSpan = spanOf(link);
    if (!linkSpan || text[linkSpan[0]] !== '[' || link.children.some((c) => c.type !== 'text')) return false;
    const label = inlineText(link.children).replace(/\s+/gu, ' ').trim();
    if (label && englishLabel(label, language, packs)) context.report({ messageId: 'label', data: { label, language }, node: link });
    return false;
  });
}

export default defineFileRule<Options>({
  meta: {
    id: 'guide-language',
    family: 'guide',
    description: 'Finds paragraphs and quoted UI labels or link texts in another language than the guide’s.',
    defaultSeverity: 'warn',
    fixable: false,
    messages: {
      paragraph: 'Unexpected paragraph in `{found}` (“{sample}”), expected `{expected}` like the rest of the guide',
      label: 'Unexpected English label `{label}`, expected its `{language}` translation',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minLength: { type: 'integer', minimum: 10 },
        languages: { type: 'array', items: { type: 'string', pattern: '^[a-z]{2}$' } },
        margin: { type: 'number', minimum: 0, maximum: 1 },
        labels: { type: 'boolean' },
      },
    },
    defaultOptions: { minLength: 80, languages: ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl'], margin: 0.25, labels: true },
  },
  check(context) {
    const language = context.language;
    const packs = loadLanguagePacks(context.config.lexicons);
    const own3 = language ? packs.iso6393(language) : undefined;
    if (!language || !own3) return;
    const judgeParagraphs = FRANC_LANGUAGES.has(own3);
    const only = [...new Set([own3, ...context.options.languages.map((l) => packs.iso6393(l)).filter((l): l is string => Boolean(l))])];
    const labels = context.options.labels && language !== 'en';
    const words = functionWords(packs);
    const ownWords = words.get(language);
    const grammar: Grammar | undefined = ownWords && {
      own: ownWords,
      others: context.options.languages.filter((l) => l !== language).map((l) => words.get(l) ?? new Set<string>()),
    };
    walk(context.tree, (node) => {
      if (node.type === 'code' || node.type === 'html' || node.type === 'yaml' || node.type === 'table') return false;
      if (node.type === 'paragraph') {
        if (judgeParagraphs && only.length > 1) checkParagraph(context, node, own3, only, grammar, packs);
        if (labels) checkLabels(context, node, language, packs);
        return false;
      }
      if (node.type === 'heading') {
        if (labels) checkLabels(context, node, language, packs);
        return false;
      }
      return true;
    });
  },
});
