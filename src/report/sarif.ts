/**
 * SARIF 2.1.0 for GitHub code scanning: rule metadata with help text and
 * URIs, one result per finding with a full region, related locations for
 * findings that involve another file, and a stable partial fingerprint.
 */
import { createHash } from 'node:crypto';
import type { Rule } from '../rule.js';
import { ruleUrl } from '../rule.js';
import type { FileResult, LintMessage, Range } from '../types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

interface SarifOptions {
  rules: readonly Rule[];
  version: string;
  /** Text of each file by path, for line-hash fingerprints (optional). */
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
  for (const file of results) {
    for (const m of file.messages) {
      const ruleIndex = index.get(m.ruleId);
      const text = options.lineText?.(file.path, m.range.start.line) ?? '';
      const result: Record<string, unknown> = {
        ruleId: m.ruleId,
        ...(ruleIndex === undefined ? {} : { ruleIndex }),
        level: level(m.severity),
        message: { text: m.message || m.ruleId },
        locations: [{ physicalLocation: { artifactLocation: { uri: uri(file.path)}, region: region(m.range) } }],
        partialFingerprints: {
          primaryLocationLineHash: createHash('sha256').update(`${m.ruleId}\0${file.path}\0${text.trim() || m.message}`).digest('hex').slice(0, 32),
        },
      };
      if (m.related?.length) {
        result.relatedLocations = m.related.map((r, id) => ({
          id,
          physicalLocation: { artifactLocation: { uri: uri(r.path)}, region: region(r.range) },
          message: { text: r.message || 'related location' },
        }));
      }
      sarifResults.push(result);
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
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

export function formatSarif(results: readonly FileResult[], options: SarifOptions): string {
  return JSON.stringify(buildSarif(results, options), null, 2) + '\n';
}
