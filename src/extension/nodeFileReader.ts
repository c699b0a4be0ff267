import type { FileHandle } from 'node:fs/promises';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { TimeSlices } from '../core/scan/timeSlices';
import { listSourceEntries } from '../node/walk';
import type { FileReader } from './fileReader';
import { scanFolderInThread } from './scanThread';
import { tooLarge, unreadable, workspaceFsReader } from './fileReader';

/**
 * Node host only: `file:` URIs straight from disk, everything else through `workspace.fs`. Local
 * folders are listed with the CLI's walker, and scanned whole on a worker thread.
 */
export const nodeFileReader: FileReader = {
  async exists(uri) {
    if (uri.scheme !== 'file') return workspaceFsReader.exists(uri);
    return stat(uri.fsPath).then(
      () => true,
      () => false,
    );
  },

  async read(uri, maxSize, scratch) {
    if (uri.scheme !== 'file') return workspaceFsReader.read(uri, maxSize);
    let handle: FileHandle | undefined;
    try {
      handle = await open(uri.fsPath, 'r');
      const info = await handle.stat();
      // A FIFO or device named like a source file would block a read forever.
      if (!info.isFile()) return { skipped: 'not a regular file' };
      if (info.size > maxSize) return { skipped: tooLarge(info.size, maxSize) };
      if (scratch && info.size <= scratch.length) {
        const { bytesRead } = await handle.read(scratch, 0, info.size, 0);
        return { bytes: scratch.subarray(0, bytesRead) };
      }
      return { bytes: await handle.readFile() };
    } catch (error) {
      return { skipped: unreadable(error) };
    } finally {
      await handle?.close().catch(() => undefined);
    }
  },

  async listFolder(folder, filter, token, limit = Number.POSITIVE_INFINITY) {
    if (folder.scheme !== 'file') return undefined;
    // The CLI's walker, pulled in time slices; folders it cannot read hold nothing we can scan.
    const files: string[] = [];
    const slices = new TimeSlices();
    // The walker keeps the files our detectors read (the same test as filter.isSourceFile).
    for (const rel of listSourceEntries(folder.fsPath, { onSkip: (rel, reason) => filter.onSkip?.(rel, reason), isExcluded: filter.isExcluded })) {
      if (token.isCancellationRequested) return [];
      if (rel !== undefined) files.push(rel);
      if (files.length > limit) break;
      if (slices.due()) await slices.next();
    }
    return files;
  },

  scanFolder(folder, request, events, token) {
    if (folder.scheme !== 'file') return undefined;
    // Starting a thread takes a few milliseconds of this thread's time: a task of its own.
    // dist/scan-worker.js, built next to this bundle
    return new TimeSlices().next().then(() => scanFolderInThread(path.join(__dirname, 'scan-worker.js'), { ...request, root: folder.fsPath }, events, token));
  },
};
