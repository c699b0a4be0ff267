import * as vscode from 'vscode';
import { renderReport } from './engine';
import type { Lens } from './lens';

export type ReportFormat = 'sarif' | 'json' | 'markdown';

const EXTENSION: Record<ReportFormat, string> = { sarif: 'sarif', json: 'json', markdown: 'md' };

/**
 * Writes the last scan as SARIF, JSON or a Markdown review report. Runs a scan first when there
 * is none. Arguments let scripts and tests skip the pickers.
 */
export async function exportReport(lens: Lens, format?: ReportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (!lens.parts.store.lastScan) await lens.runScan();
  const chosen =
    format ??
    (
      await vscode.window.showQuickPick(
        [
          { label: 'Markdown review report', description: 'the table a security review asks for', format: 'markdown' as const },
          { label: 'SARIF 2.1.0', description: 'code-scanning tools and CI', format: 'sarif' as const },
          { label: 'JSON', description: 'every call site, for scripts', format: 'json' as const },
        ],
        { placeHolder: 'Export the OpenAI Privacy Lens report as' },
      )
    )?.format;
  if (!chosen) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0];
  const uri =
    target ??
    (await vscode.window.showSaveDialog({
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder.uri, `openai-privacy-report.${EXTENSION[chosen]}`) } : {}),
      filters: { [chosen.toUpperCase()]: [EXTENSION[chosen]] },
    }));
  if (!uri) return undefined;
  const profile = await lens.parts.profiles.profileFor(folder?.uri);
  const text = renderReport(chosen, lens.parts.store.all(), profile, lens.parts.store.lastScan);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  lens.log.info(`report written: ${uri.toString()}`);
  if (!target) {
    void vscode.window.showInformationMessage(`OpenAI Privacy Lens report written to ${uri.path.split('/').pop() ?? uri.toString()}.`, 'Open').then((c) => {
      if (c) void vscode.window.showTextDocument(uri);
    });
  }
  return uri;
}
