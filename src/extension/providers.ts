import * as vscode from 'vscode';
import { PrivacyCodeActions } from './codeActions';
import { CallSiteHoverProvider } from './hoverProvider';
import type { Lens } from './lens';
import type { LiveAnalysis } from './liveAnalysis';
import { EDITOR_FILE_EXTENSIONS, EDITOR_LANGUAGE_ALIASES, EDITOR_LANGUAGES } from './engine';

/**
 * Languages the detectors read, in every scheme (files, untitled, remote, notebook cells, virtual),
 * and files of those kinds the editor shows as plain text (no Kotlin, Vue or Svelte extension installed).
 */
export const ANALYZED_SELECTOR: vscode.DocumentSelector = [
  ...EDITOR_LANGUAGES.map((language) => ({ language })),
  // (and the ids other extensions give such files: a Hurl file is read as a `.http` file)
  ...[...EDITOR_LANGUAGE_ALIASES.keys()].map((language) => ({ language })),
  { language: 'plaintext', pattern: `**/*.{${EDITOR_FILE_EXTENSIONS.filter((e) => e !== 'ipynb').join(',')}}` },
];

export function registerProviders(lens: Lens, live: LiveAnalysis): vscode.Disposable[] {
  return [
    vscode.languages.registerHoverProvider(ANALYZED_SELECTOR, new CallSiteHoverProvider(lens, live)),
    vscode.languages.registerCodeActionsProvider(ANALYZED_SELECTOR, new PrivacyCodeActions(live), { providedCodeActionKinds: PrivacyCodeActions.kinds }),
  ];
}
