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
import { emptySummary, type FileTarget } from './lint-file.js';
import type { EnvironmentOptions } from './environment.js';
import type { Fingerprinted } from './read-file.js';

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

/**
 * What a worker is doing, in memory shared with the main thread: the id of
 * the batch and the 1-based position in it of the file being linted (0:
 * between files). The main thread reads it to time each file.
 */
export const PROGRESS_SLOTS = 2;

/** Default time budget of one file, in seconds (config `fileTimeout`). */
export const DEFAULT_FILE_TIMEOUT_S = 10;
/** How often the main thread looks at what each worker is doing. */
const WATCH_INTERVAL_MS = 250;

/** ruleId of a file that went over its time budget. */
export const FILE_TIMEOUT_RULE = 'file-timeout';

/** What each worker builds its environment from. */
export interface PoolOptions extends EnvironmentOptions {
  /** Fingerprint the bytes each outcome was made from (for the cache). */
  fingerprint?: boolean;
}

/** The same as plain data, cloned into the thread: the rules travel as the URL of their module (see RuleRegistry). */
export interface PoolData extends Omit<EnvironmentOptions, 'registry'> {
  rulesModule: string;
  /** Fingerprint the bytes each outcome was made from (for the cache). */
  fingerprint?: boolean;
  /** Shared progress slots (see PROGRESS_SLOTS); set per worker. */
  progress?: SharedArrayBuffer;
}

/** About eight batches per thread: the tail (threads finishing at different times) stays short. */
export function batchSize(files: number, threads: number): number {
  return Math.max(MIN_BATCH, Math.min(MAX_BATCH, Math.ceil(files / (threads * 8))));
}

export interface PoolHooks {
  /** Each outcome as it arrives (index into `targets`). */
  onOutcome?: (index: number, outcome: Fingerprinted) => void;
  onProgress?: (done: number, total: number) => void;
  /** Seconds one file may take (default DEFAULT_FILE_TIMEOUT_S); 0 turns the watchdog off. */
  fileTimeout?: number;
}

/**
 * Lint `targets` on `workers` worker threads. Outcomes come back in
 * target order (or only through `onOutcome` when it is given).
 *
 * A watchdog times each file. A file still being linted after its budget
 * (an input the parser resolves in super-linear time that the pre-parse
 * scan did not foresee) gets a `file-timeout` message; its worker is
 * terminated and replaced, and the other files it held are linted again
 * by the new one. The run goes on.
 */
export async function runOnPool(targets: readonly FileTarget[], workers: number, options: PoolOptions, hooks: PoolHooks = {}): Promise<Fingerprinted[]> {
  const { onOutcome, onProgress } = hooks;
  const budgetMs = (hooks.fileTimeout ?? DEFAULT_FILE_TIMEOUT_S) * 1000;
  const outcomes: Fingerprinted[] = new Array(targets.length);
  const size = batchSize(targets.length, workers);
  /** Work still to hand out: each batch with the target indices its files stand for. */
  const queue: Array<{ indices: number[] }> = [];
  for (let i = 0; i < targets.length; i += size) queue.push({ indices: Array.from({ length: Math.min(size, targets.length - i) }, (_, k) => i + k) });
  let done = 0;
  let failed = false;
  let nextId = 0;
  const record = (index: number, outcome: Fingerprinted): void => {
    // Handed over, not kept: the caller may shrink what it keeps (see set-stream.ts).
    if (onOutcome) onOutcome(index, outcome);
    else outcomes[index] = outcome;
    done++;
    onProgress?.(done, targets.length);
  };
  // Everything createEnvironment reads, so a worker lints exactly as the main thread would.
  const base: PoolData = {
    rulesModule: options.registry.module,
    cwd: options.cwd,
    configPath: options.configPath,
    only: options.only,
    ruleOverrides: options.ruleOverrides,
    fingerprint: options.fingerprint,
  };
  const url = new URL('./worker.js', import.meta.url);

  const thread = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const progress = new SharedArrayBuffer(PROGRESS_SLOTS * Int32Array.BYTES_PER_ELEMENT);
      const slots = new Int32Array(progress);
      const worker = new Worker(url, { workerData: { ...base, progress }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      const inFlight = new Map<number, { indices: number[] }>();
      let settled = false;
      let watched = { id: -1, position: 0, since: Date.now() };
      const stop = (): void => {
        settled = true;
        clearInterval(watchdog);
        void worker.terminate();
      };
      const fail = (error: Error): void => {
        if (settled) return;
        failed = true;
        stop();
        reject(error);
      };
      const feed = (): void => {
        while (!failed && inFlight.size < PREFETCH && queue.length > 0) {
          const work = queue.shift()!;
          const id = nextId++;
          inFlight.set(id, work);
          worker.postMessage({ batch: work.indices.map((i) => targets[i]), id } satisfies WorkerRequest);
        }
        if (inFlight.size === 0) {
          stop();
          resolve();
        }
      };
      const watchdog = setInterval(() => {
        if (settled || budgetMs <= 0) return;
        const id = Atomics.load(slots, 0);
        const position = Atomics.load(slots, 1);
        const now = Date.now();
        if (id !== watched.id || position !== watched.position) {
          watched = { id, position, since: now };
          return;
        }
        const work = inFlight.get(id);
        if (position === 0 || !work || now - watched.since < budgetMs) return;
        // Over budget: this file is reported, the worker is replaced, its other files go back in the queue.
        const slow = work.indices[position - 1];
        stop();
        record(slow, timeoutOutcome(targets[slow], budgetMs / 1000));
        const rest = [...inFlight.values()].flatMap((w) => w.indices).filter((i) => i !== slow);
        if (rest.length) queue.unshift({ indices: rest });
        thread().then(resolve, reject);
      }, WATCH_INTERVAL_MS);
      worker.on('message', (response: WorkerResponse) => {
        if (settled) return;
        if (response.error || !response.outcomes) return fail(new Error(response.error ?? 'worker sent no outcomes'));
        const work = inFlight.get(response.id);
        inFlight.delete(response.id);
        response.outcomes.forEach((o, k) => record(work!.indices[k], o));
        feed();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (inFlight.size > 0 && !settled) fail(new Error(`worker stopped (exit code ${code}) with ${inFlight.size} batches unfinished`));
      });
      feed();
    });

  const threads = Array.from({ length: Math.min(workers, queue.length) }, thread);
  await Promise.all(threads);
  return outcomes;
}

/** The outcome of a file that went over its time budget: a message on it, and an unreadable summary for its set. */
function timeoutOutcome(target: FileTarget, seconds: number): Fingerprinted {
  const point = { line: 1, column: 1 };
  return {
    result: {
      path: target.path,
      messages: [
        {
          ruleId: FILE_TIMEOUT_RULE,
          severity: 2,
          message: `Linting this file took more than ${seconds} s (\`fileTimeout\` in the config); it was stopped and not linted.`,
          range: { start: point, end: point },
          fatal: true,
        },
      ],
    },
    summary: emptySummary(target, true),
  };
}
