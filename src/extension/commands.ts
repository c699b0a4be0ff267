import * as vscode from 'vscode';
import type { CommandId, DetailTarget } from './commandIds';
import { COMMAND } from './commandIds';
import { commentPrefix, commentSuffix } from './codeActions';
import { analyzedLanguageOf } from './documentAnalysis';
import { detailPageFor } from './engine';
import { exportReport } from './exportReport';
import type { ReportFormat } from './exportReport';
import type { GroupBy } from './findingsTree';
import type { Lens } from './lens';
import type { LiveAnalysis } from './liveAnalysis';
import { PROFILE_FILE_NAME } from './profileService';

type Handler = (...args: never[]) => unknown;

/** The command table: one typed entry per id in COMMAND, so a missing handler is a type error. */
function commandTable(lens: Lens, live: LiveAnalysis): Record<CommandId, Handler> {
  const { findingsTree } = lens.parts;
  return {
    [COMMAND.scanWorkspace]: async () => (await lens.runScan()).findings,
    [COMMAND.cancelScan]: () => lens.cancelScan(),
    [COMMAND.exportReport]: (format?: ReportFormat, target?: vscode.Uri) => exportReport(lens, format, target),
    [COMMAND.showPolicyTable]: () => openDetail(lens, { kind: 'table', id: 'endpoints' }),
    [COMMAND.openDetail]: (target?: DetailTarget) => openDetail(lens, target),
    [COMMAND.openRuleDocs]: (ruleId?: string) => openDetail(lens, { kind: 'rule', id: String(ruleId ?? '') }),
    [COMMAND.insertSuppression]: (uri?: vscode.Uri, line?: number, ruleId?: string, reason?: string) => insertSuppression(live, uri, line, ruleId, reason),
    [COMMAND.createProfile]: () => createProfile(),
    [COMMAND.groupFindingsBy]: async (groupBy?: GroupBy) => {
      const choice =
        groupBy ??
        ((await vscode.window.showQuickPick(['severity', 'rule', 'endpoint', 'file'], { placeHolder: `Group findings by (now: ${findingsTree.getGroupBy()})` })) as GroupBy | undefined);
      if (choice) findingsTree.setGroupBy(choice);
    },
    [COMMAND.filterFindings]: async (text?: string) => {
      const value = text ?? (await vscode.window.showInputBox({ prompt: 'Show findings whose file, endpoint, rule or message contains', value: findingsTree.getFilter() }));
      if (value !== undefined) findingsTree.setFilter(value);
    },
    [COMMAND.clearFindingsFilter]: () => findingsTree.setFilter(''),
    [COMMAND.showOutput]: () => lens.log.show(),
  };
  function openDetail(l: Lens, target: DetailTarget | undefined): boolean {
    if (!target) return false;
    const page = detailPageFor(target);
    if (!page) {
      void vscode.window.showWarningMessage(`OpenAI Privacy Lens has no detail page for ${target.kind} "${target.id}".`);
      return false;
    }
    l.parts.detail.show(page);
    return true;
  }
}

export function registerCommands(lens: Lens, live: LiveAnalysis): vscode.Disposable[] {
  return Object.entries(commandTable(lens, live)).map(([id, handler]) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await (handler as (...a: unknown[]) => unknown)(...args);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        lens.log.error(`${id} failed: ${message}`);
        void vscode.window.showErrorMessage(`OpenAI Privacy Lens: ${message}`);
        return undefined;
      }
    }),
  );
}

/** Inserts `openai-privacy-ignore <rule>: <reason>` on the line above the call, asking for the reason. */
async function insertSuppression(live: LiveAnalysis, uri: vscode.Uri | undefined, line: number | undefined, ruleId: string | undefined, reason: string | undefined): Promise<boolean> {
  if (!uri || line === undefined || !ruleId) return false;
  const document = await vscode.workspace.openTextDocument(uri);
  const why =
    reason ??
    (await vscode.window.showInputBox({
      prompt: `Why is ${ruleId} acceptable here? Reviewers read this reason.`,
      placeHolder: 'e.g. files are deleted by the nightly cleanup job',
      validateInput: (v) => (v.trim().length < 3 ? 'A suppression needs a reason.' : undefined),
    }));
  if (!why || why.trim().length === 0) return false;
  const target = document.lineAt(line);
  const indent = target.text.slice(0, target.firstNonWhitespaceCharacterIndex);
  const edit = new vscode.WorkspaceEdit();
  const language = analyzedLanguageOf(document.languageId, document.uri) ?? document.languageId;
  edit.insert(uri, target.range.start, `${indent}${commentPrefix(language)} openai-privacy-ignore ${ruleId}: ${why.trim().replace(/\s+/g, ' ')}${commentSuffix(language)}\n`);
  const applied = await vscode.workspace.applyEdit(edit);
  if (applied) await live.analyzeNow(document);
  return applied;
}

const PROFILE_TEMPLATE = `# OpenAI Privacy Lens team profile: what your organization has agreed with OpenAI.
# Verdicts in hovers, the scan and the CLI follow these values.
retention: default            # default | modified-abuse-monitoring | zero-data-retention
baa: false                    # a Business Associate Agreement is signed with OpenAI
# data_residency: eu          # OpenAI data-residency region of your project, if any
providers: [openai]           # providers you have agreements with: openai, azure
policy_reviewed: ${new Date().toISOString().slice(0, 10)}    # the policy as-of date your team reviewed
suppressions: []
#  - path: "scripts/**"
#    rule: OPL003
#    reason: "test data only, deleted nightly"
#    author: "alice@example.com"
#    expires: 2027-06-30
`;

async function createProfile(): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showInformationMessage('Open a folder first: the team profile lives at its root.');
    return undefined;
  }
  const uri = vscode.Uri.joinPath(folder.uri, PROFILE_FILE_NAME);
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(PROFILE_TEMPLATE));
  }
  await vscode.window.showTextDocument(uri);
  return uri;
}
