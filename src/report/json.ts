/** Machine-readable report, ESLint-like: one object per file. */
import type { FileResult } from '../types.js';

export function formatJson(results: readonly FileResult[]): string {
  return (
    JSON.stringify(
      results.map((r) => ({
        filePath: r.path,
        errorCount: r.messages.filter((m) => m.severity === 2).length,
        warningCount: r.messages.filter((m) => m.severity === 1).length,
        messages: r.messages.map((m) => ({
          ruleId: m.ruleId,
          severity: m.severity,
          message: m.message,
          messageId: m.messageId,
          data: m.data,
          line: m.range.start.line,
          column: m.range.start.column,
          endLine: m.range.end.line,
          endColumn: m.range.end.column,
          fatal: m.fatal || undefined,
          fix: m.fix,
          related: m.related,
        })),
      })),
      null,
      2,
    ) + '\n'
  );
}
