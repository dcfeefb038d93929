/**
 * Matrix tables, with row and column headers: each row is a block of its
 * own; the row header gives the row's direction (`Incoming (IMAP)`) and
 * region, the column headers say what a column holds (hosts, ports,
 * security values such as `SSL` yes/no, authentication, a region) and the
 * security of its ports (`| Port SSL |`). A protocol named anywhere in the
 * row is the row's.
 */
import type { ClaimOrigin, Direction, Security } from '../../types.js';
import type { BlockState, NewClaim } from '../block.js';
import type { ReadContext } from './context.js';
import { plain, type Line } from '../source.js';
import { collapseInnerMarkup, findHosts, findPorts, mask, unmark } from '../text.js';
import { onlyOne } from '../words.js';

interface Column {
  port: boolean;
  security?: Security;
  host: boolean;
  securityValues: boolean;
  auth: boolean;
  region?: string;
}

/** What a row says of all its cells. */
interface Row {
  cells: Line[];
  block: BlockState;
  direction?: Direction;
  region?: string;
  protocol?: string;
  security?: Security;
  origin: ClaimOrigin;
}

export function readMatrixTable(context: ReadContext, header: Line[], body: Line[][], origin: ClaimOrigin): void {
  const columns = header.map((cell, i) => readColumn(context, cell, body, i));
  if (!columns.some((c) => c.port || c.host)) return;
  const { words, blocks } = context;
  for (const cells of body) {
    if (!cells[0]) continue;
    let security: Security | undefined;
    cells.forEach((cell, i) => {
      if (!columns[i]?.securityValues) return;
      const text = mask(cell.text);
      security = words.securityValue(text) ?? security;
    });
    const region = words.regionIn(plain(cells[0].text));
    const protocol = onlyOne(cells.flatMap((cell) => words.protocolsIn(mask(cell.text))));
    const direction = words.directionIn(mask(cells[0].text));
    const row: Row = {
      cells,
      block: blocks.newBlock(origin, cells[0].start),
      direction,
      origin,
      ...(region ? { region } : {}),
      ...(protocol ? { protocol } : {}),
      ...(security ? { security } : {}),
    };
    cells.forEach((cell, i) => {
      const column = columns[i];
      if (!column || (i === 0 && !column.host)) return;
      if (column.host) readHostCell(context, row, column, cell);
      if (column.auth) readAuthCell(context, row, cell);
      if (column.port) readPortCell(context, row, column, cell);
    });
    blocks.closeBlock();
  }
}

function readColumn({ words }: ReadContext, cell: Line, body: Line[][], i: number): Column {
  const t = mask(cell.text);
  const security = words.securityIn(t);
  const port = words.terms.port.test(t);
  const host = words.terms.server.test(t) || body.some((r) => r[i] && findHosts(collapseInnerMarkup(mask(r[i].text)).text).length > 0);
  // A column of SSL/TLS/STARTTLS values, or an `SSL` column of yes/no values (`|SSL|` … `|Oui|`).
  const sslHeader = /^[\s*_|]*(?:SSL|TLS|SSL\s*\/\s*TLS)[\s*_|]*$/iu.test(t);
  const securityValues = body.some(
    (r) =>
      r[i] &&
      findPorts(mask(r[i].text)).length === 0 &&
      (words.terms.starttls.test(r[i].text) ||
        words.terms.sslOn.test(r[i].text) ||
        (sslHeader && (words.terms.yes.test(r[i].text) || words.terms.no.test(r[i].text)))),
  );
  const auth = words.terms.authenticationField.test(t) && !port && !host;
  const region = words.regionIn(plain(cell.text));
  return {
    port: port || (security !== undefined && body.some((r) => r[i] && findPorts(mask(r[i].text)).length > 0)),
    security,
    host,
    securityValues,
    auth,
    ...(region ? { region } : {}),
  };
}

function rowText(row: Row): string {
  return row.cells.map((c) => c.text.trim()).join(' | ');
}

function readHostCell({ blocks }: ReadContext, row: Row, column: Column, cell: Line): void {
  const collapsed = collapseInnerMarkup(mask(cell.text));
  for (const h of findHosts(collapsed.text)) {
    const region = column.region ?? row.region;
    blocks.add(row.block, {
      host: h.host,
      ...(region ? { region } : {}),
      direction: row.direction,
      ...(row.protocol ? { protocol: row.protocol, protocolSource: 'block' as const } : {}),
      origin: row.origin,
      position: blocks.index.range(cell.start + collapsed.map[h.start], cell.start + collapsed.map[h.end]),
      text: cell.text.trim(),
    });
  }
}

/** An authentication column: yes / no (or "none needed") per row. */
function readAuthCell({ words, blocks }: ReadContext, row: Row, cell: Line): void {
  const v = unmark(mask(cell.text));
  const required = words.authValue(v);
  if (required === undefined) return;
  const at = v.length - v.trimStart().length;
  blocks.add(row.block, {
    auth: required,
    direction: row.direction ?? 'outgoing',
    origin: row.origin,
    position: blocks.index.range(cell.start + at, cell.start + at + v.trim().length),
    text: rowText(row),
  });
}

function readPortCell({ blocks }: ReadContext, row: Row, column: Column, cell: Line): void {
  for (const p of findPorts(mask(cell.text))) {
    const claim: NewClaim = {
      port: p.port,
      direction: row.direction,
      origin: row.origin,
      position: blocks.index.range(cell.start + p.start, cell.start + p.end),
      text: rowText(row),
    };
    const security = column.security ?? row.security;
    if (security) claim.security = security;
    if (row.protocol) {
      claim.protocol = row.protocol;
      claim.protocolSource = 'block';
    }
    blocks.add(row.block, claim);
  }
}
