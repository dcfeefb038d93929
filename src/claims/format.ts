/** `guidelint claims`: a readable table of what was understood in a file. */
import type { ClaimExtraction, Claim } from '../types.js';

const COLUMNS = ['block', 'protocol', 'direction', 'host', 'region', 'port', 'security', 'auth', 'origin', 'line'] as const;

function cell(claim: Claim, column: (typeof COLUMNS)[number]): string {
  switch (column) {
    case 'protocol':
      return claim.protocol ? `${claim.protocol}${claim.protocolSource === 'heading' ? ' (heading)' : ''}` : '';
    case 'line':
      return `${claim.position.start.line}:${claim.position.start.column}`;
    case 'auth':
      return claim.auth === undefined ? '' : claim.auth ? 'required' : 'none';
    default: {
      const v = claim[column];
      return v === undefined ? '' : String(v);
    }
  }
}

export function formatClaimsTable(path: string, extraction: ClaimExtraction): string {
  const header = `${path}: ${extraction.claims.length} claims in ${extraction.blocks.length} settings blocks`;
  if (extraction.claims.length === 0) return `${header}\n`;
  const scopes = new Map(extraction.blocks.map((b) => [b.id, b.scope[b.scope.length - 1] ?? '']));
  const rows = extraction.claims.map((c) => COLUMNS.map((col) => cell(c, col)));
  const widths = COLUMNS.map((col, i) => Math.max(col.length, ...rows.map((r) => r[i].length)));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const out = [header, line(COLUMNS), line(widths.map((w) => '-'.repeat(w)))];
  let lastBlock = '';
  for (let i = 0; i < rows.length; i++) {
    const claim = extraction.claims[i];
    if (claim.block !== lastBlock) {
      const scope = scopes.get(claim.block);
      if (scope) out.push(`# ${scope}`);
      lastBlock = claim.block;
    }
    out.push(line(rows[i]));
  }
  return out.join('\n') + '\n';
}
