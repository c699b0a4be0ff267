import { Worker } from 'node:worker_threads';
import type { ProjectIndexData } from '../core/detect/projectIndex';
import type { Finding } from '../core/model';
import type { ScanPhase } from '../core/scan/scanDocuments';
import type { FolderScanMessage, FolderScanRequest } from '../node/folderScan';

export interface ThreadScanEvents {
  onListed(total: number): void;
  onProgress(done: number): void;
  onPhase(phase: ScanPhase, candidates: number): void;
}

/** What the scan needs of a cancellation token (a `vscode.CancellationToken` is one). */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

export interface ThreadScanOutcome {
  findings: Finding[];
  problems: Array<{ path: string; message: string }>;
  skipped: Array<{ path: string; reason: string }>;
  filesScanned: number;
  filesMatched: number;
  cancelled: boolean;
  /** The thread's project index, for the editor's own analyses of the folder's files. */
  project?: ProjectIndexData;
}

/**
 * Node host only: scans one local folder on a worker thread running `script` (dist/scan-worker.js).
 * A cancel terminates the thread at once. Rejects when the thread cannot start or fails; the
 * caller then scans on this thread instead.
 */
export function scanFolderInThread(script: string, request: FolderScanRequest, events: ThreadScanEvents, token: Cancellation): Promise<ThreadScanOutcome> {
  return new Promise((resolve, reject) => {
    const outcome: ThreadScanOutcome = { findings: [], problems: [], skipped: [], filesScanned: 0, filesMatched: 0, cancelled: false };
    let settled = false;
    const strings = new Map<string, string>();
    const parts = new Map<string, object>();
    const worker = new Worker(script, { workerData: request, name: 'openai-privacy-lens-scan' });
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      cancelListener.dispose();
      void worker.terminate();
      if (error) reject(error);
      else resolve(outcome);
    };
    const cancelListener = token.onCancellationRequested(() => {
      outcome.cancelled = true;
      finish();
    });
    worker.on('message', (message: FolderScanMessage) => {
      if (settled) return;
      switch (message.type) {
        case 'listed':
          events.onListed(message.total);
          break;
        case 'progress':
          events.onProgress(message.done);
          break;
        case 'phase':
          events.onPhase(message.phase, message.candidates);
          break;
        case 'skipped':
          outcome.skipped.push(...message.items);
          break;
        case 'findings':
          for (const f of message.findings) outcome.findings.push(shareParts(shareStrings(f, strings), parts));
          // ask for the next chunk in a later task, so each chunk is a short task of its own
          setTimeout(() => settled || worker.postMessage('taken'), 0);
          break;
        case 'done':
          outcome.problems = message.problems;
          outcome.filesScanned = message.filesScanned;
          outcome.filesMatched = message.filesMatched;
          if (message.project) outcome.project = message.project;
          finish();
          break;
        case 'failed':
          finish(new Error(message.message));
          break;
      }
    });
    worker.on('error', (error) => finish(error));
    worker.on('exit', (code) => finish(new Error(`the scan thread exited (code ${code}) before it finished`)));
    if (token.isCancellationRequested) {
      outcome.cancelled = true;
      finish();
    }
  });
}

/**
 * A message arrives with a fresh copy of every string: 18,000 findings repeat "POST", their
 * endpoint, rule id and message thousands of times. Pointing equal strings at one copy makes the
 * duplicates garbage at once, so the findings the host keeps are a third smaller and the
 * collector's pauses while they arrive shorter. Findings are plain data (no cycles).
 */
function shareStrings<T>(value: T, strings: Map<string, string>): T {
  if (typeof value === 'string') {
    const shared = strings.get(value);
    if (shared !== undefined) return shared as T;
    strings.set(value, value);
    return value;
  }
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) record[key] = shareStrings(record[key], strings);
  return value;
}

/**
 * Most call sites carry one of a few dozen flag sets and verdict lists (the same rule, severity
 * and message): equal ones share one frozen object, so 18,000 findings keep a few hundred of
 * these instead of 18,000 each. Nothing changes a finding after the scan (frozen to be sure).
 */
function shareParts(finding: Finding, parts: Map<string, object>): Finding {
  const shared = <T extends object>(value: T): T => {
    const key = JSON.stringify(value);
    const existing = parts.get(key);
    if (existing) return existing as T;
    parts.set(key, Object.freeze(value));
    return value;
  };
  finding.site.flags = shared(finding.site.flags);
  finding.verdicts = shared(finding.verdicts);
  return finding;
}
