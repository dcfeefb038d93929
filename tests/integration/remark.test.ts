/**
 * The remark preset (`guidelint/remark`): remark-cli reports the same
 * file-rule findings (rule ids and lines) as guidelint's own JSON output
 * on the same files; severities and inline comments behave as in remark-lint.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMessageControl from 'remark-message-control';
import { VFile } from 'vfile';
import { REPO, removeTree, runCli, tempTree } from '../helpers/cli.js';
import { rules } from '../../rules/index.js';
import preset, { remarkGuidelintAnalysis, rulePlugin } from '../../src/remark/preset.js';
import { defineFileRule } from '../../src/rule.js';

const REMARK = join(REPO, 'node_modules/.bin/remark');
const fileRuleIds = new Set([...rules.filter((r) => r.kind === 'file').map((r) => r.meta.id), 'parse-error']);

/** Guides with problems for the engine (invalid front matter) and for the hygiene rules, whichever are registered. */
const GUIDES: Record<string, string> = {
  'docs/mail/guide.fr-fr.md': '---\ntitle: "unclosed\n---\n# Configurer\n',
  'docs/mail/guide.fi-fi.md': [
    '---',
    'title: Määritä',
    '---',
    '# Määritä',
    '',
    'Katso [](https://example.com) ja [tyhjä]().',
    '',
    '|Palvelin|Portti|',
    '|ssl0.ovh.net|993|',
    '',
    '[b]Lihavoitu[/b] ja <font color="red">punainen</font>.',
    '',
    'Ã¤ mojibake, {placeholder} ja [linkki](#ei-ole).',
    '',
  ].join('\n'),
  'docs/web/guide.en-gb.md': '# Set up\r\n\r\nSee [this]( ) and <br>\r\n\r\n| a | b |\r\n| c | d |\r\n',
};

const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

function tree(): string {
  const root = tempTree({ 'guidelint.config.yaml': 'files: ["docs/**/*.md"]\nlocales:\n  pattern: guide.{locale}.md\n  source: fr-fr\n', ...GUIDES });
  roots.push(root);
  // Installed as a dependency would be, so `--use guidelint/remark` resolves through the package's exports.
  mkdirSync(join(root, 'node_modules'));
  symlinkSync(REPO, join(root, 'node_modules/guidelint'), 'dir');
  return root;
}

/** `file line rule` for every finding in remark's default report. */
function remarkFindings(output: string): string[] {
  const out: string[] = [];
  let file = '';
  for (const line of output.split('\n')) {
    const header = /^(\S.*\.md)(?:: no issues found)?$/.exec(line);
    if (header) {
      file = header[1];
      continue;
    }
    const m = /^\s*(\d+):(\d+)(?:-\d+:\d+)?\s+(?:error|warning)\s+.*\s(\S+)\s+guidelint\s*$/.exec(line);
    if (m) out.push(`${file} ${m[1]} ${m[3]}`);
  }
  return out.sort();
}

describe('remark --use guidelint/remark', () => {
  it('reports the same file-rule findings as guidelint', () => {
    const root = tree();
    const remark = spawnSync(REMARK, ['--use', 'guidelint/remark', '--frail', '--no-color', '--no-stdout', 'docs/'], { cwd: root, encoding: 'utf8' });
    const fromRemark = remarkFindings(remark.stderr);

    const own = runCli(['--format', 'json', 'docs'], { cwd: root });
    const json = JSON.parse(own.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number }> }>;
    const fromGuidelint = json.flatMap((f) => f.messages.filter((m) => fileRuleIds.has(m.ruleId)).map((m) => `${f.filePath} ${m.line} ${m.ruleId}`)).sort();

    expect(fromGuidelint).toContain('docs/mail/guide.fr-fr.md 2 parse-error');
    expect(fromRemark).toEqual(fromGuidelint);
    // --frail: warnings fail too; here there is at least the front matter error.
    expect(remark.status).toBe(1);
  });
});

describe('rule plugins', () => {
  const rule = defineFileRule({
    meta: { id: 'guide-test-heading', family: 'guide', description: 'Test rule.', defaultSeverity: 'warn', messages: { found: 'Heading `{text}`.' } },
    check(context) {
      for (const node of context.tree.children) {
        if (node.type === 'heading') context.report({ messageId: 'found', node, data: { text: String(node.depth) } });
      }
    },
  });

  function lint(markdown: string, setting?: unknown) {
    const file = new VFile({ path: join(REPO, 'tests/fixtures/virtual.md'), value: markdown, cwd: REPO });
    const processor = unified()
      .use(remarkParse)
      .use(remarkGuidelintAnalysis)
      .use(rulePlugin(rule), ...(setting === undefined ? [] : [setting]))
      .use(remarkMessageControl, { name: 'lint', source: 'guidelint' });
    processor.runSync(processor.parse(file), file);
    return file.messages.map((m) => ({ line: m.line, ruleId: m.ruleId, source: m.source, fatal: m.fatal, url: m.url }));
  }

  it('runs a rule at its default severity, tagged with its id and source', () => {
    expect(lint('# One\n\n## Two\n')).toEqual([
      { line: 1, ruleId: 'guide-test-heading', source: 'guidelint', fatal: false, url: expect.stringContaining('guide-test-heading') },
      { line: 3, ruleId: 'guide-test-heading', source: 'guidelint', fatal: false, url: expect.stringContaining('guide-test-heading') },
    ]);
  });

  it('takes a severity given to the plugin', () => {
    expect(lint('# One\n', ['error']).map((m) => m.fatal)).toEqual([true]);
    expect(lint('# One\n', ['off'])).toEqual([]);
  });

  it('obeys <!--lint disable/ignore--> comments', () => {
    expect(lint('<!--lint disable guide-test-heading-->\n\n# One\n\n<!--lint enable guide-test-heading-->\n\n## Two\n').map((m) => m.line)).toEqual([7]);
    expect(lint('<!--lint ignore guide-test-heading-->\n# One\n\n## Two\n').map((m) => m.line)).toEqual([4]);
  });

  it('is a unified preset: syntax, analysis, every file rule, then message control', () => {
    const plugins = preset.plugins ?? [];
    expect(plugins.length).toBe(fileRuleIds.size - 1 + 4);
    const last = plugins.at(-1) as [unknown, { name: string; source: string }];
    expect(last[1]).toMatchObject({ name: 'lint', source: 'guidelint' });
  });

  it('names the rule a mistyped id in a lint comment was meant to be, as guidelint does', () => {
    const file = new VFile({ path: join(REPO, 'tests/fixtures/virtual.md'), value: '<!--lint disable guide-emtpy-link-->\n\n# One\n', cwd: REPO });
    const processor = unified().use(remarkParse).use(preset);
    processor.runSync(processor.parse(file), file);
    const known = file.messages.filter((m) => m.ruleId === 'known').map((m) => m.reason);
    expect(known).toHaveLength(1);
    expect(known[0]).toMatch(/guide-emtpy-link.*; did you mean `guide-empty-link`\?$/);
  });
});
