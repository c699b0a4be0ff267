import * as vscode from 'vscode';
import { scanTexts } from './engine';
import type { ScanSummary, WorkspaceFinding } from './findingsStore';
import type { Lens } from './lens';
import type { CandidateFile } from './workspaceFiles';
import { listCandidateFiles } from './workspaceFiles';

export interface ScanOutcome {
  findings: WorkspaceFinding[];
  summary: ScanSummary;
}

type Progress = vscode.Progress<{ message?: string; increment?: number }>;

const BINARY_PROBE_BYTES = 8192;

/**
 * Scans every workspace folder with the core pipeline: files come from `workspace.fs` (open,
 * unsaved documents from the editor), each folder under its own profile. A cancelled scan leaves
 * the previous results in place.
 */
export async function scanWorkspace(lens: Lens, progress: Progress, token: vscode.CancellationToken): Promise<ScanOutcome> {
  const started = Date.now();
  const folders = vscode.workspace.workspaceFolders ?? [];
  const skipped: ScanSummary['skipped'] = [];
  const findings: WorkspaceFinding[] = [];
  let filesScanned = 0;
  let filesMatched = 0;
  progress.report({ message: 'listing files…' });
  const perFolder: Array<{ folder: vscode.WorkspaceFolder; files: CandidateFile[] }> = [];
  for (const folder of folders) {
    if (token.isCancellationRequested) break;
    perFolder.push({ folder, files: await listCandidateFiles(folder, token) });
  }
  const total = perFolder.reduce((n, f) => n + f.files.length, 0);
  let done = 0;
  let lastReport = 0;
  let reportedDone = 0;
  const signal = { get aborted() { return token.isCancellationRequested; } };
  for (const { folder, files } of perFolder) {
    if (token.isCancellationRequested) break;
    const profile = await lens.parts.profiles.profileFor(folder.uri);
    const maxSize = vscode.workspace.getConfiguration('openaiPrivacyLens', folder).get<number>('maxFileSize', 1048576);
    const byPath = new Map(files.map((f) => [f.relativePath, f.uri]));
    const result = await scanTexts(readFiles(files, maxSize, skipped, token), {
      profile,
      signal,
      onProgress: () => {
        done++;
        const now = Date.now();
        if (now - lastReport > 100 || done === total) {
          progress.report({ message: `${done}/${total} files`, increment: ((done - reportedDone) / Math.max(total, 1)) * 100 });
          reportedDone = done;
          lens.parts.status.setScanning(done);
          lastReport = now;
        }
      },
    });
    filesScanned += result.filesScanned;
    filesMatched += result.filesMatched;
    for (const p of result.problems) {
      skipped.push({ path: p.path, reason: p.message });
    }
    for (const f of result.findings) {
      const uri = byPath.get(f.file);
      if (uri) findings.push({ ...f, uri });
    }
  }
  const summary: ScanSummary = {
    finishedAt: new Date(),
    durationMs: Date.now() - started,
    filesScanned,
    filesMatched,
    skipped,
    cancelled: token.isCancellationRequested,
  };
  for (const s of skipped) lens.log.info(`skipped ${s.path}: ${s.reason}`);
  if (summary.cancelled) {
    lens.log.info(`scan cancelled after ${done} of ${total} files (${summary.durationMs} ms); previous results kept`);
    lens.parts.status.setScanning(undefined);
  } else {
    lens.parts.store.replaceAll(findings, summary);
    await vscode.commands.executeCommand('setContext', 'openaiPrivacyLens.hasScan', true);
    lens.log.info(`scan finished: ${findings.length} call sites in ${filesMatched} of ${filesScanned} files, ${skipped.length} skipped, ${summary.durationMs} ms`);
  }
  return { findings, summary };
}

async function* readFiles(files: CandidateFile[], maxSize: number, skipped: ScanSummary['skipped'], token: vscode.CancellationToken): AsyncGenerator<{ path: string; text: string }> {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  for (const file of files) {
    if (token.isCancellationRequested) return;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.uri.toString());
    if (open?.isDirty) {
      yield { path: file.relativePath, text: open.getText() };
      continue;
    }
    try {
      const stat = await vscode.workspace.fs.stat(file.uri);
      if (stat.size > maxSize) {
        skipped.push({ path: file.relativePath, reason: `${stat.size} bytes is above openaiPrivacyLens.maxFileSize (${maxSize})` });
        continue;
      }
      const bytes = await vscode.workspace.fs.readFile(file.uri);
      if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) {
        skipped.push({ path: file.relativePath, reason: 'binary file (NUL byte)' });
        continue;
      }
      yield { path: file.relativePath, text: decoder.decode(bytes) };
    } catch (error) {
      skipped.push({ path: file.relativePath, reason: `could not be read: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
}
