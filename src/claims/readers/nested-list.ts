/**
 * Lists of fields, nested or not: a field item's direction carries to the
 * items after it (`Posteingangsserver: …` then `Port: 993`), and an item's
 * own text (`Information sur le Serveur entrant :`) gives its sub-list a
 * direction. What else an item holds (a table, a quote) is read by the
 * dispatcher with that direction.
 */
import type { List, ListItem, RootContent } from 'mdast';
import type { Direction } from '../../types.js';
import type { ReadContext } from './context.js';
import { readParagraph } from './paragraph.js';

/** Reads other block content (the dispatcher). */
export type Visit = (nodes: readonly RootContent[], inherited: Direction | undefined) => void;

export function readList(context: ReadContext, node: List, inherited: Direction | undefined, visit: Visit): void {
  let direction = inherited;
  for (const item of node.children) direction = readListItem(context, item, direction, visit) ?? direction;
}

/** Returns the direction the item's own text states, if any. */
function readListItem(context: ReadContext, item: ListItem, inherited: Direction | undefined, visit: Visit): Direction | undefined {
  let direction = inherited;
  let stated: Direction | undefined;
  for (const child of item.children) {
    if (child.type === 'paragraph') {
      const found = readParagraph(context, child, direction);
      if (found) direction = found;
      if (found && found !== inherited) stated = found;
    } else if (child.type === 'list') {
      readList(context, child, direction, visit);
    } else {
      visit([child], direction);
    }
  }
  return stated;
}
