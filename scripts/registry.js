// The rule registry (rules/index.ts) as generated from the rule files: every
// rules/<family>-<name>.ts is a rule, imported and listed in name order.
// `npm run docs` writes it; tests/docs/registry.test.ts fails when it is stale.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RULES = fileURLToPath(new URL('../rules/', import.meta.url));
const RULE_FILE = /^(claim|guide|translation)-[a-z0-9-]+\.ts$/u;

const camel = (id) => id.replace(/-([a-z0-9])/gu, (_, c) => c.toUpperCase());

/** The text rules/index.ts must have for the rule files in `dir`. */
export function registrySource(dir = RULES) {
  const ids = readdirSync(dir)
    .filter((name) => RULE_FILE.test(name))
    .map((name) => name.slice(0, -3))
    .sort();
  return [
    '/**',
    ' * The rule registry: every rule guidelint ships. Generated from the rule',
    ' * files by `npm run docs` (scripts/registry.js): do not edit. The README',
    ' * rule table, SARIF rule metadata and the remark preset derive from it.',
    ' */',
    "import type { Rule, RuleRegistry } from '../src/rule.js';",
    ...ids.map((id) => `import ${camel(id)} from './${id}.js';`),
    '',
    'export const rules: Rule[] = [',
    ...ids.map((id) => `  ${camel(id)},`),
    '];',
    '',
    '/** The list with the module worker threads load it from (see RuleRegistry). */',
    'export const registry: RuleRegistry = { rules, module: import.meta.url };',
    '',
  ].join('\n');
}
