/** What every reader reads with: the file's text, the language's words, and the block builder it writes into. */
import type { BlockBuilder } from '../block.js';
import type { Words } from '../words.js';

export interface ReadContext {
  readonly text: string;
  readonly words: Words;
  readonly blocks: BlockBuilder;
  /** Domains the model is authoritative for (lower case): hosts of links under them are claims. */
  readonly domains: readonly string[];
}
