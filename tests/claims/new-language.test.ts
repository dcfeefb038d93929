/**
 * "Adding a language means its pack and its fixture": Swedish, which
 * guidelint does not ship, is added as a language pack in a folder of its
 * own (given by the config's `lexicons:`) plus its conformance wording,
 * with no code change. Its guides' claim defects are then found at their
 * line by the right rule, in every shape and dimension of the conformance
 * matrix, and their correct texts stay silent; without the pack the
 * Swedish words mean nothing and the defects go unseen.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintText } from '../helpers/rule-tester.js';
import { rules } from '../../rules/index.js';
import { loadLanguagePacks } from '../../src/language/packs.js';
import { BASE, DIMENSIONS, SHAPES } from './conformance/matrix.js';
import type { Words } from './conformance/words.js';

/** The pack: every Swedish word, as a user would write it in their own folder. */
const PACK = `language: sv
iso639-3: swe
name: Svenska
claims:
  incoming: [inkommande, ta emot, mottagning]
  outgoing: [utgående, skicka, sändning]
  server: [server, "*server", servernamn, värd]
  port: [port, porten, portar]
  username: [användarnamn]
  password: [lösenord]
  sslOn: [med SSL, SSL aktiverat, "SSL: ja"]
  sslOff: [utan SSL, SSL inaktiverat, "SSL: nej"]
  secureConnection: [kräver en krypterad anslutning]
  authentication: [kräver autentisering]
  noAuthentication: [ingen autentisering, utan autentisering, kräver inte autentisering]
  authenticationField: [autentisering]
  securityField: [säkerhetstyp, krypteringsmetod]
  serverType: [servertyp, typ av server]
  yes: [Ja]
  no: [Nej, Ingen]
grammar: [och, att, det, som, en, ett, är, på, för, med, till, av, inte, den, du, din, ditt, om, har, kan, eller]
placeholders: [din, exempel, domän]
dates:
  lead: [senast uppdaterad]
  months: [[januari], [februari], [mars], [april], [maj], [juni], [juli], [augusti], [september], [oktober], [november], [december]]
regions:
  europe: [Europa]
  america: [Amerika]
  asia-pacific: [Asien och Stillahavsområdet]
  canada: [Kanada]
`;

/** The fixture: the conformance wording of a Swedish mail-settings guide. */
const SV: Words = {
  locale: 'sv-se',
  incoming: 'Inkommande',
  outgoing: 'Utgående',
  incomingServer: 'Inkommande e-postserver',
  outgoingServer: 'Utgående e-postserver',
  server: 'Servernamn',
  serverType: 'Servertyp',
  port: 'Port',
  setting: 'Inställning',
  value: 'Värde',
  yes: 'Ja',
  no: 'Nej',
  withSSL: 'med SSL',
  withoutSSL: 'utan SSL',
  withStarttls: 'med STARTTLS',
  authLabel: 'Autentisering',
  authOn: 'Den utgående servern kräver autentisering.',
  authOff: 'Den utgående servern kräver ingen autentisering.',
  europe: 'Europa',
  america: 'Amerika / Asien och Stillahavsområdet',
  sentence: 'Den {dir} servern ({proto}) är {host}, port {port} {sec}.',
  dirIn: 'inkommande',
  dirOut: 'utgående',
  clause: '{verb}, använd {proto} på port {port} {sec}',
  recv: 'För att ta emot e-post',
  send: 'för att skicka e-post',
  securityType: 'Säkerhetstyp',
  none: 'Ingen',
};

const CLAIM_RULES = rules.filter((r) => r.meta.family === 'claim');
const folder = mkdtempSync(join(tmpdir(), 'guidelint-sv-'));
writeFileSync(join(folder, 'sv.yaml'), PACK);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function lint(text: string, withPack: boolean): Array<{ line: number; rule: string }> {
  return lintText(text, CLAIM_RULES, {
    path: `g/guide.${SV.locale}.md`,
    model: 'guides/ovh-model.yaml',
    config: { locales: { pattern: 'guide.{locale}.md' }, products: [{ files: '**', product: 'mx-plan' }], ...(withPack ? { lexicons: [folder] } : {}) },
  }).map((m) => ({ line: m.range.start.line, rule: m.ruleId }));
}

interface Cell {
  name: string;
  found: boolean;
  foundWithoutPack: boolean;
  alarms: string[];
}

const cells: Cell[] = [];
for (const shape of SHAPES) {
  for (const dimension of DIMENSIONS) {
    if (dimension.notIn?.[shape.id]) continue;
    const base = dimension.base(BASE);
    const defect = shape.render(SV, dimension.defect(base));
    const line = defect.lines[dimension.at];
    const hit = (found: ReadonlyArray<{ line: number; rule: string }>) => line !== undefined && found.some((f) => f.rule === dimension.rule && f.line === line);
    const alarms = [shape.render(SV, base), shape.render(SV, dimension.reword(base))].flatMap((r) => lint(r.text, true).map((f) => `${f.rule}@${f.line}`));
    cells.push({ name: `${shape.id}/${dimension.id}`, found: hit(lint(defect.text, true)), foundWithoutPack: hit(lint(defect.text, false)), alarms });
  }
}

describe('a language added as a pack in an extra folder, with its fixture and no code change', () => {
  it('the pack loads from the extra folder, ISO codes included', () => {
    const packs = loadLanguagePacks([folder]);
    expect(packs.languages).toContain('sv');
    expect(packs.iso6393('sv')).toBe('swe');
    expect(packs.pack('sv')?.regions.europe).toEqual(['Europa']);
  });

  it('its claim defects are found at their line by the right rule (at least 95% of the cells, as for the bundled languages)', () => {
    expect(cells.length).toBeGreaterThanOrEqual(40);
    const missed = cells.filter((c) => !c.found).map((c) => c.name);
    expect(missed.length / cells.length, missed.join(', ')).toBeLessThanOrEqual(0.05);
  });

  it('its correct and reworded texts stay silent', () => {
    expect(cells.filter((c) => c.alarms.length > 0).map((c) => `${c.name}: ${c.alarms.join(', ')}`)).toEqual([]);
  });

  it('without the pack much of the same Swedish goes unseen (only words shared with other languages are read)', () => {
    // With no pack for its language a guide is read with every language's words: `SSL`, `Port`, `Ja` still match.
    expect(cells.filter((c) => c.foundWithoutPack && !c.found)).toEqual([]);
    expect(cells.filter((c) => c.found && !c.foundWithoutPack).length).toBeGreaterThanOrEqual(cells.length / 3);
  });

  it('a whole Swedish guide: port 465 said to be without SSL is reported on its line, the right guide is silent', () => {
    const guide = (security: string) =>
      [
        '# E-post i ditt e-postprogram',
        '',
        'Den utgående servern (SMTP) är `smtp.mail.ovh.net`.',
        '',
        `För att skicka e-post, använd port 465 ${security}.`,
        '',
      ].join('\n');
    expect(lint(guide('utan SSL'), true)).toEqual([{ line: 5, rule: 'claim-port-security' }]);
    expect(lint(guide('med SSL'), true)).toEqual([]);
    // The same defect, with no pack for Swedish: "utan SSL" is no word of any language.
    expect(lint(guide('utan SSL'), false)).toEqual([]);
  });
});
