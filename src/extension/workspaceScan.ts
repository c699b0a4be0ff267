import * as vscode from 'vscode';
import { maxFileSizeFor } from './documentAnalysis';
import { bytesMayMentionOpenAI, scanTexts } from './engine';
import type { ScanSummary, WorkspaceFinding } from './findingsStore';
import type { Lens } from './lens';
import type { ReadOutcome } from './fileReader';
import type { CandidateFile } from './workspaceFiles';
import { candidateUri, listCandidateFiles, relativeTo } from './workspaceFiles';

export interface ScanOutcome {
  findings: WorkspaceFinding[];
  summary: ScanSummary;
}

/** How far a running scan is: files read so far out of the files listed. */
export interface ScanProgress {
  done: number;
  total: number;
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
    perFolder.push({ folder, files: await listCandidateFiles(folder, token, lens.parts.reader) });
  }
  const total = perFolder.reduce((n, f) => n + f.files.length, 0);
  let done = 0;
  let lastReport = 0;
  let reportedDone = 0;
  const signal = { get aborted() { return token.isCancellationRequested; } };
  for (const { folder, files } of perFolder) {
    if (token.isCancellationRequested) break;
    const profile = await lens.parts.profiles.profileFor(folder.uri);
    const maxSize = maxFileSizeFor(folder);
    const result = await scanTexts(readFiles(lens, files, maxSize, skipped, token), {
      profile,
      signal,
      onProgress: () => {
        done++;
        lens.reportProgress({ done, total });
        const now = Date.now();
        if (now - lastReport > 100 || done === total) {
          progress.report({ message: `${done}/${total} files`, increment: ((done - reportedDone) / Math.max(total, 1)) * 100 });
          reportedDone = done;
          lens.parts.status.setScanning(done);
          lastReport = now;
        }
      },
    });
    // the core's last step (ranking) just ran: start the mapping in a slice of its own
    await new Promise((resolve) => setTimeout(resolve, 0));
    const uris = new Map<string, vscode.Uri>();
    filesScanned += result.filesScanned;
    filesMatched += result.filesMatched;
    for (const p of result.problems) {
      skipped.push({ path: p.path, reason: p.message });
    }
    for (const f of result.findings) {
      let uri = uris.get(f.file);
      if (!uri) uris.set(f.file, (uri = candidateUri({ folder, relativePath: f.file })));
      findings.push({ ...f, uri });
    }
  }
  if (!token.isCancellationRequested) await dropFilesGoneFromDisk(lens, findings, skipped);
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

/**
 * A file deleted after the scan read it must not keep findings: the store has to end consistent
 * with the disk. Only files with call sites are checked, so this costs a few stats.
 */
async function dropFilesGoneFromDisk(lens: Lens, findings: WorkspaceFinding[], skipped: ScanSummary['skipped']): Promise<void> {
  const byUri = new Map<string, vscode.Uri>();
  const relative = new Map<string, string>();
  for (const f of findings) {
    byUri.set(f.uri.toString(), f.uri);
    relative.set(f.uri.toString(), f.file);
  }
  const gone = new Set<string>();
  await Promise.all(
    [...byUri].map(async ([key, uri]) => {
      if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === key && d.isDirty)) return;
      if (!(await lens.parts.reader.exists(uri))) gone.add(key);
    }),
  );
  if (gone.size === 0) return;
  const kept = findings.filter((f) => !gone.has(f.uri.toString()));
  findings.splice(0, findings.length, ...kept);
  for (const key of gone) skipped.push({ path: relative.get(key) ?? key, reason: 'deleted during the scan' });
}

/** Reads ahead of the analysis so disk latency overlaps with it; the order of files is kept. */
const READ_AHEAD = 16;
const SCRATCH_BYTES = 256 * 1024;

async function* readFiles(lens: Lens, files: CandidateFile[], maxSize: number, skipped: ScanSummary['skipped'], token: vscode.CancellationToken): AsyncGenerator<{ path: string; text: string }> {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  // Open documents by folder-relative path, so a file's URI is only built when it is read.
  const open = new Map<string, vscode.TextDocument>();
  for (const d of vscode.workspace.textDocuments) {
    const folder = vscode.workspace.getWorkspaceFolder(d.uri);
    const rel = folder ? relativeTo(folder.uri, d.uri) : undefined;
    if (folder && rel !== undefined) open.set(`${folder.index}:${rel}`, d);
  }
  const openKey = (file: CandidateFile): string => `${file.folder.index}:${file.relativePath}`;
  const pending = new Map<number, Promise<ReadOutcome>>();
  // One scratch buffer per read in flight, plus the one being analysed: reads can land in them
  // instead of new buffers. A buffer is reused only after its file has been decoded or dropped.
  const scratch = Array.from({ length: READ_AHEAD + 1 }, () => new Uint8Array(SCRATCH_BYTES));
  const start = (i: number): void => {
    const file = files[i];
    // Unsaved editor text wins over the disk; those files are not read.
    if (file && !open.get(openKey(file))?.isDirty) pending.set(i, lens.parts.reader.read(candidateUri(file), maxSize, scratch[i % scratch.length]));
  };
  for (let i = 0; i < Math.min(READ_AHEAD, files.length); i++) start(i);
  for (let i = 0; i < files.length; i++) {
    if (token.isCancellationRequested) return;
    if (i + READ_AHEAD < files.length) start(i + READ_AHEAD);
    const file = files[i];
    const read = pending.get(i);
    pending.delete(i);
    if (!file) continue;
    const document = open.get(openKey(file));
    if (!read || document?.isDirty) {
      if (document) yield { path: file.relativePath, text: document.getText() };
      continue;
    }
    const outcome = await read;
    if ('skipped' in outcome) {
      skipped.push({ path: file.relativePath, reason: outcome.skipped });
      continue;
    }
    if (outcome.bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) {
      skipped.push({ path: file.relativePath, reason: 'binary file (NUL byte)' });
      continue;
    }
    // Files without any prefilter term are counted but not decoded: no detector can find a call
    // in them, and decoding 100,000 files is most of the garbage a large scan makes.
    yield { path: file.relativePath, text: bytesMayMentionOpenAI(outcome.bytes) ? decoder.decode(outcome.bytes) : '' };
  }
}
