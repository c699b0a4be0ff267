// Entry point for the web worker extension host (package.json `browser`): files only through workspace.fs.
import type * as vscode from 'vscode';
import { activateWith } from './activate';
import { workspaceFsReader } from './fileReader';
import type { LensApi } from './lens';

export function activate(context: vscode.ExtensionContext): LensApi {
  return activateWith(context, workspaceFsReader);
}

export function deactivate(): void {}
