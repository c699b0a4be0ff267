import { fileModuleKey, importedModuleNames } from '../detect/imports';
import { languageForFileName } from '../detect/languages';

/** At most this many files the prefilter passed over are read for their request-sending functions… */
const MAX_FILES = 2000;
/** …and at most this many of one Go package (a generated package may hold hundreds of files). */
const MAX_PER_PACKAGE = 50;

const JS_LANGUAGES = new Set(['javascript', 'typescript', 'javascriptreact', 'typescriptreact']);

function folderOf(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf('/')));
}

/**
 * The files the prefilter passed over (`others`: they name no OpenAI term) that may define a
 * function a candidate hands an API URL to (`doPostRequest(baseURL+"/chat/completions", …)`): the
 * other files of a candidate's Go package (its folder), and the modules a Python or
 * JavaScript/TypeScript candidate imports, matched by name as the project index matches them.
 * In path order, so the caps do not depend on the order files were read in.
 */
export function senderFilesFor(candidates: ReadonlyArray<{ path: string; text: string }>, others: readonly string[]): string[] {
  const goFolders = new Set<string>();
  const pythonModules = new Set<string>();
  const jsModules = new Set<string>();
  for (const candidate of candidates) {
    const language = languageForFileName(candidate.path);
    if (language === 'go') goFolders.add(folderOf(candidate.path));
    else if (language === 'python') for (const m of importedModuleNames(candidate.text, 'python')) pythonModules.add(m);
    else if (language && JS_LANGUAGES.has(language)) for (const m of importedModuleNames(candidate.text, 'js')) jsModules.add(m);
  }
  if (goFolders.size === 0 && pythonModules.size === 0 && jsModules.size === 0) return [];
  const matched = others.filter((path) => {
    const language = languageForFileName(path);
    if (language === 'go') return goFolders.has(folderOf(path));
    if (language === 'python') return pythonModules.has(fileModuleKey(path));
    return language !== undefined && JS_LANGUAGES.has(language) && jsModules.has(fileModuleKey(path));
  });
  matched.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const wanted: string[] = [];
  const perPackage = new Map<string, number>();
  for (const path of matched) {
    if (wanted.length >= MAX_FILES) break;
    if (path.endsWith('.go')) {
      const folder = folderOf(path);
      const taken = perPackage.get(folder) ?? 0;
      if (taken >= MAX_PER_PACKAGE) continue;
      perPackage.set(folder, taken + 1);
    }
    wanted.push(path);
  }
  return wanted;
}
