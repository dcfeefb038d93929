import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import rule from '../../rules/guide-fragment-link.js';
import { lintText } from '../helpers/rule-tester.js';
import { createSlugger, gravSlug, ovhSlug } from '../../src/guide/slug.js';

const view = (text: string, slugger?: string, path?: string) =>
  lintText(text, [rule], { config: (slugger ? { dialect: { slugger } } : {}) as never, path }).map((m) => ({
    at: `${m.range.start.line}:${m.range.start.column}`,
    id: m.messageId,
    data: m.data,
  }));

describe('guide-fragment-link', () => {
  it('finds the broken fragment of the bundled French guide at its lines', () => {
    const path = 'guides/web/emails/windows_mail/guide.fr-fr.md';
    const text = readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8');
    const fragment = 'configuration_de_windows_mail_partie_2_parametre_du_compte_e-mail';
    expect(view(text, 'ovh', path)).toEqual([
      { at: '89:38', id: 'missing', data: { fragment } },
      { at: '109:38', id: 'missing', data: { fragment } },
    ]);
  });

  it('resolves heading slugs in each style, explicit anchors, `./#` and percent-encoding', () => {
    const text = [
      '## Paramètres du compte',
      '## Go further <a name="gofurther"></a>',
      '## Title {#custom}',
      '<div id="box"></div>',
      '',
      '[a](#paramètres-du-compte) [b](./#gofurther) [c](#custom) [d](#box) [e](#top) [f](#param%C3%A8tres-du-compte) [g](#)',
      '',
    ].join('\n');
    expect(view(text)).toEqual([]);
    expect(view('## Paramètre du compte\n## Paramètre du compte\n\n[a](#parametre-du-compte) [b](#parametre-du-compte_1)\n', 'ovh')).toEqual([]);
    expect(view("## What's new?\n## ERP / Comptabilité\n\n[a](#whats-new) [b](#erp-comptabilité) [c](#erp-comptabilit-)\n", 'grav')).toEqual([]);
  });

  it('suggests the id that was probably meant', () => {
    expect(view('## Go Further\n\n[x](#Go_Further)\n')).toEqual([{ at: '3:1', id: 'missingNear', data: { fragment: 'Go_Further', suggestion: 'go-further' } }]);
  });

  it('checks definitions too', () => {
    expect(view('See [x][1].\n\n[1]: #nowhere\n')).toEqual([{ at: '3:1', id: 'missing', data: { fragment: 'nowhere' } }]);
  });

  it('makes slugs as each site does', () => {
    const github = createSlugger('github');
    expect([github.slug('Paramètres du compte'), github.slug('Paramètres du compte')]).toEqual(['paramètres-du-compte', 'paramètres-du-compte-1']);
    expect(ovhSlug("Nouvelle version de l'offre MX Plan")).toBe('nouvelle-version-de-loffre-mx-plan');
    expect(ovhSlug('Zusätzliche Domain-Namen')).toBe('zusatzliche-domain-namen');
    expect(gravSlug("Découverte de l'interface de Pleroma")).toBe('découverte-de-linterface-de-pleroma');
    expect(gravSlug('a'.repeat(70))).toHaveLength(64);
  });
});
