import * as vscode from 'vscode';
import { displayPath } from './documentAnalysis';
import type { FileReader } from './fileReader';
import type { FindingsStore } from './findingsStore';

/**
 * Keeps each folder's project index (the last scan's) in step with what the user saves, creates, renames and deletes in
 * VS Code, so the analysis of an open file follows another file's new text (a factory's base URL, a module's client)
 * without a rescan. Changes made outside VS Code (a `git checkout`, a shell) reach the index at the next scan.
 */
export class ProjectUpdates implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after a folder's index took a file's new text (or lost a file). */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly store: FindingsStore,
    private readonly reader: FileReader,
    private readonly log: vscode.LogOutputChannel,
    private readonly maxFileSizeFor: (uri: vscode.Uri) => number,
  ) {
    this.subscriptions = [
      this.changed,
      vscode.workspace.onDidSaveTextDocument((d) => this.update([{ uri: d.uri, text: d.getText() }])),
      vscode.workspace.onDidCreateFiles((e) => void this.reread(e.files)),
      vscode.workspace.onDidDeleteFiles((e) => this.update(e.files.map((uri) => ({ uri, text: undefined })))),
      vscode.workspace.onDidRenameFiles((e) => void this.renamed(e.files)),
    ];
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }

  /** Each file's new text into its folder's index (undefined: the file, or every file under that folder, is gone). */
  private update(changes: ReadonlyArray<{ uri: vscode.Uri; text: string | undefined }>): void {
    let changed = false;
    for (const { uri, text } of changes) {
      const project = this.store.projectFor(uri);
      if (!project) continue;
      // (by folder-relative path, as the scan read it)
      const path = displayPath(uri);
      try {
        if (text === undefined) for (const file of project.filesAt(path)) project.removeFile(file);
        // a file above the size limit is one the scan skips
        else if (text.length > this.maxFileSizeFor(uri)) project.removeFile(path);
        else project.addFile(path, text);
        changed = true;
      } catch (error) {
        this.log.warn(`${path}: updating the project index failed (${error instanceof Error ? error.message : String(error)}); the next scan reads it again`);
      }
    }
    if (changed) this.changed.fire();
  }

  /** Files created, or a renamed file's (or folder's) files under their new names: read from disk. */
  private async reread(uris: readonly vscode.Uri[]): Promise<void> {
    const changes: Array<{ uri: vscode.Uri; text: string }> = [];
    for (const uri of uris) {
      const outcome = await this.reader.read(uri, this.maxFileSizeFor(uri)).catch(() => undefined);
      if (outcome && 'bytes' in outcome) changes.push({ uri, text: new TextDecoder().decode(outcome.bytes) });
    }
    this.update(changes);
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
