import * as vscode from 'vscode';

/** The rule's section of the bundled README (the generated rule table has one anchor per rule id). */
export function ruleDocsUri(extensionUri: vscode.Uri, ruleId: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'README.md').with({ fragment: ruleId.toLowerCase() });
}
