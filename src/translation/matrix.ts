/**
 * `guidelint sets --matrix`: per translation set, a claim × locale table
 * (hosts, ports with security, stated protocol, per settings block of the
 * reference), with the cells that differ from the reference marked.
 */
import pc from 'picocolors';
import type { TranslationSet } from '../rule.js';
import type { Claim } from '../types.js';
import { alignBlocks, blockFacts, type BlockFacts } from './blocks.js';

export interface MatrixRow {
  block: string;
  section: string;
  line: number;
  fact: string;
  /** Value by locale; `undefined` when that locale has no aligned block. */
  cells: Record<string, string | undefined>;
  /** Locales whose cell differs from the reference's. */
  differs: string[];
}

export interface ClaimMatrix {
  set: string;
  reference?: string;
  locales: string[];
  rows: MatrixRow[];
}

const SECURITY: Record<string, string> = { ssl: 'SSL', starttls: 'STARTTLS', none: 'no SSL' };

function facts(claims: readonly Claim[]): Map<string, string> {
  const out = new Map<string, string[]>();
  const add = (key: string, value: string) => {
    const list = out.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    out.set(key, list);
  };
  for (const c of claims) {
    const side = c.direction ?? 'unlabelled';
    if (c.protocol && c.protocolSource === 'block') add(`${side} protocol`, c.protocol.toUpperCase());
    if (c.host) add(`${side} host`, c.host.toLowerCase());
    if (c.port !== undefined) add(`${side} ports`, `${c.port}${c.security ? ` ${SECURITY[c.security]}` : ''}`);
  }
  return new Map([...out].map(([k, v]) => [k, v.join(', ')]));
}

export function claimMatrix(set: TranslationSet): ClaimMatrix {
  const reference = set.reference;
  const locale = (l: string | undefined) => l ?? 'default';
  const locales = set.members.map((m) => locale(m.locale));
  const matrix: ClaimMatrix = { set: set.key, reference: reference ? locale(reference.locale) : undefined, locales, rows: [] };
  if (!reference) return matrix;
  const refBlocks = blockFacts(reference);
  const aligned = new Map<string, Map<number, BlockFacts>>();
  for (const member of set.members) {
    if (member === reference) continue;
    const blocks = blockFacts(member);
    const byRef = new Map<number, BlockFacts>();
    for (const [r, t] of alignBlocks(refBlocks, blocks)) byRef.set(r, blocks[t]);
    aligned.set(locale(member.locale), byRef);
  }
  refBlocks.forEach((block, r) => {
    const refFacts = facts(block.claims);
    for (const [fact, value] of refFacts) {
      const cells: Record<string, string | undefined> = { [locale(reference.locale)]: value };
      const differs: string[] = [];
      for (const [l, byRef] of aligned) {
        const other = byRef.get(r);
        const v = other ? facts(other.claims).get(fact) : undefined;
        cells[l] = v;
        if (v !== undefined && v !== value) differs.push(l);
      }
      matrix.rows.push({ block: block.id, section: block.scope[block.scope.length - 1] ?? '', line: block.range.start.line, fact, cells, differs });
    }
  });
  return matrix;
}

export function renderMatrix(matrix: ClaimMatrix, options: { color: boolean }): string {
  const c = pc.createColors(options.color);
  const head = `${c.bold(matrix.set)}${matrix.reference ? `  (reference: ${matrix.reference})` : ''}`;
  if (matrix.rows.length === 0) return `${head}\n  no claims\n`;
  const columns = ['setting', ...matrix.locales];
  const body = matrix.rows.map((row) => [
    `${row.section.slice(0, 24)}:${row.line} ${row.fact}`,
    ...matrix.locales.map((l) => {
      const v = row.cells[l];
      if (v === undefined) return '—';
      return row.differs.includes(l) ? `*${v}` : v;
    }),
  ]);
  const widths = columns.map((col, i) => Math.min(i === 0 ? 48 : 40, Math.max(col.length, ...body.map((r) => r[i].length))));
  const fit = (text: string, w: number) => (text.length > w ? text.slice(0, w - 1) + '…' : text.padEnd(w));
  const lines = [head, '  ' + columns.map((col, i) => c.bold(fit(col, widths[i]))).join('  ')];
  for (const row of body) {
    lines.push('  ' + row.map((cell, i) => (cell.startsWith('*') ? c.red(fit(cell, widths[i])) : fit(cell, widths[i]))).join('  '));
  }
  const drift = matrix.rows.filter((r) => r.differs.length).length;
  lines.push(`  ${drift ? c.red(`${drift} of ${matrix.rows.length} settings differ from the reference (marked *)`) : c.green('every locale agrees with the reference')}`);
  return lines.join('\n') + '\n';
}
