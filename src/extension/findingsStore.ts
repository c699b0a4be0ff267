import * as vscode from 'vscode';
import type { Finding } from '../core/model';
import type { ProjectIndex } from './engine';

/** A finding tied to the document it was found in. */
export interface WorkspaceFinding extends Finding {
  uri: vscode.Uri;
}

export interface ScanSummary {
  finishedAt: Date;
  durationMs: number;
  filesScanned: number;
  filesMatched: number;
  skipped: Array<{ path: string; reason: string }>;
  cancelled: boolean;
  /** True when a worker thread did the reading and analysis (the Node host, local folders). */
  onScanThread: boolean;
}

/**
 * The one place findings live: the last workspace scan, overlaid by live re-analysis of open
 * documents. Views, diagnostics, the status bar and exports all read from here.
 */
export class FindingsStore implements vscode.Disposable {
  private readonly byUri = new Map<string, WorkspaceFinding[]>();
  private readonly changed = new vscode.EventEmitter<readonly vscode.Uri[]>();
  readonly onDidChange = this.changed.event;
  lastScan: ScanSummary | undefined;
  /** The last scan's project index of each workspace folder, by folder URI. */
  private projects = new Map<string, ProjectIndex>();

  /**
   * The last scan's project index of the folder holding `uri`: the editor's analysis of a file then
   * follows its imports (a client built in another module) as the scan did.
   */
  projectFor(uri: vscode.Uri): ProjectIndex | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.projects.get(folder.uri.toString()) : undefined;
  }

  replaceAll(findings: readonly WorkspaceFinding[], summary: ScanSummary, projects?: Map<string, ProjectIndex>): void {
    if (projects) this.projects = projects;
    const touched = new Map<string, vscode.Uri>();
    for (const list of this.byUri.values()) {
      const uri = list[0]?.uri;
      if (uri) touched.set(uri.toString(), uri);
    }
    this.byUri.clear();
    // A scan's findings of one file are adjacent or share one Uri object: a key per run, not per finding.
    let lastUri: vscode.Uri | undefined;
    let list: WorkspaceFinding[] = [];
    for (const f of findings) {
      if (f.uri !== lastUri) {
        lastUri = f.uri;
        const key = f.uri.toString();
        let existing = this.byUri.get(key);
        if (!existing) this.byUri.set(key, (existing = []));
        list = existing;
        touched.set(key, f.uri);
      }
      list.push(f);
    }
    this.lastScan = summary;
    this.changed.fire([...touched.values()]);
  }

  replaceDocument(uri: vscode.Uri, findings: readonly WorkspaceFinding[]): void {
    const key = uri.toString();
    const before = this.byUri.get(key);
    if (findings.length === 0 && !before) return;
    if (findings.length === 0) this.byUri.delete(key);
    else this.byUri.set(key, [...findings]);
    this.changed.fire([uri]);
  }

  removeDocument(uri: vscode.Uri): void {
    if (this.byUri.delete(uri.toString())) this.changed.fire([uri]);
  }

  /** A file or a whole folder was deleted: its findings go, whenever that happens. */
  removeDeleted(uri: vscode.Uri): void {
    const key = uri.toString();
    const prefix = key.endsWith('/') ? key : `${key}/`;
    const gone: vscode.Uri[] = [];
    for (const [k, list] of this.byUri) {
      if (k !== key && !k.startsWith(prefix)) continue;
      this.byUri.delete(k);
      const first = list[0];
      if (first) gone.push(first.uri);
    }
    if (gone.length > 0) this.changed.fire(gone);
  }

  forUri(uri: vscode.Uri): readonly WorkspaceFinding[] {
    return this.byUri.get(uri.toString()) ?? [];
  }

  all(): WorkspaceFinding[] {
    return [...this.byUri.values()].flat();
  }

  /** Every file's findings, without copying them into one array (the store may hold tens of thousands). */
  *files(except?: vscode.Uri): IterableIterator<readonly WorkspaceFinding[]> {
    const skip = except?.toString();
    for (const [key, list] of this.byUri) if (key !== skip) yield list;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
