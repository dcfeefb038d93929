/**
 * A `Relint` for runFixes built from the same options as the run: one
 * environment (config, model, rules) reused for every pass of every file.
 * Only file rules run: they are the ones that carry fixes.
 */
import { createEnvironment, type EnvironmentOptions } from '../engine/environment.js';
import { createFileLinter } from '../engine/lint-file.js';
import { placeOf } from '../engine/analysis.js';
import type { Relint } from './run.js';

export function createRelint(options: EnvironmentOptions): Relint {
  return createFixContext(options).relint;
}

/** A Relint and the root of the tree it lints (symbolic links are followed for fixing only inside it). */
export function createFixContext(options: EnvironmentOptions): { relint: Relint; root: string } {
  const { env, effective, rules } = createEnvironment(options);
  const config = env.config;
  const linter = createFileLinter(
    env,
    effective.filter((e) => e.rule.kind === 'file'),
    rules,
    config.maxFileSize,
  );
  const relint: Relint = ({ path, absPath, text }) => {
    return linter.lint({ path, absPath, ...placeOf(config, absPath) }, new TextEncoder().encode(text)).result.messages;
  };
  return { relint, root: config.root };
}
