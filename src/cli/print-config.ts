/**
 * `guidelint --print-config FILE`: the configuration that applies to one
 * file once `overrides:` are applied — whether it is linted, its locale
 * and set, product, the set's source locale, and each rule's severity and
 * options — as JSON.
 */
import { relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import ignore from 'ignore';
import type { Io } from './io.js';
import type { RunOptions } from '../engine/run.js';
import { findConfig, loadConfig } from '../config/load.js';
import { effectiveRules } from '../engine/rules-config.js';
import { localeOf } from '../discover/locale.js';
import { productFor } from '../engine/product.js';
import { sourceFor } from '../config/overrides.js';

export function printConfig(file: string, options: RunOptions, io: Io): number {
  const configPath = options.configPath ?? findConfig(options.cwd);
  const config = loadConfig(
    configPath,
    options.cwd,
    options.registry.rules.map((r) => r.meta.id),
  );
  const abs = resolve(options.cwd, file);
  const rel = relative(config.root, abs).split('\\').join('/');
  const inFiles = picomatch(config.files, { dot: true })(rel);
  const ignored = !rel.startsWith('..') && ignore().add(config.ignore).ignores(rel);
  const { locale, setKey } = localeOf(rel, config.locales.patterns, config.locales.match, config.locales.default);
  const severities = new Map<string, string>();
  for (const o of config.overrides ?? [])
    if (picomatch(o.files, { dot: true })(rel)) for (const [id, level] of Object.entries(o.rules)) severities.set(id, level);
  const rules: Record<string, unknown> = {};
  for (const e of effectiveRules(options.registry.rules, config, { only: options.only })) {
    const level = severities.get(e.rule.meta.id) ?? e.severity;
    if (level !== 'off') rules[e.rule.meta.id] = Object.keys(e.options).length ? [level, e.options] : level;
  }
  const out = {
    file: rel,
    config: configPath ? relative(options.cwd, configPath) || configPath : null,
    linted: inFiles && !ignored,
    locale: locale ?? null,
    set: setKey ?? null,
    source: sourceFor(config, [abs]) ?? null,
    product: productFor(config, abs, null) ?? null,
    rules,
  };
  io.stdout.write(JSON.stringify(out, null, 2) + '\n');
  return 0;
}
