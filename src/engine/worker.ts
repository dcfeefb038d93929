/** Worker-thread entry of the file phase (see pool.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { createEnvironment } from './environment.js';
import { createFileLinter } from './lint-file.js';
import { lintOne } from './run.js';
import type { PoolData, WorkerRequest, WorkerResponse } from './pool.js';

const data = workerData as PoolData;
const { env, effective, rules } = createEnvironment(data);
const linter = createFileLinter(env, effective, rules, env.config.maxFileSize);

const slots = data.progress ? new Int32Array(data.progress) : undefined;

parentPort?.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    const outcomes = request.batch.map((target, k) => {
      // What this thread is on, for the main thread's watchdog (pool.ts).
      if (slots) {
        Atomics.store(slots, 0, request.id);
        Atomics.store(slots, 1, k + 1);
      }
      return lintOne(linter, target, data.fingerprint);
    });
    if (slots) Atomics.store(slots, 1, 0);
    response = { id: request.id, outcomes };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
