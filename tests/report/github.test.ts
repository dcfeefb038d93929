/**
 * `--format github`: workflow commands escaped as @actions/core does, so
 * hostile file names and guide text cannot inject commands or properties.
 */
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub, ANNOTATION_LIMIT } from '../../src/report/github.js';
import type { FileResult, LintMessage } from '../../src/types.js';
import { join } from 'node:path';
import { removeTree, tempTree } from '../helpers/cli.js';
import { runIn } from '../helpers/main.js';

function msg(over: Partial<LintMessage> = {}): LintMessage {
  return {
    ruleId: 'guide-x',
    family: 'guide',
    severity: 2,
    message: 'Something is wrong.',
    range: { start: { line: 3, column: 5 }, end: { line: 3, column: 9 } },
    ...over,
  };
}

interface Parsed {
  command: string;
  props: Record<string, string>;
  message: string;
}

/** Read a workflow command the way the runner does: name, `key=value` pairs split on commas, `::`, message. */
function parseCommand(line: string): Parsed {
  const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string) => s.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
  const props: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
    const at = pair.indexOf('=');
    props[pair.slice(0, at)] = unescape(pair.slice(at + 1));
  }
  return { command: m[1], props, message: unescape(m[3]) };
}

describe('escaping', () => {
  it('escapes data and properties like @actions/core, % first', async () => {
    expect(escapeData('100%\r\nnext')).toBe('100%25%0D%0Anext');
    expect(escapeData('%0A')).toBe('%250A');
    expect(escapeProperty('a,b:c%d\ne')).toBe('a%2Cb%3Ac%25d%0Ae');
    // `::` in a message is harmless once newlines are escaped: the command is parsed from the line start.
    expect(escapeData('x ::set-output name=a::b')).toBe('x ::set-output name=a::b');
  });
});

describe('formatGithub', () => {
  it('writes one command per finding with file, lines, columns and title', async () => {
    const out = formatGithub([{ path: 'docs/guide.fr-fr.md', messages: [msg()] }]);
    expect(out).toBe('::error file=docs/guide.fr-fr.md,line=3,endLine=3,col=5,endColumn=9,title=guidelint(guide-x)::Something is wrong.\n');
  });

  it('omits columns for multi-line ranges and maps warnings', async () => {
    const out = formatGithub([{ path: 'a.md', messages: [msg({ severity: 1, range: { start: { line: 2, column: 3 }, end: { line: 4, column: 1 } } })] }]);
    expect(out).toBe('::warning file=a.md,line=2,endLine=4,title=guidelint(guide-x)::Something is wrong.\n');
  });

  it('cannot be hijacked by hostile file names or guide text', async () => {
    const path = 'docs/a,line=99:b%0A/guide::error file=x.md';
    const message = 'Port `110` quoted from "x\n::error file=evil.md::injected\r\n%0A" here.';
    const related = [{ path: 'docs/o,ther.md', range: { start: { line: 7, column: 1 }, end: { line: 7, column: 2 } }, message: 'the source says `993`' }];
    const out = formatGithub([{ path, messages: [msg({ message, related })] }]);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const parsed = parseCommand(lines[0]);
    expect(parsed.command).toBe('error');
    expect(parsed.props).toEqual({ file: path, line: '3', endLine: '3', col: '5', endColumn: '9', title: 'guidelint(guide-x)' });
    expect(parsed.message).toBe(`${message}\n  see docs/o,ther.md:7: the source says \`993\``);
  });

  it('puts errors first, claims before hygiene, and notes what GitHub will not show', async () => {
    const results: FileResult[] = [
      { path: 'b.md', messages: [msg({ ruleId: 'guide-y', family: 'guide', severity: 1 }), msg({ ruleId: 'guide-z', family: 'guide' })] },
      { path: 'a.md', messages: [msg({ ruleId: 'translation-claims', family: 'translation' }), msg({ ruleId: 'claim-port', family: 'claim' })] },
    ];
    const order = formatGithub(results)
      .trimEnd()
      .split('\n')
      .map((l) => parseCommand(l).props.title);
    expect(order).toEqual(['guidelint(claim-port)', 'guidelint(translation-claims)', 'guidelint(guide-z)', 'guidelint(guide-y)']);

    const many: FileResult[] = [
      {
        path: 'a.md',
        messages: Array.from({ length: ANNOTATION_LIMIT + 3 }, (_, i) =>
          msg({ range: { start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 2 } } }),
        ),
      },
    ];
    const lines = formatGithub(many).trimEnd().split('\n');
    expect(lines).toHaveLength(ANNOTATION_LIMIT + 4);
    const notice = parseCommand(lines.at(-1) ?? '');
    expect(notice.command).toBe('notice');
    expect(notice.message).toMatch(/13 errors and 0 warnings.*3 are only in this log/);
  });

  it('prints nothing when there is nothing to report', async () => {
    expect(formatGithub([{ path: 'a.md', messages: [] }])).toBe('');
  });
});

describe('guidelint --format github (CLI)', () => {
  it('escapes a hostile file name end to end', async () => {
    const name = 'we,ird:dir%41/guide.fr-fr.md';
    const root = tempTree({ [name]: '---\ntitle: "unclosed\n---\n# T\n' });
    try {
      const r = await runIn(['--format', 'github', '.'], { cwd: root });
      expect(r.code).toBe(1);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('file=we%2Cird%3Adir%2541/guide.fr-fr.md,line=2,');
      const parsed = parseCommand(lines[0]);
      expect(parsed.props.file).toBe(name);
      expect(parsed.props.title).toBe('guidelint(parse-error)');
    } finally {
      removeTree(root);
    }
  });

  it('names files relative to $GITHUB_WORKSPACE when run from a subfolder', async () => {
    const root = tempTree({ 'site/docs/guide.fr-fr.md': '---\ntitle: "unclosed\n---\n# T\n' });
    try {
      const r = await runIn(['--format', 'github', 'docs'], { cwd: join(root, 'site'), env: { GITHUB_WORKSPACE: root } });
      expect(parseCommand(r.stdout.trimEnd()).props.file).toBe('site/docs/guide.fr-fr.md');
      const local = await runIn(['--format', 'github', 'docs'], { cwd: join(root, 'site'), env: { GITHUB_WORKSPACE: '' } });
      expect(parseCommand(local.stdout.trimEnd()).props.file).toBe('docs/guide.fr-fr.md');
    } finally {
      removeTree(root);
    }
  });
});
