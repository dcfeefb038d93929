/** Worker-thread entry of the file phase (see pool.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { createEnvironment } from './environment.js';
import { createFileLinter } from './lint-file.js';
import { lintOne } from './run.js';
import type { PoolData, WorkerRequest, WorkerResponse } from './pool.js';

const data = workerData as PoolData;
const { env, effective, rules } = createEnvironment(data);
const linter = createFileLinter(env, effective, rules, env.config.maxFileSize);

parentPort?.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id: request.id, outcomes: request.batch.map((target) => lintOne(linter, target, data.fingerprint)) };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
