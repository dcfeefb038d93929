/**
 * `guidelint merge-sarif A.sarif B.sarif … -o OUT`: combine the reports of
 * `--shard` runs into one SARIF log, so code scanning gets a single upload
 * for the whole tree. Runs of the same tool become one run: rules are
 * deduplicated by id (first description wins), results concatenated with
 * their `ruleIndex` (and artifact indices) pointing into the merged lists.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { DataTextError, readRegularFile } from '../config/data-text.js';
import { dirname, resolve } from 'node:path';
import type { Flags } from './args.js';
import { UsageError, type Io } from './io.js';

interface SarifRule {
  id: string;
  [key: string]: unknown;
}

interface SarifResult {
  ruleId?: string;
  ruleIndex?: number;
  rule?: { id?: string; index?: number };
  locations?: SarifLocation[];
  relatedLocations?: SarifLocation[];
  [key: string]: unknown;
}

interface SarifLocation {
  physicalLocation?: { artifactLocation?: { index?: number; [key: string]: unknown }; [key: string]: unknown };
  [key: string]: unknown;
}

interface SarifRun {
  tool: { driver: { name: string; rules?: SarifRule[]; [key: string]: unknown }; [key: string]: unknown };
  results?: SarifResult[];
  artifacts?: unknown[];
  [key: string]: unknown;
}

interface SarifLog {
  $schema?: string;
  version: string;
  runs: SarifRun[];
}

function readLog(path: string, cwd: string): SarifLog {
  let data: unknown;
  try {
    // GitHub accepts SARIF uploads up to 10 MB gzipped; a log past 256 MB is not one guidelint wrote.
    data = JSON.parse(readRegularFile(resolve(cwd, path), 256 * 1024 * 1024));
  } catch (error) {
    const reason = error instanceof DataTextError ? error.message : ((error as NodeJS.ErrnoException).code ?? (error as Error).message);
    throw new UsageError(`cannot read SARIF file \`${path}\` (${reason})`);
  }
  const log = data as Partial<SarifLog>;
  if (!log || log.version !== '2.1.0' || !Array.isArray(log.runs) || log.runs.some((r) => typeof r?.tool?.driver?.name !== 'string')) {
    throw new UsageError(`\`${path}\` is not a SARIF 2.1.0 log (version 2.1.0 and runs with a tool driver name expected)`);
  }
  return log as SarifLog;
}

/** Merge the runs of one tool into the first of them (copied, inputs untouched). */
function mergeRuns(runs: SarifRun[]): SarifRun {
  const first = runs[0];
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const artifacts: unknown[] = [];
  const results: SarifResult[] = [];
  for (const run of runs) {
    const own = run.tool.driver.rules ?? [];
    for (const rule of own) {
      if (!ruleIndex.has(rule.id)) {
        ruleIndex.set(rule.id, rules.length);
        rules.push(rule);
      }
    }
    const artifactOffset = artifacts.length;
    artifacts.push(...(run.artifacts ?? []));
    const moveArtifact = (location: SarifLocation): SarifLocation => {
      const index = location.physicalLocation?.artifactLocation?.index;
      if (typeof index !== 'number' || artifactOffset === 0) return location;
      return {
        ...location,
        physicalLocation: { ...location.physicalLocation, artifactLocation: { ...location.physicalLocation!.artifactLocation, index: index + artifactOffset } },
      };
    };
    for (const result of run.results ?? []) {
      const id = result.ruleId ?? result.rule?.id ?? (typeof result.ruleIndex === 'number' ? own[result.ruleIndex]?.id : undefined);
      const merged: SarifResult = { ...result };
      if (id !== undefined && ruleIndex.has(id)) {
        merged.ruleIndex = ruleIndex.get(id);
        if (result.rule) merged.rule = { ...result.rule, index: ruleIndex.get(id) };
      } else {
        delete merged.ruleIndex;
      }
      if (result.locations) merged.locations = result.locations.map(moveArtifact);
      if (result.relatedLocations) merged.relatedLocations = result.relatedLocations.map(moveArtifact);
      results.push(merged);
    }
  }
  const out: SarifRun = { ...first, tool: { ...first.tool, driver: { ...first.tool.driver, rules } }, results };
  if (artifacts.length) out.artifacts = artifacts;
  else delete out.artifacts;
  // One invocation for the merged run: successful when every shard was, with every shard's notifications.
  const invocations = runs.flatMap((run) => (Array.isArray(run.invocations) ? (run.invocations as Array<Record<string, unknown>>) : []));
  if (invocations.length) {
    out.invocations = [
      {
        executionSuccessful: invocations.every((i) => i.executionSuccessful !== false),
        toolExecutionNotifications: invocations.flatMap((i) => (Array.isArray(i.toolExecutionNotifications) ? i.toolExecutionNotifications : [])),
      },
    ];
  }
  return out;
}

/** Merge SARIF logs: one run per tool (by driver name), in order of first appearance. */
export function mergeSarif(logs: readonly SarifLog[]): SarifLog {
  const byTool = new Map<string, SarifRun[]>();
  for (const log of logs) {
    for (const run of log.runs) {
      const list = byTool.get(run.tool.driver.name);
      if (list) list.push(run);
      else byTool.set(run.tool.driver.name, [run]);
    }
  }
  return { $schema: logs[0]?.$schema ?? 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [...byTool.values()].map(mergeRuns) };
}

export async function commandMergeSarif(args: string[], flags: Flags, io: Io): Promise<number> {
  if (args.length === 0) throw new UsageError('merge-sarif needs the SARIF files to combine: guidelint merge-sarif A.sarif B.sarif -o OUT');
  const merged = mergeSarif(args.map((path) => readLog(path, io.cwd)));
  const text = JSON.stringify(merged, null, 2) + '\n';
  if (flags.output) {
    const out = resolve(io.cwd, flags.output);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
  } else {
    io.stdout.write(text);
  }
  return 0;
}
