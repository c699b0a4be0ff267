import * as vscode from 'vscode';
import type { Finding } from '../core/model';
import { CONTEXT_KEY } from './commandIds';
import type { DetailPanel } from './detailPanel';
import type { FileReader } from './fileReader';
import type { ImportedModulesIndex } from './importedModules';
import type { FindingsStore, ScanSummary } from './findingsStore';
import type { FindingsTreeProvider } from './findingsTree';
import type { PolicyTreeProvider } from './policyTree';
import type { ProfileService } from './profileService';
import type { ProjectUpdates } from './projectUpdates';
import type { ScanOutcome, ScanProgress } from './workspaceScan';
import { scanWorkspace } from './workspaceScan';
import type { ScanStatusItem } from './statusBar';

export interface LensParts {
  context: vscode.ExtensionContext;
  log: vscode.LogOutputChannel;
  store: FindingsStore;
  profiles: ProfileService;
  findingsTree: FindingsTreeProvider;
  policyTree: PolicyTreeProvider;
  detail: DetailPanel;
  status: ScanStatusItem;
  reader: FileReader;
  /** Before any scan: the modules an open file imports, so its analysis can follow them. */
  imports: ImportedModulesIndex;
  /** After a scan: its project index kept in step with the files saved, created, renamed and deleted. */
  projectUpdates: ProjectUpdates;
}

/** What `activate()` returns: the scan for other extensions and scripts, plus read-outs the host tests use. */
export interface LensApi {
  scanWorkspace(options?: { silent?: boolean }): Promise<Finding[]>;
  readonly activationMs: number;
  readonly testing: {
    /** The whole outcome of a scan (summary included), as `scanWorkspace` runs it. */
    runScan(options?: { silent?: boolean }): Promise<ScanOutcome>;
    /** Fires as a running scan reads files (after each file, or every 100 files or 50 ms from the scan thread) and at each later step. */
    onScanProgress: vscode.Event<ScanProgress>;
    store: FindingsStore;
    findingsTree: FindingsTreeProvider;
    policyTree: PolicyTreeProvider;
    detail: DetailPanel;
    status: ScanStatusItem;
    profiles: ProfileService;
    lastScan(): ScanSummary | undefined;
    cancelScan(): void;
    isScanning(): boolean;
  };
}

const RESCAN_DELAY_MS = 150;

interface RunningScan {
  cancel: vscode.CancellationTokenSource;
  options: { silent?: boolean };
  /** This scan's own outcome. */
  settled: Promise<ScanOutcome>;
  /** What callers get: this scan's outcome, or the outcome of the scan that replaced it. */
  done: Promise<ScanOutcome>;
  /** Set when a newer scan replaced this one: callers of this scan get the newer scan's outcome. */
  supersededBy?: Promise<ScanOutcome>;
}

/** Owns the services of one activation; commands and providers reach everything through it. */
export class Lens implements vscode.Disposable {
  activationMs = 0;
  private running: RunningScan | undefined;
  private readonly progressEmitter = new vscode.EventEmitter<ScanProgress>();
  readonly onScanProgress = this.progressEmitter.event;
  private readonly finishedEmitter = new vscode.EventEmitter<ScanOutcome>();
  /** Fires after a complete scan replaced the store, before its caller hears of it. */
  readonly onDidFinishScan = this.finishedEmitter.event;
  private readonly finishedListeners: Array<(outcome: ScanOutcome) => Promise<void>> = [];
  private readonly subscriptions: vscode.Disposable[];
  private rescanTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly parts: LensParts) {
    // Findings judged under an old profile or old excludes would be wrong: a change restarts a
    // running scan, or rescans when there are results to refresh. Bursts (a save fires the file
    // watcher and the save event) collapse into one rescan.
    this.subscriptions = [
      parts.profiles.onDidChange(() => {
        if (!this.running && !parts.store.lastScan) return;
        if (this.rescanTimer !== undefined) clearTimeout(this.rescanTimer);
        this.rescanTimer = setTimeout(() => {
          this.rescanTimer = undefined;
          this.log.info(`the profile or settings changed${this.running ? ' during the scan: starting it again' : ': rescanning'}`);
          void this.runScan({ silent: true, ...this.running?.options });
        }, RESCAN_DELAY_MS);
      }),
    ];
  }

  get log(): vscode.LogOutputChannel {
    return this.parts.log;
  }

  /** Work that must finish before a completed scan's caller resumes (e.g. re-reading edited documents). */
  afterEachScan(listener: (outcome: ScanOutcome) => Promise<void>): void {
    this.finishedListeners.push(listener);
  }

  reportProgress(progress: ScanProgress): void {
    this.progressEmitter.fire(progress);
  }

  /**
   * Runs a workspace scan with a cancellable progress notification. A scan started while one
   * runs replaces it: the running one is cancelled and its callers get the newer scan's outcome,
   * so the store and every caller end with the newest complete view. An explicit cancel keeps
   * the previous results and returns the cancelled outcome.
   */
  runScan(options: { silent?: boolean } = {}): Promise<ScanOutcome> {
    // Registered synchronously, so a cancel or a second scan issued right after this call sees it.
    const previous = this.running;
    const cancel = new vscode.CancellationTokenSource();
    const entry = { cancel, options } as RunningScan;
    entry.settled = (async (): Promise<ScanOutcome> => {
      await previous?.settled.catch(() => undefined);
      // Context keys are fire-and-forget: a round trip to the workbench must not delay the scan
      // or its caller (a cancelled scan returns as soon as it stops).
      void vscode.commands.executeCommand('setContext', CONTEXT_KEY.scanning, true);
      try {
        const outcome = await vscode.window.withProgress(
          { location: options.silent ? vscode.ProgressLocation.Window : vscode.ProgressLocation.Notification, title: 'OpenAI Privacy Lens: scanning', cancellable: true },
          (progress, token) => {
            token.onCancellationRequested(() => cancel.cancel());
            return scanWorkspace(this, progress, cancel.token);
          },
        );
        if (!outcome.summary.cancelled) {
          for (const listener of this.finishedListeners) await listener(outcome).catch((error: unknown) => this.log.error(`after the scan: ${String(error)}`));
          this.finishedEmitter.fire(outcome);
        }
        return outcome;
      } finally {
        if (this.running === entry) {
          this.running = undefined;
          void vscode.commands.executeCommand('setContext', CONTEXT_KEY.scanning, false);
        }
        cancel.dispose();
      }
    })();
    entry.done = entry.settled.then((outcome) => (outcome.summary.cancelled && entry.supersededBy ? entry.supersededBy : outcome));
    if (previous) {
      previous.supersededBy = entry.done;
      previous.cancel.cancel();
    }
    this.running = entry;
    return entry.done;
  }

  cancelScan(): void {
    const running = this.running;
    if (!running) return;
    running.supersededBy = undefined;
    running.cancel.cancel();
  }

  api(): LensApi {
    const parts = this.parts;
    const activationMs = (): number => this.activationMs;
    return {
      scanWorkspace: async (options) => (await this.runScan(options)).findings,
      get activationMs() {
        return activationMs();
      },
      testing: {
        runScan: (options) => this.runScan(options),
        onScanProgress: this.onScanProgress,
        store: parts.store,
        findingsTree: parts.findingsTree,
        policyTree: parts.policyTree,
        detail: parts.detail,
        status: parts.status,
        profiles: parts.profiles,
        lastScan: () => parts.store.lastScan,
        cancelScan: () => this.cancelScan(),
        isScanning: () => this.running !== undefined || this.rescanTimer !== undefined,
      },
    };
  }

  dispose(): void {
    if (this.rescanTimer !== undefined) clearTimeout(this.rescanTimer);
    this.cancelScan();
    for (const s of this.subscriptions) s.dispose();
    this.progressEmitter.dispose();
    this.finishedEmitter.dispose();
  }
}
