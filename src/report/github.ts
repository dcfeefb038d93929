/**
 * GitHub Actions workflow commands: one `::error` / `::warning` line per
 * finding, which GitHub turns into annotations on the pull request.
 *
 * Guide text ends up in messages and file names come from contributors,
 * so both are escaped exactly as @actions/core does: nothing they contain
 * can end the command early or start another one.
 *
 * GitHub shows at most 10 error and 10 warning annotations per step (the
 * rest are dropped silently). Every finding is printed, worst first —
 * errors before warnings, then claim, translation, guide findings — so
 * the ones shown are the ones that matter; a final notice says how many
 * were not shown.
 */
import type { FileResult, LintMessage } from '../types.js';
import { familyRank } from './rank.js';
import { escapeControl } from './escape.js';

/** GitHub's per-step display limit for each of errors and warnings. */
export const ANNOTATION_LIMIT = 10;

/** Message text (`escapeData` in @actions/core): `%` first, or later escapes would be escaped again. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values (`escapeProperty`): also `:` and `,`, which delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

interface Finding {
  path: string;
  message: LintMessage;
}

/** Findings in report order: errors first, then by family (claims matter most), then file, line, column. */
export function worstFirst(results: readonly FileResult[]): Finding[] {
  const all: Finding[] = results.flatMap((r) => r.messages.map((message) => ({ path: r.path, message })));
  return all.sort(
    (a, b) =>
      b.message.severity - a.message.severity ||
      familyRank(a.message) - familyRank(b.message) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
      a.message.range.start.line - b.message.range.start.line ||
      a.message.range.start.column - b.message.range.start.column,
  );
}

export interface GithubOptions {
  /** The path GitHub knows a file by (relative to the repository root), from the report path. */
  repoPath?: (path: string) => string;
}

function command(f: Finding, repoPath: (path: string) => string): string {
  const m = f.message;
  const { start, end } = m.range;
  const line = Math.max(1, start.line);
  const endLine = Math.max(line, end.line);
  const props: Array<[string, string | number]> = [
    ['file', repoPath(f.path)],
    ['line', line],
    ['endLine', endLine],
  ];
  // GitHub uses columns only for a single-line range.
  if (endLine === line) {
    props.push(['col', Math.max(1, start.column)]);
    props.push(['endColumn', Math.max(start.column, end.column, 1)]);
  }
  props.push(['title', `guidelint(${m.ruleId})`]);
  const related = (m.related ?? []).map((r) => `${repoPath(r.path)}:${r.range.start.line}: ${r.message}`);
  const text = related.length ? `${m.message}\n${related.map((r) => `  see ${r}`).join('\n')}` : m.message;
  const name = m.severity === 2 ? 'error' : 'warning';
  // Other control characters (escape sequences, bidi overrides) are shown, not passed to the log viewer.
  return `::${name} ${props.map(([k, v]) => `${k}=${escapeProperty(escapeControl(String(v), '\r\n'))}`).join(',')}::${escapeData(escapeControl(text, '\r\n'))}`;
}

export function formatGithub(results: readonly FileResult[], options: GithubOptions = {}): string {
  const findings = worstFirst(results);
  const repoPath = options.repoPath ?? ((path: string) => path);
  const lines = findings.map((f) => command(f, repoPath));
  const errors = findings.filter((f) => f.message.severity === 2).length;
  const warnings = findings.length - errors;
  const hidden = Math.max(0, errors - ANNOTATION_LIMIT) + Math.max(0, warnings - ANNOTATION_LIMIT);
  if (hidden > 0) {
    lines.push(
      `::notice title=guidelint::${escapeData(
        `${errors} errors and ${warnings} warnings in all; GitHub shows ${ANNOTATION_LIMIT} of each per step, so ${hidden} are only in this log (and in the SARIF upload or the job summary, if configured).`,
      )}`,
    );
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
