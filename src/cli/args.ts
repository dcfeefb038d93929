/** Command-line flags (node's util.parseArgs) and the help text. */
import { parseArgs } from 'node:util';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

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

export const HELP = `guidelint — lint multilingual documentation guides

Usage:
  guidelint [options] [paths or globs…]   lint guides (default: what the config names)
  guidelint sets [--matrix] [set…]        list translation sets and their locales;
                                          --matrix shows a locale × claim table per set
  guidelint claims FILE…                  show the technical claims understood in files
  guidelint rules                         list the rules with their default severity
  guidelint merge-sarif FILE… -o OUT      combine SARIF reports (e.g. from shards)
  guidelint terms [--locale L] [-f json|csv|tbx] [paths…]
                                          the UI labels' translations learned from the tree
  guidelint init                          write a commented guidelint.config.yaml for
                                          the tree here (layout, locales, likely source)

Options:
  -c, --config FILE        use this config file (default: guidelint.config.yaml,
                           .yml or .json, found by walking up from the current folder)
  -f, --format NAME        stylish (default), json, sarif, github (workflow
                           annotations), markdown (summary for $GITHUB_STEP_SUMMARY)
  -o, --output FILE        write the report to FILE instead of standard output
      --print-config FILE  show the configuration that applies to FILE (JSON)
      --max-warnings N     exit 1 when there are more than N warnings
  -q, --quiet              report errors only
      --rule ID            run only this rule (repeatable)
      --fix                apply the fixes of fixable findings, then report the rest
      --fix-dry-run        print the fixes as a unified diff; change nothing
      --changed [REF]      lint files changed since REF (default: merge base with
                           the default branch), with the rest of their translation sets;
                           a word after --changed is the REF when it names a commit
                           (--changed=REF always does)
      --staged             lint files staged for commit (for pre-commit hooks)
      --all-findings       with --changed/--staged, also report untouched files
      --write-baseline     record the findings reported now in the baseline file
                           (then exit 0)
      --new-only           report only findings not in the baseline file
      --baseline FILE      the baseline file (default: .guidelint-baseline.json)
      --no-error-on-unmatched-pattern
                           a glob (in the config's files or on the command
                           line) that matches no file is not an error
      --cache              reuse results of unchanged files (node_modules/.cache/guidelint)
      --cache-location DIR where to keep the cache
      --shard I/N          lint shard I of N (whole translation sets per shard)
      --summary FILE       also write a Markdown summary to FILE
      --workers N|auto     worker threads for the file phase (default: auto; at most
                           one per core)
      --allow-outside-root lint files outside the config root that a \`files\` pattern
                           or a symbolic link names (refused by default)
      --no-color           plain output (also when NO_COLOR is set or not a terminal)
  -h, --help               show this help
  -v, --version            show the version

Exit codes:
  0  no errors (warnings allowed, up to --max-warnings)
  1  errors found, or more warnings than --max-warnings
  2  usage or configuration error

Examples:
  guidelint                                  lint what guidelint.config.yaml names
  guidelint guides/web/emails                lint one folder
  guidelint "pages/**/guide.fi-fi.md"        lint every Finnish guide
  guidelint --format sarif -o guidelint.sarif
  guidelint --changed origin/main --format github
  guidelint claims guides/web/emails/windows_mail/guide.fr-fr.md
  guidelint sets --matrix
`;
