import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import rule from '../../rules/guide-mojibake.js';
import { lintText } from '../helpers/rule-tester.js';
import { applyFixes } from '../../src/fix/apply.js';
import { findMojibake } from '../../src/guide/mojibake.js';

const lint = (text: string, path?: string) => lintText(text, [rule], { path });

describe('guide-mojibake', () => {
  it('finds the mojibake of the bundled Dutch title in the front matter, with its repair', () => {
    const path = 'guides/web/emails/email_generalities/guide.nl-nl.md';
    const text = readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8');
    const messages = lint(text, path);
    expect(messages.map((m) => ({ at: `${m.range.start.line}:${m.range.start.column}-${m.range.end.column}`, id: m.messageId, data: m.data }))).toEqual([
      { at: '3:49-52', id: 'mojibake', data: { found: 'â€™', expected: '’' } },
    ]);
    const fixed = applyFixes(
      text,
      messages.map((m) => m.fix!),
    ).text;
    expect(fixed).toContain('algemene informatie over OVH’s gedeelde e-mail');
    expect(lint(fixed, path)).toEqual([]);
  });

  it('repairs each garbled letter and reports replacement characters without a fix', () => {
    const messages = lint('Avaa sÃ¤hkÃ¶posti.\n\nConfiguraci\ufffd\ufffdn\n');
    expect(
      messages.map((m) => `${m.range.start.line}:${m.range.start.column} ${m.messageId} ${m.data?.found}→${m.data?.expected ?? ''} ${m.fix ? 'fix' : '-'}`),
    ).toEqual(['1:7 mojibake Ã¤→ä fix', '1:11 mojibake Ã¶→ö fix', '3:12 replacement \ufffd\ufffd→ -']);
  });

  it('leaves correct text, look-alikes and code alone', () => {
    expect(lint('Sähköposti, l’adresse, « voilà\u00a0», Fuß« and NÃO.\n\n`â€™`\n\n```\nÃ©\n```\n')).toEqual([]);
  });

  it('repairs double-encoded text one layer at a time', () => {
    const [run] = findMojibake('OVHÃ¢â‚¬â„¢s');
    expect(run.repaired).toBe('â€™');
    expect(findMojibake(run.repaired)[0].repaired).toBe('’');
  });

  it('scans a long line in linear time (no catastrophic backtracking)', () => {
    const long = 'Ã'.repeat(200_000) + '\n';
    expect(findMojibake(long)).toEqual([]);
    expect(findMojibake('Ã©'.repeat(50_000)).length).toBe(1);
  });
});
