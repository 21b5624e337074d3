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
 * `tsx`) the TypeScript file, which a plain thread cannot load without tsx.
 */
function workerEntry(): { url: URL; execArgv?: string[] } {
  if (!import.meta.url.endsWith('.ts')) return { url: new URL('./screen-worker.js', import.meta.url) };
  return { url: new URL('./screen-worker.ts', import.meta.url), execArgv: ['--import', 'tsx'] };
}

interface Task {
  batch: LineBatch;
  resolve(answer: BatchAnswer): void;
  reject(error: Error): void;
}

/**
 * `jobs` worker threads, each screening one batch at a time; a batch waits for the first idle one.
 * A thread that fails (a bug, not bad input: lines are answered, never thrown) fails every pending
 * batch, so the command stops with an internal error instead of waiting for an answer forever.
 */
export function workerPool(jobs: number, setup: WorkerSetup): BatchScreener {
  const { url, execArgv } = workerEntry();
  const idle: Worker[] = [];
  const waiting: Task[] = [];
  const running = new Map<Worker, Task>();
  let failure: Error | undefined;
  let closed = false;

  const dispatch = () => {
    while (idle.length > 0 && waiting.length > 0) {
      const worker = idle.pop()!;
      const task = waiting.shift()!;
      running.set(worker, task);
      worker.postMessage(task.batch);
    }
  };
  const fail = (error: Error) => {
    if (closed) return;
    failure ??= error;
    for (const task of [...running.values(), ...waiting.splice(0)]) task.reject(failure);
    running.clear();
  };
  const workers = Array.from({ length: jobs }, () => {
    const worker = new Worker(url, { workerData: setup, ...(execArgv ? { execArgv } : {}) });
    worker.on('message', (answer: BatchAnswer) => {
      running.get(worker)?.resolve(answer);
      running.delete(worker);
      idle.push(worker);
      dispatch();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a screening thread stopped (exit code ${code})`)));
    idle.push(worker);
    return worker;
  });

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
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
