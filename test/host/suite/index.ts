import * as vscode from 'vscode';
import { HostSuite } from './harness';
import { defineLensTests } from './lens.tests';
import { defineScanTests } from './scan.tests';
import { defineScaleTests } from './scale.tests';
import { defineUntrustedTests } from './untrusted.tests';
import { installNetworkTripwires } from './networkTripwires';

/** extensionTestsPath entry: VS Code calls run() inside the extension host and exits with its result. */
export async function run(): Promise<void> {
  const host = process.env.PRIVACY_LENS_HOST === 'browser' ? 'web' : 'node';
  // The Node hosts also run two special suites, chosen by scripts/hosts/run-suite.mjs.
  const special = host === 'node' ? globalThis.process?.env?.PRIVACY_LENS_SUITE : undefined;
  const label = `host-${special ?? globalThis.process?.env?.PRIVACY_LENS_SUITE_LABEL ?? host}`;
  console.log(`[${label}] VS Code ${vscode.version}, uiKind ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}, remote ${vscode.env.remoteName ?? 'none'}`);
  const suite = new HostSuite(label);
  await workspaceOpened(label);
  // (the runner opens the suite again, once, when the workbench did not open the workspace: see run-node-host.mjs)
  if ((vscode.workspace.workspaceFolders?.length ?? 0) === 0) {
    // (what the workbench did open, for whoever finds out why: a workspace file with no folders, or none at all)
    console.log(`[${label}] [[workspace-not-opened]] no workspace folder after the wait (workspace file ${vscode.workspace.workspaceFile?.toString() ?? 'none'}, name ${vscode.workspace.name ?? 'none'}): no test run`);
    throw new Error('the workbench did not open the workspace');
  }
  if (special === 'untrusted' || special === 'scale') {
    (special === 'untrusted' ? defineUntrustedTests : defineScaleTests)(suite.test);
    await suite.run();
    return;
  }
  // In the web worker host the workspace file system itself is served over fetch (test-web's fs
  // provider runs in the same worker), so the tripwires are installed in the Node hosts only.
  const tripped = host === 'node' ? installNetworkTripwires((line) => console.log(line)) : [];
  if (host === 'node') suite.test('network entry points are patched to throw for the whole suite', async () => {
    if (!tripped.includes('fetch')) throw new Error(`fetch was not patched (${tripped.join(', ')})`);
    let threw = false;
    try {
      await (globalThis.fetch as unknown as () => Promise<unknown>)();
    } catch {
      threw = true;
    }
    if (!threw) throw new Error('a patched fetch did not throw');
  });
  if (label === 'host-vsix') {
    suite.test('the extension under test is the installed .vsix, not the source folder', async () => {
      const extension = vscode.extensions.getExtension('openai-privacy-lens.openai-privacy-lens');
      const where = extension?.extensionUri.path ?? '';
      console.log(`[${label}] extension loaded from ${where}`);
      if (!/\/extensions\/openai-privacy-lens\.openai-privacy-lens-/.test(where)) throw new Error(`loaded from ${where}`);
    });
  }
  defineLensTests(suite.test, suite.screenshot);
  defineScanTests(suite.test);
  await suite.run();
}

/**
 * Waits (up to 30 s) for the workbench to hand the extension host the workspace the runner opened: once in many runs a
 * multi-root workspace's folders never arrived, and every test that opens a fixture failed. Says how long it waited when it
 * had to.
 */
async function workspaceOpened(label: string): Promise<void> {
  if ((vscode.workspace.workspaceFolders?.length ?? 0) > 0) return;
  const started = Date.now();
  await new Promise<void>((resolve) => {
    const done = (): void => {
      clearInterval(poll);
      listener.dispose();
      resolve();
    };
    const listener = vscode.workspace.onDidChangeWorkspaceFolders(() => {
      if ((vscode.workspace.workspaceFolders?.length ?? 0) > 0) done();
    });
    const poll = setInterval(() => {
      if ((vscode.workspace.workspaceFolders?.length ?? 0) > 0 || Date.now() - started > 30_000) done();
    }, 100);
  });
  console.log(`[${label}] waited ${Date.now() - started} ms for the workspace's folders (${vscode.workspace.workspaceFolders?.length ?? 0} open)`);
}
