import * as vscode from 'vscode';
import type { CallSite, Range, SourceLanguage } from '../core/model';
import { analyzeText, EDITOR_LANGUAGE_ALIASES, EDITOR_LANGUAGES, languageForFileName } from './engine';
import type { WorkspaceFinding } from './findingsStore';
import type { Lens } from './lens';
import { relativeTo } from './workspaceFiles';

/** The editor's language ids are the detectors' own. */
const LANGUAGE_BY_ID: ReadonlyMap<string, SourceLanguage> = new Map([...EDITOR_LANGUAGES.map((l): [string, SourceLanguage] => [l, l]), ...EDITOR_LANGUAGE_ALIASES]);

const IGNORED_SCHEMES = new Set(['output', 'debug', 'git', 'vscode-settings', 'vscode-userdata', 'walkThroughSnippet', 'comment']);

/** The `openaiPrivacyLens.maxFileSize` setting for a file or folder. */
export function maxFileSizeFor(scope: vscode.Uri | vscode.WorkspaceFolder): number {
  return vscode.workspace.getConfiguration('openaiPrivacyLens', scope).get<number>('maxFileSize', 1048576);
}

/**
 * The language a document is read in: its editor language, or, for a file the editor shows as plain
 * text because no extension knows its kind (Kotlin, Vue or Svelte without theirs), the one its name says.
 */
export function analyzedLanguageOf(languageId: string, uri: vscode.Uri): SourceLanguage | undefined {
  const byId = LANGUAGE_BY_ID.get(languageId);
  if (byId || languageId !== 'plaintext') return byId;
  const byName = languageForFileName(uri.path);
  return byName === 'notebook' ? undefined : byName;
}

export function isAnalyzableDocument(document: vscode.TextDocument): boolean {
  return !IGNORED_SCHEMES.has(document.uri.scheme) && analyzedLanguageOf(document.languageId, document.uri) !== undefined;
}

/** Path shown for a document: relative to its workspace folder, or its file name. */
export function displayPath(uri: vscode.Uri): string {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return (folder && relativeTo(folder.uri, uri)) ?? uri.path.split('/').pop() ?? uri.toString();
}

/**
 * Analyses one open document (or notebook cell) with the same core the workspace scan and the
 * CLI use. Workspace facts (e.g. whether a delete call exists elsewhere) come from the last scan.
 */
export async function analyzeDocument(lens: Lens, document: vscode.TextDocument): Promise<WorkspaceFinding[]> {
  return analyzeSource(lens, document.uri, document.languageId, withEarlierCells(document));
}

/**
 * The same analysis for text that is not (or no longer) in an editor, e.g. a file's saved text
 * after its editor was closed without saving. `prefixLines` lines of context come first (earlier
 * notebook cells) and report no findings of their own.
 */
export async function analyzeSource(lens: Lens, uri: vscode.Uri, languageId: string, source: { text: string; prefixLines: number }): Promise<WorkspaceFinding[]> {
  const language = analyzedLanguageOf(languageId, uri);
  if (!language) return [];
  const maxSize = maxFileSizeFor(uri);
  const { text, prefixLines } = source;
  if (text.length > maxSize) {
    lens.log.info(`${displayPath(uri)}: ${text.length} characters, above openaiPrivacyLens.maxFileSize; not analysed`);
    return [];
  }
  const profile = await lens.parts.profiles.profileFor(uri);
  const otherSites: CallSite[] = [];
  for (const list of lens.parts.store.files(uri)) for (const f of list) otherSites.push(f.site);
  const relativePath = displayPath(uri);
  // a file of a workspace folder goes by its folder-relative path, as in the scan and in the index
  // of its imports: a Go package's key is its folder's last names, which an absolute path would change
  const fileName = vscode.workspace.getWorkspaceFolder(uri) ? relativePath : uri.path;
  // the last scan's index of the whole folder, else (before any scan) one of the modules this file imports
  const project = lens.parts.store.projectFor(uri) ?? (await lens.parts.imports.indexFor(uri, languageId, text));
  const { findings, problems } = analyzeText(text, {
    fileName,
    relativePath,
    language,
    profile,
    otherSites,
    ...(project ? { project } : {}),
  });
  for (const p of problems) lens.log.info(`${relativePath}: ${p}`);
  return findings
    .filter((f) => f.site.range.start.line >= prefixLines)
    .map((f) => ({ ...f, site: shiftSite(f.site, prefixLines), uri }));
}

/**
 * A notebook cell sees the clients built in the cells above it, as the kernel does: analyse the
 * earlier code cells and this one together, then keep this cell's sites.
 */
function withEarlierCells(document: vscode.TextDocument): { text: string; prefixLines: number } {
  const own = document.getText();
  if (document.uri.scheme !== 'vscode-notebook-cell') return { text: own, prefixLines: 0 };
  const notebook = vscode.workspace.notebookDocuments.find((nb) => nb.getCells().some((c) => c.document === document));
  if (!notebook) return { text: own, prefixLines: 0 };
  const earlier: string[] = [];
  for (const cell of notebook.getCells()) {
    if (cell.document === document) break;
    if (cell.kind === vscode.NotebookCellKind.Code && cell.document.languageId === document.languageId) earlier.push(cell.document.getText());
  }
  const prefix = earlier.length > 0 ? `${earlier.join('\n')}\n` : '';
  return { text: prefix + own, prefixLines: prefix ? prefix.split('\n').length - 1 : 0 };
}

function shiftSite(site: CallSite, lines: number): CallSite {
  if (lines === 0) return site;
  const shift = (r: Range): Range => ({ start: { line: r.start.line - lines, character: r.start.character }, end: { line: r.end.line - lines, character: r.end.character } });
  return { ...site, range: shift(site.range), ...(site.callRange ? { callRange: shift(site.callRange) } : {}) };
}
