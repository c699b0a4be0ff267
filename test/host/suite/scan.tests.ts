import * as assert from './assert';
import * as vscode from 'vscode';
import type { WorkspaceFinding } from '../../../src/extension/findingsStore';
import type { ScanProgress } from '../../../src/extension/workspaceScan';
import { lensApi, revert, waitFor, workspaceUri } from './lensHelpers';

type Define = (name: string, fn: () => Promise<void>, timeoutMs?: number) => void;

const GENERATED = 'generated';
const GENERATED_COUNT = 600;
const HOSTILE = 'hostile';

function generatedName(i: number): string {
  return `${GENERATED}/gen_${String(i).padStart(4, '0')}.py`;
}

function generatedSource(i: number): string {
  return [
    'from openai import OpenAI',
    '',
    'client = OpenAI()',
    '',
    `def upload_${i}(path):`,
    '    with open(path, "rb") as fh:',
    '        return client.files.create(file=fh, purpose="assistants")',
    '',
  ].join('\n');
}

async function writeFiles(files: Array<[string, Uint8Array | string]>): Promise<void> {
  const encoder = new TextEncoder();
  for (let i = 0; i < files.length; i += 50) {
    await Promise.all(files.slice(i, i + 50).map(([name, content]) => vscode.workspace.fs.writeFile(workspaceUri(name), typeof content === 'string' ? encoder.encode(content) : content)));
  }
}

async function removeFolder(name: string): Promise<void> {
  await vscode.workspace.fs.delete(workspaceUri(name), { recursive: true, useTrash: false }).then(undefined, () => undefined);
}

/** Calls `act` once, when the running scan has read `atFile` files, and resolves when `act` has. */
function whenScanReaches(onProgress: vscode.Event<ScanProgress>, atFile: number, act: (p: ScanProgress) => void | Thenable<void>): { acted: Promise<ScanProgress>; dispose(): void } {
  let resolve: (p: ScanProgress) => void = () => undefined;
  const acted = new Promise<ScanProgress>((r) => (resolve = r));
  let fired = false;
  const subscription = onProgress((p) => {
    if (fired || p.done < atFile) return;
    fired = true;
    void Promise.resolve(act(p)).then(() => resolve(p));
  });
  return { acted, dispose: () => subscription.dispose() };
}

/**
 * The scan under load and under interference: many files, a cancel in the middle, a second scan,
 * edits, deletes and settings changes while it runs, and hostile files. Each test states what the
 * store must hold afterwards, which is what the Problems panel and the findings view show.
 */
export function defineScanTests(test: Define): void {
  test(`setup: ${GENERATED_COUNT} generated files with calls`, async () => {
    await writeFiles(Array.from({ length: GENERATED_COUNT }, (_, i): [string, string] => [generatedName(i), generatedSource(i)]));
    const api = await lensApi();
    const outcome = await api.testing.runScan({ silent: true });
    const generated = outcome.findings.filter((f) => f.file.startsWith(`${GENERATED}/`));
    assert.strictEqual(generated.length, GENERATED_COUNT, 'one call site per generated file');
    // Above 500 files a local folder in the Node host is scanned on the scan thread (the tests
    // below then exercise it under interference); the web worker host has no such thread.
    const nodeHost = process.env.PRIVACY_LENS_HOST !== 'browser';
    assert.strictEqual(outcome.summary.onScanThread, nodeHost, `scanned on ${outcome.summary.onScanThread ? 'the scan thread' : "the extension host's thread"}`);
    console.log(`[lens] workspace scan with ${GENERATED_COUNT} more files: ${outcome.summary.filesScanned} files in ${outcome.summary.durationMs} ms`);
  }, 120_000);

  test('cancel in the middle of a scan stops it and keeps the previous results', async () => {
    const api = await lensApi();
    const before = api.testing.store.all().length;
    let cancelledAt = 0;
    const hook = whenScanReaches(api.testing.onScanProgress, 50, (p) => {
      cancelledAt = performance.now();
      assert.ok(p.done < p.total, 'the cancel comes while files remain');
      api.testing.cancelScan();
    });
    try {
      const outcome = await api.testing.runScan({ silent: true });
      const latency = performance.now() - cancelledAt;
      const at = await hook.acted;
      assert.ok(outcome.summary.cancelled, 'the outcome says cancelled');
      assert.ok(outcome.summary.filesScanned < at.total, `stopped early: ${outcome.summary.filesScanned} of ${at.total} files read`);
      assert.strictEqual(api.testing.store.all().length, before, 'the previous results are kept');
      assert.strictEqual(api.testing.lastScan()?.cancelled, false, 'the stored summary is the last complete scan');
      console.log(`[lens] cancel at file ${at.done} of ${at.total}: the scan returned ${latency.toFixed(0)} ms after the cancel, ${outcome.summary.filesScanned} files read`);
    } finally {
      hook.dispose();
    }
  });

  test('a second scan started mid-scan replaces the first; both callers get its results', async () => {
    const api = await lensApi();
    let second: Promise<unknown> | undefined;
    const hook = whenScanReaches(api.testing.onScanProgress, 50, () => {
      second = api.testing.runScan({ silent: true });
    });
    try {
      const first = await api.testing.runScan({ silent: true });
      await hook.acted;
      assert.ok(second, 'the second scan started');
      const secondOutcome = await second;
      assert.strictEqual(first, secondOutcome, 'the first caller gets the second scan outcome');
      assert.ok(!first.summary.cancelled);
      assert.strictEqual(api.testing.store.all().filter((f) => f.file.startsWith(`${GENERATED}/`)).length, GENERATED_COUNT);
    } finally {
      hook.dispose();
    }
  });

  test('an edit made to a file the scan already read ends in the results', async () => {
    const api = await lensApi();
    const doc = await vscode.workspace.openTextDocument(workspaceUri(generatedName(0)));
    await vscode.window.showTextDocument(doc);
    const hook = whenScanReaches(api.testing.onScanProgress, 100, async () => {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(doc.lineCount, 0), '\nstore = client.vector_stores.create(name="kb")\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
    });
    try {
      await api.testing.runScan({ silent: true });
      await hook.acted;
      // The edit reaches the extension host while the scan runs or just after it; either way the
      // store must end with the editor's text, not the disk text the scan read (which would stay
      // until the next keystroke if the scan's results simply replaced the live analysis).
      const endpoints = (): string => api.testing.store.forUri(doc.uri).map((f) => f.site.endpoint).sort().join(',');
      await waitFor(`findings matching the editor text (now ${endpoints()})`, () => (endpoints() === '/v1/files,/v1/vector_stores' ? true : undefined), 5_000);
    } finally {
      hook.dispose();
      await revert(doc);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      // whatever happened to the editor, the next tests start from the generated text on disk
      await writeFiles([[generatedName(0), generatedSource(0)]]);
    }
  });

  test('an editor closed without saving gives the file back its saved findings, without a rescan', async () => {
    const api = await lensApi();
    const uri = workspaceUri(generatedName(2));
    const scanBefore = api.testing.lastScan();
    const endpoints = (): string => api.testing.store.forUri(uri).map((f) => f.site.endpoint).sort().join(',');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(doc.lineCount, 0), '\nstore = client.vector_stores.create(name="kb")\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(`the unsaved call in the store (now ${endpoints()})`, () => (endpoints() === '/v1/files,/v1/vector_stores' ? true : undefined), 10_000);
    // What "Don't Save" on closing does: the text goes back to the file's and the editor closes.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor(`only the saved call in the store (now ${endpoints()})`, () => (endpoints() === '/v1/files' ? true : undefined), 10_000);
    assert.strictEqual(api.testing.lastScan(), scanBefore, 'no scan ran: the close alone restored the findings');
  });

  test('an untitled editor closed without saving leaves no findings behind', async () => {
    const api = await lensApi();
    const doc = await vscode.workspace.openTextDocument({ language: 'python', content: 'from openai import OpenAI\nclient = OpenAI()\nclient.files.create(file=open("a.jsonl", "rb"), purpose="batch")\n' });
    await vscode.window.showTextDocument(doc);
    const key = doc.uri.toString();
    const inStore = (): number => api.testing.store.all().filter((f) => f.uri.toString() === key).length;
    await waitFor('the untitled call in the store', () => (inStore() === 1 ? true : undefined), 10_000).catch((error: unknown) => {
      const untitled = api.testing.store.all().filter((f) => f.uri.scheme === 'untitled').map((f) => f.uri.toString());
      throw new Error(`${String(error)}; ${inStore()} for ${key} (${doc.languageId}, v${doc.version}); untitled findings in the store: ${untitled.join(', ') || 'none'}`);
    });
    // Untitled text exists nowhere else: once its document is gone, so are its findings (the
    // findings view would otherwise list a call nobody can open).
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the untitled document to close', () => (doc.isClosed ? true : undefined), 10_000);
    await waitFor(`no findings for it (now ${inStore()})`, () => (inStore() === 0 ? true : undefined), 5_000);
  });

  test('a file deleted after the scan read it leaves no findings behind', async () => {
    const api = await lensApi();
    const victim = workspaceUri(generatedName(1));
    const hook = whenScanReaches(api.testing.onScanProgress, 100, () => vscode.workspace.fs.delete(victim));
    try {
      const outcome = await api.testing.runScan({ silent: true });
      await hook.acted;
      assert.ok(!outcome.summary.cancelled);
      // Whether the scan itself noticed (it re-checks files with findings before it stores them) or
      // the deletion arrived after it finished (the file watcher), the store ends without the file.
      await waitFor('no findings for the deleted file', () => (api.testing.store.forUri(victim).length === 0 ? true : undefined));
      await waitFor('no diagnostics for it', () => (vscode.languages.getDiagnostics(victim).length === 0 ? true : undefined));
    } finally {
      hook.dispose();
      await writeFiles([[generatedName(1), generatedSource(1)]]);
    }
  });

  test('a setting changed mid-scan: the findings end under the new setting', async () => {
    const api = await lensApi();
    const config = vscode.workspace.getConfiguration('openaiPrivacyLens');
    const generatedInStore = (): number => api.testing.store.all().filter((f) => f.file.startsWith(`${GENERATED}/`)).length;
    const hook = whenScanReaches(api.testing.onScanProgress, 20, () => config.update('exclude', [`${GENERATED}/**`], vscode.ConfigurationTarget.Global));
    try {
      const outcome = await api.testing.runScan({ silent: true });
      await hook.acted;
      assert.ok(!outcome.summary.cancelled, 'the caller gets a complete scan');
      // The change reaches the extension host asynchronously: mid-scan it restarts the scan, after
      // the scan it starts a new one. Either way the store ends without the excluded folder.
      const left = (): string => `${api.testing.store.all().filter((f) => f.file.startsWith(`${GENERATED}/`)).map((f) => f.uri.path.split('/').pop()).slice(0, 5).join(', ')}; scanning ${api.testing.isScanning()}`;
      await waitFor(`the excluded folder to leave the store (left: ${left()})`, () => (generatedInStore() === 0 && !api.testing.isScanning() ? true : undefined), 30_000).catch((error: unknown) => {
        throw new Error(`${String(error)}; now left: ${left()}`);
      });
    } finally {
      hook.dispose();
      await config.update('exclude', undefined, vscode.ConfigurationTarget.Global);
    }
    // Restoring the setting brings every generated file back, each with its one call.
    const generatedFindings = (): WorkspaceFinding[] => api.testing.store.all().filter((f) => f.file.startsWith(`${GENERATED}/`));
    await waitFor('the generated files to come back', () => (generatedFindings().length === GENERATED_COUNT && new Set(generatedFindings().map((f) => f.file)).size === GENERATED_COUNT && !api.testing.isScanning() ? true : undefined), 30_000).catch((error: unknown) => {
      const counts = new Map<string, string[]>();
      for (const f of generatedFindings()) counts.set(f.uri.toString(), [...(counts.get(f.uri.toString()) ?? []), `${f.file}:${f.site.range.start.line + 1} ${f.site.endpoint} ${f.verdicts.map((v) => v.ruleId).join('|')}`]);
      const odd = [...counts.values()].filter((l) => l.length !== 1).map((l) => l.join(' + '));
      const loaded = vscode.workspace.textDocuments.filter((d) => d.uri.path.includes(`/${GENERATED}/`)).map((d) => `${d.uri.path.split('/').pop()} v${d.version}${d.isDirty ? ' dirty' : ''}`);
      throw new Error(`${String(error)}; ${generatedFindings().length} findings in ${counts.size} of ${GENERATED_COUNT} files, scanning ${api.testing.isScanning()}; twice: ${odd.join('; ')}; loaded documents: ${loaded.join(', ')}`);
    });
  }, 90_000);

  test('hostile files: binary, oversized, minified, invalid UTF-8, BOM + CRLF, broken notebook, odd names', async () => {
    const api = await lensApi();
    const call = 'client.files.create(file=open("a.jsonl", "rb"), purpose="batch")';
    const minified = `var a=1;${'x=[1,2,3].map(function(q){return q*2});'.repeat(20_000)}fetch("https://api.openai.com/v1/files",{method:"POST",body:f});${'y=2;'.repeat(20_000)}`;
    const invalidUtf8 = new Uint8Array([...new TextEncoder().encode('from openai import OpenAI\nclient = OpenAI()\n# caf'), 0xe9, 0xff, 0xfe, 0x0a, ...new TextEncoder().encode(`${call}\n`)]);
    await writeFiles([
      [`${HOSTILE}/binary.py`, new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, ...new TextEncoder().encode(call)])],
      [`${HOSTILE}/oversized.py`, `from openai import OpenAI\nclient = OpenAI()\n${call}\n${'#'.repeat(1_100_000)}\n`],
      [`${HOSTILE}/bundle.min.js`, minified],
      [`${HOSTILE}/latin1.py`, invalidUtf8],
      [`${HOSTILE}/windows.py`, `\ufefffrom openai import OpenAI\r\nclient = OpenAI()\r\n\r\n${call}\r\n`],
      [`${HOSTILE}/broken.ipynb`, '{"cells": [{"cell_type": "code", "source": ["from openai import OpenAI\\n", "client.files.create('],
      [`${HOSTILE}/empty.py`, ''],
      [`${HOSTILE}/with space 😀:colon.py`, `from openai import OpenAI\nclient = OpenAI()\n${call}\n`],
    ]);
    try {
      const started = performance.now();
      const outcome = await api.testing.runScan({ silent: true });
      const ms = performance.now() - started;
      assert.ok(!outcome.summary.cancelled, 'the scan completes');
      const found = (name: string): number[] => outcome.findings.filter((f) => f.file === `${HOSTILE}/${name}`).map((f) => f.site.range.start.line);
      const skippedFor = (name: string): string => outcome.summary.skipped.find((s) => s.path === `${HOSTILE}/${name}`)?.reason ?? '';
      assert.match(skippedFor('binary.py'), /binary/, 'binary file skipped with a reason');
      assert.match(skippedFor('oversized.py'), /maxFileSize/, 'oversized file skipped with a reason');
      assert.match(skippedFor('broken.ipynb'), /notebook|JSON/i, 'broken notebook reported');
      assert.deepStrictEqual(found('binary.py'), []);
      assert.deepStrictEqual(found('oversized.py'), []);
      assert.deepStrictEqual(found('bundle.min.js'), [0], 'the call inside a 1 MB line is found');
      assert.deepStrictEqual(found('latin1.py'), [3], 'invalid UTF-8 does not stop detection');
      assert.deepStrictEqual(found('windows.py'), [3], 'BOM and CRLF keep line numbers right');
      assert.deepStrictEqual(found('empty.py'), []);
      assert.deepStrictEqual(found('with space 😀:colon.py'), [2], 'odd file names are scanned');
      const diagnostics = await waitFor('diagnostics on the odd file name', () => {
        const d = vscode.languages.getDiagnostics(workspaceUri(`${HOSTILE}/with space 😀:colon.py`));
        return d.length > 0 ? d : undefined;
      });
      assert.strictEqual(diagnostics[0]?.range.start.line, 2);
      console.log(`[lens] hostile-file scan: ${outcome.summary.filesScanned} files, ${outcome.summary.skipped.length} skipped with reasons, ${ms.toFixed(0)} ms`);
    } finally {
      await removeFolder(HOSTILE);
    }
  }, 120_000);

  test('cleanup: generated files removed and the workspace rescanned', async () => {
    await removeFolder(GENERATED);
    await removeFolder(HOSTILE);
    const api = await lensApi();
    const outcome = await api.testing.runScan({ silent: true });
    assert.strictEqual(outcome.findings.filter((f) => f.file.startsWith(`${GENERATED}/`)).length, 0);
  }, 120_000);
}
