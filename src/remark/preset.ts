/**
 * guidelint's file rules as a remark preset, for remark-cli and editors
 * that use remark's language server:
 *
 *   remark --use guidelint/remark --frail docs/
 *
 * Each file is read the way the engine reads it (GFM, YAML front matter,
 * locale and product from the guidelint config found from the file's
 * folder, claims), then every file rule runs with the severity and
 * options that config gives it (its default severity without a config),
 * and `<!--lint disable rule-id-->` comments apply. Translation (set)
 * rules compare several files, so they run in `guidelint` only.
 */
import { dirname, relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import type { Plugin, PluggableList, Preset, Processor, TransformCallback } from 'unified';
import type { VFile } from 'vfile';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { registry, rules } from '../../rules/index.js';
import type { FileRule } from '../rule.js';
import { createEnvironment, type Setup } from '../engine/environment.js';
import { analyzeFile, attachAnalysis, getAnalysis, placeOf, type Environment } from '../engine/analysis.js';
import { SOURCE, toPlugin } from '../engine/plugin.js';
import { lintComments, PARSE_RULE } from '../engine/lint-file.js';
import { decode } from '../document/decode.js';
import { readFrontmatter } from '../document/parse.js';
import { fillPositions } from '../document/positions.js';
import { findConfig } from '../config/load.js';
import { toPosix } from '../discover/discover.js';

/** One environment per config file (or per folder without one), shared by every file under it. */
const setups = new Map<string, Setup>();
const setupOfEnv = new WeakMap<Environment, Setup>();

function setupFor(folder: string): Setup {
  const key = findConfig(folder) ?? `no-config:${folder}`;
  let setup = setups.get(key);
  if (!setup) {
    setup = createEnvironment({ cwd: folder, registry });
    setups.set(key, setup);
    setupOfEnv.set(setup.env, setup);
  }
  return setup;
}

function textOf(file: VFile): string {
  const value = file.value;
  // decode() strips the BOM and rejects binary or invalid UTF-8, as the engine does.
  return decode(typeof value === 'string' ? new TextEncoder().encode(value) : value).text;
}

/** The per-file analysis the rules read, unless the engine already attached one. */
const remarkGuidelintAnalysis: Plugin<[], Root> = function () {
  return (tree, file) => {
    if (getAnalysis(file)) return;
    const cwd = file.cwd;
    const absPath = file.path ? resolve(cwd, file.path) : resolve(cwd, 'stdin.md');
    let setup: Setup;
    let text: string;
    try {
      setup = setupFor(dirname(absPath));
      text = textOf(file);
    } catch (error) {
      // A bad config or an unreadable file: one fatal message, like the engine's parse-error.
      const message = file.message(error instanceof Error ? error.message : String(error), { ruleId: PARSE_RULE, source: SOURCE });
      message.fatal = true;
      return;
    }
    const { env } = setup;
    // Positions for the nodes the GFM autolinker creates without them (see src/document/positions.ts).
    fillPositions(tree, text);
    const path = toPosix(relative(cwd, absPath)) || toPosix(absPath);
    const frontmatter = readFrontmatter(text);
    if (frontmatter.error) {
      // Same finding as the engine's, so editors show a broken header too.
      const { message: reason, line, column } = frontmatter.error;
      const message = file.message(`Front matter is not valid YAML: ${reason}.`, { place: { line, column }, ruleId: PARSE_RULE, source: SOURCE });
      message.fatal = true;
    }
    // The engine reports extraction failures as parse-error; here claim rules simply see no claims.
    const { analysis } = analyzeFile(env, { path, absPath, ...placeOf(env.config, absPath) }, text, tree, frontmatter);
    attachAnalysis(file, analysis);
  };
};

type RuleTransform = (tree: Root, file: VFile, next: TransformCallback<Root>) => void;
/** unified-lint-rule's attacher, seen as what it is: options in, transform out (undefined when off). */
type LintAttacher = (this: Processor, setting: unknown) => RuleTransform | undefined;

/**
 * One file rule as a remark plugin. Severity and options: those given to
 * the plugin in a remark config if any, else those of the file's
 * guidelint config, else the rule's defaults.
 */
export function rulePlugin(rule: FileRule): Plugin<[unknown?], Root> {
  const attacher = toPlugin(rule) as unknown as LintAttacher;
  const byEnv = new WeakMap<Environment, RuleTransform | null>();
  const plugin = function (this: Processor, setting?: unknown) {
    const explicit = setting === undefined ? undefined : (attacher.call(this, setting) ?? null);
    const transformFor = (env: Environment): RuleTransform | null => {
      if (explicit !== undefined) return explicit;
      let transform = byEnv.get(env);
      if (transform === undefined) {
        const setup = setupOfEnv.get(env);
        // A registered rule missing from the effective list is off in the config; any other rule runs at its defaults.
        const configured = setup && setup.rules.includes(rule);
        const effective = configured
          ? setup.effective.find((e) => e.rule === rule)
          : { severity: rule.meta.defaultSeverity, options: rule.meta.defaultOptions ?? {} };
        transform = effective && effective.severity !== 'off' ? (attacher.call(this, [effective.severity, effective.options]) ?? null) : null;
        byEnv.set(env, transform);
      }
      return transform;
    };
    return (tree: Root, file: VFile, next: TransformCallback<Root>) => {
      const analysis = getAnalysis(file);
      const transform = analysis ? transformFor(analysis.env) : null;
      if (!transform) return next();
      transform(tree, file, next);
    };
  };
  Object.defineProperty(plugin, 'name', { value: `${SOURCE}:${rule.meta.id}` });
  return plugin;
}

const fileRules = rules.filter((r): r is FileRule => r.kind === 'file');

const plugins: PluggableList = [
  // The engine's syntax: GitHub-flavoured Markdown and YAML front matter (src/document/parse.ts).
  remarkGfm,
  [remarkFrontmatter, ['yaml']],
  remarkGuidelintAnalysis,
  ...fileRules.map((rule) => rulePlugin(rule)),
  // Last, so it sees every rule's messages: `<!--lint disable id-->` for guidelint's rules.
  [lintComments, { name: 'lint', source: SOURCE, known: rules.map((r) => r.meta.id) }],
];

const preset: Preset = { plugins };

export default preset;
export { remarkGuidelintAnalysis };
