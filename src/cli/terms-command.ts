/**
 * `guidelint terms [--locale L] [--format json|csv|tbx] [paths…]`: the
 * glossary of UI labels the tree teaches (see src/translation/glossary.ts),
 * for review, or to freeze as `terms.glossary` (YAML from the JSON, or the
 * TBX file as is).
 */
import { resolve } from 'node:path';
import pc from 'picocolors';
import type { Flags } from './args.js';
import type { Io } from './io.js';
import { UsageError } from './io.js';
import { useColor } from './options.js';
import { run } from '../engine/run.js';
import { registry } from '../../rules/index.js';
import { setLabels, type SetLabels } from '../translation/labels.js';
import { guidesOf, languageOfLocale, learnGlossary, rankedForms, type TermStats } from '../translation/glossary.js';
import { writeTbx } from '../translation/tbx.js';

export interface GlossaryEntry {
  source: string;
  sourceLocale: string;
  /** Source guides where the label is paired with a translation. */
  guides: number;
  /** Locale → forms, most guides first. */
  locales: Record<string, Array<{ form: string; guides: number; uses: number }>>;
}

/** The learned glossary as plain data, terms in alphabetical order; `locale` keeps one locale (or language). */
export function glossaryEntries(sets: readonly SetLabels[], locale?: string): GlossaryEntry[] {
  const wanted = (l: string) => !locale || l === locale.toLowerCase() || languageOfLocale(l) === locale.toLowerCase();
  const out: GlossaryEntry[] = [];
  for (const term of learnGlossary(sets).terms.values()) {
    const entry = toEntry(term, wanted);
    if (Object.keys(entry.locales).length) out.push(entry);
  }
  return out.sort((a, b) => a.source.localeCompare(b.source) || a.sourceLocale.localeCompare(b.sourceLocale));
}

function toEntry(term: TermStats, wanted: (locale: string) => boolean): GlossaryEntry {
  const locales: GlossaryEntry['locales'] = {};
  for (const [locale, forms] of [...term.locales].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (!wanted(locale) || guidesOf(forms) === 0) continue;
    locales[locale] = rankedForms(forms).map(([, f]) => ({ form: f.form, guides: f.guides.size, uses: f.uses }));
  }
  return { source: term.source, sourceLocale: term.sourceLocale, guides: term.guides.size, locales };
}

const csvCell = (v: string | number) => (/[",\n\r]/u.test(String(v)) ? `"${String(v).replace(/"/gu, '""')}"` : String(v));

export function glossaryCsv(entries: readonly GlossaryEntry[]): string {
  const rows = [['source', 'source_locale', 'locale', 'form', 'guides', 'uses']];
  for (const e of entries)
    for (const [locale, forms] of Object.entries(e.locales))
      for (const f of forms) rows.push([e.source, e.sourceLocale, locale, f.form, String(f.guides), String(f.uses)]);
  return rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

/** TBX keeps each locale's leading form only: the file is a glossary to freeze, not a record of every variant. */
export function glossaryTbx(entries: readonly GlossaryEntry[], sourceLocale: string | undefined): string {
  const concepts = entries.map((e, i) => ({
    id: `c${i + 1}`,
    languages: [
      [e.sourceLocale, [e.source]] as [string, string[]],
      ...Object.entries(e.locales).map(([l, forms]) => [l, [forms[0].form]] as [string, string[]]),
    ],
  }));
  return writeTbx(concepts, sourceLocale ?? entries[0]?.sourceLocale ?? 'und');
}

function glossaryText(entries: readonly GlossaryEntry[], color: boolean): string {
  const c = pc.createColors(color);
  const lines: string[] = [];
  for (const e of entries) {
    lines.push(`${c.bold(e.source)}  (${e.sourceLocale}, ${e.guides} guide${e.guides === 1 ? '' : 's'})`);
    for (const [locale, forms] of Object.entries(e.locales)) {
      lines.push(`  ${locale.padEnd(6)} ${forms.map((f, i) => (i === 0 ? f.form : c.yellow(f.form)) + c.dim(` (${f.guides})`)).join(', ')}`);
    }
  }
  lines.push(`${entries.length} source labels`);
  return lines.join('\n') + '\n';
}

export async function commandTerms(args: string[], flags: Flags, io: Io): Promise<number> {
  const format = flags.format ?? 'text';
  if (!['text', 'json', 'csv', 'tbx'].includes(format)) throw new UsageError(`\`guidelint terms\` writes text, json, csv or tbx, not \`${format}\``);
  const result = await run({ registry, cwd: io.cwd, configPath: flags.config ? resolve(io.cwd, flags.config) : undefined, inputs: args, only: [], workers: 0 });
  const sets = result.sets.map(setLabels).filter((s): s is SetLabels => s !== undefined);
  const entries = glossaryEntries(sets, flags.locale);
  if (format === 'json') io.stdout.write(JSON.stringify({ sourceLocale: result.config.locales.source, terms: entries }, null, 2) + '\n');
  else if (format === 'csv') io.stdout.write(glossaryCsv(entries));
  else if (format === 'tbx') io.stdout.write(glossaryTbx(entries, result.config.locales.source));
  else io.stdout.write(glossaryText(entries, useColor(flags, io)));
  return 0;
}
