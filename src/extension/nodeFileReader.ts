import { readFile, stat } from 'node:fs/promises';
import type { FileReader } from './fileReader';
import { tooLarge, unreadable, workspaceFsReader } from './fileReader';

/** Node host only: `file:` URIs straight from disk, everything else through `workspace.fs`. */
export const nodeFileReader: FileReader = {
  async read(uri, maxSize) {
    if (uri.scheme !== 'file') return workspaceFsReader.read(uri, maxSize);
    try {
      const info = await stat(uri.fsPath);
      // A FIFO or device named like a source file would block a read forever.
      if (!info.isFile()) return { skipped: 'not a regular file' };
      if (info.size > maxSize) return { skipped: tooLarge(info.size, maxSize) };
      return { bytes: await readFile(uri.fsPath) };
    } catch (error) {
      return { skipped: unreadable(error) };
    }
  },
};
