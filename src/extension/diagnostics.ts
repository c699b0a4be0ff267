import * as vscode from 'vscode';
import type { Severity } from '../core/model';
import { TimeSlices } from '../core/scan/timeSlices';
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

/** Below this many files a change is published at once; above, in time slices. */
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

  /** Files waiting to be published, in order; `queued` keeps a file from being queued twice. */
  private queue: vscode.Uri[] = [];
  private next = 0;
  private readonly queued = new Set<string>();
  private draining = false;

  /**
   * A scan can touch thousands of files at once: publish in time slices between which the
   * extension host runs other work, instead of one long task. A file queued twice is published
   * once, with what the store holds when its turn comes.
   */
  private enqueue(uris: readonly vscode.Uri[]): void {
    if (uris.length <= BATCH && !this.draining) {
      for (const uri of uris) this.publish(uri);
      return;
    }
    for (const uri of uris) {
      const key = uri.toString();
      if (this.queued.has(key)) continue;
      this.queued.add(key);
      this.queue.push(uri);
    }
    if (!this.draining) {
      this.draining = true;
      setTimeout(() => this.drain(), 0);
    }
  }

  private drain(): void {
    const slice = new TimeSlices();
    while (this.next < this.queue.length && !slice.due()) {
      const uri = this.queue[this.next++] as vscode.Uri;
      this.queued.delete(uri.toString());
      this.publish(uri);
    }
    if (this.next < this.queue.length) {
      setTimeout(() => this.drain(), 0);
      return;
    }
    this.queue = [];
    this.next = 0;
    this.draining = false;
  }

  private publish(uri: vscode.Uri): void {
    const diagnostics: vscode.Diagnostic[] = [];
    for (const finding of this.store.forUri(uri)) {
      for (const verdict of activeVerdicts(finding)) {
        const cell = finding.site.cell !== undefined && uri.scheme !== 'vscode-notebook-cell' ? ` (cell ${finding.site.cell})` : '';
        const d = new vscode.Diagnostic(siteRangeInDocument(finding), `${verdict.message}${cell}`, TO_VS[verdict.severity]);
        d.source = DIAGNOSTIC_SOURCE;
        d.code = this.codeFor(verdict.ruleId);
        diagnostics.push(d);
      }
    }
    this.collection.set(uri, diagnostics);
  }

  /** One code object per rule, shared by its diagnostics: a scan publishes tens of thousands. */
  private readonly codes = new Map<string, { value: string; target: vscode.Uri }>();

  private codeFor(ruleId: string): { value: string; target: vscode.Uri } {
    let code = this.codes.get(ruleId);
    if (!code) this.codes.set(ruleId, (code = { value: ruleId, target: this.ruleDocsUri(ruleId) }));
    return code;
  }

  dispose(): void {
    this.queue = [];
    this.queued.clear();
    this.subscription.dispose();
    this.collection.dispose();
  }
}
