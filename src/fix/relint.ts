/**
 * A `Relint` for runFixes built from the same options as the run: one
 * environment (config, model, rules) reused for every pass of every file.
 * Only file rules run: they are the ones that carry fixes.
 */
import { relative } from 'node:path';
import { createEnvironment, type EnvironmentOptions } from '../engine/environment.js';
import { createFileLinter } from '../engine/lint-file.js';
import { localeOf } from '../discover/locale.js';
import { toPosix } from '../discover/discover.js';
import type { Relint } from './run.js';

export function createRelint(options: EnvironmentOptions): Relint {
  return createFixContext(options).relint;
}

/** A Relint and the root of the tree it lints (symbolic links are followed for fixing only inside it). */
export function createFixContext(options: EnvironmentOptions): { relint: Relint; root: string } {
  const { env, effective, rules } = createEnvironment(options);
  const config = env.config;
  const linter = createFileLinter(env, effective.filter((e) => e.rule.kind === 'file'), rules, config.maxFileSize);
  const relint: Relint = ({ path, absPath, text }) => {
    const rel = toPosix(relative(config.root, absPath));
    const { locale, setKey } = localeOf(rel.startsWith('..') ? toPosix(absPath) : rel, config.locales.patterns, config.locales.match, config.locales.default);
    return linter.lint({ path, absPath, locale, setKey }, new TextEncoder().encode(text)).result.messages;
  };
  return { relint, root: config.root };
}
