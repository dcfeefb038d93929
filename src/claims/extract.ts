/**
 * Claim extraction: read protocol, direction, host, port, security,
 * authentication and region statements from a guide, language-neutral.
 *
 * This file only walks the tree and hands each container to the reader of
 * its shape (readers/): headings, label paragraphs and lead-ins,
 * paragraphs (field lists, clauses of prose, pipe lines), nested lists,
 * tables (field tables, matrices). Every reader writes into one block
 * builder (block.ts). The extractor records what the text says, even when
 * it is wrong: judging is the checks' job (checks.ts).
 */
import type { Root, RootContent } from 'mdast';
import type { ClaimExtraction, Direction, Range } from '../types.js';
import { BlockBuilder } from './block.js';
import { Words, type ExtractOptions } from './words.js';
import type { ReadContext } from './readers/context.js';
import { readHeading } from './readers/heading.js';
import { readLabelParagraph, readLeadIn, readRegionLabel, type Label } from './readers/label-paragraph.js';
import { readList } from './readers/nested-list.js';
import { readParagraph } from './readers/paragraph.js';
import { readTable } from './readers/table.js';

export type { ExtractOptions, ProtocolName } from './words.js';

export function extractClaims(tree: Root, text: string, options: ExtractOptions): ClaimExtraction {
  const context: ReadContext = {
    text,
    words: new Words(options),
    blocks: new BlockBuilder(text),
    domains: (options.domains ?? []).map((d) => d.toLowerCase()),
  };
  new Dispatcher(context).visit(tree.children, undefined);
  return context.blocks.result();
}

class Dispatcher {
  /** A lead-in naming one protocol ("**Pour une configuration en IMAP**"), for the table right after it. */
  private lead: { protocol: string; range: Range } | undefined;

  constructor(private readonly context: ReadContext) {}

  readonly visit = (nodes: readonly RootContent[], inherited: Direction | undefined): void => {
    const { context } = this;
    const { blocks } = context;
    let label: Label | undefined;
    for (const node of nodes) {
      const lead = this.lead;
      this.lead = undefined;
      const carried = label;
      label = undefined;
      switch (node.type) {
        case 'table':
          blocks.tableLead = lead;
          readTable(context, node);
          blocks.tableLead = undefined;
          break;
        case 'heading':
          readHeading(context, node);
          break;
        case 'paragraph':
          readRegionLabel(context, node);
          // A label (`**Outgoing server (SMTP)**`) starts the settings it introduces.
          label = readLabelParagraph(context, node);
          // A heading's direction goes to the fields of its lists, not to its sentences ("port 993 is for IMAP" under "Outgoing server").
          readParagraph(context, node, inherited);
          this.lead = readLeadIn(context, node);
          break;
        case 'list':
          if (carried?.protocol) {
            const direction = carried.direction ?? context.words.protocolDirection.get(carried.protocol) ?? 'incoming';
            blocks.ensureBlock('list', node.position?.start.offset ?? 0).protocol.set(direction, carried.protocol);
          }
          readList(context, node, carried?.direction ?? inherited ?? blocks.headingDirection(), this.visit);
          this.lead = readLeadIn(context, node);
          break;
        case 'blockquote':
          this.visit(node.children, inherited);
          break;
        case 'thematicBreak':
          blocks.closeBlock();
          break;
        default:
          // Code, HTML, definitions, front matter: no claims are read there.
          break;
      }
    }
  };
}
