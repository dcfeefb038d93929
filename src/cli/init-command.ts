/**
 * `guidelint init`: look at the Markdown tree in the working folder and
 * write a commented `guidelint.config.yaml` for it: the folder the guides
 * live in, the locale layout that explains most file names, the locales
 * found and the likely source (the locale present in most translation
 * sets). The first line is the yaml-language-server modeline naming the
 * config schema, so editors complete and check the keys.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import type { Io } from './io.js';
import { UsageError } from './io.js';
import { CONFIG_NAMES, DEFAULT_LOCALE_MATCH, DEFAULT_LOCALE_PATTERNS } from '../config/load.js';
import { localeOf } from '../discover/locale.js';

export async function commandInit(io: Io): Promise<number> {
  const existing = CONFIG_NAMES.find((name) => existsSync(join(io.cwd, name)));
  if (existing) throw new UsageError(`${existing} already exists here; edit it, or remove it to start again`);
  const files = (await fg('**/*.{md,markdown}', { cwd: io.cwd, ignore: ['**/node_modules/**', '**/.git/**'], dot: false, suppressErrors: true })).sort();
  if (files.length === 0) throw new UsageError('no Markdown files under this folder; run guidelint init where the guides are');

  // The folder holding every guide (or the tree itself).
  const tops = new Set(files.map((f) => (f.includes('/') ? f.slice(0, f.indexOf('/')) : '')));
  const top = tops.size === 1 && !tops.has('') ? [...tops][0] : undefined;
  const glob = top ? `${top}/**/*.md` : '**/*.md';
  const inScope = files.filter((f) => f.endsWith('.md'));

  // The layout that gives a locale to most files.
  let best = { pattern: DEFAULT_LOCALE_PATTERNS[0], hits: -1 };
  for (const pattern of DEFAULT_LOCALE_PATTERNS) {
    const hits = inScope.filter((f) => localeOf(f, [pattern], DEFAULT_LOCALE_MATCH).locale !== undefined).length;
    if (hits > best.hits) best = { pattern, hits };
  }
  const sets = new Map<string, Set<string>>();
  const perLocale = new Map<string, number>();
  for (const f of inScope) {
    const { locale, setKey } = localeOf(f, [best.pattern], DEFAULT_LOCALE_MATCH);
    if (!locale || !setKey) continue;
    perLocale.set(locale, (perLocale.get(locale) ?? 0) + 1);
    (sets.get(setKey) ?? sets.set(setKey, new Set()).get(setKey)!).add(locale);
  }
  const locales = [...perLocale.keys()].sort();
  // The source is usually the locale every set has: most sets, then alphabetical.
  const ranked = [...perLocale.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const source = ranked[0]?.[0];
  const tied = ranked.filter(([, n]) => n === ranked[0]?.[1]).map(([l]) => l);
  const unlocalised = inScope.length - best.hits;

  const lines = [
    '# yaml-language-server: $schema=./node_modules/guidelint/schemas/config.schema.json',
    '# guidelint configuration, written by `guidelint init`; every key: README.md#configuration.',
    `# Found ${inScope.length} Markdown ${inScope.length === 1 ? 'file' : 'files'}, ${sets.size} translation ${sets.size === 1 ? 'set' : 'sets'}${locales.length ? ` in ${locales.length} ${locales.length === 1 ? 'locale' : 'locales'}` : ''}.`,
    '',
    '# The guides to lint (globs relative to this file).',
    'files:',
    `  - ${JSON.stringify(glob)}`,
    '# Files or folders to leave out (gitignore syntax; .guidelintignore works too).',
    'ignore: []',
    '',
    'locales:',
    best.hits > 0
      ? `  # ${best.hits} of ${inScope.length} file names carry a locale this way.`
      : '  # No file name carries a locale: every guide is its own set.',
    `  pattern: ${JSON.stringify(best.pattern)}`,
    ...(source
      ? [
          tied.length > 1
            ? `  # Translations are compared with this locale. ${tied.join(', ')} are in as many sets each: set the one the others are translated from.`
            : `  # Translations are compared with this locale (the one found in most sets; check it).`,
          `  source: ${source}`,
          `  # Locales found: ${locales.join(', ')}. List those every guide must have:`,
          '  # required: []',
        ]
      : ['  # source: en']),
    ...(unlocalised > 0 && best.hits > 0
      ? [`  # ${unlocalised} ${unlocalised === 1 ? 'file has' : 'files have'} no locale in the name; give them one:`, '  # default: en']
      : []),
    '',
    '# Severity (and options) per rule: off, warn, error, or [severity, {options}].',
    '# `npx guidelint rules` lists them.',
    'rules: {}',
    '',
  ];
  writeFileSync(join(io.cwd, 'guidelint.config.yaml'), lines.join('\n'));
  io.stderr.write(
    `guidelint: wrote guidelint.config.yaml (${glob}, pattern ${best.pattern}${source ? `, source ${source}` : ''}); run \`npx guidelint\` to lint\n`,
  );
  return 0;
}
