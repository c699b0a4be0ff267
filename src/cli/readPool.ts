import { existsSync } from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WalkOptions } from '../node/walk';
import { listSourceFiles, SourceFileReader } from '../node/walk';

/** Below this many files, starting worker threads costs more than it saves. */
const PARALLEL_THRESHOLD = 10_000;
/** Paths per message: large enough that messaging is cheap, small enough to balance the threads. */
const CHUNK = 256;

export interface ReaderWorkerData {
  role: 'openai-privacy-lens-reader';
  root: string;
  maxFileSize: number;
  prefilterTerms: readonly string[] | undefined;
}

interface ChunkResult {
  docs: Array<{ path: string; text: string }>;
  skipped: Array<{ path: string; reason: string }>;
}

/**
 * The source files under `root`, read by worker threads when there are many: reading and the
 * prefilter run on the other cores while this thread analyses what they send back. Files come back
 * in no particular order; the scan sorts its results. `workerScript` is the reader bundle
 * (dist/cli-reader.js); without it, or when it is missing, files are read on this thread.
 */
export async function* readSourceFiles(root: string, options: WalkOptions, workerScript: string | undefined): AsyncGenerator<{ path: string; text: string }> {
  const listing = listSourceFiles(root, options);
  // Listing runs while the threads read: paths are handed out as they are found.
  const take = (count: number): string[] => {
    const paths: string[] = [];
    for (let r = listing.next(); !r.done; r = listing.next()) {
      paths.push(r.value);
      if (paths.length >= count) break;
    }
    return paths;
  };
  const first = take(PARALLEL_THRESHOLD);
  const threads = Math.min(os.availableParallelism(), 4);
  if (!workerScript || !existsSync(workerScript) || threads < 2 || first.length < PARALLEL_THRESHOLD) {
    const reader = new SourceFileReader(root, options);
    for (const rel of [...first, ...take(Number.POSITIVE_INFINITY)]) {
      const doc = reader.read(rel);
      if (doc) yield doc;
    }
    return;
  }
  const data: ReaderWorkerData = { role: 'openai-privacy-lens-reader', root, maxFileSize: options.maxFileSize, prefilterTerms: options.prefilterTerms };
  const queue: ChunkResult[] = [];
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  const backlog = first;
  let sent = 0;
  let received = 0;
  const send = (worker: Worker): void => {
    const paths = backlog.length > 0 ? backlog.splice(0, CHUNK) : take(CHUNK);
    if (paths.length === 0) return;
    worker.postMessage(paths);
    sent++;
  };
  const workers: Worker[] = [];
  for (let i = 0; i < threads; i++) {
    const worker = new Worker(workerScript, { workerData: data });
    workers.push(worker);
    worker.on('message', (result: ChunkResult) => {
      queue.push(result);
      send(worker);
      wake?.();
    });
    worker.on('error', (error) => {
      failure = error;
      wake?.();
    });
    // two chunks in flight per worker, so it never waits for this thread
    send(worker);
    send(worker);
  }
  try {
    while (received < sent) {
      if (failure) throw failure;
      const result = queue.shift();
      if (!result) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        continue;
      }
      received++;
      for (const s of result.skipped) options.onSkip(s.path, s.reason);
      yield* result.docs;
    }
  } finally {
    for (const w of workers) void w.terminate();
  }
}

/** Body of a reader worker: answers each list of paths with their texts (prefiltered) and skips. */
export function runReaderWorker(data: ReaderWorkerData, port: { on(event: 'message', listener: (paths: string[]) => void): void; postMessage(result: ChunkResult): void }): void {
  let skipped: ChunkResult['skipped'] = [];
  const reader = new SourceFileReader(data.root, {
    maxFileSize: data.maxFileSize,
    ...(data.prefilterTerms ? { prefilterTerms: data.prefilterTerms } : {}),
    onSkip: (path, reason) => skipped.push({ path, reason }),
  });
  port.on('message', (paths) => {
    const docs: ChunkResult['docs'] = [];
    for (const rel of paths) {
      const doc = reader.read(rel);
      if (doc) docs.push(doc);
    }
    port.postMessage({ docs, skipped });
    skipped = [];
  });
}
