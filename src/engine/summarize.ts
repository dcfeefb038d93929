/**
 * Reduce a parsed guide to the small plain-data summary set rules need.
 * The syntax tree is dropped after this.
 */
import type { Root, RootContent, PhrasingContent, Heading, Table } from 'mdast';
import GithubSlugger from 'github-slugger';
import type { AdmonitionInfo, CodeInfo, FileSummary, HeadingInfo, ImageInfo, LinkInfo, Range, TableInfo, UnitInfo } from '../types.js';
import type { ResolvedConfig } from '../config/types.js';
import { codeLines, proseValues } from '../translation/extract.js';
import { loadLanguagePacks } from '../language/packs.js';
import type { FileAnalysis } from './analysis.js';
import { readMarkers } from './control.js';
import { extractLabels, nameKey, namesPattern } from '../document/labels.js';
import type { Environment } from './analysis.js';
import { explicitAnchors, HTML_ID, inlineText } from '../document/mdast-text.js';

function rangeOf(node: {
  position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
}): Range {
  const p = node.position;
  return p ? { start: { ...p.start }, end: { ...p.end } } : { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}

/** A line without its trailing `# comment` (a `#` after white space). */
function stripComment(line: string): string {
  for (let i = 1; i < line.length; i++) {
    if (line[i] === '#' && /\s/u.test(line[i - 1])) return line.slice(0, i);
  }
  return line;
}

/** Commands compared across locales: comments, blank lines and spacing do not count. */
export function codeFingerprint(value: string): string {
  return value
    .split(/\r?\n/)
    .map((line) => stripComment(line).replace(/\s+/gu, ' ').trim())
    .filter((line) => line && !line.startsWith('#') && !line.startsWith('//'))
    .join('\n');
}

const ADMONITION_OVH = /^\[!(\w+)\]/u;
// `!!! warning` or `!!! note "Title"`: a type word alone (a Grav notice is `!!! Some text`).
const ADMONITION_MKDOCS = /^(?:!!!|\?\?\?\+?)\s+([a-z][\w-]*)(?:\s+["'„“”«‚‘].*|\s*)$/u;
const ADMONITION_GRAV = /^(!{1,4})\s+\S/u;

/** Prose of inline content without its code spans, and the spans apart. */
function proseAndSpans(nodes: readonly PhrasingContent[] | readonly RootContent[], spans: string[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'inlineCode') {
      spans.push(node.value);
      out += ' ';
    } else if ('value' in node && typeof node.value === 'string' && node.type !== 'html') out += node.value;
    else if ('children' in node) out += proseAndSpans(node.children as PhrasingContent[], spans);
  }
  return out;
}

const additionCache = new WeakMap<ResolvedConfig, Map<string, RegExp[]>>();

/** The config's per-locale addition patterns that apply to `locale`. */
function additionsFor(config: ResolvedConfig | undefined, locale: string | undefined): RegExp[] {
  const additions = config?.translation?.additions;
  if (!config || !additions || Object.keys(additions).length === 0) return [];
  let byLocale = additionCache.get(config);
  if (!byLocale) additionCache.set(config, (byLocale = new Map()));
  const key = (locale ?? '').toLowerCase();
  let list = byLocale.get(key);
  if (!list) {
    list = Object.entries(additions)
      .filter(([l]) => l === '*' || l.toLowerCase() === key || l.toLowerCase() === key.split(/[-_]/u)[0])
      .flatMap(([, patterns]) => patterns.map((p) => new RegExp(p, 'iu')));
    byLocale.set(key, list);
  }
  return list;
}

export function summarize(tree: Root, analysis: FileAnalysis): FileSummary {
  const headings: HeadingInfo[] = [];
  const units: UnitInfo[] = [];
  const additions = additionsFor(analysis.env?.config, analysis.locale);
  const packs = loadLanguagePacks(analysis.env?.config.lexicons);
  const isAddition = (node: RootContent, next: RootContent | undefined): boolean => {
    if (additions.length === 0) return false;
    let value = inlineText([node]);
    // An MkDocs admonition's body is the indented block right after its `!!!` line.
    if (next?.type === 'code' && !isFenced(text, next.position?.start.offset)) value += `\n${next.value}`;
    return additions.some((re) => re.test(value));
  };
  let skipNext = false;
  const tables: TableInfo[] = [];
  const code: CodeInfo[] = [];
  const images: ImageInfo[] = [];
  const links: LinkInfo[] = [];
  const admonitions: AdmonitionInfo[] = [];
  const definitions: LinkInfo[] = [];
  const anchors: string[] = [];
  const slugger = new GithubSlugger();
  const text = analysis.text;

  const unit = (k: UnitInfo['k'], node: RootContent, children: readonly RootContent[]): void => {
    const spans: string[] = [];
    const prose = proseAndSpans(children, spans);
    const vals = proseValues(prose, analysis.language, packs);
    const u: UnitInfo = { k, s: headings.length - 1, l: node.position?.start.line ?? 1 };
    if (spans.length) u.spans = spans.slice(0, 40).map((x) => x.slice(0, 200));
    if (vals.length) u.vals = vals;
    const targets: string[] = [];
    const collect = (list: readonly RootContent[] | readonly PhrasingContent[]) => {
      for (const n of list) {
        if (n.type === 'link' && targets.length < 30) targets.push(n.url.slice(0, 300));
        if ('children' in n && Array.isArray(n.children)) collect(n.children as PhrasingContent[]);
      }
    };
    collect(children);
    if (targets.length) u.links = targets;
    units.push(u);
  };

  const visit = (nodes: readonly RootContent[], inQuote: boolean): void => {
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index];
      if (skipNext) {
        skipNext = false;
        continue;
      }
      if ((node.type === 'paragraph' || node.type === 'blockquote') && isAddition(node, nodes[index + 1])) {
        const next = nodes[index + 1];
        if (node.type === 'paragraph' && next?.type === 'code' && !isFenced(text, next.position?.start.offset)) skipNext = true;
        continue;
      }
      switch (node.type) {
        case 'heading':
          headings.push(headingInfo(node, slugger, text));
          break;
        case 'table':
          tables.push(tableInfo(node));
          unit(
            't',
            node,
            node.children.flatMap((row) => row.children.flatMap((cell) => [...cell.children, { type: 'text', value: ' ' } as PhrasingContent])),
          );
          break;
        case 'code':
          // Only fenced blocks are commands: indented "code" is often an admonition or tab body (MkDocs).
          if (isFenced(text, node.position?.start.offset)) {
            code.push({ lang: node.lang ?? null, fingerprint: codeFingerprint(node.value), range: rangeOf(node) });
            const { lines, at } = codeLines(node.value, node.lang ?? undefined);
            const first = (node.position?.start.line ?? 1) + 1;
            const u: UnitInfo = { k: 'c', s: headings.length - 1, l: first - 1, lines, ln: at.map((n) => first + n) };
            if (node.lang) u.lang = node.lang.toLowerCase();
            units.push(u);
          } else {
            // Fences inside an MkDocs tab or admonition body reach remark as indented code.
            const first = (node.position?.start.line ?? 1) + (text.slice(node.position?.start.offset ?? 0).startsWith('\n') ? 1 : 0);
            for (const fence of innerFences(node.value)) {
              const { lines, at } = codeLines(fence.body, fence.lang);
              const u: UnitInfo = { k: 'c', s: headings.length - 1, l: first + fence.line, lines, ln: at.map((n) => first + fence.line + 1 + n) };
              if (fence.lang) u.lang = fence.lang.toLowerCase();
              units.push(u);
            }
          }
          break;
        case 'image':
          images.push({ url: node.url, alt: node.alt ?? '', range: rangeOf(node) });
          break;
        case 'link':
          links.push({ url: node.url, text: inlineText(node.children), range: rangeOf(node) });
          break;
        case 'definition':
          definitions.push({ url: node.url, text: node.label ?? node.identifier, range: rangeOf(node) });
          break;
        case 'html':
          for (const m of node.value.matchAll(HTML_ID)) anchors.push(m[1] ?? m[2] ?? m[3]);
          break;
        case 'blockquote': {
          const first = node.children[0];
          if (first?.type === 'paragraph') {
            const m = ADMONITION_OVH.exec(inlineText(first.children).trim());
            if (m) admonitions.push({ kind: m[1].toLowerCase(), range: rangeOf(node) });
          }
          break;
        }
        case 'paragraph': {
          unit('p', node, node.children);
          if (!inQuote) {
            const start = node.position?.start.offset;
            const line = start !== undefined ? firstLine(text, start) : '';
            const mk = ADMONITION_MKDOCS.exec(line);
            const grav = mk ? null : ADMONITION_GRAV.exec(line);
            if (mk) admonitions.push({ kind: mk[1].toLowerCase(), range: rangeOf(node) });
            else if (grav) admonitions.push({ kind: `notice-${grav[1].length}`, range: rangeOf(node) });
          }
          break;
        }
        default:
          break;
      }
      if ('children' in node && Array.isArray(node.children) && node.type !== 'heading') {
        visit(node.children as RootContent[], inQuote || node.type === 'blockquote');
      }
    }
  };
  visit(tree.children, false);
  anchors.push(...explicitAnchors(text));

  const fm = analysis.frontmatter;
  const namePattern = namePatternOf(analysis.env);
  const { labels, outline, names } = extractLabels(tree, analysis.env.config.dialect.labels, namePattern?.exact);
  const namedAnyCase = namePattern ? namesAnyCase(text, namePattern.loose) : [];
  const unparsed = fm.data ? undefined : unparsedFrontmatter(text);
  return {
    path: analysis.path,
    absPath: analysis.absPath,
    locale: analysis.locale,
    setKey: analysis.setKey,
    language: analysis.language,
    product: analysis.product,
    frontmatter: fm.data,
    frontmatterLines: fm.lines,
    frontmatterRange: fm.range,
    ...(unparsed ? { frontmatterUnparsed: unparsed } : {}),
    headings,
    tables,
    code,
    images,
    links,
    admonitions,
    definitions,
    anchors: [...new Set(anchors)],
    units,
    claims: analysis.claims.claims,
    blocks: analysis.claims.blocks,
    control: readMarkers(tree),
    lines: countLines(text),
    // With names to follow, a translation that names none still needs its outline: its passages are where names go missing.
    ...(labels.length || namePattern ? { outline } : {}),
    ...(labels.length ? { labels } : {}),
    ...(names.length ? { names } : {}),
    ...(namedAnyCase.length ? { namedAnyCase } : {}),
  };
}

interface NamePatterns {
  exact: RegExp;
  /** Any case, endings allowed: is a name given at all? */
  loose: RegExp;
}
const namePatterns = new WeakMap<Environment, NamePatterns | null>();

/** Names a translation must keep: the config's `names` and the model's product names (aliases written as proper names). */
function namePatternOf(env: Environment): NamePatterns | undefined {
  let found = namePatterns.get(env);
  if (found === undefined) {
    const products = env.model.products.flatMap((p) => [p.name, ...p.aliases.filter((a) => /\p{Lu}/u.test(a))]);
    const list = [...env.config.names, ...products];
    const exact = namesPattern(list);
    const loose = namesPattern(list, true);
    found = exact && loose ? { exact, loose } : null;
    namePatterns.set(env, found);
  }
  return found ?? undefined;
}

/** The listed names the file's text gives in any case and inflection (`MacOS`, `Linuxie`), lower-cased. */
function namesAnyCase(text: string, loose: RegExp): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(loose)) found.add(nameKey(m[0]));
  return [...found];
}

function headingInfo(node: Heading, slugger: GithubSlugger, text: string): HeadingInfo {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const source = start !== undefined && end !== undefined ? text.slice(start, end) : '';
  const plain = inlineText(node.children)
    .replace(/\{#[^}]*\}/gu, '')
    .trim();
  return { depth: node.depth, text: plain, slug: slugger.slug(plain), anchors: explicitAnchors(source), range: rangeOf(node) };
}

function tableInfo(node: Table): TableInfo {
  const header = node.children[0]?.children.map((cell) => inlineText(cell.children).trim().toLowerCase()) ?? [];
  return { rows: node.children.length, columns: header.length, header, range: rangeOf(node) };
}

function isFenced(text: string, start: number | undefined): boolean {
  if (start === undefined) return false;
  const head = text.slice(start, start + 4);
  return head.startsWith('```') || head.startsWith('~~~');
}

/** Fenced blocks written inside an indented block (0-based line of each opening fence). */
function innerFences(value: string): Array<{ line: number; lang?: string; body: string }> {
  const out: Array<{ line: number; lang?: string; body: string }> = [];
  const lines = value.split(/\r?\n/u);
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w+#.-]*)/u.exec(lines[i]);
    if (!open) continue;
    const close = new RegExp(`^\\s*${open[2][0] === '`' ? '`' : '~'}{${open[2].length},}\\s*$`, 'u');
    let j = i + 1;
    while (j < lines.length && !close.test(lines[j])) j++;
    const indent = open[1].length;
    const body = lines
      .slice(i + 1, j)
      .map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)))
      .join('\n');
    out.push({ line: i, lang: open[3] || undefined, body });
    i = j;
  }
  return out;
}

/**
 * A front matter the parser did not take as one: `key: value` lines at
 * the top closed by `---`, with the opening `---` missing or after blank
 * lines. Returns the line of its first key.
 */
function unparsedFrontmatter(text: string): number | undefined {
  const lines = text.slice(0, 4000).split(/\r?\n/u).slice(0, 40);
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  if (lines[i]?.trim() === '---') {
    // `---` after blank lines: the opening is there, not at the top.
    if (i === 0) return undefined;
    i++;
  }
  const first = i;
  let keys = 0;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '---') return keys >= 1 ? first + 1 : undefined;
    if (/^[A-Za-z_][\w-]*:(?:\s|$)/u.test(line)) keys++;
    else if (!/^\s+\S|^\s*-\s|^\s*$/u.test(line)) return undefined;
  }
  return undefined;
}

function firstLine(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? undefined : end);
}

export function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
