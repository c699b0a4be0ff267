import * as vscode from 'vscode';
import { COMMAND, VIEW } from './commandIds';
import type { FindingsStore } from './findingsStore';
import { topActiveSeverity } from './findingsTree';

/** A status-bar summary of the last scan: counts by severity, click to open the findings view. */
export class ScanStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('openaiPrivacyLens.status', vscode.StatusBarAlignment.Left, 20);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: FindingsStore) {
    this.item.name = 'OpenAI Privacy Lens';
    // Counted in a task of its own: a scan's change event already carries the store's update.
    this.subscription = store.onDidChange(() => this.scheduleUpdate());
    this.update();
  }

  setScanning(done: number | undefined): void {
    if (done === undefined) return this.update();
    this.item.text = `$(sync~spin) OpenAI calls: scanning ${done}`;
    this.item.command = COMMAND.cancelScan;
    this.item.tooltip = 'Scanning the workspace — click to cancel';
    this.item.show();
  }

  text(): string {
    if (this.pendingUpdate !== undefined) {
      clearTimeout(this.pendingUpdate);
      this.pendingUpdate = undefined;
      this.update();
    }
    return this.item.text;
  }

  private pendingUpdate: ReturnType<typeof setTimeout> | undefined;

  private scheduleUpdate(): void {
    if (this.pendingUpdate !== undefined) return;
    this.pendingUpdate = setTimeout(() => {
      this.pendingUpdate = undefined;
      this.update();
    }, 0);
  }

  private update(): void {
    if (!this.store.lastScan && this.store.files().next().done) {
      this.item.hide();
      return;
    }
    let total = 0;
    let errors = 0;
    let warnings = 0;
    for (const list of this.store.files()) {
      total += list.length;
      for (const f of list) {
        const top = topActiveSeverity(f);
        if (top === 'error') errors++;
        else if (top === 'warning') warnings++;
      }
    }
    this.item.text = `$(shield) OpenAI calls: ${total} · $(error) ${errors} $(warning) ${warnings}`;
    this.item.tooltip = `${total} OpenAI API call sites; ${errors} with errors, ${warnings} with warnings under your profile. Click to open the findings.`;
    this.item.command = `${VIEW.findings}.focus`;
    this.item.show();
  }

  dispose(): void {
    if (this.pendingUpdate !== undefined) clearTimeout(this.pendingUpdate);
    this.subscription.dispose();
    this.item.dispose();
  }
}
