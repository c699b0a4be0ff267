import * as vscode from 'vscode';
import { importedModuleNames, injectsSpringValues, languageForFileName, projectIndexOf, springConfigPaths } from './engine';
import type { ProjectIndex } from './engine';
import type { FileReader } from './fileReader';
import { excludedGlobs, findFilesExclude, relativeTo, uriInFolder } from './workspaceFiles';

/** Module files a name may be: `clients.py`, `clients/__init__.py`, `openai.ts`, `lib/index.js`. */
const MODULE_SUFFIXES = '{.py,/__init__.py,.ts,.tsx,.mts,.cts,.js,.jsx,.mjs,.cjs,/index.ts,/index.tsx,/index.js,/index.mjs}';
/** At most this many files are indexed for one document (its imports and theirs). */
const MAX_FILES = 60;
/** A hover waits this long for the first index of a document; a later index re-analyses it. */
const WAIT_MS = 1500;

type Family = 'python' | 'js' | 'go' | 'spring';

function familyOf(languageId: string, text: string): Family | undefined {
  if (languageId === 'python') return 'python';
  if (languageId === 'go') return 'go';
  // (a Spring Boot class's `@Value("${openai.api.url}")` fields: its module's configuration files say what they hold)
  if ((languageId === 'java' || languageId === 'kotlin') && injectsSpringValues(text)) return 'spring';
  return /^(?:java|type)script(?:react)?$/.test(languageId) ? 'js' : undefined;
}

/**
 * Before any scan, the editor's analysis of a file has no project index, so a client built in
 * another module (`from app.llm import client`, `get_openai_client()` from a helper module) is not
 * followed and the hover says nothing or too little. This indexes just the modules the file
 * imports (and the modules those import), found by name with `findFiles`: a few reads, not a scan.
 * Go files get the other files of their package (their folder); a Spring Boot class that injects
 * configuration values, its module's `application.properties` and `.yml`. Once a scan has run, its
 * index of the whole folder is used instead (see `documentAnalysis`).
 */
export class ImportedModulesIndex implements vscode.Disposable {
  /** Per document: the import names it was built for, the build, and its answer once settled. */
  private readonly cache = new Map<string, { signature: string; index: Promise<ProjectIndex | undefined>; settled?: { index: ProjectIndex | undefined } }>();
  private readonly lateEmitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires for a document whose index arrived after its analysis stopped waiting: analyse it again. */
  readonly onDidIndexLate = this.lateEmitter.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly reader: FileReader,
    private readonly log: vscode.LogOutputChannel,
    private readonly maxFileSize: (uri: vscode.Uri) => number,
  ) {
    // A saved, created, deleted or renamed module may change what a client is: index again on next use.
    const forget = (): void => this.cache.clear();
    this.subscriptions = [vscode.workspace.onDidSaveTextDocument(forget), vscode.workspace.onDidCreateFiles(forget), vscode.workspace.onDidDeleteFiles(forget), vscode.workspace.onDidRenameFiles(forget), this.lateEmitter];
  }

  /** The index of the modules `text` imports, or undefined (no folder, no imports, or not ready within WAIT_MS). */
  async indexFor(uri: vscode.Uri, languageId: string, text: string): Promise<ProjectIndex | undefined> {
    const family = familyOf(languageId, text);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!family || !folder) return undefined;
    const names = family === 'go' ? [] : family === 'spring' ? springConfigPaths(relativeTo(folder.uri, uri) ?? '') : importedModuleNames(text, family);
    if (family !== 'go' && names.length === 0) return undefined;
    const key = uri.toString();
    const signature = names.join(',');
    let entry = this.cache.get(key);
    if (!entry || entry.signature !== signature) {
      const built: NonNullable<typeof entry> = { signature, index: this.build(folder, uri, family, names) };
      void built.index.then((ready) => (built.settled = { index: ready }));
      this.cache.set(key, (entry = built));
    }
    // each keystroke's analysis asks again: a settled index needs no race and no timer
    if (entry.settled) return entry.settled.index;
    const index = entry.index;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = Symbol('late');
    const first = await Promise.race([index, new Promise<typeof late>((resolve) => (timer = setTimeout(() => resolve(late), WAIT_MS)))]);
    clearTimeout(timer);
    if (first !== late) return first;
    void index.then((ready) => {
      if (ready && this.cache.get(key)?.index === index) this.lateEmitter.fire(uri);
    });
    return undefined;
  }

  private async build(folder: vscode.WorkspaceFolder, uri: vscode.Uri, family: Family, names: string[]): Promise<ProjectIndex | undefined> {
    const started = Date.now();
    try {
      const files: Array<{ path: string; text: string }> = [];
      if (family === 'spring') {
        for (const path of names) {
          const outcome = await this.reader.read(uriInFolder(folder, path), this.maxFileSize(uri));
          if ('bytes' in outcome) files.push({ path, text: new TextDecoder().decode(outcome.bytes) });
        }
        return files.length === 0 ? undefined : this.indexed(folder, uri, files, started);
      }
      const exclude = findFilesExclude(excludedGlobs(folder));
      const seen = new Set<string>([uri.toString()]);
      const searched = new Set<string>();
      let wanted = names;
      // the file's imports, then theirs: a factory often returns another module's builder
      for (let depth = 0; depth < 2 && files.length < MAX_FILES; depth++) {
        const fresh = wanted.filter((n) => !searched.has(n));
        if (family !== 'go' && fresh.length === 0) break;
        for (const n of fresh) searched.add(n);
        const pattern = family === 'go' ? new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), '*.go') : new vscode.RelativePattern(folder, `**/{${fresh.join(',')}}${MODULE_SUFFIXES}`);
        const found = await vscode.workspace.findFiles(pattern, exclude, MAX_FILES - files.length);
        const next: string[] = [];
        for (const fileUri of found) {
          if (seen.has(fileUri.toString())) continue;
          seen.add(fileUri.toString());
          const outcome = await this.reader.read(fileUri, this.maxFileSize(fileUri));
          if (!('bytes' in outcome)) continue;
          const path = relativeTo(folder.uri, fileUri) ?? fileUri.path;
          const text = new TextDecoder().decode(outcome.bytes);
          files.push({ path, text });
          const language = languageForFileName(path);
          if (family !== 'go' && language) next.push(...importedModuleNames(text, language === 'python' ? 'python' : 'js'));
        }
        if (family === 'go') break;
        wanted = next;
      }
      return files.length === 0 ? undefined : this.indexed(folder, uri, files, started);
    } catch (error) {
      // only a fuller answer is lost: the file is analysed on its own
      this.log.warn(`indexing the modules ${uri.path} imports failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  private indexed(folder: vscode.WorkspaceFolder, uri: vscode.Uri, files: Array<{ path: string; text: string }>, started: number): ProjectIndex {
    const index = projectIndexOf(files);
    this.log.info(`${relativeTo(folder.uri, uri) ?? uri.path}: indexed ${files.length} imported module or configuration file${files.length === 1 ? '' : 's'} in ${Date.now() - started} ms (until a scan indexes the folder)`);
    return index;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.cache.clear();
  }
}
