/** Worker-thread entry of the file phase (see pool.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { createEnvironment } from './environment.js';
import { createFileLinter } from './lint-file.js';
import { lintOne } from './read-file.js';
import type { PoolData, WorkerRequest, WorkerResponse } from './pool.js';
import type { Rule } from '../rule.js';

const { rulesModule, ...data } = workerData as PoolData;
// The caller's rule list, loaded from its module (functions cannot be sent to a thread).
const { rules: list } = (await import(rulesModule)) as { rules: readonly Rule[] };
const { env, effective, rules } = createEnvironment({ ...data, registry: { rules: list, module: rulesModule } });
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
