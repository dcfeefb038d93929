/**
 * GFM's autolink-literal step, run only where it can find something.
 *
 * After the tree is built, mdast-util-gfm-autolink-literal turns bare
 * `https://…`, `www.…` and e-mail addresses in text into links. It walks
 * every node of every file and runs four regular expressions on every
 * text node: 5.7% of a single-threaded run on the bench's OVH-style tree.
 * Each of its expressions needs `http://`, `https://` or `www.` (in any
 * case) or an `@`, so a text without any of them cannot change.
 *
 * The guard hands the original step only the paragraphs, headings and
 * table cells holding such a text (outside links, which the step skips
 * anyway), as the children of a stand-in root. These containers never
 * nest, the step only rewrites the children of the nodes it visits, and
 * it sees each candidate text with the same ancestors up to its
 * container, so the tree it leaves is the one it would have left
 * (`tests/document/autolink-literal.test.ts` compares whole trees).
 */
import type { Nodes, Parent, Root } from 'mdast';
import type { Processor } from 'unified';

type Transform = (tree: Root) => Root | undefined | void;

/** What any of the step's expressions needs in a text before it can match. */
const CANDIDATE = /@|www\.|https?:\/\//iu;
/** Where text lives: phrasing content sits in these, and they never contain one another. */
const CONTAINERS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'tableCell']);
/** Subtrees the step itself leaves alone. */
const IGNORED: ReadonlySet<string> = new Set(['link', 'linkReference']);

/** True when a text below `node` (outside links) could hold an autolink literal. */
function holdsCandidate(node: Nodes): boolean {
  const stack: Nodes[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      if (CANDIDATE.test(n.value)) return true;
    } else if ('children' in n && !IGNORED.has(n.type)) {
      for (const child of (n as Parent).children) stack.push(child as Nodes);
    }
  }
  return false;
}

/**
 * Wrap the step: collect the containers holding a candidate text and run
 * it on those alone. A text outside any container (no such mdast exists
 * today) makes it run on the whole tree, as before.
 */
export function guardAutolinkLiterals(step: Transform): Transform {
  return function guardedAutolinkLiterals(tree) {
    const containers: Nodes[] = [];
    const stack: Nodes[] = [tree];
    while (stack.length) {
      const node = stack.pop()!;
      if (CONTAINERS.has(node.type)) {
        if (holdsCandidate(node)) containers.push(node);
      } else if (node.type === 'text') {
        return step(tree);
      } else if ('children' in node && !IGNORED.has(node.type)) {
        const children = (node as Parent).children;
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Nodes);
      }
    }
    if (containers.length > 0) step({ type: 'root', children: containers } as unknown as Root);
    return undefined;
  };
}

interface FromMarkdownExtension {
  transforms?: Transform[];
}

/**
 * unified plugin, used after remark-gfm: replaces the autolink-literal
 * transform among the processor's mdast extensions by its guarded form.
 */
export function remarkGuardAutolinkLiterals(this: Processor): void {
  const data = this.data() as { fromMarkdownExtensions?: Array<FromMarkdownExtension | FromMarkdownExtension[]> };
  const guard = (extension: FromMarkdownExtension): void => {
    if (!extension.transforms) return;
    extension.transforms = extension.transforms.map((t) => (t.name === 'transformGfmAutolinkLiterals' ? guardAutolinkLiterals(t) : t));
  };
  for (const entry of data.fromMarkdownExtensions ?? []) {
    if (Array.isArray(entry)) entry.forEach(guard);
    else guard(entry);
  }
}
