/**
 * Reduce a parsed guide to the small plain-data summary set rules need.
 * The syntax tree is dropped after this.
 */
import type { Root, RootContent, PhrasingContent, Heading, Table } from 'mdast';
import GithubSlugger from 'github-slugger';
import type { AdmonitionInfo, CodeInfo, FileSummary, HeadingInfo, ImageInfo, LinkInfo, Range, TableInfo } from '../types.js';
import type { FileAnalysis } from './analysis.js';
import { readMarkers } from './control.js';
import { extractLabels, namesPattern } from '../document/labels.js';
import type { Environment } from './analysis.js';

/** Plain text of inline content (code and link text included, markup dropped). */
export function inlineText(nodes: readonly PhrasingContent[] | readonly RootContent[]): string {
  let out = '';
  for (const node of nodes) {
    if ('value' in node && typeof node.value === 'string' && node.type !== 'html') out += node.value;
    else if ('children' in node) out += inlineText(node.children as PhrasingContent[]);
  }
  return out;
}

/** `id="…"` or `name="…"` on any HTML element: a fragment target. */
export const HTML_ID = /\b(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/giu;
const ANCHOR_ATTR = /\{#([^}\s]+)\}/gu;
const ANCHOR_HTML = /<a\s+(?:name|id)\s*=\s*["']([^"']+)["']/giu;

/** Anchors written explicitly in a heading or paragraph source (`{#id}`, `<a name="id">`). */
export function explicitAnchors(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(ANCHOR_ATTR)) out.push(m[1]);
  for (const m of source.matchAll(ANCHOR_HTML)) out.push(m[1]);
  return out;
}

function rangeOf(node: { position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } } }): Range {
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

export function summarize(tree: Root, analysis: FileAnalysis): FileSummary {
  const headings: HeadingInfo[] = [];
  const tables: TableInfo[] = [];
  const code: CodeInfo[] = [];
  const images: ImageInfo[] = [];
  const links: LinkInfo[] = [];
  const admonitions: AdmonitionInfo[] = [];
  const definitions: LinkInfo[] = [];
  const anchors: string[] = [];
  const slugger = new GithubSlugger();
  const text = analysis.text;

  const visit = (nodes: readonly RootContent[], inQuote: boolean): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          headings.push(headingInfo(node, slugger, text));
          break;
        case 'table':
          tables.push(tableInfo(node));
          break;
        case 'code':
          // Only fenced blocks are commands: indented "code" is often an admonition or tab body (MkDocs).
          if (isFenced(text, node.position?.start.offset)) code.push({ lang: node.lang ?? null, fingerprint: codeFingerprint(node.value), range: rangeOf(node) });
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
  const { labels, outline, names } = extractLabels(tree, analysis.env.config.dialect.labels, namePatternOf(analysis.env));
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
    headings,
    tables,
    code,
    images,
    links,
    admonitions,
    definitions,
    anchors: [...new Set(anchors)],
    claims: analysis.claims.claims,
    blocks: analysis.claims.blocks,
    control: readMarkers(tree),
    lines: countLines(text),
    ...(labels.length || names.length ? { outline } : {}),
    ...(labels.length ? { labels } : {}),
    ...(names.length ? { names } : {}),
  };
}

const namePatterns = new WeakMap<Environment, RegExp | null>();

/** Names a translation must keep: the config's `names` and the model's product names (aliases written as proper names). */
function namePatternOf(env: Environment): RegExp | undefined {
  let found = namePatterns.get(env);
  if (found === undefined) {
    const products = env.model.products.flatMap((p) => [p.name, ...p.aliases.filter((a) => /\p{Lu}/u.test(a))]);
    found = namesPattern([...env.config.names, ...products]) ?? null;
    namePatterns.set(env, found);
  }
  return found ?? undefined;
}

function headingInfo(node: Heading, slugger: GithubSlugger, text: string): HeadingInfo {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const source = start !== undefined && end !== undefined ? text.slice(start, end) : '';
  const plain = inlineText(node.children).replace(/\{#[^}]*\}/gu, '').trim();
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

function firstLine(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? undefined : end);
}

export function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
