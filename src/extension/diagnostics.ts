import * as vscode from 'vscode';
import type { Severity } from '../core/model';
import type { FindingsStore } from './findingsStore';
import { activeVerdicts } from './findingsTree';
import { siteRangeInDocument } from './positions';

const TO_VS: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'OpenAI Privacy Lens';

/** Files published per task. */
const BATCH = 100;

/** Mirrors the findings store into the Problems panel; rule ids link to their documentation. */
export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('openai-privacy-lens');
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly store: FindingsStore,
    private readonly ruleDocsUri: (ruleId: string) => vscode.Uri,
  ) {
    this.subscription = store.onDidChange((uris) => this.enqueue(uris));
  }

  private readonly pending = new Map<string, vscode.Uri>();
  private draining = false;

  /**
   * A scan can touch thousands of files at once: publish in batches between which the extension
   * host runs other work, instead of one long task. A file queued twice is published once, with
   * what the store holds when its turn comes.
   */
  private enqueue(uris: readonly vscode.Uri[]): void {
    if (uris.length <= BATCH && this.pending.size === 0) {
      for (const uri of uris) this.publish(uri);
      return;
    }
    for (const uri of uris) this.pending.set(uri.toString(), uri);
    if (!this.draining) {
      this.draining = true;
      setTimeout(() => this.drain(), 0);
    }
  }

  private drain(): void {
    let n = 0;
    for (const [key, uri] of this.pending) {
      this.pending.delete(key);
      this.publish(uri);
      if (++n >= BATCH) break;
    }
    if (this.pending.size > 0) setTimeout(() => this.drain(), 0);
    else this.draining = false;
  }

  private publish(uri: vscode.Uri): void {
    const diagnostics: vscode.Diagnostic[] = [];
    for (const finding of this.store.forUri(uri)) {
      for (const verdict of activeVerdicts(finding)) {
        const cell = finding.site.cell !== undefined && uri.scheme !== 'vscode-notebook-cell' ? ` (cell ${finding.site.cell})` : '';
        const d = new vscode.Diagnostic(siteRangeInDocument(finding), `${verdict.message}${cell}`, TO_VS[verdict.severity]);
        d.source = DIAGNOSTIC_SOURCE;
        d.code = { value: verdict.ruleId, target: this.ruleDocsUri(verdict.ruleId) };
        diagnostics.push(d);
      }
    }
    this.collection.set(uri, diagnostics);
  }

  dispose(): void {
    this.pending.clear();
    this.subscription.dispose();
    this.collection.dispose();
  }
}
