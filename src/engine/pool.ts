/**
 * The file phase on worker threads. Each worker builds its own
 * environment from the same options, receives batches of targets and
 * sends back outcomes (plain data: messages and summaries, no trees).
 */
import { Worker } from 'node:worker_threads';
import type { FileTarget } from './lint-file.js';
import type { EnvironmentOptions } from './environment.js';
import type { Fingerprinted } from './run.js';

const BATCH = 64;

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

export async function runOnPool(
  targets: readonly FileTarget[],
  size: number,
  options: PoolData,
  onProgress?: (done: number, total: number) => void,
): Promise<Fingerprinted[]> {
  const outcomes: Fingerprinted[] = new Array(targets.length);
  const batches: Array<{ start: number; batch: FileTarget[] }> = [];
  for (let i = 0; i < targets.length; i += BATCH) batches.push({ start: i, batch: targets.slice(i, i + BATCH) });
  let next = 0;
  let done = 0;
  // Everything createEnvironment reads, so a worker lints exactly as the main thread would.
  const workerData: PoolData = { cwd: options.cwd, configPath: options.configPath, only: options.only, ruleOverrides: options.ruleOverrides, fingerprint: options.fingerprint };
  const url = new URL('./worker.js', import.meta.url);

  await Promise.all(
    Array.from({ length: Math.min(size, batches.length) }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(url, { workerData });
        const feed = (): void => {
          const item = batches[next];
          if (!item) {
            void worker.terminate();
            resolve();
            return;
          }
          const id = next++;
          worker.postMessage({ batch: item.batch, id } satisfies WorkerRequest);
        };
        worker.on('message', (response: WorkerResponse) => {
          if (response.error || !response.outcomes) {
            void worker.terminate();
            reject(new Error(response.error ?? 'worker sent no outcomes'));
            return;
          }
          const { start } = batches[response.id];
          response.outcomes.forEach((o, k) => (outcomes[start + k] = o));
          done += response.outcomes.length;
          onProgress?.(done, targets.length);
          feed();
        });
        worker.on('error', reject);
        feed();
      }),
    ),
  );
  return outcomes;
}
