import * as vscode from 'vscode';
import type { WorkspaceFinding } from './findingsStore';
import type { Lens } from './lens';
import { analyzeDocument, analyzeSource, isAnalyzableDocument, maxFileSizeFor } from './documentAnalysis';

/** Text a workspace scan cannot see: unsaved edits, untitled files, notebook cells, files outside every folder. */
function textNotOnDisk(d: vscode.TextDocument): boolean {
  return d.isDirty || d.isUntitled || d.uri.scheme === 'vscode-notebook-cell' || vscode.workspace.getWorkspaceFolder(d.uri) === undefined;
}

/**
 * Re-analyses open documents as the user types (debounced) and on save, without a rescan,
 * and replaces that document's findings in the store.
 */
export class LiveAnalysis implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly analysed = new Map<string, { version: number; findings: WorkspaceFinding[] }>();
  /** Analyses under way, so a hover and the typing debounce never analyse the same version twice. */
  private readonly inFlight = new Map<string, { version: number; done: Promise<WorkspaceFinding[]> }>();
  /** Documents whose findings in the store come from text that is not on disk (unsaved, untitled, cells). */
  private readonly unsavedInStore = new Set<string>();

  constructor(private readonly lens: Lens) {}

  start(): void {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        const config = vscode.workspace.getConfiguration('openaiPrivacyLens', e.document.uri);
        if (!config.get<boolean>('analyzeWhileTyping', true)) return;
        this.schedule(e.document, config.get<number>('typingDelay', 300));
      }),
      vscode.workspace.onDidSaveTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.cancel(d.uri);
        this.analysed.delete(d.uri.toString());
        // Closed without saving (or reverted just before): the store must not keep findings for
        // text that no longer exists anywhere.
        if (this.unsavedInStore.delete(d.uri.toString())) void this.fallBackToDisk(d);
      }),
      this.lens.parts.profiles.onDidChange(() => this.analyseShownAgain()),
      // another file's saved text may change what a call here reaches (its client, a URL constant)
      this.lens.parts.projectUpdates.onDidChange(() => this.analyseShownAgain()),
    );
    // An index of a document's imports that arrived after its analysis stopped waiting: analyse again.
    this.disposables.push(
      this.lens.parts.imports.onDidIndexLate((uri) => {
        const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (!document) return;
        this.analysed.delete(uri.toString());
        this.schedule(document, 0);
      }),
    );
    // The scan replaced the store with what the files on disk hold. Documents whose text is not
    // on disk (unsaved edits, untitled files, notebook cells) or outside every workspace folder
    // are analysed again before the scan's caller sees the store; saved files keep the scan's view.
    this.lens.afterEachScan(async () => {
      // every earlier analysis ran without this scan's project index: the next hover analyses again
      this.analysed.clear();
      for (const d of vscode.workspace.textDocuments) {
        if (!isAnalyzableDocument(d) || d.isClosed || !textNotOnDisk(d)) continue;
        await this.analyzeNow(d);
      }
    });
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  /**
   * Every earlier analysis is out of date: the documents the user is looking at or has not saved are analysed again. A
   * document VS Code merely keeps loaded (a closed tab, a file another extension read) is the scan's business.
   */
  private analyseShownAgain(): void {
    this.analysed.clear();
    const visible = new Set(vscode.window.visibleTextEditors.map((e) => e.document.uri.toString()));
    for (const d of vscode.workspace.textDocuments) {
      if (visible.has(d.uri.toString()) || textNotOnDisk(d)) this.schedule(d, 0);
    }
  }

  /** The document's findings for its current version, analysing it first when needed. */
  async findingsFor(document: vscode.TextDocument): Promise<WorkspaceFinding[]> {
    const cached = this.analysed.get(document.uri.toString());
    if (cached && cached.version === document.version) return cached.findings;
    return this.analyzeNow(document);
  }

  /** Analyses one document now and stores its findings; returns them (host tests call this through the store). */
  analyzeNow(document: vscode.TextDocument): Promise<WorkspaceFinding[]> {
    const key = document.uri.toString();
    const version = document.version;
    const running = this.inFlight.get(key);
    if (running && running.version === version) return running.done;
    const done = analyzeDocument(this.lens, document)
      .then((findings) => {
        // The document may have changed (or been reverted, or closed) while this ran: findings for
        // a version that no longer exists never reach the store; the change schedules a new run.
        const current = this.analysed.get(key);
        if (!document.isClosed && document.version === version && (!current || current.version <= version)) {
          this.analysed.set(key, { version, findings });
          if (textNotOnDisk(document)) this.unsavedInStore.add(key);
          else this.unsavedInStore.delete(key);
          this.lens.parts.store.replaceDocument(document.uri, findings);
        }
        return findings;
      })
      .finally(() => {
        if (this.inFlight.get(key)?.done === done) this.inFlight.delete(key);
      });
    this.inFlight.set(key, { version, done });
    return done;
  }

  /**
   * A document whose unsaved text was in the store has closed: its findings become those of the
   * file's saved text, or none when there is no file (untitled, notebook cell, deleted).
   */
  private async fallBackToDisk(document: vscode.TextDocument): Promise<void> {
    const { uri } = document;
    const store = this.lens.parts.store;
    const inFolder = vscode.workspace.getWorkspaceFolder(uri) !== undefined;
    if (document.isUntitled || uri.scheme === 'vscode-notebook-cell' || !inFolder) {
      store.removeDocument(uri);
      return;
    }
    const outcome = await this.lens.parts.reader.read(uri, maxFileSizeFor(uri));
    const findings = 'bytes' in outcome ? await analyzeSource(this.lens, uri, document.languageId, { text: new TextDecoder().decode(outcome.bytes), prefixLines: 0 }) : [];
    // Reopened meanwhile: the editor's analysis owns the store entry again.
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && !d.isClosed)) return;
    if (!('bytes' in outcome)) this.lens.log.info(`${uri.toString()} closed without saving; its saved file is gone or unreadable (${outcome.skipped}), so its findings are removed`);
    store.replaceDocument(uri, findings);
  }

  private schedule(document: vscode.TextDocument, delayMs: number): void {
    if (!isAnalyzableDocument(document)) return;
    this.cancel(document.uri);
    const key = document.uri.toString();
    const version = document.version;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (document.isClosed || document.version !== version || this.analysed.get(key)?.version === version) return;
        this.analyzeNow(document).catch((error: unknown) => this.lens.log.error(`analysis of ${document.uri.toString()} failed: ${String(error)}`));
      }, delayMs),
    );
  }

  private cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
