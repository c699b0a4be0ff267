import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { DetailPanel } from './detailPanel';
import { DiagnosticsPublisher } from './diagnostics';
import { maxFileSizeFor } from './documentAnalysis';
import { ImportedModulesIndex } from './importedModules';
import { ProjectUpdates } from './projectUpdates';
import { ruleDocsUri } from './ruleDocs';
import { FindingsStore } from './findingsStore';
import { FindingsTreeProvider } from './findingsTree';
import { LiveAnalysis } from './liveAnalysis';
import { createLog } from './log';
import { PolicyTreeProvider } from './policyTree';
import { ProfileService } from './profileService';
import { registerProfileLanguageFeatures } from './profileLanguageFeatures';
import { registerProviders } from './providers';
import { ScanStatusItem } from './statusBar';
import type { LensApi } from './lens';
import { Lens } from './lens';
import { VIEW } from './commandIds';
import type { FileReader } from './fileReader';

/**
 * Shared by the Node and the web entry points (main.node.ts, main.browser.ts), which differ only in
 * how the scan reads files. Wires the thin VS Code layer to the core. Nothing here reads files or scans: views, providers
 * and commands are registered, and the work happens when the user (or an open document) asks.
 */
export function activateWith(context: vscode.ExtensionContext, reader: FileReader): LensApi {
  const started = performance.now();
  const log = createLog();
  try {
    const store = new FindingsStore();
    const profiles = new ProfileService(log);
    const findingsTree = new FindingsTreeProvider(store);
    const policyTree = new PolicyTreeProvider(store, profiles);
    const lens = new Lens({
      context,
      log,
      store,
      profiles,
      findingsTree,
      policyTree,
      detail: new DetailPanel(),
      status: new ScanStatusItem(store),
      reader,
      imports: new ImportedModulesIndex(reader, log, maxFileSizeFor),
      projectUpdates: new ProjectUpdates(store, reader, log, maxFileSizeFor),
    });
    const diagnostics = new DiagnosticsPublisher(store, (ruleId) => ruleDocsUri(context.extensionUri, ruleId, context.extensionMode));
    const live = new LiveAnalysis(lens);
    context.subscriptions.push(
      log,
      store,
      profiles,
      findingsTree,
      policyTree,
      lens,
      lens.parts.imports,
      lens.parts.projectUpdates,
      diagnostics,
      live,
      vscode.window.createTreeView(VIEW.policy, { treeDataProvider: policyTree, showCollapseAll: true }),
      vscode.window.createTreeView(VIEW.findings, { treeDataProvider: findingsTree, showCollapseAll: true }),
      ...registerCommands(lens, live),
      ...registerProviders(lens, live),
      ...registerProfileLanguageFeatures(profiles),
    );
    // Findings must not outlive their files: deletions on disk (git checkout, a shell, the
    // explorer) remove them, also while or after a scan that read the file.
    const deletions = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
    // Events can arrive late: a file deleted and written again must keep its findings.
    const onDeleted = async (uri: vscode.Uri): Promise<void> => {
      if (!(await reader.exists(uri))) store.removeDeleted(uri);
    };
    context.subscriptions.push(deletions, deletions.onDidDelete((uri) => void onDeleted(uri)));
    live.start();
    lens.parts.projectUpdates.afterScan(lens);
    lens.activationMs = performance.now() - started;
    log.info(`activated in ${lens.activationMs.toFixed(1)} ms`);
    return lens.api();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.error(`activation failed: ${message}`);
    void vscode.window.showErrorMessage(`OpenAI Privacy Lens failed to start: ${message}`);
    throw error;
  }
}
