/**
 * `guidelint sets --matrix`: per translation set, a claim × locale table
 * (per settings block of the reference and per direction: hosts, ports
 * with security, stated protocol, authentication, region, and which
 * direction each port is given for), with the cells that differ from the
 * reference marked.
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
    if (c.auth !== undefined) add(`${side} authentication`, c.auth ? 'required' : 'none');
    if (c.region) add(`${side} region`, c.region);
    // Which side each port is given for: a swapped direction label shows here, not as a missing value.
    if (c.port !== undefined && c.direction) add('port directions', `${c.port} ${c.direction}`);
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

/**
 * A heading as a reader sees it: link and image syntax reduced to their
 * text, backslash escapes and a setext underline dropped, spaces collapsed.
 */
export function headingText(text: string): string {
  return (
    text
      .replace(/\n[=-]+\s*$/u, '')
      .replace(/!?\[([^[\]]*)\]\([^)]*\)/gu, '$1')
      .replace(/!?\[([^[\]]*)\]\[[^\]]*\]/gu, '$1')
      .replace(/\\([!-/:-@[-`{-~])/gu, '$1')
      // A backslash left once the claim reader dropped the emphasis it escaped (`\*x\*` read as `\x\`).
      .replace(/\\(?![!-/:-@[-`{-~])/gu, '')
      .replace(/\s+/gu, ' ')
      .trim()
  );
}

/**
 * The table, fitted to `width` columns when given (a terminal): the
 * setting column and the locale columns shrink (never below 8), and when
 * the locales still do not fit they are shown in several tables, each
 * repeating the setting column.
 */
export function renderMatrix(matrix: ClaimMatrix, options: { color: boolean; width?: number }): string {
  const c = pc.createColors(options.color);
  const head = `${c.bold(matrix.set)}${matrix.reference ? `  (reference: ${matrix.reference})` : ''}`;
  if (matrix.rows.length === 0) return `${head}\n  no claims\n`;
  const labels = matrix.rows.map((row) => `${headingText(row.section).slice(0, 24)}:${row.line} ${row.fact}`);
  const cell = (row: MatrixRow, l: string) => {
    const v = row.cells[l];
    if (v === undefined) return '—';
    return row.differs.includes(l) ? `*${v}` : v;
  };
  const natural = (l: string) => Math.min(40, Math.max(l.length, ...matrix.rows.map((row) => cell(row, l).length)));
  const fit = (text: string, w: number) => (text.length > w ? text.slice(0, Math.max(0, w - 1)) + '…' : text.padEnd(w));
  const MIN = 8;
  const available = options.width !== undefined && options.width > 0 ? Math.max(options.width - 2, 2 * MIN + 2) : Infinity;
  let labelWidth = Math.min(48, Math.max('setting'.length, ...labels.map((l) => l.length)));
  if (available !== Infinity) labelWidth = Math.min(labelWidth, Math.max(MIN + 8, Math.floor(available * 0.4)));
  // Locale columns in groups that fit beside the setting column.
  const groups: Array<Array<{ locale: string; width: number }>> = [];
  let current: Array<{ locale: string; width: number }> = [];
  let used = labelWidth;
  for (const l of matrix.locales) {
    const w = Math.min(natural(l), Math.max(MIN, available - labelWidth - 2));
    if (current.length && used + 2 + w > available) {
      groups.push(current);
      current = [];
      used = labelWidth;
    }
    current.push({ locale: l, width: w });
    used += 2 + w;
  }
  if (current.length) groups.push(current);

  // A label that does not fit loses heading text first: the line and the fact are what the row is about.
  const shortLabels = matrix.rows.map((row, i) => {
    const tail = `:${row.line} ${row.fact}`;
    if (labels[i].length <= labelWidth) return labels[i];
    const room = labelWidth - tail.length;
    const section = headingText(row.section).slice(0, 24);
    return room >= 4 ? `${section.slice(0, room - 1)}…${tail}` : labels[i];
  });
  const lines = [head];
  for (const group of groups) {
    lines.push('  ' + [c.bold(fit('setting', labelWidth)), ...group.map((g) => c.bold(fit(g.locale, g.width)))].join('  ').trimEnd());
    matrix.rows.forEach((row, i) => {
      const cells = group.map((g) => {
        const text = cell(row, g.locale);
        return text.startsWith('*') ? c.red(fit(text, g.width)) : fit(text, g.width);
      });
      lines.push('  ' + [fit(shortLabels[i], labelWidth), ...cells].join('  ').trimEnd());
    });
  }
  const drift = matrix.rows.filter((r) => r.differs.length).length;
  lines.push(
    `  ${drift ? c.red(`${drift} of ${matrix.rows.length} settings differ from the reference (marked *)`) : c.green('every locale agrees with the reference')}`,
  );
  return lines.join('\n') + '\n';
}
