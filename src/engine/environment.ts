/**
 * Build everything a run needs once per process (or worker): config,
 * model, language packs, claim extractor, effective rules.
 */
import type { Rule, RuleRegistry } from '../rule.js';
import { findConfig, loadConfig } from '../config/load.js';
import { createExtractor } from '../claims/setup.js';
import { loadModel } from '../model/load.js';
import type { Environment } from './analysis.js';
import { effectiveRules, type EffectiveRule } from './rules-config.js';

export interface EnvironmentOptions {
  cwd: string;
  /** The rules to host (the caller's registry: the CLI, the API and the remark preset pass `rules/index.ts`'s). */
  registry: RuleRegistry;
  /** Explicit config file (`--config`); otherwise found by walking up from cwd. */
  configPath?: string;
  /** Only these rule ids (`--rule`). */
  only?: string[];
  /** Rule severities set on the command line, over the config's. */
  ruleOverrides?: Record<string, 'off' | 'warn' | 'error'>;
}

export interface Setup {
  env: Environment;
  effective: EffectiveRule[];
  rules: readonly Rule[];
}

/** Throws DataFileError / ModelError for a bad config, model or language pack (the CLI exits 2). */
export function createEnvironment(options: EnvironmentOptions): Setup {
  const allRules = options.registry.rules;
  const configPath = options.configPath ?? findConfig(options.cwd);
  const config = loadConfig(
    configPath,
    options.cwd,
    allRules.map((r) => r.meta.id),
  );
  if (options.ruleOverrides) config.rules = { ...config.rules, ...options.ruleOverrides };
  const model = loadModel(config.model);
  const extract = createExtractor(model, config.lexicons);
  const env: Environment = { config, model, extract };
  return { env, effective: effectiveRules(allRules, config, { only: options.only }), rules: allRules };
}
