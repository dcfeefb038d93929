/**
 * Properties of fixing, over generated documents, the bundled guides and
 * the shared corpus (when present): a fixed document has nothing left to
 * fix (idempotence), the bytes outside the edits are kept, a fix brings
 * no finding that was not there before, and BOM and CRLF survive.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fg from 'fast-glob';
import { rules } from '../../rules/index.js';
import type { Rule } from '../../src/rule.js';
import type { Fix, LintMessage } from '../../src/types.js';
import { lintText } from '../helpers/rule-tester.js';
import { applyFixes } from '../../src/fix/apply.js';
import { runFixes } from '../../src/fix/run.js';

const GUIDE_RULES: Rule[] = rules.filter((r) => r.meta.family === 'guide' && r.meta.id !== 'guide-image');
const PATH = 'docs/guide.md'; // no locale: guide-language stays out of random word soup

const lint = (text: string): LintMessage[] => lintText(text, GUIDE_RULES, { path: PATH });
const fixesOf = (messages: LintMessage[]): Fix[] => messages.flatMap((m) => (m.fix ? [m.fix] : []));
const key = (m: LintMessage) => `${m.ruleId} ${m.messageId} ${JSON.stringify(m.data ?? {})}`;

/** Fix to a fixpoint (at most 10 passes), as --fix does. */
function fixAll(text: string): { text: string; passes: number } {
  let current = text;
  for (let pass = 1; pass <= 10; pass++) {
    const out = applyFixes(current, fixesOf(lint(current)));
    if (out.applied.length === 0 || out.text === current) return { text: current, passes: pass - 1 };
    current = out.text;
  }
  return { text: current, passes: 10 };
}

function multiset(messages: LintMessage[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of messages) out.set(key(m), (out.get(key(m)) ?? 0) + 1);
  return out;
}

/** Findings after fixing must be findings that were there before (and not fixed). */
function expectNoNewFindings(before: LintMessage[], after: LintMessage[]): void {
  const was = multiset(before.filter((m) => !m.fix));
  for (const [k, n] of multiset(after)) expect({ finding: k, count: Math.min(n, was.get(k) ?? 0) }).toEqual({ finding: k, count: n });
}

const mojibake = (s: string) => new TextDecoder('windows-1252').decode(new TextEncoder().encode(s));
const word = fc.constantFrom('Port', 'palvelin', 'Serveur', 'sähköposti', 'entrée', 'l’adresse', 'IMAP', '993', 'Ausgang', 'outgoing');
const cells = (n: number) => fc.array(word, { minLength: n, maxLength: n }).map((w) => `|${w.join('|')}|`);
const line = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')),
  word.map((w) => `Text ${mojibake(w)} here`),
  fc.constant(''),
  fc.constant('## Heading'),
  fc.constant('[link](#heading) and [gone](#nowhere)'),
  fc.constant('Server [/ b] and {legacy}'),
  fc.integer({ min: 1, max: 4 }).chain((n) => fc.array(cells(n), { minLength: 2, maxLength: 4 }).map((rows) => rows.join('\n'))),
  fc.integer({ min: 1, max: 3 }).chain((n) => cells(n).map((h) => `${h}\n|${'-|'.repeat(n)}\n${h}`)),
  fc.constant('```\n|a|b|\n|1|2|\nÃ©\n```'),
  fc.array(word, { minLength: 2, maxLength: 2 }).map((w) => `> |${w[0]}|${w[1]}|\n> |1|2|`),
);
const documents = fc.record({ lines: fc.array(line, { maxLength: 12 }), crlf: fc.boolean(), frontmatter: fc.boolean() }).map(({ lines, crlf, frontmatter }) => {
  const body = (frontmatter ? ['---', `title: ${mojibake('Sähköposti’s')}`, '---', ''] : []).concat(lines).join('\n') + '\n';
  return crlf ? body.replace(/\n/gu, '\r\n') : body;
});

describe('fix properties on generated documents', () => {
  it('a fixed document has nothing left to fix, and a second run changes nothing', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const once = fixAll(doc);
        expect(once.passes).toBeLessThan(10);
        expect(fixesOf(lint(once.text))).toEqual([]);
        expect(fixAll(once.text).text).toBe(once.text);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every byte outside the edits', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const fixes = fixesOf(lint(doc));
        const { text, applied } = applyFixes(doc, fixes);
        // Rebuild from the original slices between the applied edits and the edits' texts.
        const sorted = [...applied].sort((a, b) => a.range[0] - b.range[0]);
        let rebuilt = '';
        let pos = 0;
        for (const f of sorted) {
          rebuilt += doc.slice(pos, f.range[0]) + f.text;
          pos = f.range[1];
        }
        expect(text).toBe(rebuilt + doc.slice(pos));
      }),
      { numRuns: 60 },
    );
  });

  it('introduces no new finding', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        expectNoNewFindings(lint(doc), lint(fixAll(doc).text));
      }),
      { numRuns: 60 },
    );
  });
});

describe('fix properties on files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'guidelint-fixprop-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the BOM and CRLF line endings when writing', async () => {
    await fc.assert(
      fc.asyncProperty(documents, fc.boolean(), async (doc, bom) => {
        const path = join(dir, 'guide.md');
        const bytes = Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(doc)]);
        writeFileSync(path, bytes);
        const messages = lint(doc);
        await runFixes({ results: [{ path: 'guide.md', messages }], cwd: dir, dryRun: false, relint: ({ text }) => lint(text) });
        const after = readFileSync(path);
        expect(after.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(bom);
        const text = after.toString('utf8');
        if (doc.includes('\r\n')) expect(/(?<!\r)\n/u.test(text)).toBe(false);
        else expect(text.includes('\r')).toBe(false);
      }),
      { numRuns: 30 },
    );
  });
});

const REPO = resolve(import.meta.dirname, '../..');
const CORPUS = resolve(REPO, '../shared/corpus');
const realFiles = [
  ...fg.sync('guides/**/*.md', { cwd: REPO }).map((p) => join(REPO, p)),
  ...(existsSync(CORPUS) ? fg.sync('**/*.md', { cwd: CORPUS, absolute: true }) : []),
];

describe('fix properties on the bundled guides and the corpus', () => {
  it.skipIf(!existsSync(CORPUS))(`corpus present${existsSync(CORPUS) ? '' : ` (skipped: ${CORPUS} is missing; only the bundled guides are fixed)`}`, () => {
    expect(realFiles.length).toBeGreaterThan(100);
  });

  it('fixing is idempotent, keeps line endings and adds no finding', () => {
    let fixed = 0;
    for (const file of realFiles) {
      const text = readFileSync(file, 'utf8').replace(/^\ufeff/u, '');
      const before = lint(text);
      if (!before.some((m) => m.fix)) continue;
      fixed++;
      const { text: after } = fixAll(text);
      expect(fixesOf(lint(after)), file).toEqual([]);
      expectNoNewFindings(before, lint(after));
      expect(after.split('\r\n').length, file).toBe(text.split('\r\n').length === 1 ? 1 : after.split('\r\n').length);
    }
    expect(fixed).toBeGreaterThanOrEqual(5); // the bundled guides alone have pipe tables and mojibake to fix
  });
});
