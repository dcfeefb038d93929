/**
 * The settings-block builder every reader writes into. A settings block is
 * the prose of one section (a form step: its fields, its ticked boxes, the
 * sentence after it) or one table row; a security box ticked in a block
 * applies to the ports of the same direction in that block, and a
 * protocol stated in it to its hosts and ports. The builder also keeps
 * where the reading is: the heading path, the nearest region label and
 * the lead-in of the table being read.
 */
import type { Claim, ClaimExtraction, ClaimOrigin, Direction, Range, Security, SettingsBlock } from '../types.js';
import { Locator } from '../document/positions.js';

/** A claim as a reader records it: the builder gives its block and scope. */
export type NewClaim = Omit<Claim, 'block' | 'scope'>;

export interface BlockState {
  block: SettingsBlock;
  /** Protocol stated in the block, by direction (`*` when the statement has none). */
  protocol: Map<Direction | '*', string>;
  /** Security from a ticked "requires a secure connection" box, by direction. */
  security: Map<Direction | '*', Security>;
  claims: Claim[];
}

/** One heading of the path the reading is under. */
export interface ScopeEntry {
  depth: number;
  text: string;
  protocol?: string;
  direction?: Direction;
  range: Range;
}

export class BlockBuilder {
  readonly index: Locator;
  scope: ScopeEntry[] = [];
  /** The region of the nearest region label before (a heading or a label paragraph; `depth` says which headings end it). */
  region: { id: string; depth: number } | undefined;
  /** The lead-in of the table being read: its rows' incoming settings are that protocol's, as under a heading. */
  tableLead: { protocol: string; range: Range } | undefined;
  private readonly claims: Claim[] = [];
  private readonly blocks: SettingsBlock[] = [];
  private current: BlockState | undefined;

  constructor(text: string) {
    this.index = new Locator(text);
  }

  /** Everything read, once the last block is closed. */
  result(): ClaimExtraction {
    this.closeBlock();
    return { claims: this.claims, blocks: this.blocks };
  }

  /** The direction the innermost heading that names one states. */
  headingDirection(): Direction | undefined {
    for (let i = this.scope.length - 1; i >= 0; i--) if (this.scope[i].direction) return this.scope[i].direction;
    return undefined;
  }

  private headingProtocol(): { protocol?: string; range?: Range } {
    for (let i = this.scope.length - 1; i >= 0; i--) {
      if (this.scope[i].protocol) return { protocol: this.scope[i].protocol, range: this.scope[i].range };
    }
    return {};
  }

  /** A block of its own (a table row). */
  newBlock(origin: ClaimOrigin, offset: number): BlockState {
    this.closeBlock();
    return this.ensureBlock(origin, offset);
  }

  /** The open block, or a new one starting at `offset`. */
  ensureBlock(origin: ClaimOrigin, offset: number): BlockState {
    if (this.current) return this.current;
    const heading = this.tableLead ?? this.headingProtocol();
    const index = this.blocks.length;
    const block: SettingsBlock = {
      id: `b${index + 1}`,
      origin,
      scope: this.scope.map((s) => s.text),
      position: this.index.range(offset, offset),
      index,
    };
    if (heading.protocol) {
      block.headingProtocol = heading.protocol;
      block.headingPosition = heading.range;
    }
    this.current = { block, protocol: new Map(), security: new Map(), claims: [] };
    return this.current;
  }

  add(state: BlockState, claim: NewClaim): void {
    const full: Claim = { ...claim, block: state.block.id, scope: state.block.scope } as Claim;
    if (full.host !== undefined && full.region === undefined && this.region) full.region = this.region.id;
    if (full.direction === undefined) delete full.direction;
    state.claims.push(full);
    state.block.position = { start: state.block.position.start, end: claim.position.end };
  }

  /** Finish the current block: apply its ticked boxes and stated protocols to its ports. */
  closeBlock(): void {
    const state = this.current;
    this.current = undefined;
    if (!state || state.claims.length === 0) return;
    this.blocks.push(state.block);
    for (const claim of state.claims) {
      if (claim.port !== undefined && claim.security === undefined) {
        const security = (claim.direction && state.security.get(claim.direction)) ?? state.security.get('*');
        if (security) claim.security = security;
      }
      if ((claim.port !== undefined || claim.host !== undefined) && claim.protocol === undefined) {
        const stated = (claim.direction && state.protocol.get(claim.direction)) ?? undefined;
        if (stated) {
          claim.protocol = stated;
          claim.protocolSource = 'block';
        } else if (claim.direction === 'incoming' && state.block.headingProtocol) {
          // "Configuration IMAP": the incoming settings of the section are IMAP ones.
          claim.protocol = state.block.headingProtocol;
          claim.protocolSource = 'heading';
        }
      }
      this.claims.push(claim);
    }
  }
}
