import * as vscode from 'vscode';
import { GitignoreSet } from '../core/files/gitignoreSet';
import { TimeSlices } from '../core/scan/timeSlices';
import { EDITOR_FILE_EXTENSIONS, excludeMatcher, languageForFileName } from './engine';
import type { FileReader } from './fileReader';

/** File types the detectors read. */
export const SCANNED_GLOB = `**/*.{${EDITOR_FILE_EXTENSIONS.join(',')}}`;

/** Vendored and generated folders nobody wants findings from. */
const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**', '**/vendor/**', '**/.venv/**', '**/venv/**', '**/__pycache__/**', '**/site-packages/**', '**/dist/**', '**/build/**', '**/.next/**', '**/target/**', '**/.gradle/**', '**/Pods/**', '**/.dart_tool/**', '**/.build/**'];

/**
 * One folder's files to scan. Plain path strings, not an object per file: on 100,000 files the
 * wrappers were a burst of long-lived allocations the collector paused the host to copy.
 */
export interface FolderFiles {
  folder: vscode.WorkspaceFolder;
  /** Relative to the folder, `/` separators. */
  paths: string[];
  /** Parallel to `paths` when the listing produced URIs (findFiles); otherwise built when a file is read. */
  uris?: vscode.Uri[];
  /** Set when the listing stopped at its limit: the folder holds more files than `paths`. */
  truncated?: boolean;
  /** What the listing left out and why. */
  skipped?: Array<{ path: string; reason: string }>;
}

/** A listed file's URI. Built on demand: 100,000 URIs held for a whole scan are tens of megabytes the collector keeps walking. */
export function listedUri(files: FolderFiles, index: number): vscode.Uri {
  return files.uris?.[index] ?? uriInFolder(files.folder, files.paths[index] ?? '');
}

export function uriInFolder(folder: vscode.WorkspaceFolder, relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

/**
 * Lists the files a workspace scan reads in one folder: our languages, minus `files.exclude`,
 * `search.exclude`, our own `exclude` setting, vendored folders and `.gitignore`d paths. Local
 * folders in the Node host are listed by the reader, the rest through `workspace.findFiles`
 * and `workspace.fs`, so virtual file systems work.
 */
export async function listFolderFiles(folder: vscode.WorkspaceFolder, token: vscode.CancellationToken, reader: FileReader, limit?: number): Promise<FolderFiles> {
  const globs = excludedGlobs(folder);
  const excluded = excludeMatcher(globs);
  // reading settings and compiling globs is a slice of its own, apart from the first folder read
  await new TimeSlices().next();
  const skipped: Array<{ path: string; reason: string }> = [];
  const onSkip = (path: string, reason: string): void => void skipped.push({ path, reason });
  const listed = await reader.listFolder?.(folder.uri, { isSourceFile: (name) => languageForFileName(name) !== undefined, isExcluded: excluded, onSkip }, token, limit);
  if (listed) return limit !== undefined && listed.length > limit ? { folder, paths: listed.slice(0, limit), truncated: true, skipped } : { folder, paths: listed, skipped };
  // findFiles gets the excludes to skip work early; the same globs are applied again below because
  // hosts differ in how they read them (the web host's fallback search ignores some).
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, SCANNED_GLOB), findFilesExclude(globs), undefined, token);
  const gitignore = await loadGitignores(folder, token);
  const paths: string[] = [];
  const uris: vscode.Uri[] = [];
  const slices = new TimeSlices();
  for (const uri of found) {
    const relativePath = relativeTo(folder.uri, uri);
    if (relativePath !== undefined && !excluded(relativePath) && !gitignore.ignores(relativePath)) {
      paths.push(relativePath);
      uris.push(uri);
    }
    // 100,000 paths take longer than a frame: let the extension host breathe.
    if (slices.due()) {
      await slices.next();
      if (token.isCancellationRequested) return { folder, paths: [] };
    }
  }
  // No sort: on 100,000 paths it is one long synchronous slice, and the core orders its results.
  return { folder, paths, uris };
}

/** The excluded globs as one `findFiles` exclude pattern (those with braces or commas of their own cannot be nested in one). */
export function findFilesExclude(globs: readonly string[]): string {
  return `{${globs.filter((g) => !g.includes('{') && !g.includes(',')).join(',')}}`;
}

/** Globs a scan leaves out in this folder: vendored folders, files.exclude, search.exclude, our own setting. */
export function excludedGlobs(folder: vscode.WorkspaceFolder): string[] {
  const globs = new Set(ALWAYS_EXCLUDED);
  for (const section of ['files', 'search'] as const) {
    const map = vscode.workspace.getConfiguration(section, folder).get<Record<string, unknown>>('exclude') ?? {};
    for (const [glob, on] of Object.entries(map)) if (on === true) globs.add(glob);
  }
  for (const glob of vscode.workspace.getConfiguration('openaiPrivacyLens', folder).get<string[]>('exclude') ?? []) {
    if (typeof glob === 'string' && glob.trim()) globs.add(glob.trim());
  }
  return [...globs];
}

async function loadGitignores(folder: vscode.WorkspaceFolder, token: vscode.CancellationToken): Promise<GitignoreSet> {
  const set = new GitignoreSet();
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/.gitignore'), '**/node_modules/**', 500, token);
  for (const uri of found) {
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const rel = relativeTo(folder.uri, uri) ?? '.gitignore';
      set.add(rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '', text);
    } catch {
      // An unreadable .gitignore only means fewer exclusions; the scan goes on.
    }
  }
  return set;
}

export function relativeTo(base: vscode.Uri, uri: vscode.Uri): string | undefined {
  const basePath = base.path.endsWith('/') ? base.path : `${base.path}/`;
  if (uri.scheme !== base.scheme || uri.authority !== base.authority || !uri.path.startsWith(basePath)) return undefined;
  return uri.path.slice(basePath.length);
}
