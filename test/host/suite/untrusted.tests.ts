import * as assert from './assert';
import * as vscode from 'vscode';
import { hoverText, lensApi, openFixture, ourDiagnostics, positionOf, waitFor, workspaceUri } from './lensHelpers';

type Define = (name: string, fn: () => Promise<void>, timeoutMs?: number) => void;

/**
 * Restricted Mode: the same fixture workspace, opened without trust. The extension must still
 * explain and scan, and the repository's own profile and suppressions must change nothing.
 */
export function defineUntrustedTests(test: Define): void {
  test('the workspace is really untrusted and the extension is active', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, false, 'Restricted Mode');
    const api = await lensApi();
    assert.ok(api.activationMs > 0);
  });

  test('hovers still explain the policy', async () => {
    const doc = await openFixture('app/assistant.py');
    const text = await hoverText(doc, positionOf(doc, 'client.files.create', 'client.files.'.length));
    assert.match(text, /POST \/v1\/files/);
    assert.match(text, /Until deleted/i);
  });

  test('the scan runs read-only and finds every call site', async () => {
    const api = await lensApi();
    const findings = await api.scanWorkspace({ silent: true });
    const endpoints = findings.filter((f) => f.file === 'app/assistant.py').map((f) => f.site.endpoint).sort();
    assert.deepStrictEqual(endpoints, ['/v1/embeddings', '/v1/files', '/v1/responses']);
    // the twenty-seven fixture sources and YAML files (scripts/summarize.ps1, scripts/usage_report.sas, mobile/, support-api/, a
    // workflow, a Razor page and a C++ program among them)
    assert.strictEqual(api.testing.lastScan()?.filesScanned, 27);
    assert.deepStrictEqual(findings.filter((f) => f.file === '.github/workflows/nightly-digest.yml').map((f) => f.site.endpoint), ['/v1/chat/completions']);
  });

  test("the repository's .openai-privacy.yaml does not describe the agreements", async () => {
    const api = await lensApi();
    const profile = await api.testing.profiles.profileFor(workspaceUri('app/assistant.py'));
    assert.strictEqual(profile.retention, 'default', 'the file says zero-data-retention; only user settings count');
    assert.deepStrictEqual(profile.suppressions, []);
  });

  test('no suppression hides a finding: the file entry and inline comments are ignored', async () => {
    const api = await lensApi();
    await api.scanWorkspace({ silent: true });
    const upload = workspaceUri('scripts/upload.sh');
    assert.ok(api.testing.store.forUri(upload).every((f) => f.verdicts.every((v) => v.suppression === undefined)), 'the profile suppression is not applied');
    await waitFor('a diagnostic on upload.sh', () => (ourDiagnostics(upload).length > 0 ? true : undefined));
    const suppressed = await vscode.workspace.openTextDocument(workspaceUri('app/suppressed.py'));
    const line = positionOf(suppressed, 'report = client.files.create').line;
    const finding = api.testing.store.forUri(suppressed.uri).find((f) => f.site.range.start.line === line);
    assert.ok(finding && finding.verdicts.length > 0 && finding.verdicts.every((v) => v.suppression === undefined), 'the inline suppression is not applied');
  });
}
