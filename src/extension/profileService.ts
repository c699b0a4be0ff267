import * as vscode from 'vscode';
import type { OrgProfile } from '../core/model';
import { DEFAULT_PROFILE } from '../core/model';
import { mergeProfiles, parseProfile, profileFromSettings } from './engine';
import { toVsRange } from './positions';

export const PROFILE_FILE_NAME = '.openai-privacy.yaml';

interface LoadedProfile {
  profile: OrgProfile;
  fileUri: vscode.Uri | undefined;
  problemCount: number;
}

/**
 * The team's agreements per workspace folder: `.openai-privacy.yaml` merged over settings.
 * Problems in the file become diagnostics in the file itself; broken keys fall back to defaults.
 * In an untrusted workspace neither the file nor workspace settings apply, and no suppression does,
 * so a repository can neither describe its own agreements nor hide its own findings.
 */
export class ProfileService implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<LoadedProfile>>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('openai-privacy-profile');
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly warned = new Set<string>();

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${PROFILE_FILE_NAME}`);
    const invalidate = (): void => this.invalidate();
    this.disposables.push(
      watcher,
      watcher.onDidChange(invalidate),
      watcher.onDidCreate(invalidate),
      watcher.onDidDelete(invalidate),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('openaiPrivacyLens')) invalidate();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(invalidate),
      vscode.workspace.onDidGrantWorkspaceTrust(invalidate),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (isProfileDocument(e.document)) this.validateDocument(e.document);
      }),
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (isProfileDocument(d)) this.validateDocument(d);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (isProfileDocument(d)) invalidate();
      }),
    );
  }

  /** The profile that governs `uri` (its workspace folder's, or settings alone outside any folder). */
  async profileFor(uri: vscode.Uri | undefined): Promise<OrgProfile> {
    return (await this.load(uri ? vscode.workspace.getWorkspaceFolder(uri) : vscode.workspace.workspaceFolders?.[0])).profile;
  }

  invalidate(): void {
    this.cache.clear();
    this.changed.fire();
  }

  /** Validates an open profile document as it is typed, before it is saved. */
  validateDocument(document: vscode.TextDocument): void {
    const { problems } = parseProfile(document.getText());
    this.diagnostics.set(document.uri, problems.map(toDiagnostic));
  }

  private load(folder: vscode.WorkspaceFolder | undefined): Promise<LoadedProfile> {
    const key = folder?.uri.toString() ?? '';
    let pending = this.cache.get(key);
    if (!pending) {
      pending = this.read(folder);
      this.cache.set(key, pending);
    }
    return pending;
  }

  private async read(folder: vscode.WorkspaceFolder | undefined): Promise<LoadedProfile> {
    const settings = profileFromSettings(readSettings(folder));
    const untrusted = !vscode.workspace.isTrusted ? { suppressions: [], applySuppressions: false } : {};
    if (!folder) return { profile: { ...mergeProfiles(undefined, settings), ...untrusted }, fileUri: undefined, problemCount: 0 };
    const fileUri = vscode.Uri.joinPath(folder.uri, PROFILE_FILE_NAME);
    let text: string;
    try {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === fileUri.toString());
      text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri));
    } catch {
      this.diagnostics.delete(fileUri);
      return { profile: { ...mergeProfiles(undefined, settings), ...untrusted }, fileUri: undefined, problemCount: 0 };
    }
    const { declared: profile, problems } = parseProfile(text);
    this.diagnostics.set(fileUri, problems.map(toDiagnostic));
    const errors = problems.filter((p) => p.severity === 'error').length;
    if (errors > 0) {
      this.log.warn(`${fileUri.fsPath || fileUri.path}: ${errors} problem(s); using defaults for the broken keys`);
      for (const p of problems) this.log.warn(`  line ${p.range.start.line + 1}: ${p.message}`);
      this.warnOnce(fileUri, errors);
    }
    if (!vscode.workspace.isTrusted) {
      // A repository must not be able to describe its own agreements or hide its own findings: in
      // restricted mode only the user's settings count, and no suppression (file or inline) applies.
      this.log.info(`${PROFILE_FILE_NAME} is not applied (${profile.suppressions?.length ?? 0} suppression(s), agreements) and inline suppressions are ignored: the workspace is not trusted`);
      return { profile: { ...mergeProfiles(undefined, settings), suppressions: [], applySuppressions: false }, fileUri, problemCount: problems.length };
    }
    return { profile: mergeProfiles(profile, settings), fileUri, problemCount: problems.length };
  }

  private warnOnce(fileUri: vscode.Uri, errors: number): void {
    const key = fileUri.toString();
    if (this.warned.has(key)) return;
    this.warned.add(key);
    void vscode.window
      .showWarningMessage(`${PROFILE_FILE_NAME} has ${errors} problem(s). OpenAI Privacy Lens uses defaults for the broken keys until they are fixed.`, 'Show Problems')
      .then((choice) => {
        if (choice) void vscode.window.showTextDocument(fileUri);
      });
  }

  dispose(): void {
    this.diagnostics.dispose();
    this.changed.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function readSettings(folder: vscode.WorkspaceFolder | undefined): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('openaiPrivacyLens', folder);
  const out: Record<string, unknown> = {};
  for (const key of ['retention', 'baaSigned', 'dataResidency', 'providers'] as const) {
    const inspected = config.inspect(key);
    // Only values someone set count: defaults must not override the file. In an untrusted
    // workspace only the user's own (global) value counts.
    const value = vscode.workspace.isTrusted ? (inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue) : inspected?.globalValue;
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function toDiagnostic(problem: ReturnType<typeof parseProfile>['problems'][number]): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toVsRange(problem.range), problem.message, problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  d.source = 'OpenAI Privacy Lens';
  return d;
}

export function isProfileDocument(document: vscode.TextDocument): boolean {
  return document.uri.path.endsWith(`/${PROFILE_FILE_NAME}`);
}

export { DEFAULT_PROFILE };
