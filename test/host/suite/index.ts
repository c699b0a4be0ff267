import * as vscode from 'vscode';
import { HostSuite } from './harness';
import { defineLensTests } from './lens.tests';

/** extensionTestsPath entry: VS Code calls run() inside the extension host and exits with its result. */
export async function run(): Promise<void> {
  const host = process.env.PRIVACY_LENS_HOST === 'browser' ? 'web' : 'node';
  const label = `host-${globalThis.process?.env?.PRIVACY_LENS_SUITE_LABEL ?? host}`;
  console.log(`[${label}] VS Code ${vscode.version}, uiKind ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}, remote ${vscode.env.remoteName ?? 'none'}`);
  const suite = new HostSuite(label);
  defineLensTests(suite.test, suite.screenshot);
  await suite.run();
}
