/**
 * src/cli has no import cycle: commands share io.ts, and only bin/ and
 * tests import main.ts. A static scan of relative imports (type-only
 * imports count too: they are where cycles start).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { REPO } from '../helpers/cli.js';

const CLI = join(REPO, 'src/cli');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Relative imports of a file that stay inside src/cli, as absolute .ts paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"](\.[^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s+['"](\.[^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]);
  return specs.map((spec) => resolve(dirname(file), spec.replace(/\.js$/, '.ts'))).filter((path) => path.startsWith(CLI + '/'));
}

/** Every cycle found by a depth-first walk, as a list of paths relative to src/cli. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].map((p) => relative(CLI, p)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('src/cli imports', () => {
  const files = sources(CLI);
  const graph = new Map(files.map((f) => [f, importsOf(f)]));

  it('the scan sees the command table and the commands it imports', () => {
    expect(graph.get(join(CLI, 'commands.ts'))).toContain(join(CLI, 'sets-command.ts'));
    const a = join(CLI, 'a.ts');
    const b = join(CLI, 'b.ts');
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts', 'a.ts']]);
  });

  it('has no cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('nothing in src imports main.ts', () => {
    const importers = sources(join(REPO, 'src')).filter((f) => f !== join(CLI, 'main.ts') && readFileSync(f, 'utf8').match(/from\s+['"][^'"]*\/main\.js['"]/));
    expect(importers.map((f) => relative(REPO, f))).toEqual([]);
  });
});
