/**
 * guide-updated-date in eight languages: the date the text gives as the
 * guide's own against the front matter, every reading of a numeric date,
 * exact positions under front matter and CRLF.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/guide-updated-date.js';
import { lintText } from '../helpers/rule-tester.js';

const lint = (locale: string, body: string, updated = '2021-08-17', eol = '\n') =>
  lintText(`---${eol}updated: ${updated}${eol}---${eol}${eol}${body.replace(/\n/gu, eol)}${eol}`, [rule], { path: `docs/guide.${locale}.md` }).map((m) => [
    m.messageId,
    m.range.start.line,
    m.range.start.column,
    m.data?.said,
  ]);

describe('guide-updated-date', () => {
  it.each([
    ['de-de', '*Stand 29.06.2018*', '2018-06-29'],
    ['en-gb', '**Last updated 3rd May 2019**', '2019-05-03'],
    ['en-us', 'Last updated on March 4, 2020', '2020-03-04'],
    ['fr-fr', '**Dernière mise à jour le 12 mars 2020**', '2020-03-12'],
    ['es-es', '**Última actualización: 2 de marzo de 2020**', '2020-03-02'],
    ['it-it', '**Ultimo aggiornamento 20/05/2020**', '2020-05-20'],
    ['nl-nl', 'Laatst bijgewerkt op 14 mei 2019', '2019-05-14'],
    ['pt-pt', '**Última atualização a 07/06/2020**', '2020-06-07'],
    ['fi-fi', 'Päivitetty 30.11.2019', '2019-11-30'],
    ['pl-pl', 'Ostatnia aktualizacja: 03.02.2020', '2020-02-03'],
  ])('%s: %s', (locale, body, said) => {
    const found = lint(locale, body);
    expect(found).toEqual([['differs', 5, expect.any(Number), said]]);
  });

  it('is silent when a reading of the date is the front matter date, in any order', () => {
    expect(lint('en-us', 'Updated on 08/17/2021')).toEqual([]);
    expect(lint('en-gb', 'Updated on 17/08/2021')).toEqual([]);
    expect(lint('de-de', 'Stand: 2021-08-17')).toEqual([]);
    expect(lint('fr-fr', 'Mis à jour le 17/08/21')).toEqual([]);
    expect(lint('fr-fr', 'Dernière mise à jour le 1er juin 2021', '2021-06-01')).toEqual([]);
  });

  it('reads only dates given as the guide’s own, never code, and not without an `updated` date', () => {
    expect(lint('fr-fr', 'Version 2.3 publiée le 12/03/2019.')).toEqual([]);
    expect(lint('en-gb', '`updated on 01/01/2019`')).toEqual([]);
    expect(lintText('# Guide\n\nStand 29.06.2018\n', [rule], { path: 'docs/guide.de-de.md' })).toEqual([]);
  });

  it('keeps exact positions under CRLF', () => {
    const found = lintText('---\r\nupdated: 2021-08-17\r\n---\r\n\r\nSiehe unten. *Stand 29.06.2018*\r\n', [rule], { path: 'docs/guide.de-de.md' });
    expect(found.map((m) => [m.range.start.line, m.range.start.column, m.range.end.column, m.data])).toEqual([
      [5, 15, 31, { said: '2018-06-29', text: 'Stand 29.06.2018', key: 'updated', updated: '2021-08-17' }],
    ]);
  });

  it('takes the key from the options', () => {
    const text = '---\ndate_updated: 2020-01-01\n---\n\nStand 29.06.2018\n';
    expect(lintText(text, [rule], { path: 'docs/guide.de-de.md', options: { key: 'date_updated' } }).map((m) => m.data?.updated)).toEqual(['2020-01-01']);
  });
});
