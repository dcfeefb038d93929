/** Command-line flags (node's util.parseArgs); the help text is in help.ts. */
import { parseArgs } from 'node:util';

export const OPTIONS = {
  config: { type: 'string', short: 'c' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  workers: { type: 'string' },
  matrix: { type: 'boolean' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  changed: { type: 'boolean' },
  base: { type: 'string' },
  staged: { type: 'boolean' },
  'all-findings': { type: 'boolean' },
  'no-error-on-unmatched-pattern': { type: 'boolean' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'boolean' },
  'new-only': { type: 'boolean' },
  'print-config': { type: 'string' },
  summary: { type: 'string' },
  shard: { type: 'string' },
  'allow-outside-root': { type: 'boolean' },
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export type Flags = ReturnType<typeof parse>['values'];

export function parse(argv: string[]) {
  // `--changed=REF` is spelled as two flags internally: --changed --base REF.
  const args = argv.flatMap((a) => (a.startsWith('--changed=') ? ['--changed', '--base', a.slice('--changed='.length)] : [a]));
  return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
}
