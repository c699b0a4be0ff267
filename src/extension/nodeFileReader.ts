import type { Dirent } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type * as vscode from 'vscode';
import { GitignoreSet } from '../core/files/gitignoreSet';
import { TimeSlices } from '../core/scan/timeSlices';
import type { FileReader, FolderFilter } from './fileReader';
import { tooLarge, unreadable, workspaceFsReader } from './fileReader';

/**
 * Node host only: `file:` URIs straight from disk, everything else through `workspace.fs`. Local
 * folders are listed here too, one directory at a time, with `.gitignore` files read on the way.
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

  async listFolder(folder, filter, token) {
    if (folder.scheme !== 'file') return undefined;
    return listLocalFolder(folder.fsPath, filter, token);
  },
};

async function listLocalFolder(root: string, filter: FolderFilter, token: vscode.CancellationToken): Promise<string[]> {
  const gitignore = new GitignoreSet();
  const files: string[] = [];
  // Real paths of visited folders; only symbolic links need realpath(), plain folders cannot loop.
  const seen = new Set<string>();
  const rootReal = await realpath(root);
  seen.add(rootReal);
  const stack: Array<{ dir: string; real: string }> = [{ dir: '', real: rootReal }];
  const slices = new TimeSlices();
  while (stack.length > 0) {
    if (token.isCancellationRequested) return [];
    const { dir, real } = stack.pop() ?? { dir: '', real: rootReal };
    let entries: Dirent[];
    try {
      entries = await readdir(path.join(root, dir), { withFileTypes: true });
    } catch {
      continue; // an unreadable folder holds nothing we can scan
    }
    if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      try {
        gitignore.add(dir, await readFile(path.join(root, dir, '.gitignore'), 'utf8'));
      } catch {
        // an unreadable .gitignore only means fewer exclusions
      }
    }
    for (const entry of entries) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let target = `${real}/${entry.name}`;
      if (entry.isSymbolicLink()) {
        try {
          const info = await stat(path.join(root, rel));
          isDir = info.isDirectory();
          isFile = info.isFile();
          if (isDir) target = await realpath(path.join(root, rel));
        } catch {
          continue; // broken link
        }
      }
      if (isDir) {
        if (seen.has(target) || filter.isExcluded(`${rel}/`) || gitignore.ignores(`${rel}/`)) continue;
        seen.add(target);
        stack.push({ dir: rel, real: target });
      } else if (isFile && filter.isSourceFile(entry.name) && !filter.isExcluded(rel) && !gitignore.ignores(rel)) {
        files.push(rel);
      }
    }
    if (slices.due()) await slices.next();
  }
  return files;
}
