import * as vscode from 'vscode';
import type { FolderScanRequest } from '../node/folderScan';
import type { ThreadScanEvents, ThreadScanOutcome } from './scanThread';

/** What reading one workspace file gave: its bytes, or why the scan skips it. */
export type ReadOutcome = { bytes: Uint8Array } | { skipped: string };

/**
 * How the scan reads files. Every host can use `workspace.fs`; the Node host adds a direct disk
 * path for `file:` URIs, because each `workspace.fs` call is a round trip through the workbench
 * (measured in code-server: about 13 ms per file for a stat and a read).
 */
export interface FileReader {
  /**
   * The file's bytes. With `scratch`, a reader may return a view into it instead of a new buffer
   * (the caller is done with it before it passes the same scratch again): a 100,000-file scan then
   * allocates almost nothing per file, which keeps garbage-collection pauses short.
   */
  read(uri: vscode.Uri, maxSize: number, scratch?: Uint8Array): Promise<ReadOutcome>;
  exists(uri: vscode.Uri): Promise<boolean>;
  /**
   * Lists a folder's source files itself, when the host can do that without one huge
   * `findFiles` answer (which arrives as a single long task on 100,000-file workspaces).
   * Undefined when this host cannot list this folder; then `findFiles` does. With `limit`, stops
   * after `limit + 1` files (enough to tell that there are more).
   */
  listFolder?(folder: vscode.Uri, filter: FolderFilter, token: vscode.CancellationToken, limit?: number): Promise<string[] | undefined>;
  /**
   * Lists, reads and analyses a whole folder off the extension host's thread, when this host can
   * (the Node host, for local folders); undefined otherwise, and the scan runs on this thread.
   */
  scanFolder?(folder: vscode.Uri, request: Omit<FolderScanRequest, 'root'>, events: ThreadScanEvents, token: vscode.CancellationToken): Promise<ThreadScanOutcome> | undefined;
}

/** What a folder listing leaves out; paths are relative to the folder, `/` separators. */
export interface FolderFilter {
  isSourceFile(name: string): boolean;
  isExcluded(relativePath: string): boolean;
  /** What the listing left out and why (a broken link, a loop, a FIFO, an unreadable folder). */
  onSkip?(relativePath: string, reason: string): void;
}

export const workspaceFsReader: FileReader = {
  async exists(uri) {
    try {
      await vscode.workspace.fs.stat(uri);
      return true;
    } catch {
      return false;
    }
  },
  async read(uri, maxSize) {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if ((stat.type & vscode.FileType.File) === 0) return { skipped: 'not a regular file' };
      if (stat.size > maxSize) return { skipped: tooLarge(stat.size, maxSize) };
      return { bytes: await vscode.workspace.fs.readFile(uri) };
    } catch (error) {
      return { skipped: unreadable(error) };
    }
  },
};

export function tooLarge(size: number, maxSize: number): string {
  return `${size} bytes is above openaiPrivacyLens.maxFileSize (${maxSize})`;
}

export function unreadable(error: unknown): string {
  return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}
