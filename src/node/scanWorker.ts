// Entry of the Node extension host's scan thread (dist/scan-worker.js): one folder per thread,
// started per scan and terminated when the scan ends or is cancelled.
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { FolderScanRequest } from './folderScan';
import { runFolderScan } from './folderScan';

/**
 * Linux keeps a nice value per thread, and setpriority() on "this process" sets the calling
 * thread's: the scan then yields the cores to the editor (the extension host's thread, its
 * garbage collector's helpers, the window). Elsewhere the call would lower the whole extension
 * host, so it is made on Linux only.
 */
function yieldCoresToTheEditor(): void {
  if (process.platform !== 'linux') return;
  try {
    os.setPriority(0, 10);
  } catch {
    // not allowed here: the scan runs at normal priority
  }
}

if (parentPort) {
  yieldCoresToTheEditor();
  const port = parentPort;
  let onTaken: (() => void) | undefined;
  port.on('message', (message: 'taken') => {
    if (message === 'taken') onTaken?.();
  });
  const taken = (): Promise<void> => new Promise((resolve) => (onTaken = resolve));
  runFolderScan(workerData as FolderScanRequest, (message) => port.postMessage(message), taken).catch((error: unknown) => {
    port.postMessage({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  });
}
