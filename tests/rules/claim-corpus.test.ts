/**
 * The claim rules on real text: the bundled seed guides (exactly the
 * findings the issue expects, nothing on their correct tables and
 * sentences) and the mailcow documentation with the mailcow model (no
 * finding at all).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import fg from 'fast-glob';
import { lintFiles, lintText } from '../helpers/rule-tester.js';
import { rules } from '../../rules/index.js';
import { MAILCOW_MODEL, REPO } from './claim-context.js';
import type { LintMessage } from '../../src/types.js';

const claimRules = rules.filter((r) => r.meta.family === 'claim');
const BUNDLED = {
  model: 'guides/ovh-model.yaml',
  products: [{ files: 'guides/web/emails/**', product: 'mx-plan' }],
  locales: { pattern: 'guide.{locale}.md' },
};

function lintGuide(path: string): LintMessage[] {
  return lintText(readFileSync(join(REPO, path), 'utf8'), claimRules, { path, config: BUNDLED });
}

/** `line ruleId messageId {data}` of each finding. */
function findings(messages: readonly LintMessage[]): string[] {
  return messages.map((m) => `${m.range.start.line} ${m.ruleId} ${m.messageId} ${JSON.stringify(m.data)}`);
}

describe('claim rules on the bundled seed guides', () => {
  it('fr-fr: the IMAP section says POP3, POP3 on 993, "use 587" against the form’s 465, and 587 with SSL ticked', () => {
    const messages = lintGuide('guides/web/emails/windows_mail/guide.fr-fr.md');
    expect(findings(messages)).toEqual([
      `37 claim-section-protocol otherProtocol ${JSON.stringify({ stated: 'POP3', expected: 'IMAP', heading: 'Parametre du compte e-mail en IMAP' })}`,
      `39 claim-port-protocol wrongProductPort ${JSON.stringify({ port: 993, protocol: 'POP3', expected: '`995` with SSL, `110` without SSL', product: 'MX Plan' })}`,
      `48 claim-contradiction sentenceVsForm ${JSON.stringify({ port: 587, protocol: 'SMTP', line: 44, otherPort: 465 })}`,
      // The note after the form asks for 587 in the block where SSL is ticked for the outgoing server.
      `48 claim-port-security productSecurity ${JSON.stringify({ port: 587, protocol: 'SMTP', security: 'ssl', expectedSecurity: 'none', expected: 'without SSL', stated: 'SSL is ticked', product: 'MX Plan' })}`,
    ]);
  });

  it('fi-fi: the old host in step 2, outgoing ports under an incoming label twice', () => {
    const messages = lintGuide('guides/web/emails/windows_mail/guide.fi-fi.md');
    const host = JSON.stringify({ host: 'ns0.ovh.net', note: 'old MX Plan server name', expected: '`ssl0.ovh.net`' });
    const direction = JSON.stringify({ ports: '`465` and `587`', portDirection: 'outgoing', protocol: 'SMTP', direction: 'incoming' });
    expect(findings(messages)).toEqual([
      `23 claim-host deprecated ${host}`,
      `28 claim-host deprecated ${host}`,
      `57 claim-port-direction wrongDirections ${direction}`,
      `84 claim-port-direction wrongDirections ${direction}`,
    ]);
  });

  it.each([
    ['guides/web/emails/windows_mail/guide.nl-nl.md', [23, 28]],
    ['guides/web/emails/windows_mail/guide.pt-pt.md', [22, 27]],
  ])('%s: the old host in step 2 only', (path, lines) => {
    const messages = lintGuide(path);
    expect(messages.map((m) => `${m.range.start.line} ${m.ruleId} ${m.messageId}`)).toEqual(lines.map((l) => `${l} claim-host deprecated`));
    expect(messages.every((m) => m.fix?.text === 'ssl0.ovh.net')).toBe(true);
  });

  it('nl-nl general information: correct tables and sentences, nothing to say', () => {
    expect(lintGuide('guides/web/emails/email_generalities/guide.nl-nl.md')).toEqual([]);
  });
});

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/mailcow/docs');

const HAVE_CORPUS = existsSync(CORPUS);

describe('claim rules on the mailcow documentation, with the mailcow model', () => {
  it.skipIf(!HAVE_CORPUS)(`raise no false alarm${HAVE_CORPUS ? '' : ` (skipped: ${CORPUS} is missing)`}`, () => {
    const paths = fg.sync('**/*.md', { cwd: CORPUS }).sort();
    expect(paths.length).toBeGreaterThan(200);
    const files = paths.map((p) => ({ path: p, text: readFileSync(join(CORPUS, p), 'utf8') }));
    const results = lintFiles(files, claimRules, {
      root: CORPUS,
      config: { model: relative(CORPUS, MAILCOW_MODEL), products: [{ files: '**', product: 'mailcow' }], locales: { pattern: '{name}.{locale}.md' } },
    });
    const all = Object.entries(results).flatMap(([path, messages]) => messages.map((m) => `${path}:${m.range.start.line} ${m.ruleId} ${m.message}`));
    expect(all).toEqual([]);
  });
});
