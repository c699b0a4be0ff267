import * as vscode from 'vscode';

/** The extension's one output channel; every skipped file, bad profile and failure is written here. */
export function createLog(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel('OpenAI Privacy Lens', { log: true });
}
