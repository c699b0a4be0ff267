// Entry of the reader threads a large CLI scan starts (dist/cli-reader.js): a small bundle, so a
// thread starts in milliseconds instead of loading the whole CLI.
import { parentPort, workerData } from 'node:worker_threads';
import type { ReaderWorkerData } from './readPool';
import { runReaderWorker } from './readPool';

if (parentPort) runReaderWorker(workerData as ReaderWorkerData, parentPort);
