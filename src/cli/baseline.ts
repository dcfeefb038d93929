/**
 * A baseline of known findings: `--write-baseline` records what is
 * reported now; `--new-only` then reports only findings that are not in
 * it, so old warnings stop coming back while new ones still fail the run.
 * A finding is known by its SARIF fingerprint (rule, file, the line's
 * text, occurrence), so it stays known when lines move above it and a
 * second identical finding is new.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fingerprints } from '../report/sarif.js';
import type { FileResult } from '../types.js';

export const DEFAULT_BASELINE = '.guidelint-baseline.json';

interface BaselineFile {
  version: 1;
  findings: Array<{ path: string; ruleId: string; line: number; fingerprint: string }>;
}

type LineText = (path: string, line: number) => string | undefined;

export function writeBaseline(file: string, results: readonly FileResult[], lineText: LineText): number {
  const findings: BaselineFile['findings'] = [];
  for (const r of results) {
    const prints = fingerprints(r, lineText);
    r.messages.forEach((m, i) => findings.push({ path: r.path, ruleId: m.ruleId, line: m.range.start.line, fingerprint: prints[i] }));
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ version: 1, findings } satisfies BaselineFile, null, 2) + '\n');
  return findings.length;
}

export class BaselineError extends Error {
  override name = 'BaselineError';
}

export function readBaseline(file: string, shown: string): Set<string> {
  let data: BaselineFile;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as BaselineFile;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BaselineError(
      code === 'ENOENT'
        ? `no baseline at ${shown}; create it with --write-baseline`
        : `${shown} is not a guidelint baseline (${code ?? (error as Error).message})`,
    );
  }
  if (data?.version !== 1 || !Array.isArray(data.findings))
    throw new BaselineError(`${shown} is not a guidelint baseline (version 1 with a findings list expected)`);
  return new Set(data.findings.map((f) => `${f.path}\0${f.fingerprint}`));
}

/** The results without the findings the baseline knows; and how many were left out. */
export function withoutKnown(results: readonly FileResult[], known: Set<string>, lineText: LineText): { results: FileResult[]; known: number } {
  let count = 0;
  const out = results.map((r) => {
    const prints = fingerprints(r, lineText);
    const messages = r.messages.filter((_, i) => {
      const isKnown = known.has(`${r.path}\0${prints[i]}`);
      if (isKnown) count++;
      return !isKnown;
    });
    return { ...r, messages };
  });
  return { results: out, known: count };
}
