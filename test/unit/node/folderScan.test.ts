import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { DEFAULT_PROFILE } from '../../../src/core/model';
import type { FolderScanMessage, FolderScanRequest } from '../../../src/node/folderScan';
import { runFolderScan } from '../../../src/node/folderScan';
import { scanFolderInThread } from '../../../src/extension/scanThread';

// The Node extension host scans local folders on a worker thread (dist/scan-worker.js). What the
// thread sends must be what the scan on the host's own thread would find, in a fixed order.
const workerScript = path.resolve(__dirname, '../../../dist/scan-worker.js');
const root = mkdtempSync(path.join(os.tmpdir(), 'lens-folder-scan-'));
const write = (rel: string, text: string | Buffer): void => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
};
write('app/chat.py', 'from openai import OpenAI\nclient = OpenAI()\nclient.chat.completions.create(model="gpt-4o", messages=[], store=True)\n');
write('app/files.ts', 'import OpenAI from "openai";\nconst openai = new OpenAI();\nawait openai.files.create({ file, purpose: "batch" });\n');
write('app/plain.py', 'def add(a, b):\n    return a + b\n');
write('app/edited.py', 'print("nothing here yet")\n');
write('generated/out.py', 'from openai import OpenAI\nOpenAI().files.create(file=f, purpose="batch")\n');
write('app/blob.py', Buffer.from([0x6f, 0x70, 0x65, 0x6e, 0x61, 0x69, 0, 1, 2]));
write('app/huge.py', `# openai\n${'x = 1\n'.repeat(2_000)}`);

const request: FolderScanRequest = {
  root,
  excludes: ['**/generated/**'],
  maxFileSize: 5_000,
  maxFileSizeName: 'openaiPrivacyLens.maxFileSize',
  unsaved: [['app/edited.py', 'from openai import OpenAI\nclient = OpenAI()\nclient.batches.create(input_file_id="f", endpoint="/v1/chat/completions", completion_window="24h")\n']],
  profile: DEFAULT_PROFILE,
  today: '2026-11-25',
};

const never = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) };

describe('scanning a local folder off the extension host thread', () => {
  after(() => rmSync(root, { recursive: true, force: true }));

  it('lists, reads and analyses the folder, with excludes, unsaved text and skip reasons', async () => {
    const messages: FolderScanMessage[] = [];
    await runFolderScan(request, (m) => messages.push(m));
    assert.equal(messages[0]?.type, 'listed');
    assert.equal(messages.at(-1)?.type, 'done');
    const listed = messages[0]?.type === 'listed' ? messages[0].total : -1;
    assert.equal(listed, 6, 'six source files; the excluded folder is not listed');
    const findings = messages.flatMap((m) => (m.type === 'findings' ? m.findings : []));
    const where = findings.map((f) => `${f.file}:${f.site.endpoint}`).sort();
    assert.deepEqual(where, ['app/chat.py:/v1/chat/completions', 'app/edited.py:/v1/batches', 'app/files.ts:/v1/files']);
    const skipped = new Map(messages.flatMap((m) => (m.type === 'skipped' ? m.items : [])).map((s) => [s.path, s.reason]));
    assert.match(skipped.get('app/blob.py') ?? '', /binary/);
    assert.match(skipped.get('app/huge.py') ?? '', /above openaiPrivacyLens\.maxFileSize \(5000\)/);
    const done = messages.at(-1);
    assert.ok(done?.type === 'done' && done.filesScanned === 4 && done.filesMatched === 3, JSON.stringify(done));
    const lastProgress = messages.filter((m) => m.type === 'progress').at(-1);
    assert.deepEqual(lastProgress, { type: 'progress', done: 4 }, 'the last progress counts every file read');
  });

  it('the worker bundle gives the same findings, and a cancel ends it at once', async () => {
    assert.ok(existsSync(workerScript), `${workerScript} exists (node scripts/build.mjs makes it)`);
    const inProcess: FolderScanMessage[] = [];
    await runFolderScan(request, (m) => inProcess.push(m));
    const expected = inProcess.flatMap((m) => (m.type === 'findings' ? m.findings : []));
    const phases: string[] = [];
    const outcome = await scanFolderInThread(workerScript, request, { onListed: () => undefined, onProgress: () => undefined, onPhase: (p) => phases.push(p) }, never);
    assert.deepEqual(outcome.findings, expected);
    assert.deepEqual(phases, ['indexing', 'detecting', 'evaluating', 'ranking']);
    assert.equal(outcome.filesScanned, 4);
    assert.equal(outcome.skipped.length, 2);

    let cancel: () => void = () => undefined;
    const token = {
      isCancellationRequested: false,
      onCancellationRequested: (listener: () => void) => {
        cancel = () => {
          token.isCancellationRequested = true;
          listener();
        };
        return { dispose: () => undefined };
      },
    };
    const started = performance.now();
    const running = scanFolderInThread(workerScript, request, { onListed: () => cancel(), onProgress: () => undefined, onPhase: () => undefined }, token);
    const cancelled = await running;
    assert.equal(cancelled.cancelled, true);
    assert.deepEqual(cancelled.findings, []);
    assert.ok(performance.now() - started < 5_000);
  });

  it('a thread that cannot start is an error the caller can fall back from', async () => {
    await assert.rejects(scanFolderInThread(path.join(root, 'no-such-worker.js'), request, { onListed: () => undefined, onProgress: () => undefined, onPhase: () => undefined }, never));
  });
});
