import * as vscode from 'vscode';
import { GitignoreSet } from '../core/files/gitignoreSet';

/** File types the detectors read. */
export const SCANNED_GLOB = '**/*.{py,pyi,js,mjs,cjs,jsx,ts,mts,cts,tsx,go,sh,bash,zsh,http,rest,ipynb}';

/** Vendored and generated folders nobody wants findings from. */
const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**', '**/vendor/**', '**/.venv/**', '**/venv/**', '**/__pycache__/**', '**/site-packages/**', '**/dist/**', '**/build/**', '**/.next/**', '**/target/**'];

export interface CandidateFile {
  uri: vscode.Uri;
  folder: vscode.WorkspaceFolder;
  /** Relative to its workspace folder, `/` separators. */
  relativePath: string;
}

/**
 * Lists the files a workspace scan reads in one folder: our languages, minus `files.exclude`,
 * `search.exclude`, our own `exclude` setting, vendored folders and `.gitignore`d paths.
 * Everything goes through `workspace.findFiles`/`workspace.fs`, so virtual file systems work.
 */
export async function listCandidateFiles(folder: vscode.WorkspaceFolder, token: vscode.CancellationToken): Promise<CandidateFile[]> {
  const exclude = `{${excludedGlobs(folder).join(',')}}`;
  const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, SCANNED_GLOB), exclude, undefined, token);
  const gitignore = await loadGitignores(folder, token);
  const files: CandidateFile[] = [];
  for (const uri of uris) {
    const relativePath = relativeTo(folder.uri, uri);
    if (relativePath === undefined || gitignore.ignores(relativePath)) continue;
    files.push({ uri, folder, relativePath });
  }
  files.sort((a, b) => a.relativePath.localeCompare(b.relativePath));
  return files;
}

function excludedGlobs(folder: vscode.WorkspaceFolder): string[] {
  const globs = new Set(ALWAYS_EXCLUDED);
  for (const section of ['files', 'search'] as const) {
    const map = vscode.workspace.getConfiguration(section, folder).get<Record<string, unknown>>('exclude') ?? {};
    for (const [glob, on] of Object.entries(map)) if (on === true) globs.add(glob);
  }
  for (const glob of vscode.workspace.getConfiguration('openaiPrivacyLens', folder).get<string[]>('exclude') ?? []) {
    if (typeof glob === 'string' && glob.trim()) globs.add(glob.trim());
  }
  // Globs with braces cannot nest inside the outer {a,b}; keep only those that do not.
  return [...globs].filter((g) => !g.includes('{') && !g.includes(','));
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
