// Entry point for the Node extension host (package.json `main`).
import type * as vscode from 'vscode';
import { activateWith } from './activate';
import type { LensApi } from './lens';
import { nodeFileReader } from './nodeFileReader';

export function activate(context: vscode.ExtensionContext): LensApi {
  return activateWith(context, nodeFileReader);
}

export function deactivate(): void {}
