import * as vscode from 'vscode';
import type { DetailPage } from '../core/present/detailHtml';
import { renderDetailHtml } from '../core/present/detailHtml';

/**
 * One reusable webview panel for policy detail pages. Scripts are off and the page carries a
 * strict CSP; every string in it is escaped by the core renderer.
 */
export class DetailPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The last rendered HTML, for tests and for re-rendering on theme changes. */
  lastHtml = '';
  lastTitle = '';

  show(page: DetailPage): void {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('openaiPrivacyLens.detail', page.title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: false,
        enableCommandUris: false,
        localResourceRoots: [],
        retainContextWhenHidden: false,
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    this.panel.title = page.title;
    this.lastTitle = page.title;
    this.lastHtml = renderDetailHtml(page, { cspSource: this.panel.webview.cspSource, nonce: createNonce() });
    this.panel.webview.html = this.lastHtml;
    this.panel.reveal(undefined, true);
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

function createNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
