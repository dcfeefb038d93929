/**
 * Parse a guide once: front matter data (gray-matter, with a YAML 1.2
 * engine that keeps `08` as text and reports errors with lines) and the
 * Markdown body (remark-parse + remark-gfm + remark-frontmatter), with
 * positions of the original file.
 */
import matter from 'gray-matter';
import YAML from 'yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import type { Range } from '../types.js';
import { fillPositions } from './positions.js';
import { yamlErrorPosition } from '../yaml-position.js';
import { remarkGuardAutolinkLiterals } from './autolink-literal.js';

/** Numbers written with a leading zero (`order: 08`) stay text: they are labels, not octal. */
const leadingZero = {
  identify: () => false,
  default: true,
  tag: 'tag:yaml.org,2002:str',
  test: /^0[0-9]+$/,
  resolve: (source: string) => source,
};

export class FrontmatterError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'FrontmatterError';
  }
}

/** Parse YAML text; errors carry the line within the YAML text. */
export function parseYaml(source: string): unknown {
  // gray-matter hands over CRLF front matter with a lone `\r` at its end, which the YAML parser rejects.
  const text = source.replace(/\r\n?/g, '\n');
  const doc = YAML.parseDocument(text, { customTags: (tags) => [leadingZero, ...tags], prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const pos = yamlErrorPosition(text, error);
    throw new FrontmatterError(error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''), pos.line, pos.col);
  }
  return doc.toJS();
}

export interface Frontmatter {
  data: Record<string, unknown> | null;
  /** Line (in the file) of each top-level key. */
  lines: Record<string, number>;
  range?: Range;
  error?: FrontmatterError;
}

const FM_OPEN = /^---[ \t]*\r?\n/;

/** Read the front matter with gray-matter; never throws. */
export function readFrontmatter(text: string): Frontmatter {
  if (!FM_OPEN.test(text)) return { data: null, lines: {} };
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
  if (!close) return { data: null, lines: {} };
  const endOffset = 3 + close.index + close[0].length;
  const endLine = text.slice(0, endOffset).split('\n').length - (text.slice(0, endOffset).endsWith('\n') ? 1 : 0);
  const range: Range = { start: { line: 1, column: 1, offset: 0 }, end: { line: endLine, column: 4, offset: endOffset } };
  const lines: Record<string, number> = {};
  const body = text.slice(0, endOffset).split(/\r?\n/);
  for (let i = 1; i < body.length - 1; i++) {
    const m = /^([A-Za-z_][\w-]*)\s*:/.exec(body[i]);
    if (m && lines[m[1]] === undefined) lines[m[1]] = i + 1;
  }
  try {
    const parsed = matter(text, {
      engines: { yaml: (s: string) => (parseYaml(s) ?? {}) as object },
    });
    const data = parsed.data && typeof parsed.data === 'object' && !Array.isArray(parsed.data) ? (parsed.data as Record<string, unknown>) : {};
    return { data, lines, range };
  } catch (error) {
    if (error instanceof FrontmatterError) {
      // gray-matter hands over the YAML from the end of the opening `---` line: its line 1 is the file's line 1.
      const e = new FrontmatterError(error.message, error.line, error.column);
      return { data: null, lines, range, error: e };
    }
    return { data: null, lines, range, error: new FrontmatterError(String((error as Error).message ?? error), 1, 1) };
  }
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkGuardAutolinkLiterals).use(remarkFrontmatter, ['yaml']).freeze();

/** Parse Markdown (front matter included, as a `yaml` node) into mdast with original positions. */
export function parseMarkdown(text: string): Root {
  const tree = processor.parse(text) as Root;
  fillPositions(tree, text);
  return tree;
}

/** The unified processor used for parsing, shared with the rule runner. */
export function markdownProcessor() {
  return processor;
}
