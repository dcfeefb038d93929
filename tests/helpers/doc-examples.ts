/**
 * The examples of a rule's doc, read as a rule tester table.
 *
 * An example is a fenced block `markdown ok` (valid) or `markdown not-ok`
 * (invalid). The info string may carry `path=…` (default
 * `guide.en-gb.md`), `config={json}`, `options={json}` (compact JSON, no
 * spaces) and `commit=YYYY-MM-DD` (the file's last git commit). Blocks
 * `markdown also path=…` right after it add files to the same example
 * (the other locales of a set rule's case). A `not-ok` example is followed
 * by a `text` block of its exact findings, one a line, as the rule tester
 * writes them (`line:col-line:col messageId`, after the path for set and
 * tree rules).
 */
import type { InvalidCase, RuleTable, ValidCase } from './rule-tester.js';

interface Block {
  info: string;
  body: string;
  line: number;
}

function blocks(doc: string): Block[] {
  const out: Block[] = [];
  const lines = doc.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})(\S.*)?$/u.exec(lines[i]);
    if (!open) continue;
    const fence = open[1];
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== fence; i++) body.push(lines[i]);
    out.push({ info: (open[2] ?? '').trim(), body: `${body.join('\n')}\n`, line: start + 1 });
  }
  return out;
}

function attributes(info: string, line: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const attr of info.split(' ').slice(2).filter(Boolean)) {
    const eq = attr.indexOf('=');
    if (eq < 1) throw new Error(`line ${line}: example attribute \`${attr}\` is not key=value`);
    out[attr.slice(0, eq)] = attr.slice(eq + 1);
  }
  return out;
}

const KNOWN = new Set(['path', 'config', 'options', 'commit']);

export interface DocTable extends RuleTable {
  /** Problems with the doc's examples (an example without its findings, an `also` block with no example). */
  problems: string[];
}

/** The valid and invalid cases of a rule doc. */
export function docTable(doc: string): DocTable {
  const table: DocTable = { valid: [], invalid: [], problems: [] };
  const list = blocks(doc);
  for (let b = 0; b < list.length; b++) {
    const kind = /^markdown (ok|not-ok|also)(?: |$)/u.exec(list[b].info)?.[1];
    if (!kind) continue;
    const { line } = list[b];
    if (kind === 'also') {
      table.problems.push(`line ${line}: a \`markdown also\` block must follow an example's block`);
      continue;
    }
    const attrs = attributes(list[b].info, line);
    for (const key of Object.keys(attrs)) if (!KNOWN.has(key)) table.problems.push(`line ${line}: unknown example attribute \`${key}\``);
    const files: Record<string, string> = { [attrs.path ?? 'guide.en-gb.md']: list[b].body };
    const commits: Record<string, string> = {};
    if (attrs.commit) commits[attrs.path ?? 'guide.en-gb.md'] = attrs.commit;
    while (list[b + 1] && /^markdown also(?: |$)/u.test(list[b + 1].info)) {
      b++;
      const also = attributes(list[b].info, list[b].line);
      if (!also.path) table.problems.push(`line ${list[b].line}: a \`markdown also\` block needs \`path=…\``);
      else if (files[also.path] !== undefined) table.problems.push(`line ${list[b].line}: \`${also.path}\` is already a file of this example`);
      else files[also.path] = list[b].body;
      for (const key of Object.keys(also))
        if (key !== 'path' && key !== 'commit') table.problems.push(`line ${list[b].line}: \`${key}\` goes on the example's first block`);
      if (also.path && also.commit) commits[also.path] = also.commit;
    }
    const paths = Object.keys(files);
    const c: ValidCase = { name: `example at line ${line}`, code: paths.length === 1 && !attrs.path ? files[paths[0]] : files };
    if (attrs.config) c.config = JSON.parse(attrs.config) as ValidCase['config'];
    if (attrs.options) c.options = JSON.parse(attrs.options) as Record<string, unknown>;
    if (Object.keys(commits).length) c.commits = commits;
    if (kind === 'ok') {
      table.valid.push(c);
      continue;
    }
    const next = list[b + 1];
    if (next?.info !== 'text') {
      table.problems.push(`line ${line}: a \`not-ok\` example must be followed by a \`text\` block of its exact findings`);
      continue;
    }
    b++;
    const invalid: InvalidCase = { ...c, errors: next.body.split('\n').filter(Boolean) };
    table.invalid.push(invalid);
  }
  return table;
}
