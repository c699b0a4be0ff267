import * as vscode from 'vscode';
import { maxFileSizeFor } from './documentAnalysis';
import type { ScanPhase, ScanResult } from '../core/scan/scanDocuments';
import { TimeSlices } from '../core/scan/timeSlices';
import { bytesMayMentionOpenAI, mayBeExtensionlessScript, opensWithScriptShebang, projectIndexFrom, scanTexts } from './engine';
import type { ProjectIndex } from './engine';
import type { ScanSummary, WorkspaceFinding } from './findingsStore';
import type { Lens } from './lens';
import type { ReadOutcome } from './fileReader';
import type { FolderFiles } from './workspaceFiles';
import { excludedGlobs, listedUri, listFolderFiles, relativeTo, uriInFolder } from './workspaceFiles';

export interface ScanOutcome {
  findings: WorkspaceFinding[];
  summary: ScanSummary;
}

/** How far a running scan is: files read so far out of the files listed, then the step after reading. */
export interface ScanProgress {
  done: number;
  total: number;
  phase?: ScanPhase | 'publishing';
}

const PHASE_MESSAGES: Record<ScanPhase, (candidates: number) => string> = {
  indexing: (n) => `indexing ${n} files that mention OpenAI…`,
  detecting: (n) => `finding calls in ${n} files…`,
  evaluating: () => 'judging the calls under the profile…',
  ranking: () => 'sorting the findings…',
};

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
  let onScanThread = false;
  // each folder's clients and factories, for analysing its files in the editor afterwards
  const projects = new Map<string, ProjectIndex>();
  const counter = new ProgressCounter(lens, progress, folders.length);
  progress.report({ message: 'listing files…' });
  for (const [index, folder] of folders.entries()) {
    if (token.isCancellationRequested) break;
    counter.beginFolder(index);
    const result = await scanFolder(lens, folder, counter, token);
    if (!result || token.isCancellationRequested) break;
    // the core's last step (ranking) just ran: start the mapping in a slice of its own
    await new Promise((resolve) => setTimeout(resolve, 0));
    filesScanned += result.filesScanned;
    filesMatched += result.filesMatched;
    onScanThread ||= result.onScanThread;
    if (result.project) projects.set(folder.uri.toString(), result.project);
    skipped.push(...result.skipped);
    for (const p of result.problems) skipped.push({ path: p.path, reason: p.message });
    const uris = new Map<string, vscode.Uri>();
    const slices = new TimeSlices();
    for (const f of result.findings) {
      let uri = uris.get(f.file);
      if (!uri) uris.set(f.file, (uri = uriInFolder(folder, f.file)));
      // The scan's findings are this scan's own objects: tag them in place rather than copy
      // 20,000 of them in one burst the collector would then pause the host to move.
      const tagged = f as WorkspaceFinding;
      tagged.uri = uri;
      findings.push(tagged);
      // a URI per file for thousands of files is tens of milliseconds: in slices
      if (slices.due()) await slices.next();
    }
  }
  if (!token.isCancellationRequested) await dropFilesGoneFromDisk(lens, findings, skipped);
  const summary: ScanSummary = {
    finishedAt: new Date(),
    durationMs: Date.now() - started,
    // a cancelled scan's own count is lost with its thread: say how far it got
    filesScanned: token.isCancellationRequested ? Math.max(filesScanned, counter.done) : filesScanned,
    filesMatched,
    skipped,
    cancelled: token.isCancellationRequested,
    onScanThread,
  };
  for (const s of skipped) lens.log.info(`skipped ${s.path}: ${s.reason}`);
  if (summary.cancelled) {
    lens.log.info(`scan cancelled after ${counter.done} of ${counter.total} files (${summary.durationMs} ms); previous results kept`);
    lens.parts.status.setScanning(undefined);
  } else {
    counter.phase('publishing');
    lens.parts.store.replaceAll(findings, summary, projects);
    await vscode.commands.executeCommand('setContext', 'openaiPrivacyLens.hasScan', true);
    lens.log.info(`scan finished: ${findings.length} call sites in ${filesMatched} of ${filesScanned} files, ${skipped.length} skipped, ${summary.durationMs} ms${onScanThread ? ' (on the scan thread)' : ''}`);
  }
  return { findings, summary };
}

type FolderResult = Omit<ScanResult, 'cancelled'> & { skipped: ScanSummary['skipped']; onScanThread: boolean };

/**
 * One folder under its own profile: on a worker thread when the host offers one (the Node host,
 * local folders) and the folder is large, otherwise here, reading through the host's file reader
 * in time slices. Undefined when cancelled.
 */
async function scanFolder(lens: Lens, folder: vscode.WorkspaceFolder, counter: ProgressCounter, token: vscode.CancellationToken): Promise<FolderResult | undefined> {
  const profile = await lens.parts.profiles.profileFor(folder.uri);
  const maxFileSize = maxFileSizeFor(folder);
  const { reader } = lens.parts;
  // A thread costs a few hundred milliseconds to start: small folders are scanned here at once.
  let files = reader.scanFolder ? await listFolderFiles(folder, token, reader, SCAN_THREAD_MIN_FILES) : undefined;
  if (token.isCancellationRequested) return undefined;
  const threaded =
    (!files || files.truncated) &&
    reader.scanFolder?.(
      folder.uri,
      { excludes: excludedGlobs(folder), maxFileSize, maxFileSizeName: 'openaiPrivacyLens.maxFileSize', unsaved: unsavedDocuments(folder), profile },
      {
        onListed: (total) => counter.addTotal(total),
        onProgress: (done) => counter.set(done),
        onPhase: (phase, candidates) => counter.phase(phase, candidates),
      },
      token,
    );
  if (threaded) {
    try {
      const result = await threaded;
      if (result.cancelled) return undefined;
      const { project, ...rest } = result;
      return { ...rest, ...(project ? { project: projectIndexFrom(project) } : {}), onScanThread: true };
    } catch (error) {
      if (token.isCancellationRequested) return undefined;
      lens.log.warn(`the scan thread failed, scanning ${folder.name} on the extension host instead: ${error instanceof Error ? error.message : String(error)}`);
      counter.restartFolder();
      files = undefined;
    }
  }
  if (!files || files.truncated) files = await listFolderFiles(folder, token, reader);
  if (token.isCancellationRequested) return undefined;
  counter.addTotal(files.paths.length);
  const skipped: ScanSummary['skipped'] = [...(files.skipped ?? [])];
  const signal = { get aborted() { return token.isCancellationRequested; } };
  const result = await scanTexts(readFiles(lens, files, maxFileSize, skipped, token), {
    profile,
    signal,
    readOtherFile: (path) => readWholeFile(lens, files.folder, path, maxFileSize),
    onProgress: (done) => counter.set(done),
    onPhase: (phase, candidates) => counter.phase(phase, candidates),
  });
  return result.cancelled || token.isCancellationRequested ? undefined : { ...result, skipped, onScanThread: false };
}

/** Folders with more files than this are scanned on the scan thread, when the host has one. */
const SCAN_THREAD_MIN_FILES = 500;

/** Unsaved editor text of this folder's documents, by folder-relative path: it wins over the disk. */
function unsavedDocuments(folder: vscode.WorkspaceFolder): Array<[string, string]> {
  const unsaved: Array<[string, string]> = [];
  for (const d of vscode.workspace.textDocuments) {
    if (!d.isDirty || vscode.workspace.getWorkspaceFolder(d.uri)?.index !== folder.index) continue;
    const rel = relativeTo(folder.uri, d.uri);
    if (rel !== undefined) unsaved.push([rel, d.getText()]);
  }
  return unsaved;
}

/**
 * Progress for the notification (at most every 100 ms), the status bar, and the testing hook.
 * Folders are listed as their turn comes, so the bar gives each folder an equal share and fills
 * that share as its files are read; the file counts add up as folders are listed.
 */
class ProgressCounter {
  done = 0;
  total = 0;
  private folderIndex = 0;
  private folderBase = 0;
  private folderTotal = 0;
  private lastReport = 0;
  private reportedPercent = 0;

  constructor(
    private readonly lens: Lens,
    private readonly progress: Progress,
    private readonly folders: number,
  ) {}

  beginFolder(index: number): void {
    this.folderIndex = index;
    this.folderBase = this.done;
    this.folderTotal = 0;
  }

  addTotal(files: number): void {
    this.total += files;
    this.folderTotal += files;
  }

  /** The folder starts over (its scan thread failed): its files leave the total until listed again. */
  restartFolder(): void {
    this.total -= this.folderTotal;
    this.folderTotal = 0;
    this.done = this.folderBase;
  }

  /** Files read so far in the current folder. */
  set(doneInFolder: number): void {
    const done = this.folderBase + doneInFolder;
    this.done = done;
    this.lens.reportProgress({ done, total: this.total });
    const now = Date.now();
    const last = doneInFolder >= this.folderTotal;
    if (now - this.lastReport > 100 || last) {
      const share = Math.min(1, doneInFolder / Math.max(this.folderTotal, 1));
      const percent = ((this.folderIndex + share) / Math.max(this.folders, 1)) * 100;
      // never backwards: a folder that starts over keeps the bar where it was
      this.progress.report({ message: `${done}/${this.total} files`, increment: Math.max(0, percent - this.reportedPercent) });
      this.reportedPercent = Math.max(this.reportedPercent, percent);
      this.lens.parts.status.setScanning(done);
      this.lastReport = now;
    }
  }

  phase(phase: ScanPhase | 'publishing', candidates = 0): void {
    this.lens.reportProgress({ done: this.done, total: this.total, phase });
    if (phase !== 'publishing') this.progress.report({ message: PHASE_MESSAGES[phase](candidates) });
  }
}

/**
 * A file deleted after the scan read it must not keep findings: the store has to end consistent
 * with the disk. Only files with call sites are checked, so this costs a few stats.
 */
async function dropFilesGoneFromDisk(lens: Lens, findings: WorkspaceFinding[], skipped: ScanSummary['skipped']): Promise<void> {
  const unsaved = new Set(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()));
  // Findings of one file share its Uri object: one entry per file.
  const files = new Map<vscode.Uri, string>();
  const slices = new TimeSlices();
  for (const f of findings) {
    files.set(f.uri, f.file);
    if (slices.due()) await slices.next();
  }
  const toCheck = [...files.keys()].filter((uri) => !unsaved.has(uri.toString()));
  const gone = new Set<vscode.Uri>();
  // A few checks at a time: thousands of stat calls started at once are one long task.
  for (let i = 0; i < toCheck.length; i += EXISTS_BATCH) {
    const batch = toCheck.slice(i, i + EXISTS_BATCH);
    const exists = await Promise.all(batch.map((uri) => lens.parts.reader.exists(uri)));
    batch.forEach((uri, j) => exists[j] || gone.add(uri));
    if (slices.due()) await slices.next();
  }
  if (gone.size === 0) return;
  const kept = findings.filter((f) => !gone.has(f.uri));
  findings.splice(0, findings.length, ...kept);
  for (const uri of gone) skipped.push({ path: files.get(uri) ?? uri.toString(), reason: 'deleted during the scan' });
}

const EXISTS_BATCH = 32;

/** Reads ahead of the analysis so disk latency overlaps with it; the order of files is kept. */
const READ_AHEAD = 16;
const SCRATCH_BYTES = 256 * 1024;

/** A file's text as the editor has it (unsaved changes first), for a function a candidate may call; undefined when unreadable. */
async function readWholeFile(lens: Lens, folder: vscode.WorkspaceFolder, path: string, maxSize: number): Promise<string | undefined> {
  const uri = uriInFolder(folder, path);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open?.isDirty) return open.getText();
  const outcome = await lens.parts.reader.read(uri, maxSize);
  return 'bytes' in outcome ? new TextDecoder('utf-8', { fatal: false }).decode(outcome.bytes) : undefined;
}

async function* readFiles(lens: Lens, files: FolderFiles, maxSize: number, skipped: ScanSummary['skipped'], token: vscode.CancellationToken): AsyncGenerator<{ path: string; text: string }> {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const { paths } = files;
  // This folder's open documents by folder-relative path.
  const open = new Map<string, vscode.TextDocument>();
  for (const d of vscode.workspace.textDocuments) {
    const folder = vscode.workspace.getWorkspaceFolder(d.uri);
    const rel = folder?.index === files.folder.index ? relativeTo(folder.uri, d.uri) : undefined;
    if (rel !== undefined) open.set(rel, d);
  }
  const pending = new Map<number, Promise<ReadOutcome>>();
  // One scratch buffer per read in flight, plus the one being analysed: reads can land in them
  // instead of new buffers. A buffer is reused only after its file has been decoded or dropped.
  const scratch = Array.from({ length: READ_AHEAD + 1 }, () => new Uint8Array(SCRATCH_BYTES));
  const start = (i: number): void => {
    const path = paths[i];
    // Unsaved editor text wins over the disk; those files are not read.
    if (path !== undefined && !open.get(path)?.isDirty) pending.set(i, lens.parts.reader.read(listedUri(files, i), maxSize, scratch[i % scratch.length]));
  };
  for (let i = 0; i < Math.min(READ_AHEAD, paths.length); i++) start(i);
  for (let i = 0; i < paths.length; i++) {
    if (token.isCancellationRequested) return;
    if (i + READ_AHEAD < paths.length) start(i + READ_AHEAD);
    const path = paths[i];
    const read = pending.get(i);
    pending.delete(i);
    if (path === undefined) continue;
    const document = open.get(path);
    if (!read || document?.isDirty) {
      if (document) yield { path, text: document.getText() };
      continue;
    }
    const outcome = await read;
    // the Node host's listing also has the extensionless files that may be shell scripts: only a `#!` line makes one
    const script = mayBeExtensionlessScript(path.slice(path.lastIndexOf('/') + 1));
    if (script && ('skipped' in outcome || !opensWithScriptShebang(outcome.bytes))) continue;
    if ('skipped' in outcome) {
      skipped.push({ path, reason: outcome.skipped });
      continue;
    }
    if (outcome.bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) {
      skipped.push({ path, reason: 'binary file (NUL byte)' });
      continue;
    }
    // Files without any prefilter term are counted but not decoded: no detector can find a call
    // in them, and decoding 100,000 files is most of the garbage a large scan makes.
    yield { path, text: bytesMayMentionOpenAI(outcome.bytes) ? decoder.decode(outcome.bytes) : '' };
  }
}
