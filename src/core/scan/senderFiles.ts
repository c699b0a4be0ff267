import { fileModuleKey, importedModuleNames } from '../detect/imports';
import { languageForFileName } from '../detect/languages';
import { injectsSpringValues, springConfigPaths } from '../detect/springConfig';

/** At most this many files the prefilter passed over are read for their request-sending functions… */
const MAX_FILES = 2000;
/** …and at most this many of one Go package (a generated package may hold hundreds of files). */
const MAX_PER_PACKAGE = 50;

const JS_LANGUAGES = new Set(['javascript', 'typescript', 'javascriptreact', 'typescriptreact']);

function folderOf(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf('/')));
}

/** The files to read, and what the caps left unread (each a problem the scan reports). */
export interface SenderFiles {
  files: string[];
  leftOut: Array<{ path: string; message: string }>;
}

/**
 * The files the prefilter passed over (`others`: they name no OpenAI term) that may define a
 * function a candidate hands an API URL to (`doPostRequest(baseURL+"/chat/completions", …)`): the
 * other files of a candidate's Go package (its folder; not its `_test.go` files, whose functions
 * only tests call), and the modules a Python or JavaScript/TypeScript candidate imports, matched
 * by name as the project index matches them. In path order, so the caps do not depend on the order
 * files were read in.
 */
export function senderFilesFor(candidates: ReadonlyArray<{ path: string; text: string }>, others: readonly string[]): SenderFiles {
  const goFolders = new Set<string>();
  const pythonModules = new Set<string>();
  const jsModules = new Set<string>();
  for (const candidate of candidates) {
    const language = languageForFileName(candidate.path);
    if (language === 'go') goFolders.add(folderOf(candidate.path));
    else if (language === 'python') for (const m of importedModuleNames(candidate.text, 'python')) pythonModules.add(m);
    else if (language && JS_LANGUAGES.has(language)) for (const m of importedModuleNames(candidate.text, 'js')) jsModules.add(m);
  }
  if (goFolders.size === 0 && pythonModules.size === 0 && jsModules.size === 0) return { files: [], leftOut: [] };
  const matched = others.filter((path) => {
    const language = languageForFileName(path);
    if (language === 'go') return goFolders.has(folderOf(path)) && !path.endsWith('_test.go');
    if (language === 'python') return pythonModules.has(fileModuleKey(path));
    return language !== undefined && JS_LANGUAGES.has(language) && jsModules.has(fileModuleKey(path));
  });
  matched.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: string[] = [];
  const perPackage = new Map<string, number>();
  const skippedPerPackage = new Map<string, number>();
  let overTotal = 0;
  for (const path of matched) {
    if (files.length >= MAX_FILES) {
      overTotal++;
      continue;
    }
    if (path.endsWith('.go')) {
      const folder = folderOf(path);
      const taken = perPackage.get(folder) ?? 0;
      if (taken >= MAX_PER_PACKAGE) {
        skippedPerPackage.set(folder, (skippedPerPackage.get(folder) ?? 0) + 1);
        continue;
      }
      perPackage.set(folder, taken + 1);
    }
    files.push(path);
  }
  const leftOut = [...skippedPerPackage].map(([folder, count]) => ({
    path: folder === '' ? '.' : folder,
    message: `${count} more files of this Go package were not read for functions that send requests (at most ${MAX_PER_PACKAGE} per package): a request sent through one of them is not found`,
  }));
  if (overTotal > 0) leftOut.push({ path: '.', message: `${overTotal} files were not read for functions that send requests (at most ${MAX_FILES} per scan): a request sent through one of them is not found` });
  return { files, leftOut };
}

/** The Spring Boot configuration files (three at most per module) that may set the `@Value` fields of the Java and Kotlin candidates, in path order. */
export function springConfigsFor(candidates: ReadonlyArray<{ path: string; text: string }>): string[] {
  const paths = new Set<string>();
  for (const candidate of candidates) {
    const language = languageForFileName(candidate.path);
    if ((language === 'java' || language === 'kotlin') && injectsSpringValues(candidate.text)) for (const path of springConfigPaths(candidate.path)) paths.add(path);
  }
  return [...paths].sort();
}
