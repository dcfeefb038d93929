/**
 * `overrides:` applied: the severity of findings in matching files
 * (later entries win; `off` drops them), and the reference locale of sets
 * with a member there. Globs are relative to the config's folder.
 */
import { relative } from 'node:path';
import picomatch from 'picomatch';
import type { ConfigOverride, ResolvedConfig } from './types.js';
import type { FileResult } from '../types.js';

const compiled = new WeakMap<ConfigOverride, (path: string) => boolean>();
function matches(o: ConfigOverride, rel: string): boolean {
  let test = compiled.get(o);
  if (!test) {
    test = picomatch(o.files, { dot: true });
    compiled.set(o, test);
  }
  return test(rel);
}

const rootRelative = (config: ResolvedConfig, abs: string) => relative(config.root, abs).split('\\').join('/');

/** Findings with the overrides' severities; `abs` gives a result's absolute path. */
export function applyOverrides(config: ResolvedConfig, results: FileResult[], abs: (path: string) => string): FileResult[] {
  const overrides = (config.overrides ?? []).filter((o) => Object.keys(o.rules).length);
  if (!overrides.length) return results;
  return results.map((r) => {
    const rel = rootRelative(config, abs(r.path));
    const severities = new Map<string, string>();
    for (const o of overrides) if (matches(o, rel)) for (const [id, level] of Object.entries(o.rules)) severities.set(id, level);
    if (!severities.size) return r;
    const messages = r.messages.flatMap((m) => {
      const level = m.fatal ? undefined : severities.get(m.ruleId);
      if (level === undefined) return [m];
      if (level === 'off') return [];
      return [{ ...m, severity: level === 'error' ? (2 as const) : (1 as const) }];
    });
    return { ...r, messages };
  });
}

/** The reference locale of a set whose members are at these absolute paths: the last override with a `source` matching one. */
export function sourceFor(config: ResolvedConfig, members: readonly string[]): string | undefined {
  let source = config.locales.source;
  for (const o of config.overrides ?? []) {
    if (o.source && members.some((abs) => matches(o, rootRelative(config, abs)))) source = o.source;
  }
  return source;
}
