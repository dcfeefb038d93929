/**
 * A short Markdown report for a pull request's job summary
 * ($GITHUB_STEP_SUMMARY): totals, counts per rule, and the worst findings
 * with links to their lines and, for translation findings, the locales
 * involved.
 *
 * Messages quote guide text, which anyone can write: everything outside
 * the message's own code spans is escaped so it renders as text, never as
 * HTML, links or layout.
 */
import type { FileResult, LintMessage } from '../types.js';
import { worstFirst } from './github.js';
import { escapeControl } from './escape.js';
import { plural } from './counts.js';
import { joinLines, trimEndChars } from '../document/trim.js';

/** How many findings the summary lists one by one. */
export const SUMMARY_FINDINGS = 20;

export interface MarkdownOptions {
  /** GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA: when all are set, links point to the blob on GitHub. */
  env?: Record<string, string | undefined>;
  /** The path GitHub knows a file by (relative to the repository root), for blob links. */
  repoPath?: (path: string) => string;
  /** Locale of a file (by report path), for translation findings. */
  localeOf?: (path: string) => string | undefined;
}

/**
 * Plain text that must render as itself: HTML and Markdown punctuation
 * (emphasis, links, code, tables, strike-through, GitHub math) written as
 * numeric character references, which no construct reads as syntax, and
 * line breaks folded into spaces. `:` is one too: a raw `http://` would
 * let GFM's autolink swallow the references after it. A bare URL may
 * still be shown as a link, but its text is the URL itself.
 */
export function escapeText(text: string): string {
  return joinLines(text).replace(/[\\`*_{}[\]()!|~$&<>":]/g, (c) => `&#${c.codePointAt(0)};`);
}

/** A code span: renders literally (HTML included); it cannot hold a backtick, so none can close it early. */
function codeSpan(text: string): string {
  const code = text.replace(/[\r\n]+/g, ' ').replace(/`/g, "'");
  return code.trim() === '' ? escapeText(code) : `\`${code}\``;
}

/**
 * A rule message in Markdown: its `code spans` kept (they hold the values),
 * the rest escaped. An unbalanced backtick makes the whole message text.
 */
export function escapeMessage(message: string): string {
  const parts = message.split('`');
  if (parts.length % 2 === 0) return escapeText(message);
  return parts.map((part, i) => (i % 2 === 0 ? escapeText(part) : codeSpan(part))).join('');
}

function encodePath(path: string): string {
  // encodeURIComponent leaves parentheses, and an unbalanced `)` would end the link.
  return path
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/\(/g, '%28').replace(/\)/g, '%29'))
    .join('/');
}

function lineLink(path: string, m: LintMessage, env: MarkdownOptions['env'], repoPath: (path: string) => string): string {
  const start = Math.max(1, m.range.start.line);
  const end = Math.max(start, m.range.end.line);
  const anchor = end > start ? `#L${start}-L${end}` : `#L${start}`;
  const server = env?.GITHUB_SERVER_URL;
  const repo = env?.GITHUB_REPOSITORY;
  const sha = env?.GITHUB_SHA;
  if (server && repo && sha) return `${trimEndChars(server, '/')}/${encodePath(repo)}/blob/${encodeURIComponent(sha)}/${encodePath(repoPath(path))}${anchor}`;
  return `${encodePath(path)}${anchor}`;
}

function locales(path: string, m: LintMessage, localeOf: MarkdownOptions['localeOf']): string[] {
  if (!localeOf || (m.family !== 'translation' && !m.related?.length)) return [];
  const found = [path, ...(m.related ?? []).map((r) => r.path)].map((p) => localeOf(p)).filter((l): l is string => Boolean(l));
  return [...new Set(found)];
}

export function formatMarkdown(results: readonly FileResult[], options: MarkdownOptions = {}): string {
  const findings = worstFirst(results);
  const errors = findings.filter((f) => f.message.severity === 2).length;
  const warnings = findings.length - errors;
  const out: string[] = ['## guidelint', ''];
  if (findings.length === 0) {
    out.push(`No problems found in ${plural(results.length, 'file')}.`, '', '');
    return out.join('\n');
  }
  const files = results.filter((r) => r.messages.length).length;
  out.push(`**${plural(errors, 'error')}** and **${plural(warnings, 'warning')}** in ${plural(files, 'file')} (${results.length} checked).`, '');

  const perRule = new Map<string, { errors: number; warnings: number }>();
  for (const f of findings) {
    const c = perRule.get(f.message.ruleId) ?? { errors: 0, warnings: 0 };
    if (f.message.severity === 2) c.errors++;
    else c.warnings++;
    perRule.set(f.message.ruleId, c);
  }
  out.push('| Rule | Errors | Warnings |', '|---|---:|---:|');
  const rows = [...perRule].sort((a, b) => b[1].errors - a[1].errors || b[1].warnings - a[1].warnings || (a[0] < b[0] ? -1 : 1));
  for (const [rule, c] of rows) out.push(`| ${codeSpan(rule).replace(/\|/g, '\\|')} | ${c.errors} | ${c.warnings} |`);
  out.push('');

  const shown = findings.slice(0, SUMMARY_FINDINGS);
  out.push(findings.length > shown.length ? `### Worst findings (${shown.length} of ${findings.length})` : '### Findings', '');
  for (const { path, message } of shown) {
    const icon = message.severity === 2 ? '❌' : '⚠️';
    const where = `[${escapeText(path)}:${message.range.start.line}](${lineLink(path, message, options.env, options.repoPath ?? ((p) => p))})`;
    const involved = locales(path, message, options.localeOf);
    const tail = involved.length ? ` (locales: ${involved.map(escapeText).join(', ')})` : '';
    out.push(`- ${icon} ${where} ${codeSpan(message.ruleId)}: ${escapeMessage(message.message)}${tail}`);
  }
  out.push('', '');
  // Control characters from names and guide text are shown as escapes (the only line breaks left are the report's own).
  return escapeControl(out.join('\n'), '\n');
}
