/**
 * The examples in each claim rule's docs are run. Same block format as the
 * other rules' docs (```markdown ok|not-ok path=… config={json}); a
 * `not-ok` block may be followed by a ```text block of `line:column
 * messageId` lines, and then must give exactly those findings.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../helpers/rule-tester.js';
import { rules } from '../../rules/index.js';
import { REPO } from './claim-context.js';

interface Example {
  kind: 'ok' | 'not-ok';
  line: number;
  markdown: string;
  path?: string;
  config?: Record<string, unknown>;
  expected?: string[];
}

function examples(doc: string): Example[] {
  const out: Example[] = [];
  const lines = doc.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(markdown (ok|not-ok)((?: \S+)*)|text)\s*$/u.exec(lines[i]);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]);
    if (open[1] === 'text') {
      const last = out[out.length - 1];
      if (last?.kind === 'not-ok' && last.expected === undefined) last.expected = body.filter(Boolean);
      continue;
    }
    const example: Example = { kind: open[2] as Example['kind'], line: start + 1, markdown: `${body.join('\n')}\n` };
    for (const attr of (open[3] ?? '').trim().split(' ').filter(Boolean)) {
      const [key, value] = [attr.slice(0, attr.indexOf('=')), attr.slice(attr.indexOf('=') + 1)];
      if (key === 'path') example.path = value;
      else if (key === 'config') example.config = JSON.parse(value) as Record<string, unknown>;
      else throw new Error(`unknown example attribute \`${key}\``);
    }
    out.push(example);
  }
  return out;
}

const claimRules = rules.filter((r) => r.meta.family === 'claim');

describe.each(claimRules.map((r) => [r.meta.id, r] as const))('%s docs examples', (id, rule) => {
  const list = examples(readFileSync(join(REPO, 'rules', `${id}.md`), 'utf8'));

  it('has an OK example and a Not OK one with its exact findings', () => {
    expect(list.some((e) => e.kind === 'ok')).toBe(true);
    expect(list.some((e) => e.kind === 'not-ok' && (e.expected?.length ?? 0) > 0)).toBe(true);
  });

  it.each(list.map((e) => [`${e.kind} example at line ${e.line}`, e] as const))('%s', (_name, example) => {
    const messages = lintText(example.markdown, [rule], { path: example.path ?? 'guide.en-gb.md', config: example.config as never }).filter((m) => m.ruleId === id);
    const found = messages.map((m) => `${m.range.start.line}:${m.range.start.column} ${m.messageId}`);
    if (example.kind === 'ok') expect(found).toEqual([]);
    else if (example.expected) expect(found).toEqual(example.expected);
    else expect(found.length).toBeGreaterThan(0);
  });
});
