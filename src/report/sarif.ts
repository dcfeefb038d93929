/**
 * SARIF 2.1.0 for GitHub code scanning: rule metadata with help text and
 * URIs, one result per finding with a full region, related locations for
 * findings that involve another file, a stable partial fingerprint of our
 * own, and an invocation that lists the files that could not be linted.
 *
 * Fingerprint: `guidelint/v1` (GitHub reserves `primaryLocationLineHash`
 * for the hash it computes itself) = hash of rule, file and the line's
 * text (else the message), then `:N`, N counting earlier results with the
 * same hash in that file. Two identical lines in one file (the same wrong
 * port in two list items) stay two alerts, and an alert keeps its
 * fingerprint when lines are inserted above it.
 */
import { createHash } from 'node:crypto';
import type { Rule } from '../rule.js';
import { ruleUrl } from '../rule.js';
import type { FileResult, LintMessage, Range } from '../types.js';

/** The partial fingerprint key guidelint owns. */
export const FINGERPRINT_KEY = 'guidelint/v1';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

interface SarifOptions {
  rules: readonly Rule[];
  version: string;
  /** Text of a line of a file (1-based), for fingerprints that survive line moves (optional). */
  lineText?: (path: string, line: number) => string | undefined;
}

/** Problems with the file itself are reported under this pseudo-rule. */
const PARSE_RULE = {
  id: 'parse-error',
  description: 'The file could not be read or parsed (binary, invalid UTF-8, invalid front matter YAML, too large, broken link).',
};

function uri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function region(range: Range) {
  return {
    startLine: Math.max(1, range.start.line),
    startColumn: Math.max(1, range.start.column),
    endLine: Math.max(range.start.line, range.end.line, 1),
    endColumn: Math.max(1, range.end.line === range.start.line && range.end.column < range.start.column ? range.start.column : range.end.column),
  };
}

function level(severity: LintMessage['severity']): 'error' | 'warning' {
  return severity === 2 ? 'error' : 'warning';
}

/** The fingerprint of each message of a file (same order): hash of rule, file and line text (else message), `:N` occurrence. */
export function fingerprints(file: FileResult, lineText?: SarifOptions['lineText']): string[] {
  const occurrences = new Map<string, number>();
  return file.messages.map((m) => {
    const text = (m.fatal ? undefined : lineText?.(file.path, m.range.start.line)) ?? '';
    const hash = createHash('sha256')
      .update(`${m.ruleId}\0${file.path}\0${text.trim() || m.message}`)
      .digest('hex')
      .slice(0, 32);
    const occurrence = occurrences.get(hash) ?? 0;
    occurrences.set(hash, occurrence + 1);
    return `${hash}:${occurrence}`;
  });
}

export function buildSarif(results: readonly FileResult[], options: SarifOptions): object {
  const descriptors = [
    ...options.rules.map((r) => ({
      id: r.meta.id,
      name: r.meta.id
        .split('-')
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join(''),
      shortDescription: { text: r.meta.description },
      fullDescription: { text: r.meta.description },
      help: {
        text: `${r.meta.description} See ${ruleUrl(r.meta.id)}`,
        markdown: `${r.meta.description}\n\n[Rule documentation](${ruleUrl(r.meta.id)})`,
      },
      helpUri: ruleUrl(r.meta.id),
      defaultConfiguration: { level: r.meta.defaultSeverity === 'error' ? 'error' : r.meta.defaultSeverity === 'warn' ? 'warning' : 'note' },
      properties: { tags: [r.meta.family, 'documentation'], precision: 'high' },
    })),
    {
      id: PARSE_RULE.id,
      name: 'ParseError',
      shortDescription: { text: PARSE_RULE.description },
      fullDescription: { text: PARSE_RULE.description },
      help: { text: `${PARSE_RULE.description} Fix the file so it can be read as UTF-8 Markdown.`, markdown: PARSE_RULE.description },
      helpUri: ruleUrl('parse-error'),
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['input'], precision: 'very-high' },
    },
  ];
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const sarifResults = [];
  const notifications = [];
  for (const file of results) {
    const prints = fingerprints(file, options.lineText);
    for (const [i, m] of file.messages.entries()) {
      const ruleIndex = index.get(m.ruleId);
      const result: Record<string, unknown> = {
        ruleId: m.ruleId,
        ...(ruleIndex === undefined ? {} : { ruleIndex }),
        level: level(m.severity),
        message: { text: m.message || m.ruleId },
        locations: [{ physicalLocation: { artifactLocation: { uri: uri(file.path) }, region: region(m.range) } }],
        partialFingerprints: { [FINGERPRINT_KEY]: prints[i] },
      };
      if (m.related?.length) {
        result.relatedLocations = m.related.map((r, id) => ({
          id,
          physicalLocation: { artifactLocation: { uri: uri(r.path) }, region: region(r.range) },
          message: { text: r.message || 'related location' },
        }));
      }
      sarifResults.push(result);
      // A fatal message means the file (or part of its checks) could not be run: say so to the tool status page.
      if (m.fatal) {
        notifications.push({
          level: 'error',
          message: { text: `${file.path}: ${m.message || 'could not be linted'}` },
          locations: [{ physicalLocation: { artifactLocation: { uri: uri(file.path) } } }],
          descriptor: { id: PARSE_RULE.id },
        });
      }
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'guidelint',
            version: options.version,
            semanticVersion: options.version,
            informationUri: 'https://github.com/guidelint/guidelint',
            rules: descriptors,
          },
        },
        // The run completed (guidelint writes no report when it cannot); files it could not lint are notifications.
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

export function formatSarif(results: readonly FileResult[], options: SarifOptions): string {
  return JSON.stringify(buildSarif(results, options), null, 2) + '\n';
}
