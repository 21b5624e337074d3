// A worker thread of `pedoman screen --jsonl --jobs N`: builds its own screener from the run's term
// lists once, then answers each batch of lines it is sent, in the order sent.
import { parentPort, workerData } from 'node:worker_threads';
import { createScreener } from '@pedoman-medsos/prohibited-content';
import type { LineBatch } from '../input';
import { screenBatch } from './screen-batch';
import type { WorkerSetup } from './screen-pool';

const { config, settings } = workerData as WorkerSetup;
// The command thread built the same screener first, so a bad configuration never gets here.
const screener = createScreener(config);
parentPort?.on('message', (batch: LineBatch) => {
  parentPort?.postMessage(screenBatch(screener, settings, batch));
});
