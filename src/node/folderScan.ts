import { PREFILTER_TERMS } from '../core/detect/languages';
import type { ProjectIndexData } from '../core/detect/projectIndex';
import type { Finding, OrgProfile } from '../core/model';
import type { ScanPhase } from '../core/scan/scanDocuments';
import { scanDocuments } from '../core/scan/scanDocuments';
import { excludeMatcher } from '../core/suppress/glob';
import { listSourceFiles, SourceFileReader } from './walk';

/** What the Node extension host asks of its scan thread: one local workspace folder. */
export interface FolderScanRequest {
  root: string;
  /** Editor excludes (files.exclude, search.exclude, the extension's own), as globs. */
  excludes: string[];
  maxFileSize: number;
  maxFileSizeName: string;
  /** Unsaved editor text, by folder-relative path: it wins over the disk. */
  unsaved: Array<[string, string]>;
  profile: OrgProfile;
  today?: string;
}

/**
 * What the thread sends back, in this order: listed, then progress/skipped/phase, then findings
 * chunks (each answered by the host with 'taken'), then done.
 */
export type FolderScanMessage =
  | { type: 'listed'; total: number }
  | { type: 'progress'; done: number }
  | { type: 'phase'; phase: ScanPhase; candidates: number }
  | { type: 'skipped'; items: Array<{ path: string; reason: string }> }
  | { type: 'findings'; findings: Finding[] }
  | { type: 'done'; problems: Array<{ path: string; message: string }>; filesScanned: number; filesMatched: number; project?: ProjectIndexData }
  | { type: 'failed'; message: string };

/** Progress every 50 ms or every 100 files, whichever comes first: each message is a short task on the extension host. */
const PROGRESS_MS = 50;
const PROGRESS_FILES = 100;
/** Findings per message: each message is deserialized in one task on the extension host, so keep them small. */
const FINDINGS_CHUNK = 400;

/**
 * Lists, reads and analyses one folder with synchronous file access, posting what it finds. Runs
 * on a worker thread: the extension host's own thread then only receives small messages instead
 * of allocating for 100,000 files, which is what made its garbage-collection pauses long.
 */
export async function runFolderScan(request: FolderScanRequest, post: (message: FolderScanMessage) => void, taken: () => Promise<void> = async () => undefined): Promise<void> {
  let skipped: Array<{ path: string; reason: string }> = [];
  const onSkip = (path: string, reason: string): void => {
    skipped.push({ path, reason });
  };
  const excluded = excludeMatcher(request.excludes);
  const paths = [...listSourceFiles(request.root, { onSkip, isExcluded: excluded })];
  post({ type: 'listed', total: paths.length });
  const unsaved = new Map(request.unsaved);
  const reader = new SourceFileReader(request.root, { maxFileSize: request.maxFileSize, maxFileSizeName: request.maxFileSizeName, onSkip, prefilterTerms: PREFILTER_TERMS });
  function* docs(): Generator<{ path: string; text: string }> {
    for (const path of paths) {
      const text = unsaved.get(path);
      const doc = text !== undefined ? { path, text } : reader.read(path);
      if (doc) yield doc;
    }
  }
  let lastPost = Date.now();
  let filesRead = 0;
  const flushSkipped = (): void => {
    if (skipped.length === 0) return;
    post({ type: 'skipped', items: skipped });
    skipped = [];
  };
  // the files the prefilter passed over are read again only for a function a candidate may call
  const whole = new SourceFileReader(request.root, { maxFileSize: request.maxFileSize, onSkip: () => undefined });
  const result = await scanDocuments(docs(), {
    profile: request.profile,
    readOtherFile: (path) => unsaved.get(path) ?? whole.read(path)?.text,
    ...(request.today ? { today: request.today } : {}),
    onProgress: (done) => {
      filesRead = done;
      const now = Date.now();
      if (now - lastPost < PROGRESS_MS && done % PROGRESS_FILES !== 0) return;
      lastPost = now;
      flushSkipped();
      post({ type: 'progress', done });
    },
    onPhase: (phase, candidates) => {
      // reading is over: the last progress says every file was read
      if (phase === 'indexing') {
        flushSkipped();
        post({ type: 'progress', done: filesRead });
      }
      post({ type: 'phase', phase, candidates });
    },
  });
  flushSkipped();
  // One chunk at a time: the host deserializes every queued message in one task, so the next
  // chunk is sent only after the host has taken the previous one (`taken`).
  for (let i = 0; i < result.findings.length; i += FINDINGS_CHUNK) {
    post({ type: 'findings', findings: result.findings.slice(i, i + FINDINGS_CHUNK) });
    await taken();
  }
  post({ type: 'done', problems: result.problems, filesScanned: result.filesScanned, filesMatched: result.filesMatched, ...(result.project ? { project: result.project.data() } : {}) });
}
