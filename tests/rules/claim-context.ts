/**
 * Run a claim rule on hand-made claims (no Markdown, no extraction), so
 * the rules' judgement is tested apart from the extractor's reading.
 */
import { resolve } from 'node:path';
import type { FileContext, FileRule, ReportDescriptor } from '../../src/rule.js';
import type { Claim, SettingsBlock } from '../../src/types.js';
import { resolveConfig } from '../../src/config/load.js';
import { loadModel } from '../../src/model/load.js';

export const REPO = resolve(import.meta.dirname, '../..');
export const OVH_MODEL = resolve(REPO, 'guides/ovh-model.yaml');
export const MAILCOW_MODEL = resolve(REPO, 'tests/fixtures/models/mailcow.yaml');

/** A claim on `line`, its value at `column` (width 3 unless said). */
export function claim(line: number, fields: Partial<Claim> & { column?: number; width?: number }): Claim {
  const { column = 1, width = 3, ...rest } = fields;
  return {
    block: `b${line}`,
    scope: ['Section'],
    origin: 'list',
    position: { start: { line, column }, end: { line, column: column + width } },
    ...rest,
  };
}

/** A block per distinct claim block id, with the heading protocol given. */
export function blocksOf(claims: readonly Claim[], headingProtocol?: string): SettingsBlock[] {
  const ids = [...new Set(claims.map((c) => c.block))];
  return ids.map((id, index) => {
    const first = claims.find((c) => c.block === id) as Claim;
    return { id, origin: first.origin, scope: first.scope, ...(headingProtocol ? { headingProtocol } : {}), position: first.position, index };
  });
}

export interface RunOptions {
  blocks?: SettingsBlock[];
  model?: string;
  product?: string;
  locale?: string;
  text?: string;
}

/** Run `rule` over the claims; returns what it reported. */
export function run(rule: FileRule, claims: Claim[], options: RunOptions = {}): ReportDescriptor[] {
  const reports: ReportDescriptor[] = [];
  const context: FileContext = {
    tree: { type: 'root', children: [] },
    text: options.text ?? '',
    path: 'guide.fr-fr.md',
    absPath: resolve(REPO, 'guide.fr-fr.md'),
    locale: options.locale ?? 'fr-fr',
    language: (options.locale ?? 'fr-fr').split('-')[0],
    product: options.product,
    frontmatter: null,
    frontmatterLines: {},
    claims: { claims, blocks: options.blocks ?? blocksOf(claims) },
    config: resolveConfig({}, REPO),
    model: loadModel(options.model),
    options: {},
    report: (d) => {
      if (!(d.messageId in rule.meta.messages)) throw new Error(`unknown messageId ${d.messageId}`);
      reports.push(d);
    },
  };
  rule.check(context);
  return reports;
}

/** `line:column messageId` of each report, for compact assertions. */
export function at(reports: readonly ReportDescriptor[]): string[] {
  return reports.map((r) => `${r.range?.start.line}:${r.range?.start.column} ${r.messageId}`);
}
