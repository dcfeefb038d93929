/**
 * The report formats, one entry each: name, one-line description and
 * renderer. The `--format` list and its check, `--help`, the README's
 * format table and the package's exports are all read from here, so a
 * format cannot be listed without a renderer: an entry lacking `render`
 * does not compile.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Rule } from '../rule.js';
import type { FileResult } from '../types.js';
import { formatStylish } from './stylish.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatGithub } from './github.js';
import { formatMarkdown } from './markdown.js';

/** Everything a renderer may need; each takes what it uses. */
export interface ReportInput {
  results: readonly FileResult[];
  /** The rules that ran (SARIF lists them). */
  rules: readonly Rule[];
  /** Locale of a file, by report path (translation findings in the Markdown summary). */
  localeOf(path: string): string | undefined;
  /** Colours for a terminal. */
  color: boolean;
  /** The folder report paths are relative to. */
  cwd: string;
  /** Environment variables (GitHub's workspace, server, repository and commit). */
  env: Record<string, string | undefined>;
  /** Text of a line of a reported file (1-based), for SARIF fingerprints. */
  lineText(path: string, line: number): string | undefined;
  /** guidelint's version (SARIF's tool.driver.version). */
  version: string;
}

export interface Formatter {
  /** What the format is for, one line (for --help and the README). */
  description: string;
  render(input: ReportInput): string;
}

export const formatters = {
  stylish: {
    description: 'findings grouped by file, with a summary (the default)',
    render: (input) => formatStylish(input.results, { color: input.color }),
  },
  json: {
    description: 'every file with its findings, as JSON',
    render: (input) => formatJson(input.results),
  },
  sarif: {
    description: 'SARIF 2.1.0, for GitHub code scanning',
    render: (input) => formatSarif(input.results, { rules: input.rules, version: input.version, lineText: input.lineText }),
  },
  github: {
    description: 'workflow annotations on the lines of a pull request',
    render: (input) => formatGithub(input.results, { repoPath: workspacePath(input.env.GITHUB_WORKSPACE, input.cwd) }),
  },
  markdown: {
    description: 'a summary for a job ($GITHUB_STEP_SUMMARY)',
    render: (input) =>
      formatMarkdown(input.results, { env: input.env, repoPath: workspacePath(input.env.GITHUB_WORKSPACE, input.cwd), localeOf: input.localeOf }),
  },
} as const satisfies Record<string, Formatter>;

export type Format = keyof typeof formatters;

/** Format names, the default first. */
export const FORMATS = Object.keys(formatters) as Format[];

export const DEFAULT_FORMAT: Format = 'stylish';

export function isFormat(name: string): name is Format {
  return Object.hasOwn(formatters, name);
}

/**
 * GitHub names files relative to the checkout ($GITHUB_WORKSPACE); report
 * paths are relative to the working directory, which may be a subfolder.
 */
function workspacePath(workspace: string | undefined, cwd: string): (path: string) => string {
  if (!workspace) return (path) => path;
  return (path) => {
    const rel = relative(workspace, resolve(cwd, path)).split(sep).join('/');
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  };
}

export const FORMATS_START = '<!-- formats:start -->';
export const FORMATS_END = '<!-- formats:end -->';

/** The README's table of formats. */
export function formatsTable(): string {
  const rows = FORMATS.map((name) => `| \`${name}\` | ${formatters[name].description.replace(/\|/g, '\\|')} |`);
  return ['| format | what it writes |', '|---|---|', ...rows].join('\n');
}

/** Replace the generated format table of a README text. */
export function withFormatsTable(readme: string): string {
  const start = readme.indexOf(FORMATS_START);
  const end = readme.indexOf(FORMATS_END);
  if (start === -1 || end === -1) throw new Error('README has no formats:start/formats:end markers');
  return `${readme.slice(0, start + FORMATS_START.length)}\n${formatsTable()}\n${readme.slice(end)}`;
}
