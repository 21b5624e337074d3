import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Screener, ScreenerConfig } from '@pedoman-medsos/prohibited-content';
import type { LineBatch } from '../input';
import { type BatchAnswer, type BatchSettings, screenBatch } from './screen-batch';

/** What a worker thread is started with: plain data, copied into the thread. */
export interface WorkerSetup {
  config: ScreenerConfig;
  settings: BatchSettings;
}

/** Screens batches of lines; answers come back in any order, each with its own promise. */
export interface BatchScreener {
  screen(batch: LineBatch): Promise<BatchAnswer>;
  /** Stops the threads; answers still pending are dropped. */
  close(): Promise<void>;
}

/** `--jobs 1`: every batch in the command's own thread, no thread to start or copy data to. */
export function inProcessScreener(screener: Screener, settings: BatchSettings): BatchScreener {
  return { screen: async (batch) => screenBatch(screener, settings, batch), close: async () => {} };
}

/**
 * The worker's code: `screen-worker.js` beside the bundle once built; from the sources (tests,
 * `tsx`) the TypeScript file, which a plain thread cannot load without tsx — found from here, as
 * the tests may run from another folder.
 */
function workerEntry(): { url: URL; execArgv?: string[] } {
  if (!import.meta.url.endsWith('.ts')) return { url: new URL('./screen-worker.js', import.meta.url) };
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return { url: new URL('./screen-worker.ts', import.meta.url), execArgv: ['--import', tsx] };
}

interface Task {
  batch: LineBatch;
  resolve(answer: BatchAnswer): void;
  reject(error: Error): void;
}

/**
 * A young generation that holds the short-lived data of the batches in progress. With V8's default
 * for a thread that data was promoted to the old generation, which then grew with the input
 * (measured, 2 jobs: peak 274 MB at 100k lines, 493 MB at 2.4M; with this: 276 MB and 337 MB).
 */
const resourceLimits = { maxYoungGenerationSizeMb: 48 };

/** Batches sent to a thread before it answers: the next is already there when one is done. */
const queueDepth = 2;

/**
 * `jobs` worker threads; each batch goes to the thread with the fewest waiting, up to
 * {@link queueDepth} each, so that a thread never idles waiting for this thread to send more.
 * A thread that fails (a bug, not bad input: lines are answered, never thrown) fails every pending
 * batch, so the command stops with an internal error instead of waiting for an answer forever.
 */
export function workerPool(jobs: number, setup: WorkerSetup): BatchScreener {
  const { url, execArgv } = workerEntry();
  const waiting: Task[] = [];
  const queues = new Map<Worker, Task[]>();
  let failure: Error | undefined;
  let closed = false;

  const dispatch = () => {
    while (waiting.length > 0) {
      const [worker, queue] = [...queues].reduce((best, entry) => (entry[1].length < best[1].length ? entry : best));
      if (queue.length >= queueDepth) return;
      const task = waiting.shift()!;
      queue.push(task);
      worker.postMessage(task.batch);
    }
  };
  const fail = (error: Error) => {
    if (closed) return;
    failure ??= error;
    for (const task of [...[...queues.values()].flatMap((queue) => queue.splice(0)), ...waiting.splice(0)]) task.reject(failure);
  };
  for (let index = 0; index < jobs; index++) {
    const worker = new Worker(url, { workerData: setup, resourceLimits, ...(execArgv ? { execArgv } : {}) });
    const queue: Task[] = [];
    worker.on('message', (answer: BatchAnswer) => {
      queue.shift()?.resolve(answer);
      dispatch();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a screening thread stopped (exit code ${code})`)));
    queues.set(worker, queue);
  }

  return {
    screen(batch) {
      return new Promise<BatchAnswer>((resolve, reject) => {
        if (failure) return reject(failure);
        waiting.push({ batch, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      await Promise.all([...queues.keys()].map((worker) => worker.terminate()));
    },
  };
}
