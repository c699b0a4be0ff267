import * as assert from './assert';
import * as vscode from 'vscode';
import type { DetailTarget } from '../../../src/extension/commandIds';
import { SkipTest } from './harness';
import { hoverText, lensApi, openFixture, ourDiagnostics, positionOf, revert, ruleOf, waitFor, workspaceUri } from './lensHelpers';

type Define = (name: string, fn: () => Promise<void>, timeoutMs?: number) => void;

/** What a user does with the extension, in a real VS Code: hover, scan, read the sidebar, fix, export. */
export function defineLensTests(test: Define, screenshot: (name: string, waitForText?: string) => Promise<void>): void {
  test('activates fast and registers every contributed command', async () => {
    const api = await lensApi();
    console.log(`[lens] activate() took ${api.activationMs.toFixed(2)} ms`);
    assert.ok(api.activationMs > 0, 'activation time was measured');
    const registered = new Set(await vscode.commands.getCommands(true));
    const extension = vscode.extensions.getExtension('openai-privacy-lens.openai-privacy-lens');
    const contributed = (extension?.packageJSON as { contributes: { commands: Array<{ command: string }> } }).contributes.commands.map((c) => c.command);
    assert.ok(contributed.length >= 10, `${contributed.length} commands contributed`);
    const missing = contributed.filter((c) => !registered.has(c));
    assert.deepStrictEqual(missing, [], 'every contributed command is registered');
  });

  test('hover on a Python Responses call shows endpoint, retention, arguments and the ZDR verdict', async () => {
    const doc = await openFixture('app/assistant.py');
    const text = await hoverText(doc, positionOf(doc, 'client.responses.create', 'client.responses.'.length));
    assert.match(text, /POST \/v1\/responses/);
    assert.match(text, /\| No \| 30 days \|/, 'training and abuse-monitoring cells');
    assert.match(text, /`store` omitted/);
    assert.match(text, /web_search/);
    assert.match(text, /Zero Data Retention/, 'verdict names the profile');
    assert.match(text, /Policy as of \d{4}-\d{2}/);
    // Show the real hover widget for the README picture.
    const editor = await vscode.window.showTextDocument(doc);
    const at = positionOf(doc, 'client.responses.create', 'client.responses.'.length);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('editor.action.showHover');
    await new Promise((resolve) => setTimeout(resolve, 800));
    await screenshot('hover', 'POST /v1/responses');
  });

  test('hover on a file upload says it is kept until deleted and not ZDR eligible', async () => {
    const doc = await openFixture('app/assistant.py');
    const text = await hoverText(doc, positionOf(doc, 'client.files.create', 'client.files.'.length));
    assert.match(text, /\/v1\/files/);
    assert.match(text, /Until deleted/);
    assert.match(text, /\| No \|$/m, 'ZDR column says No');
    assert.match(text, /\$\((error|warning)\)/, 'a verdict under the ZDR profile');
  });

  test('hover in TypeScript reads `store: true`', async () => {
    const doc = await openFixture('web/chat.ts');
    const text = await hoverText(doc, positionOf(doc, 'openai.chat.completions.create', 'openai.chat.'.length));
    assert.match(text, /POST \/v1\/chat\/completions/);
    assert.match(text, /`store: true`/);
  });

  test('hover in Go, shell curl and a .http file', async () => {
    const go = await openFixture('svc/main.go');
    assert.match(await hoverText(go, positionOf(go, 'VectorStores.New', 'VectorStores.'.length)), /\/v1\/vector_stores/);
    const sh = await openFixture('scripts/upload.sh');
    assert.match(await hoverText(sh, positionOf(sh, 'curl', 1)), /\/v1\/files/);
    const http = await openFixture('scripts/requests.http');
    assert.match(await hoverText(http, positionOf(http, 'POST', 1)), /\/v1\/embeddings/);
  });

  test('hover in a Kotlin file the editor shows as plain text (no Kotlin extension installed)', async () => {
    const kotlin = await openFixture('jvm/SpeechClient.kt');
    // with a Kotlin extension the language is `kotlin`, read as such; without one it is plain text, read by its name
    assert.ok(['plaintext', 'kotlin'].includes(kotlin.languageId), `language ${kotlin.languageId}`);
    const text = await hoverText(kotlin, positionOf(kotlin, '.url(', 2));
    assert.match(text, /POST \/v1\/audio\/transcriptions/);
    console.log(`[lens] Kotlin file opened as ${kotlin.languageId}: hover found`);
  });

  test('hover in a SAS program (no SAS extension installed: plain text, read by its name)', async () => {
    const sas = await openFixture('scripts/usage_report.sas');
    const text = await hoverText(sas, positionOf(sas, 'proc http', 2));
    assert.match(text, /POST \/v1\/chat\/completions/);
    assert.match(text, /api\.openai\.com/);
    console.log(`[lens] SAS program opened as ${sas.languageId}: hover found`);
  });

  test("hover on curl in a CI workflow's `run:` step and on a request in a Razor page's `@code` block", async () => {
    const workflow = await openFixture('.github/workflows/nightly-digest.yml');
    const ci = await hoverText(workflow, positionOf(workflow, 'curl -sS', 1));
    assert.match(ci, /POST \/v1\/chat\/completions/);
    assert.match(ci, /api\.openai\.com/);
    // (the step's `name:` and `env:` are no shell)
    assert.strictEqual(await hoverText(workflow, positionOf(workflow, 'Summarize yesterday', 1)), '');
    const razor = await openFixture('web/Summary.razor');
    assert.match(await hoverText(razor, positionOf(razor, 'PostAsync(', 2)), /POST \/v1\/responses/);
    console.log(`[lens] workflow (${workflow.languageId}) and Razor page (${razor.languageId}): hovers found`);
  });

  test("hover on Swift's MacPaw/OpenAI and Kotlin's openai-kotlin: their methods map to endpoints", async () => {
    const swift = await openFixture('mobile/ChatService.swift');
    const swiftText = await hoverText(swift, positionOf(swift, 'openAI.chats(', 'openAI.'.length));
    assert.match(swiftText, /POST \/v1\/chat\/completions/);
    assert.match(swiftText, /api\.openai\.com/);
    assert.match(await hoverText(swift, positionOf(swift, 'createResponse(', 2)), /POST \/v1\/responses/);
    const kotlin = await openFixture('mobile/AssistantRepository.kt');
    // (`file(FileId(…))` retrieves a file, `file(FileUpload(…))` would upload one: the argument's type picks the overload)
    assert.match(await hoverText(kotlin, positionOf(kotlin, 'openAI.file(', 'openAI.'.length)), /GET \/v1\/files\/\{file_id\}/);
    console.log(`[lens] Swift (${swift.languageId}) and Kotlin (${kotlin.languageId}) SDK calls: hovers found`);
  });

  test('hover on the Ruby gem and the PHP client: their methods map to endpoints', async () => {
    const ruby = await openFixture('gems/reply_drafter.rb');
    const rubyText = await hoverText(ruby, positionOf(ruby, '@client.chat(', '@client.'.length));
    assert.match(rubyText, /POST \/v1\/chat\/completions/);
    assert.match(rubyText, /api\.openai\.com/);
    const php = await openFixture('gems/InvoiceSummary.php');
    const phpText = await hoverText(php, positionOf(php, '->create(', 2));
    assert.match(phpText, /POST \/v1\/chat\/completions/);
    console.log(`[lens] Ruby (${ruby.languageId}) and PHP (${php.languageId}) SDK calls: hovers found`);
  });

  test("hover on libcurl in a C++ program: the URL a pointer holds, the verb the handle's options set", async () => {
    const cpp = await openFixture('native/ask.cpp');
    const text = await hoverText(cpp, positionOf(cpp, 'curl_easy_setopt(curl, CURLOPT_URL', 2));
    assert.match(text, /POST \/v1\/chat\/completions/);
    assert.match(text, /api\.openai\.com/);
    console.log(`[lens] C++ program (${cpp.languageId}): hover found`);
  });

  test('hover on raw HTTP in Java (a language whose SDK is not analysed)', async () => {
    const java = await openFixture('jvm/TicketSummarizer.java');
    assert.strictEqual(java.languageId, 'java');
    const text = await hoverText(java, positionOf(java, '.uri(', 2));
    assert.match(text, /POST \/v1\/chat\/completions/);
    assert.match(text, /api\.openai\.com/);
  });

  test('hover on a PowerShell request reads its URL variable and the body table\'s `store = $false`', async () => {
    const ps = await openFixture('scripts/summarize.ps1');
    assert.strictEqual(ps.languageId, 'powershell');
    const text = await hoverText(ps, positionOf(ps, 'Invoke-RestMethod', 3));
    assert.match(text, /POST \/v1\/responses/);
    assert.match(text, /api\.openai\.com/);
    assert.match(text, /`store: false`/);
  });

  test('hover on a local OpenAI-compatible server says OpenAI policy does not apply', async () => {
    const doc = await openFixture('local/ollama_chat.py');
    const text = await hoverText(doc, positionOf(doc, 'local.chat.completions.create', 'local.chat.'.length));
    assert.match(text, /Not OpenAI/);
    assert.match(text, /OpenAI's policy does not apply/);
  });

  test('no hover where the code is not an OpenAI call', async () => {
    const doc = await openFixture('app/assistant.py');
    assert.strictEqual(await hoverText(doc, positionOf(doc, 'def answer', 5)), '');
    assert.strictEqual(await hoverText(doc, positionOf(doc, 'Support assistant', 2)), '', 'docstring');
  });

  test('hover in a notebook cell', async () => {
    const notebook = await vscode.workspace.openNotebookDocument(workspaceUri('notebooks/explore.ipynb'));
    const cell = notebook.getCells().find((c) => c.document.getText().includes('threads.create'));
    assert.ok(cell, 'the notebook has the threads cell');
    const text = await hoverText(cell.document, positionOf(cell.document, 'threads.create', 'threads.'.length));
    assert.match(text, /\/v1\/threads/);
    assert.match(text, /Until deleted/);
  });

  test('before any scan, a call on a client or factory another module builds is followed through the file\'s imports', async () => {
    const api = await lensApi();
    // the point is the editor's own answer without a scan's project index: this runs before the first scan
    assert.strictEqual(api.testing.lastScan(), undefined, 'no scan has run yet in this window');
    const doc = await openFixture('app/summarize.py');
    const started = performance.now();
    const at = positionOf(doc, 'client.chat.completions.create', 'client.chat.completions.'.length);
    let azure = await hoverText(doc, at);
    // opening the file started its analysis, which finds and reads the imported modules first
    console.log(`[lens] first hover before any scan, imported modules indexed: ${(performance.now() - started).toFixed(1)} ms after opening the file`);
    if (azure === '') {
      // A hover waits 1.5 s for the imported modules (importedModules.ts): on a starved host the index comes later,
      // and its arrival analyses the file again. That later answer is the one to check.
      console.log('[lens] the first hover came back before the imported modules were indexed (a busy host); waiting for the analysis the late index starts');
      await waitFor('the analysis with the imported modules indexed', () => (api.testing.store.forUri(doc.uri).length >= 2 ? true : undefined), 30_000);
      azure = await hoverText(doc, at);
    }
    assert.match(azure, /POST \/v1\/chat\/completions/);
    assert.match(azure, /Azure OpenAI/, 'the client imported from app/llm.py is Azure\'s');
    const local = await hoverText(doc, positionOf(doc, 'get_local_client().chat', 'get_local_client().chat.completions.'.length));
    assert.match(local, /Not OpenAI/, 'the factory imported from app/llm.py builds a client for a local server');
    assert.doesNotMatch(local, /Azure OpenAI/);
    const stored = api.testing.store.forUri(doc.uri).map((f) => `${f.site.endpoint} ${f.site.provider}`);
    assert.deepStrictEqual(stored, ['/v1/chat/completions azure', '/v1/chat/completions other']);
  });

  test('before any scan, a request sent through a function another file of the Go package defines', async () => {
    const api = await lensApi();
    assert.strictEqual(api.testing.lastScan(), undefined, 'no scan has run yet in this window');
    // relay/transport.go names no OpenAI term: its postJSON is found among the package's files
    const doc = await openFixture('relay/check.go');
    const text = await hoverText(doc, positionOf(doc, 'postJSON(moderationsURL', 1));
    assert.match(text, /POST \/v1\/moderations/);
  });

  test('before any scan, a Spring Boot request to the URL its module\'s application.yml sets', async () => {
    const api = await lensApi();
    assert.strictEqual(api.testing.lastScan(), undefined, 'no scan has run yet in this window');
    const doc = await openFixture('support-api/src/main/java/com/example/support/ReplyDrafter.java');
    const at = positionOf(doc, 'postForObject(chatUrl', 2);
    let text = await hoverText(doc, at);
    if (text === '') {
      // (as above: on a starved host the configuration is read after the hover stopped waiting, and its arrival analyses the file again)
      await waitFor('the analysis with the module\'s configuration read', () => (api.testing.store.forUri(doc.uri).length > 0 ? true : undefined), 30_000);
      text = await hoverText(doc, at);
    }
    assert.match(text, /POST \/v1\/chat\/completions/);
    assert.match(text, /openai\.chat-url in the module's Spring configuration/);
  });

  test('the scan finds every call site, honours .gitignore and publishes diagnostics', async () => {
    const api = await lensApi();
    const findings = await vscode.commands.executeCommand<Array<{ file: string; site: { endpoint: string; provider: string } }>>('openaiPrivacyLens.scanWorkspace');
    assert.ok(Array.isArray(findings), 'the command returns the findings');
    const byFile = (file: string): string[] => findings.filter((f) => f.file === file).map((f) => f.site.endpoint);
    assert.deepStrictEqual(byFile('app/assistant.py').sort(), ['/v1/embeddings', '/v1/files', '/v1/responses']);
    assert.deepStrictEqual(byFile('web/chat.ts').sort(), ['/v1/chat/completions', '/v1/moderations']);
    assert.deepStrictEqual(byFile('svc/main.go'), ['/v1/vector_stores']);
    // sent by postJSON of relay/transport.go, a file the prefilter passes over and the scan reads again
    assert.deepStrictEqual(byFile('relay/check.go'), ['/v1/moderations']);
    assert.deepStrictEqual(byFile('relay/transport.go'), []);
    assert.deepStrictEqual(byFile('scripts/upload.sh'), ['/v1/files']);
    assert.deepStrictEqual(byFile('scripts/requests.http'), ['/v1/embeddings']);
    assert.deepStrictEqual(byFile('notebooks/explore.ipynb'), ['/v1/threads']);
    assert.deepStrictEqual(byFile('jvm/TicketSummarizer.java'), ['/v1/chat/completions']);
    assert.deepStrictEqual(byFile('jvm/SpeechClient.kt'), ['/v1/audio/transcriptions']);
    // a Spring `@Value` field's URL, set in the module's application.yml (a file the scan reads beside it)
    assert.deepStrictEqual(byFile('support-api/src/main/java/com/example/support/ReplyDrafter.java'), ['/v1/chat/completions']);
    assert.deepStrictEqual(byFile('scripts/summarize.ps1'), ['/v1/responses']);
    assert.deepStrictEqual(byFile('scripts/usage_report.sas'), ['/v1/chat/completions']);
    // curl in a CI workflow's step, and a Blazor page's `@code` block
    assert.deepStrictEqual(byFile('.github/workflows/nightly-digest.yml'), ['/v1/chat/completions']);
    assert.deepStrictEqual(byFile('web/Summary.razor'), ['/v1/responses']);
    assert.deepStrictEqual([...byFile('mobile/ChatService.swift')].sort(), ['/v1/chat/completions', '/v1/responses']);
    assert.deepStrictEqual([...byFile('mobile/AssistantRepository.kt')].sort(), ['/v1/chat/completions', '/v1/files/{file_id}']);
    assert.strictEqual(findings.find((f) => f.file === 'local/ollama_chat.py')?.site.provider, 'other');
    assert.deepStrictEqual(byFile('ignored/secret.py'), [], '.gitignore is honoured');
    const summary = api.testing.lastScan();
    assert.ok(summary && !summary.cancelled, 'the scan completed');
    const roots = vscode.workspace.workspaceFolders?.length ?? 0;
    assert.strictEqual(summary.filesScanned, roots > 1 ? 29 : 27, 'the twenty-seven fixture sources and YAML files (and two in the second root), without ignored/ and .gitignore');
    assert.deepStrictEqual(byFile('native/ask.cpp'), ['/v1/chat/completions']);
    // a folder this small is scanned on the extension host's thread (the scan thread is for large ones)
    assert.strictEqual(summary.onScanThread, false, 'ten files are scanned without starting a thread');
    console.log(`[lens] workspace scan: ${summary.filesScanned} files, ${findings.length} call sites in ${summary.durationMs} ms`);
    const diagnostics = await waitFor('diagnostics on assistant.py', () => {
      const d = ourDiagnostics(workspaceUri('app/assistant.py'));
      return d.length > 0 ? d : undefined;
    });
    const onFiles = diagnostics.find((d) => d.range.start.line === 16);
    assert.ok(onFiles, `a diagnostic on the files.create line (got lines ${diagnostics.map((d) => d.range.start.line).join(',')})`);
    assert.ok(typeof onFiles.code === 'object' && /^OPL\d{3}$/.test(String(onFiles.code.value)), 'rule id is the code');
    assert.ok(typeof onFiles.code === 'object' && /\/readme\.md$/i.test(onFiles.code.target.path), 'rule id links to its documentation');
    if (typeof onFiles.code === 'object') {
      const docs = new TextDecoder().decode(await vscode.workspace.fs.readFile(onFiles.code.target.with({ fragment: '' })));
      assert.ok(docs.includes(`<a id="${onFiles.code.target.fragment}"></a>`), `the linked file has the ${onFiles.code.target.fragment} anchor`);
    }
    assert.match(api.testing.status.text(), /OpenAI calls: \d+/);
    await vscode.commands.executeCommand('openaiPrivacyLens.findings.focus');
    await screenshot('findings', 'Errors');
  });

  test('a call on a client another module builds: the scan follows the import, and opening the file keeps that answer', async () => {
    const api = await lensApi();
    const findings = await vscode.commands.executeCommand<Array<{ file: string; site: { endpoint: string; provider: string } }>>('openaiPrivacyLens.scanWorkspace');
    const scanned = findings.filter((f) => f.file === 'app/summarize.py').map((f) => `${f.site.endpoint} ${f.site.provider}`);
    // summarize.py never names OpenAI: the prefilter lets it through for `completions`, the project index knows app/llm.py's client
    assert.deepStrictEqual(scanned, ['/v1/chat/completions azure', '/v1/chat/completions other']);
    const doc = await openFixture('app/summarize.py');
    const text = await hoverText(doc, positionOf(doc, 'client.chat.completions.create', 'client.chat.completions.'.length));
    assert.match(text, /Azure OpenAI/, 'the hover follows the import as the scan did');
    // opening the file analysed it again in the editor and replaced its findings in the store
    const live = await waitFor('the editor\'s analysis of summarize.py', () => {
      const list = api.testing.store.forUri(doc.uri);
      return list.length > 0 ? list : undefined;
    });
    assert.deepStrictEqual(live.map((f) => `${f.site.endpoint} ${f.site.provider}`), ['/v1/chat/completions azure', '/v1/chat/completions other']);
  });

  test("after a scan, saving the module that builds a client changes the open importer's answer without a rescan", async () => {
    const api = await lensApi();
    await api.scanWorkspace({ silent: true });
    const user = await openFixture('app/summarize.py');
    const providers = (): string[] => api.testing.store.forUri(user.uri).map((f) => f.site.provider);
    await waitFor("summarize.py's calls read through the scan's index", () => (providers().join() === 'azure,other' ? true : undefined));
    // the factory's local server becomes OpenAI's default base: edited and saved in a document the user does not look at
    const module = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(user.uri, '..', 'llm.py'));
    const original = module.getText();
    const local = 'OpenAI(base_url="http://localhost:11434/v1", api_key="ollama")';
    const edit = new vscode.WorkspaceEdit();
    edit.replace(module.uri, new vscode.Range(module.positionAt(original.indexOf(local)), module.positionAt(original.indexOf(local) + local.length)), 'OpenAI()');
    try {
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(await module.save());
      await waitFor("summarize.py analysed again with llm.py's saved text", () => (providers().join() === 'azure,openai' ? true : undefined));
    } finally {
      const back = new vscode.WorkspaceEdit();
      back.replace(module.uri, new vscode.Range(module.positionAt(0), module.positionAt(module.getText().length)), original);
      await vscode.workspace.applyEdit(back);
      await module.save();
    }
    await waitFor('the local server again once llm.py is restored', () => (providers().join() === 'azure,other' ? true : undefined));
  });

  test('inline suppressions hold until their date; expired ones resurface; profile suppressions apply', async () => {
    const api = await lensApi();
    await api.scanWorkspace({ silent: true });
    const uri = workspaceUri('app/suppressed.py');
    const doc = await vscode.workspace.openTextDocument(uri);
    const reportLine = positionOf(doc, 'report = client.files.create').line;
    const legacyLine = positionOf(doc, 'legacy = client.files.create').line;
    const findings = api.testing.store.forUri(uri);
    const report = findings.find((f) => f.site.range.start.line === reportLine);
    const legacy = findings.find((f) => f.site.range.start.line === legacyLine);
    assert.ok(report?.verdicts.some((v) => v.suppression && !v.suppression.expired && /retention job/.test(v.suppression.reason)), 'report is suppressed with its reason');
    assert.ok(legacy?.verdicts.some((v) => v.suppression?.expired === true), 'legacy carries an expired suppression');
    const lines = ourDiagnostics(uri).map((d) => d.range.start.line);
    assert.ok(!lines.includes(reportLine), 'no diagnostic for the suppressed call');
    assert.ok(lines.includes(legacyLine), 'the expired suppression resurfaces as a diagnostic');
    const upload = api.testing.store.forUri(workspaceUri('scripts/upload.sh'))[0];
    assert.ok(upload?.verdicts.some((v) => v.suppression?.kind === 'profile' && /nightly cleanup/.test(v.suppression.reason)), 'profile suppression from .openai-privacy.yaml');
  });

  test('cancel stops a running scan and keeps the previous results', async () => {
    const api = await lensApi();
    await api.scanWorkspace({ silent: true });
    const before = api.testing.store.all().length;
    assert.ok(before > 0);
    const running = api.scanWorkspace({ silent: true });
    api.testing.cancelScan();
    await running;
    assert.strictEqual(api.testing.lastScan()?.cancelled, false, 'the stored summary is the last complete scan');
    assert.strictEqual(api.testing.store.all().length, before, 'previous results kept');
  });

  test('quick fix sets store to false', async () => {
    const api = await lensApi();
    await api.scanWorkspace({ silent: true });
    const doc = await openFixture('web/chat.ts');
    const diagnostic = await waitFor('a diagnostic on the store: true call', () => ourDiagnostics(doc.uri).find((d) => d.range.start.line === positionOf(doc, 'openai.chat.completions.create').line));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title.startsWith('Set `store` to false'));
    assert.ok(fix?.edit, `store fix offered (got: ${actions.map((a) => a.title).join(' | ')})`);
    try {
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.match(doc.getText(), /store: false,/);
      assert.doesNotMatch(doc.getText(), /store: true/);
    } finally {
      await revert(doc);
    }
  });

  test('quick fix deletes a created vector store after its last use', async () => {
    const api = await lensApi();
    await api.scanWorkspace({ silent: true });
    const doc = await openFixture('app/search_once.py');
    const line = positionOf(doc, 'client.vector_stores.create').line;
    const diagnostic = await waitFor('a diagnostic on vector_stores.create', () => ourDiagnostics(doc.uri).find((d) => d.range.start.line === line));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title.startsWith('Delete `store`'));
    assert.ok(fix?.edit, `delete fix offered (got: ${actions.map((a) => a.title).join(' | ')})`);
    try {
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.match(doc.getText(), /results = client\.vector_stores\.search\([^\n]*\)\n {4}client\.vector_stores\.delete\(store\.id\)\n {4}return /);
    } finally {
      await revert(doc);
    }
  });

  test('quick fix inserts a suppression with a reason and the finding goes away', async () => {
    const doc = await openFixture('app/assistant.py');
    const line = positionOf(doc, 'client.files.create').line;
    const diagnostic = await waitFor('a diagnostic on files.create', () => ourDiagnostics(doc.uri).find((d) => d.range.start.line === line));
    const rule = ruleOf(diagnostic);
    try {
      assert.ok(await vscode.commands.executeCommand('openaiPrivacyLens.insertSuppression', doc.uri, line, rule, 'knowledge files are shared with the support team'));
      assert.match(doc.lineAt(line).text, new RegExp(`^\\s+# openai-privacy-ignore ${rule}: knowledge files are shared with the support team$`));
      await waitFor('the suppressed diagnostic to disappear', () => !ourDiagnostics(doc.uri).some((d) => ruleOf(d) === rule && d.range.start.line === line + 1) || undefined);
    } finally {
      await revert(doc);
    }
  });

  test('the policy sidebar shows topics, claims with sources, the endpoint table and counts after a scan', async () => {
    const api = await lensApi();
    await vscode.commands.executeCommand('openaiPrivacyLens.policy.focus');
    const tree = api.testing.policyTree;
    const roots = tree.getChildren();
    const labels = roots.map((n) => String(tree.getTreeItem(n).label));
    assert.match(labels[0] ?? '', /Policy data as of \d{4}-\d{2}/);
    for (const expected of ['Training', 'Abuse', 'Application state', 'Zero Data Retention', 'BAA', 'Azure OpenAI']) {
      assert.ok(labels.some((l) => l.includes(expected)), `a topic about ${expected} (topics: ${labels.join(' | ')})`);
    }
    const endpointsTopic = roots.find((n) => n.type === 'topic' && n.topic.id === 'endpoints');
    assert.ok(endpointsTopic);
    const groups = tree.getChildren(endpointsTopic).filter((n) => n.type === 'zdrGroup');
    const notEligible = groups.find((g) => String(tree.getTreeItem(g).label) === 'Not ZDR eligible');
    assert.ok(notEligible, 'endpoints grouped by ZDR eligibility');
    const files = tree.getChildren(notEligible).map((n) => tree.getTreeItem(n)).find((i) => i.label === '/v1/files');
    assert.ok(files, '/v1/files is not ZDR eligible');
    assert.match(String(files.description), /not ZDR eligible under your profile/, 'the ZDR profile marks it');
    const training = roots.find((n) => n.type === 'topic' && n.topic.id === 'training');
    assert.ok(training);
    const claim = tree.getChildren(training).find((n) => n.type === 'claim');
    assert.ok(claim && claim.type === 'claim' && claim.claim.sources.length > 0 && /^https:\/\//.test(claim.claim.sources[0]?.url ?? ''), 'claims carry sources with URLs');
    assert.match(String(tree.getTreeItem(claim).description), /as of \d{4}/);
    await api.scanWorkspace({ silent: true });
    const kept = tree.getChildren().find((n) => n.type === 'topic' && n.topic.id === 'kept-until-deleted');
    assert.ok(kept);
    assert.match(String(tree.getTreeItem(kept).description), /^[1-9]\d* call sites?$/, 'a count after the scan');
    const sites = tree.getChildren(kept).find((n) => n.type === 'sites');
    assert.ok(sites && tree.getChildren(sites).length > 0, 'the topic expands to its call sites');
    await screenshot('sidebar', 'call sites');
  });

  test('a claim and an endpoint open detail pages with sources and a strict CSP', async () => {
    const api = await lensApi();
    const target: DetailTarget = { kind: 'endpoint', id: '/v1/files' };
    assert.ok(await vscode.commands.executeCommand('openaiPrivacyLens.openDetail', target));
    const html = api.testing.detail.lastHtml;
    assert.match(html, /<h1>\/v1\/files<\/h1>/);
    assert.match(html, /Until deleted/);
    assert.match(html, /History across versions/);
    assert.match(html, /Content-Security-Policy" content="default-src &#39;none&#39;/);
    const topic = api.testing.policyTree.getChildren().find((n) => n.type === 'topic' && n.topic.id === 'zdr-mam');
    assert.ok(topic);
    const claim = api.testing.policyTree.getChildren(topic).find((n) => n.type === 'claim');
    assert.ok(claim && claim.type === 'claim');
    assert.ok(await vscode.commands.executeCommand('openaiPrivacyLens.openDetail', { kind: 'claim', id: `zdr-mam/${claim.claim.id}` }));
    assert.ok(api.testing.detail.lastHtml.includes('<h2>Sources</h2>'));
  });

  test('a broken profile gets diagnostics with line numbers; a valid one drives verdicts', async () => {
    const api = await lensApi();
    const profile = await api.testing.profiles.profileFor(workspaceUri('app/assistant.py'));
    assert.strictEqual(profile.retention, 'zero-data-retention', 'the fixture profile is read');
    const doc = await openFixture('.openai-privacy.yaml');
    const line = positionOf(doc, 'retention:').line;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, doc.lineAt(line).range, 'retention: forever');
    try {
      assert.ok(await vscode.workspace.applyEdit(edit));
      const problems = await waitFor('profile diagnostics', () => {
        const d = vscode.languages.getDiagnostics(doc.uri);
        return d.length > 0 ? d : undefined;
      });
      assert.ok(problems.some((d) => d.range.start.line === line && d.severity === vscode.DiagnosticSeverity.Error), `an error on line ${line + 1}`);
    } finally {
      await revert(doc);
    }
  });

  test('hover latency on a 5,000-line file (measured, reported)', async () => {
    const unit = ['from openai import OpenAI', 'client = OpenAI()', ''];
    const body: string[] = [];
    for (let i = 0; body.length < 5000; i++) {
      body.push(`def step_${i}(text):`, `    data = {"id": ${i}, "text": text}`, i % 25 === 0 ? `    return client.responses.create(model="gpt-5", input=text)` : '    return data', '');
    }
    const doc = await vscode.workspace.openTextDocument({ language: 'python', content: [...unit, ...body].slice(0, 5000).join('\n') });
    const target = positionOf(doc, 'client.responses.create', 'client.responses.'.length);
    const times: number[] = [];
    for (let i = 0; i < 25; i++) {
      // an edit between hovers forces re-analysis, as typing does
      if (i > 0) await vscode.window.showTextDocument(doc).then((editor) => editor.edit((b) => b.insert(new vscode.Position(doc.lineCount - 1, 0), '#')));
      const started = Date.now();
      const text = await hoverText(doc, target);
      times.push(Date.now() - started);
      assert.match(text, /POST \/v1\/responses/);
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`[lens] hover on a ${doc.lineCount}-line file: median ${sorted[12]} ms, p95 ${sorted[23]} ms over 25 hovers after edits`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }, 120_000);

  test('export writes a SARIF report of the scan', async () => {
    const api = await lensApi();
    await api.scanWorkspace({ silent: true });
    const target = workspaceUri('openai-privacy-report.sarif');
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri>('openaiPrivacyLens.exportReport', 'sarif', target);
      assert.strictEqual(written?.toString(), target.toString());
      const sarif = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target))) as { version: string; runs: Array<{ results: unknown[]; tool: { driver: { rules: unknown[] } } }> };
      assert.strictEqual(sarif.version, '2.1.0');
      assert.ok((sarif.runs[0]?.results.length ?? 0) > 0, 'results');
      assert.ok((sarif.runs[0]?.tool.driver.rules.length ?? 0) > 0, 'rule metadata');
    } finally {
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });

  test('the findings view groups by severity, rule, endpoint and file, and filters', async () => {
    const api = await lensApi();
    await api.scanWorkspace({ silent: true });
    const tree = api.testing.findingsTree;
    const labelsBy = async (groupBy: string): Promise<string[]> => {
      await vscode.commands.executeCommand('openaiPrivacyLens.groupFindingsBy', groupBy);
      return tree.getChildren().map((n) => String(tree.getTreeItem(n).label));
    };
    try {
      assert.deepStrictEqual((await labelsBy('severity')).filter((l) => l === 'Errors' || l === 'No concerns'), ['Errors', 'No concerns'], 'errors first, safe calls last');
      assert.ok((await labelsBy('rule')).every((l) => /^OPL\d{3}$/.test(l) || l === 'No concerns'), 'rule groups are rule ids');
      assert.ok((await labelsBy('endpoint')).includes('/v1/files'), 'an endpoint group for /v1/files');
      const files = await labelsBy('file');
      assert.ok(files.includes('svc/main.go') && files.includes('notebooks/explore.ipynb'), `file groups (${files.join(', ')})`);
      await vscode.commands.executeCommand('openaiPrivacyLens.filterFindings', 'app/assistant.py');
      const rows = tree.rows();
      assert.ok(rows.length > 0 && rows.every((r) => r.finding.file === 'app/assistant.py'), `the filter keeps only matching rows (${rows.map((r) => r.finding.file).join(', ')})`);
      assert.ok(rows.length < api.testing.store.all().length, 'and drops the others');
      const row = tree.getChildren(tree.getChildren()[0]).find((n) => n.type === 'row');
      assert.ok(row);
      const item = tree.getTreeItem(row);
      const jump = item.command;
      assert.ok(jump?.command === 'vscode.open', 'a row jumps to its code');
      await vscode.commands.executeCommand(jump.command, ...(jump.arguments ?? []));
      const editor = await waitFor('the editor at the call', () => vscode.window.activeTextEditor?.document.uri.path.endsWith(row.type === 'row' ? row.finding.file : '') ? vscode.window.activeTextEditor : undefined);
      assert.strictEqual(editor.selection.start.line, row.type === 'row' ? row.finding.site.range.start.line : -1, 'the cursor is on the call');
    } finally {
      await vscode.commands.executeCommand('openaiPrivacyLens.clearFindingsFilter');
      await vscode.commands.executeCommand('openaiPrivacyLens.groupFindingsBy', 'severity');
    }
    assert.strictEqual(tree.rows().length >= api.testing.store.all().length, true, 'clearing the filter shows every call site again');
  });

  test('the "open the policy topic" quick fix opens the endpoint\'s topic', async () => {
    const api = await lensApi();
    await api.scanWorkspace({ silent: true });
    const doc = await openFixture('app/assistant.py');
    const line = positionOf(doc, 'client.files.create').line;
    const diagnostic = await waitFor('a diagnostic on files.create', () => ourDiagnostics(doc.uri).find((d) => d.range.start.line === line));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const open = actions.find((a) => a.title === 'Open the policy topic for this endpoint');
    assert.ok(open?.command, `open-topic fix offered (got: ${actions.map((a) => a.title).join(' | ')})`);
    assert.ok(await vscode.commands.executeCommand(open.command.command, ...(open.command.arguments ?? [])));
    assert.match(api.testing.detail.lastTitle, /kept until deleted|Fine-tuning|files/i, `the topic page opened (${api.testing.detail.lastTitle})`);
    assert.match(api.testing.detail.lastHtml, /\/v1\/files/);
  });

  test('export writes JSON and a Markdown review report of the scan', async () => {
    const api = await lensApi();
    await api.scanWorkspace({ silent: true });
    const jsonUri = workspaceUri('openai-privacy-report.json');
    const mdUri = workspaceUri('openai-privacy-report.md');
    try {
      await vscode.commands.executeCommand('openaiPrivacyLens.exportReport', 'json', jsonUri);
      const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(jsonUri))) as { version: number; findings: Array<{ file: string; endpoint: string; provider: string }> };
      assert.strictEqual(json.version, 1);
      assert.strictEqual(json.findings.length, api.testing.store.all().length, 'every call site, safe ones too');
      assert.ok(json.findings.some((f) => f.file === 'svc/main.go' && f.endpoint === '/v1/vector_stores'), 'Go call listed');
      assert.ok(json.findings.some((f) => f.file === 'local/ollama_chat.py' && f.provider === 'other'), 'non-OpenAI destination listed');
      await vscode.commands.executeCommand('openaiPrivacyLens.exportReport', 'markdown', mdUri);
      const md = new TextDecoder().decode(await vscode.workspace.fs.readFile(mdUri));
      assert.match(md, /^# /m, 'a titled report');
      assert.match(md, /\| *Endpoint *\|/i, 'an endpoint table');
      assert.match(md, /\/v1\/files/);
      assert.match(md, /zero-data-retention|Zero Data Retention/i, 'under the declared profile');
    } finally {
      await vscode.workspace.fs.delete(jsonUri).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(mdUri).then(undefined, () => undefined);
    }
  });

  test('multi-root: every folder is scanned under its own profile', async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length < 2) throw new SkipTest('this host opens a single folder (test-web mounts one)');
    const api = await lensApi();
    const findings = await api.scanWorkspace({ silent: true });
    const second = vscode.Uri.joinPath(folders[1]?.uri ?? folders[0]!.uri, 'billing/invoices.py');
    const inSecond = api.testing.store.forUri(second);
    assert.deepStrictEqual(inSecond.map((f) => f.site.endpoint), ['/v1/files'], 'the second root is scanned');
    assert.ok(findings.some((f) => f.file === 'billing/invoices.py'), 'and its sites are returned');
    const rules = (uri: vscode.Uri, line: number): string[] => (api.testing.store.forUri(uri).find((f) => f.site.range.start.line === line)?.verdicts ?? []).map((v) => v.ruleId);
    const first = await vscode.workspace.openTextDocument(workspaceUri('app/assistant.py'));
    assert.ok(rules(first.uri, positionOf(first, 'client.files.create').line).includes('OPL001'), 'first root (ZDR profile): files are not ZDR eligible');
    assert.ok(!rules(second, 7).includes('OPL001'), `second root (default retention): no ZDR verdict (got ${rules(second, 7).join(', ')})`);
    await waitFor('diagnostics in the second root', () => (ourDiagnostics(second).length > 0 ? true : undefined));
  });
}
