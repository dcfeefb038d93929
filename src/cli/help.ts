/** `guidelint --help`: the commands from the command table, the formats from the format registry. */
import { COMMANDS, LINT, type Command } from './commands.js';
import { FORMATS, formatters } from '../report/formats.js';

/** Where descriptions start on a usage or option line. */
const USAGE_COLUMN = 42;
const OPTION_COLUMN = 27;

function usageLines(command: Command): string[] {
  const head = `  guidelint ${command.usage}`;
  const pad = ' '.repeat(USAGE_COLUMN);
  const [first, ...rest] = command.help;
  const lines = head.length + 2 <= USAGE_COLUMN ? [head.padEnd(USAGE_COLUMN) + first] : [head, pad + first];
  return [...lines, ...rest.map((line) => pad + line)];
}

const width = Math.max(...FORMATS.map((name) => name.length));
const FORMAT_HELP =
  [
    '  -f, --format NAME        the report format:',
    ...FORMATS.map((name) => `${' '.repeat(OPTION_COLUMN + 2)}${name.padEnd(width)}  ${formatters[name].description}`),
  ].join('\n') + '\n';

export const HELP = `guidelint — lint multilingual documentation guides

Usage:
${[LINT, ...Object.values(COMMANDS)].flatMap(usageLines).join('\n')}

Options:
  -c, --config FILE        use this config file (default: guidelint.config.yaml,
                           .yml or .json, found by walking up from the current folder)
${FORMAT_HELP}  -o, --output FILE        write the report to FILE instead of standard output
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
