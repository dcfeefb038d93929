/**
 * The file phase on worker threads. Each worker builds its own
 * environment from the same options, receives batches of targets and
 * sends back outcomes (plain data: messages and summaries, no trees).
 * The main thread only feeds the workers and runs the set rules as sets
 * complete (set-stream.ts).
 *
 * Workers get a larger young generation than V8's default. Parsing makes
 * a great many short-lived objects (micromark events, mdast nodes): with
 * room for a whole file's garbage, they die young instead of being
 * promoted and marked again and again. On the bench's OVH-style tree
 * (with the main thread no longer linting) single runs went from 12.2 s
 * to 8.4 s and the bench's median from 10.7 s to 9.6 s, for about 90 MB
 * more peak memory. The main thread cannot be given the same (V8 sizes its
 * heap before any code runs), which is why it does not lint in a pool.
 */
import { Worker } from 'node:worker_threads';
import type { FileTarget } from './lint-file.js';
import type { EnvironmentOptions } from './environment.js';
import type { Fingerprinted } from './run.js';

/** Largest batch: big enough that messaging is noise, small enough that the last batches balance. */
const MAX_BATCH = 64;
const MIN_BATCH = 8;
/** Batches queued per worker, so a worker never waits while the main thread is busy with set rules. */
const PREFETCH = 2;
/** Young generation of each worker, in MB (V8's default gives 16 MB semi-spaces; this gives 32). */
export const YOUNG_GENERATION_MB = 96;

export interface WorkerRequest {
  batch: FileTarget[];
  id: number;
}

export interface WorkerResponse {
  id: number;
  outcomes?: Fingerprinted[];
  error?: string;
}

/** What each worker builds its environment from (plain data: it is cloned into the thread). */
export interface PoolData extends EnvironmentOptions {
  /** Fingerprint the bytes each outcome was made from (for the cache). */
  fingerprint?: boolean;
}

/** About eight batches per thread: the tail (threads finishing at different times) stays short. */
export function batchSize(files: number, threads: number): number {
  return Math.max(MIN_BATCH, Math.min(MAX_BATCH, Math.ceil(files / (threads * 8))));
}

export interface PoolHooks {
  /** Each outcome as it arrives (index into `targets`). */
  onOutcome?: (index: number, outcome: Fingerprinted) => void;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Lint `targets` on `workers` worker threads. Outcomes come back in
 * target order (or only through `onOutcome` when it is given).
 */
export async function runOnPool(targets: readonly FileTarget[], workers: number, options: PoolData, hooks: PoolHooks = {}): Promise<Fingerprinted[]> {
  const { onOutcome, onProgress } = hooks;
  const outcomes: Fingerprinted[] = new Array(targets.length);
  const size = batchSize(targets.length, workers);
  const batches: Array<{ start: number; batch: FileTarget[] }> = [];
  for (let i = 0; i < targets.length; i += size) batches.push({ start: i, batch: targets.slice(i, i + size) });
  let next = 0;
  let done = 0;
  let failed = false;
  const record = (start: number, list: readonly Fingerprinted[]): void => {
    list.forEach((o, k) => {
      // Handed over, not kept: the caller may shrink what it keeps (see set-stream.ts).
      if (onOutcome) onOutcome(start + k, o);
      else outcomes[start + k] = o;
    });
    done += list.length;
    onProgress?.(done, targets.length);
  };
  // Everything createEnvironment reads, so a worker lints exactly as the main thread would.
  const workerData: PoolData = { cwd: options.cwd, configPath: options.configPath, only: options.only, ruleOverrides: options.ruleOverrides, fingerprint: options.fingerprint };
  const url = new URL('./worker.js', import.meta.url);

  const threads = Array.from({ length: Math.min(workers, batches.length) }, () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(url, { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      let inFlight = 0;
      const fail = (error: Error): void => {
        failed = true;
        void worker.terminate();
        reject(error);
      };
      const feed = (): void => {
        while (!failed && inFlight < PREFETCH && next < batches.length) {
          const id = next++;
          inFlight++;
          worker.postMessage({ batch: batches[id].batch, id } satisfies WorkerRequest);
        }
        if (inFlight === 0) {
          void worker.terminate();
          resolve();
        }
      };
      worker.on('message', (response: WorkerResponse) => {
        if (response.error || !response.outcomes) return fail(new Error(response.error ?? 'worker sent no outcomes'));
        inFlight--;
        record(batches[response.id].start, response.outcomes);
        feed();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (inFlight > 0 && !failed) fail(new Error(`worker stopped (exit code ${code}) with ${inFlight} batches unfinished`));
      });
      feed();
    }),
  );

  await Promise.all(threads);
  return outcomes;
}
