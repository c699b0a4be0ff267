import { fileModuleKey, importedModuleNames, jsModuleKeys, kotlinTopLevelUrls } from '../detect/imports';
import { languageForFileName } from '../detect/languages';
import { injectsSpringValues, springConfigPaths } from '../detect/springConfig';

/** At most this many files the prefilter passed over are read for their request-sending functions… */
const MAX_FILES = 2000;
/** …and at most this many of one Go package, or of one folder's PHP, Kotlin, Java or Groovy files (a generated package may hold hundreds of files). */
const MAX_PER_PACKAGE = 50;

const JS_LANGUAGES = new Set(['javascript', 'typescript', 'javascriptreact', 'typescriptreact']);
/** The languages a Retrofit or declarative client's service interface is declared and called in. */
const SERVICE_LANGUAGES = new Set(['java', 'kotlin', 'groovy']);

/** A PHP script's URL given at the margin (`$apiurl = "https://…";`, `define('API_URL', 'https://…');`, `const API_URL = …`), which the scripts requiring it read. */
const PHP_MARGIN_URL = /^(?:\$[A-Za-z_]\w*[ \t]*=|define[ \t]*\([ \t]*["'][A-Za-z_]\w*["'][ \t]*,|const[ \t]+[A-Za-z_]\w*[ \t]*=)[ \t]*["']https?:\/\//m;

/**
 * A file read beside a candidate of its Go package or folder (Go, PHP, Kotlin, Java, Groovy: capped per folder, and analysed
 * itself where it uses what the candidate declares): [1] its extension.
 */
export const PACKAGE_MATE = /\.(go|php|kts?|java|groovy)$/;

/** A Retrofit or declarative client's interface method: `@POST("v1/chat/completions")`, `@Post('/chat/completions')`, `@PostExchange(…)`. */
const DECLARED_SERVICE = /\binterface\b[\s\S]{0,2000}?@(?:GET|POST|Get|Post)(?:Mapping|Exchange)?[ \t]*\(/;

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
 * only tests call), the PHP scripts beside a candidate script that assigns a URL (they may require it
 * and send to its `$apiurl`), the Kotlin files beside one declaring a top-level URL constant, the Java,
 * Kotlin and Groovy files beside one declaring a service interface (they may call its methods), and the
 * modules a Python or JavaScript/TypeScript candidate imports, matched by name as the project index
 * matches them. In path order, so the caps do not depend on the order
 * files were read in.
 */
export function senderFilesFor(candidates: ReadonlyArray<{ path: string; text: string }>, others: readonly string[]): SenderFiles {
  const goFolders = new Set<string>();
  const pythonModules = new Set<string>();
  const jsModules = new Set<string>();
  // (a PHP script assigning a URL at the margin, `$apiurl = "https://…";`, for the scripts of its folder that require it)
  const phpFolders = new Set<string>();
  // (a Kotlin file declaring a URL constant at the top level, `const val API_URL = "https://…"`, for its package's other files)
  const kotlinFolders = new Set<string>();
  // (a Java, Kotlin or Groovy file declaring a declarative client's interface, `@Client("https://api.openai.com/v1") interface
  // ChatClient`, for the files of its folder that call its methods and name no OpenAI term: `client.ask(request)`)
  const serviceFolders = new Set<string>();
  for (const candidate of candidates) {
    const language = languageForFileName(candidate.path);
    if (language && SERVICE_LANGUAGES.has(language) && DECLARED_SERVICE.test(candidate.text)) serviceFolders.add(folderOf(candidate.path));
    if (language === 'go') goFolders.add(folderOf(candidate.path));
    else if (language === 'php' && PHP_MARGIN_URL.test(candidate.text)) phpFolders.add(folderOf(candidate.path));
    else if (language === 'kotlin' && kotlinTopLevelUrls(candidate.text).size > 0) kotlinFolders.add(folderOf(candidate.path));
    else if (language === 'python') for (const m of importedModuleNames(candidate.text, 'python')) pythonModules.add(m);
    else if (language && JS_LANGUAGES.has(language)) for (const m of importedModuleNames(candidate.text, 'js')) jsModules.add(m);
  }
  if (goFolders.size === 0 && pythonModules.size === 0 && jsModules.size === 0 && phpFolders.size === 0 && kotlinFolders.size === 0 && serviceFolders.size === 0) return { files: [], leftOut: [] };
  const matched = others.filter((path) => {
    const language = languageForFileName(path);
    if (language === 'go') return goFolders.has(folderOf(path)) && !path.endsWith('_test.go');
    if (language === 'php') return phpFolders.has(folderOf(path));
    if (language && SERVICE_LANGUAGES.has(language) && serviceFolders.has(folderOf(path))) return true;
    if (language === 'kotlin') return kotlinFolders.has(folderOf(path));
    if (language === 'python') return pythonModules.has(fileModuleKey(path));
    // (a folder's `index.ts` is the module its folder names: `import { AiService } from '../ai'` reads ai/index.ts, which may hand it on)
    return language !== undefined && JS_LANGUAGES.has(language) && jsModuleKeys(path).some((key) => jsModules.has(key));
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
    const kind = PACKAGE_MATE.exec(path)?.[1]?.replace('kts', 'kt');
    if (kind) {
      // (a folder's Go, PHP, Kotlin, Java and Groovy files are counted apart: `go:cmd`, `php:cmd`)
      const folder = `${kind}:${folderOf(path)}`;
      const taken = perPackage.get(folder) ?? 0;
      if (taken >= MAX_PER_PACKAGE) {
        skippedPerPackage.set(folder, (skippedPerPackage.get(folder) ?? 0) + 1);
        continue;
      }
      perPackage.set(folder, taken + 1);
    }
    files.push(path);
  }
  const leftOut = [...skippedPerPackage].map(([key, count]) => {
    const folder = key.slice(key.indexOf(':') + 1);
    return {
      path: folder === '' ? '.' : folder,
      message: key.startsWith('go:')
        ? `${count} more files of this Go package were not read for functions that send requests (at most ${MAX_PER_PACKAGE} per package): a request sent through one of them is not found`
        : key.startsWith('php:')
          ? `${count} more PHP scripts of this folder were not read for the URLs they may take from a script they require (at most ${MAX_PER_PACKAGE} per folder): a request sent by one of them is not found`
          : `${count} more ${key.startsWith('kt:') ? 'Kotlin' : key.startsWith('java:') ? 'Java' : 'Groovy'} files of this folder were not read for the URLs they may take from their package's constants or the service interfaces they may call (at most ${MAX_PER_PACKAGE} per folder): a request sent by one of them is not found`,
    };
  });
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
