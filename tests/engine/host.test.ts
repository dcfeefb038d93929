/**
 * The engine is a pure host: it runs the rules its caller hands it and
 * names none of them. Read statically from the sources: which files import
 * the rule registry or the engine, and which string literals in `src/`
 * spell a rule id (or a family prefix, as `startsWith('translation-')`
 * would). Only composition roots (the CLI, the API entry, the remark
 * preset) may import `rules/`.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { rules } from '../../rules/index.js';
import { REPO } from '../helpers/cli.js';

/** Folders and files that put the program together from the engine and the rule registry. */
const COMPOSITION_ROOTS = ['src/cli/', 'src/index.ts', 'src/remark/'];

function tsFiles(folder: string): string[] {
  return readdirSync(join(REPO, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${folder}/${f.split('\\').join('/')}`)
    .sort();
}

interface Scan {
  /** Repository-relative targets of relative imports and re-exports (type-only included). */
  imports: string[];
  strings: string[];
}

function scan(file: string): Scan {
  const source = ts.createSourceFile(file, readFileSync(join(REPO, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const imports: string[] = [];
  const strings: string[] = [];
  const target = (specifier: string): void => {
    if (specifier.startsWith('.'))
      imports.push(
        relative(REPO, resolve(REPO, dirname(file), specifier))
          .split('\\')
          .join('/')
          .replace(/\.js$/u, '.ts'),
      );
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      target(node.moduleSpecifier.text);
      return;
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0]))
      target(node.arguments[0].text);
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) strings.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { imports, strings };
}

const isRoot = (file: string): boolean => COMPOSITION_ROOTS.some((root) => (root.endsWith('/') ? file.startsWith(root) : file === root));
const srcFiles = tsFiles('src');
const ids = rules.map((r) => r.meta.id);
const prefixes = [...new Set(rules.map((r) => `${r.meta.family}-`))];

describe('the engine hosts rules it is given', () => {
  it('reads the sources it checks (the registry and the engine are there)', () => {
    expect(ids.length).toBeGreaterThan(20);
    expect(srcFiles).toContain('src/engine/run.ts');
    expect(srcFiles.filter((f) => isRoot(f) && scan(f).imports.includes('rules/index.ts'))).toContain('src/index.ts');
  });

  it('no file under src/engine imports rules/', () => {
    const offending = srcFiles
      .filter((f) => f.startsWith('src/engine/'))
      .flatMap((f) =>
        scan(f)
          .imports.filter((i) => i.startsWith('rules/'))
          .map((i) => `${f} → ${i}`),
      );
    expect(offending).toEqual([]);
  });

  it('only composition roots import rules/, and no rule imports src/engine', () => {
    const outside = srcFiles
      .filter((f) => !isRoot(f))
      .flatMap((f) =>
        scan(f)
          .imports.filter((i) => i.startsWith('rules/'))
          .map((i) => `${f} → ${i}`),
      );
    const rulesToEngine = tsFiles('rules').flatMap((f) =>
      scan(f)
        .imports.filter((i) => i.startsWith('src/engine/'))
        .map((i) => `${f} → ${i}`),
    );
    expect([...outside, ...rulesToEngine]).toEqual([]);
  });

  it('no string in src/ outside composition roots spells a rule id or a family prefix', () => {
    const found = srcFiles
      .filter((f) => !isRoot(f))
      .flatMap((f) =>
        scan(f)
          .strings.filter((s) => ids.includes(s) || prefixes.some((p) => s.startsWith(p)))
          .map((s) => `${f}: '${s}'`),
      );
    expect(found).toEqual([]);
  });

  it('the check sees a rule id written as a string', () => {
    // The scanner itself: a literal like the ones the engine used to hold is found.
    const probe = ts.createSourceFile('probe.ts', "const stale = list.find((r) => r.id === 'translation-stale');", ts.ScriptTarget.Latest, true);
    const literals: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteralLike(node)) literals.push(node.text);
      ts.forEachChild(node, visit);
    };
    visit(probe);
    expect(literals.filter((s) => ids.includes(s))).toEqual(['translation-stale']);
  });

  it('has no import cycle in src/ and rules/', () => {
    const engine = [...srcFiles, ...tsFiles('rules')];
    const known = new Set(engine);
    const edges = new Map(engine.map((f) => [f, scan(f).imports.filter((i) => known.has(i))]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const walk = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of edges.get(file) ?? []) walk(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of engine) walk(file, []);
    expect(cycles).toEqual([]);
  });
});
