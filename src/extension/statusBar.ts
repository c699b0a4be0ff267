import * as vscode from 'vscode';
import { COMMAND, VIEW } from './commandIds';
import type { FindingsStore } from './findingsStore';
import { activeVerdicts } from './findingsTree';

/** A status-bar summary of the last scan: counts by severity, click to open the findings view. */
export class ScanStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('openaiPrivacyLens.status', vscode.StatusBarAlignment.Left, 20);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: FindingsStore) {
    this.item.name = 'OpenAI Privacy Lens';
    this.subscription = store.onDidChange(() => this.update());
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
    return this.item.text;
  }

  private update(): void {
    const findings = this.store.all();
    if (!this.store.lastScan && findings.length === 0) {
      this.item.hide();
      return;
    }
    let errors = 0;
    let warnings = 0;
    for (const f of findings) {
      const active = activeVerdicts(f);
      if (active.some((v) => v.severity === 'error')) errors++;
      else if (active.some((v) => v.severity === 'warning')) warnings++;
    }
    this.item.text = `$(shield) OpenAI calls: ${findings.length} · $(error) ${errors} $(warning) ${warnings}`;
    this.item.tooltip = `${findings.length} OpenAI API call sites; ${errors} with errors, ${warnings} with warnings under your profile. Click to open the findings.`;
    this.item.command = `${VIEW.findings}.focus`;
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
