import * as vscode from 'vscode';
import { displayPath } from './documentAnalysis';
import type { FileReader } from './fileReader';
import type { FindingsStore } from './findingsStore';
import type { Lens } from './lens';

/**
 * Keeps each folder's project index (the last scan's) in step with what the user saves, creates, renames and deletes in
 * VS Code, so the analysis of an open file follows another file's new text (a factory's base URL, a module's client)
 * without a rescan. A file's text is read as the scan reads it (`ProjectIndex.updateFile`). Changes made outside VS Code (a
 * `git checkout`, a shell) reach the index at the next scan; so do files the scan's excludes leave out, which a save reads.
 */
export class ProjectUpdates implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after a folder's index took a file's new text (or lost a file). */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  /** Files changed since the last scan ended: read again from disk into the indexes the next scan makes (it may have read them before the change). */
  private readonly sinceScan = new Map<string, vscode.Uri>();

  constructor(
    private readonly store: FindingsStore,
    private readonly reader: FileReader,
    private readonly log: vscode.LogOutputChannel,
    private readonly maxFileSizeFor: (uri: vscode.Uri) => number,
  ) {
    this.subscriptions = [
      this.changed,
      vscode.workspace.onDidSaveTextDocument((d) => this.update([{ uri: d.uri, text: d.getText() }])),
      vscode.workspace.onDidCreateFiles((e) => this.logged(this.reread(e.files))),
      vscode.workspace.onDidDeleteFiles((e) => this.update(e.files.map((uri) => ({ uri, text: undefined })))),
      vscode.workspace.onDidRenameFiles((e) => this.logged(this.renamed(e.files))),
    ];
  }

  /** Replays the changes since the last scan ended into the indexes a scan just made, from what the disk holds now. */
  afterScan(lens: Lens): void {
    lens.afterEachScan(async () => {
      const uris = [...this.sinceScan.values()];
      this.sinceScan.clear();
      const gone: vscode.Uri[] = [];
      for (const uri of uris) if (!(await this.reader.exists(uri))) gone.push(uri);
      this.update(gone.map((uri) => ({ uri, text: undefined })), false);
      await this.reread(uris.filter((uri) => !gone.includes(uri)), false);
    });
  }

  private logged(work: Promise<void>): void {
    work.catch((error: unknown) => this.log.warn(`updating the project index failed (${error instanceof Error ? error.message : String(error)}); the next scan reads the files again`));
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }

  /** Each file's new text into its folder's index (undefined: the file, or every file under that folder, is gone). */
  private update(changes: ReadonlyArray<{ uri: vscode.Uri; text: string | undefined }>, record = true): void {
    let changed = false;
    for (const { uri, text } of changes) {
      if (record) this.sinceScan.set(uri.toString(), uri);
      const project = this.store.projectFor(uri);
      if (!project) continue;
      // (by folder-relative path, as the scan read it)
      const path = displayPath(uri);
      try {
        if (text === undefined) for (const file of project.filesAt(path)) project.removeFile(file);
        // a file above the size limit (in bytes) or binary is one the scan skips
        else if (overSize(text, this.maxFileSizeFor(uri)) || text.includes('\0')) project.removeFile(path);
        else project.updateFile(path, text);
        changed = true;
      } catch (error) {
        this.log.warn(`${path}: updating the project index failed (${error instanceof Error ? error.message : String(error)}); the next scan reads it again`);
      }
    }
    if (changed) this.changed.fire();
  }

  /** Files created, or a renamed file's (or folder's) files under their new names: read from disk. */
  private async reread(uris: readonly vscode.Uri[], record = true): Promise<void> {
    const changes: Array<{ uri: vscode.Uri; text: string }> = [];
    for (const uri of uris) {
      const outcome = await this.reader.read(uri, this.maxFileSizeFor(uri)).catch(() => undefined);
      if (outcome && 'bytes' in outcome) changes.push({ uri, text: new TextDecoder().decode(outcome.bytes) });
    }
    this.update(changes, record);
  }

  private async renamed(files: ReadonlyArray<{ oldUri: vscode.Uri; newUri: vscode.Uri }>): Promise<void> {
    const moved: vscode.Uri[] = [];
    for (const { oldUri, newUri } of files) {
      const project = this.store.projectFor(oldUri);
      const before = displayPath(oldUri);
      // (a folder's files the index read, under the folder's new name)
      const read = project?.filesAt(before) ?? [];
      for (const file of read) moved.push(file === before ? newUri : vscode.Uri.joinPath(newUri, file.slice(before.length + 1)));
      // (a file the scan passed over may be one to read under its new name; a folder's read fails and is left)
      if (project && read.length === 0) moved.push(newUri);
    }
    this.update(files.map(({ oldUri }) => ({ uri: oldUri, text: undefined })));
    await this.reread(moved);
  }
}

/** Whether a text's UTF-8 bytes exceed `limit` (encoded only when its length leaves it in doubt: at most three bytes a UTF-16 unit). */
function overSize(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  return text.length * 3 > limit && new TextEncoder().encode(text).length > limit;
}
