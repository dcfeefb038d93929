/**
 * The parse floor: one process, no linting, every file read and parsed
 * with mdast-util-from-markdown + GFM + front matter (what any
 * remark-based linter must at least do). Usage: node floor.js ROOT GLOB
 */
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';

const [root, glob = '**/*.md'] = process.argv.slice(2);
const files = fg.sync(glob, { cwd: root, absolute: true, ignore: ['**/node_modules/**'] });
const options = {
  extensions: [gfm(), frontmatter(['yaml'])],
  mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
};
let nodes = 0;
for (const file of files) {
  const tree = fromMarkdown(readFileSync(file, 'utf8'), options);
  nodes += tree.children.length;
}
process.stdout.write(`${files.length} files, ${nodes} top-level nodes\n`);
