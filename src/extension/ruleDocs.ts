import * as vscode from 'vscode';

/**
 * The rule's row in the bundled README (the generated rule table has one anchor per rule id).
 * vsce stores README.md as readme.md inside the .vsix, so the packaged extension links there.
 */
export function ruleDocsUri(extensionUri: vscode.Uri, ruleId: string, mode: vscode.ExtensionMode): vscode.Uri {
  const file = mode === vscode.ExtensionMode.Production ? 'readme.md' : 'README.md';
  return vscode.Uri.joinPath(extensionUri, file).with({ fragment: ruleId.toLowerCase() });
}
