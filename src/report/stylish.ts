/**
 * The familiar "stylish" report: a header per file, one aligned line per
 * finding (`line:col-line:col  severity  message  rule-id`), a summary.
 */
import pc from 'picocolors';
import type { FileResult, LintMessage } from '../types.js';
import { countResults, plural } from './counts.js';
import { joinLines } from '../document/trim.js';
import { escapeControl } from './escape.js';

export interface StylishOptions {
  color: boolean;
}

function place(m: LintMessage): string {
  const { start, end } = m.range;
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

export function formatStylish(results: readonly FileResult[], options: StylishOptions): string {
  const c = pc.createColors(options.color);
  const lines: string[] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    lines.push(c.underline(escapeControl(result.path)));
    const rows = result.messages.map((m) => {
      // Related places the message does not already name (`guide.fr-fr.md:37`) are added after it.
      const extra = (m.related ?? []).filter((r) => !m.message.includes(`${r.path.slice(r.path.lastIndexOf('/') + 1)}:${r.range.start.line}`));
      const related = extra.length ? ` (see ${extra.map((r) => `${escapeControl(r.path)}:${r.range.start.line}`).join(', ')})` : '';
      return [place(m), m.severity === 2 ? 'error' : 'warning', escapeControl(oneLine(m.message)) + related, escapeControl(m.ruleId)];
    });
    const widths = [0, 1].map((i) => Math.max(...rows.map((r) => r[i].length)));
    for (const [where, severity, message, rule] of rows) {
      const sev = severity === 'error' ? c.red(severity.padEnd(widths[1])) : c.yellow(severity.padEnd(widths[1]));
      lines.push(`  ${c.dim(where.padEnd(widths[0]))}  ${sev}  ${message}  ${c.dim(rule)}`);
    }
    lines.push('');
  }
  const counts = countResults(results);
  const total = counts.errors + counts.warnings;
  if (total === 0) {
    lines.push(c.green(`✔ ${plural(results.length, 'file')} checked, no problems`));
  } else {
    const summary = `✖ ${plural(total, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}) in ${plural(counts.files, 'file')} of ${results.length} checked`;
    lines.push(counts.errors ? c.red(c.bold(summary)) : c.yellow(c.bold(summary)));
    if (counts.fixable) lines.push(c.dim(`  ${plural(counts.fixable, 'problem')} can be fixed with \`--fix\``));
  }
  return lines.join('\n') + '\n';
}

/** Messages are one line in the terminal: guide text quoted in a message may hold newlines. */
function oneLine(text: string): string {
  return joinLines(text);
}
