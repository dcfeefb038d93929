/**
 * Region labels inside field labels and inside one line: a host written
 * after a region's label (in capitals, without accents, in a table row
 * header, a list label or one of several `REGION: host` parts of a line)
 * is judged for that region, so the `.ca` hosts listed for America /
 * Asia-Pacific in a European locale's guide are not reported, while a
 * European host under that label still is.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { briefFiles } from '../helpers/rule-tester.js';
import claimHost from '../../rules/claim-host.js';
import translationClaims from '../../rules/translation-claims.js';

const MODEL = resolve(import.meta.dirname, '../../guides/ovh-model.yaml');
const CONFIG = { locales: { pattern: 'guide.{locale}.md', source: 'fr-fr' }, products: [{ files: '**', product: 'mx-plan' }] };

/** Per language: the server label and the two region labels as guides write them (capitals, no accents, short forms). */
const LABELS: Record<string, { server: string; europe: string; america: string; incoming: string }> = {
  'fr-fr': { server: 'Serveur', europe: 'EUROPE', america: 'AMERIQUE / ASIE-PACIFIQUE', incoming: 'entrant' },
  'en-gb': { server: 'Server', europe: 'EUROPE', america: 'AMERICA/ASIA', incoming: 'incoming' },
  'de-de': { server: 'Server', europe: 'EUROPA', america: 'AMERIKA / ASIEN-PAZIFIK', incoming: 'Posteingang' },
  'es-es': { server: 'Servidor', europe: 'EUROPA', america: 'AMERICA / ASIA-PACIFICO', incoming: 'entrante' },
  'it-it': { server: 'Server', europe: 'EUROPA', america: 'AMERICA / ASIA-PACIFICO', incoming: 'in entrata' },
};

const table = (l: (typeof LABELS)[string], caHost: string) =>
  `# IMAP\n\n|Information|Description|\n|---|---|\n|${l.server} **${l.europe}** (${l.incoming})|imap.mail.ovh.net|\n|${l.server} **${l.america}** (${l.incoming})|${caHost}|\n|Port|993|\n`;
const list = (l: (typeof LABELS)[string], caHost: string) =>
  `# IMAP\n\n- **${l.server} ${l.europe} (${l.incoming})** : imap.mail.ovh.net\n- **${l.server} ${l.america} (${l.incoming})** : ${caHost}\n- **Port** : 993\n`;
const oneLine = (l: (typeof LABELS)[string], caHost: string) =>
  `# IMAP\n\n- **${l.server} (${l.incoming})**:<br>- **${l.europe}**: \`imap.mail.ovh.net\`<br>- **${l.america}**: \`${caHost}\`\n- **Port**: 993\n`;

const lint = (files: Record<string, string>) => briefFiles(files, [claimHost, translationClaims], { config: CONFIG as never, model: MODEL });

describe('region labels in field labels and lines', () => {
  for (const [shape, write] of Object.entries({ table, list, oneLine })) {
    it(`judges a host by the region label before it (${shape}, five languages)`, () => {
      const files = Object.fromEntries(Object.entries(LABELS).map(([locale, l]) => [`g/guide.${locale}.md`, write(l, 'imap.mail.ovh.ca')]));
      expect(Object.values(lint(files)).flat()).toEqual([]);
      // A European host under the America / Asia-Pacific label is still wrong there.
      const wrong = { ...files, 'g/guide.de-de.md': write(LABELS['de-de'], 'ssl0.ovh.net') };
      const found = lint(wrong)['g/guide.de-de.md'];
      expect(found.filter((f) => f.endsWith('claim-host wrongRegion'))).toHaveLength(1);
    });
  }
});
