import * as vscode from 'vscode';
import type { Finding } from '../core/model';
import { CONTEXT_KEY } from './commandIds';
import type { DetailPanel } from './detailPanel';
import type { FindingsStore, ScanSummary } from './findingsStore';
import type { FindingsTreeProvider } from './findingsTree';
import type { PolicyTreeProvider } from './policyTree';
import type { ProfileService } from './profileService';
import type { ScanOutcome } from './workspaceScan';
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
}

/** What `activate()` returns: the scan for other extensions and scripts, plus read-outs the host tests use. */
export interface LensApi {
  scanWorkspace(options?: { silent?: boolean }): Promise<Finding[]>;
  readonly activationMs: number;
  readonly testing: {
    store: FindingsStore;
    findingsTree: FindingsTreeProvider;
    policyTree: PolicyTreeProvider;
    detail: DetailPanel;
    status: ScanStatusItem;
    profiles: ProfileService;
    lastScan(): ScanSummary | undefined;
    cancelScan(): void;
  };
}

/** Owns the services of one activation; commands and providers reach everything through it. */
export class Lens implements vscode.Disposable {
  activationMs = 0;
  private running: { cancel: vscode.CancellationTokenSource; done: Promise<ScanOutcome> } | undefined;

  constructor(readonly parts: LensParts) {}

  get log(): vscode.LogOutputChannel {
    return this.parts.log;
  }

  /**
   * Runs a workspace scan with a cancellable progress notification. A scan started while one
   * runs cancels the running one first, so the store always ends with the newest complete view.
   */
  runScan(options: { silent?: boolean } = {}): Promise<ScanOutcome> {
    // Registered synchronously, so a cancel or a second scan issued right after this call sees it.
    const previous = this.running;
    previous?.cancel.cancel();
    const cancel = new vscode.CancellationTokenSource();
    const done = (async (): Promise<ScanOutcome> => {
      await previous?.done.catch(() => undefined);
      await vscode.commands.executeCommand('setContext', CONTEXT_KEY.scanning, true);
      try {
        return await vscode.window.withProgress(
          { location: options.silent ? vscode.ProgressLocation.Window : vscode.ProgressLocation.Notification, title: 'OpenAI Privacy Lens: scanning', cancellable: true },
          (progress, token) => {
            token.onCancellationRequested(() => cancel.cancel());
            return scanWorkspace(this, progress, cancel.token);
          },
        );
      } finally {
        if (this.running?.cancel === cancel) {
          this.running = undefined;
          await vscode.commands.executeCommand('setContext', CONTEXT_KEY.scanning, false);
        }
        cancel.dispose();
      }
    })();
    this.running = { cancel, done };
    return done;
  }

  cancelScan(): void {
    this.running?.cancel.cancel();
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
        store: parts.store,
        findingsTree: parts.findingsTree,
        policyTree: parts.policyTree,
        detail: parts.detail,
        status: parts.status,
        profiles: parts.profiles,
        lastScan: () => parts.store.lastScan,
        cancelScan: () => this.cancelScan(),
      },
    };
  }

  dispose(): void {
    this.cancelScan();
  }
}
