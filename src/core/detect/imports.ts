/** A name one module imports from another: `import { A as B } from "./m"`, `from app.m import A as B`. */
export interface NamedImport {
  module: string;
  name: string;
  local: string;
}

/**
 * The named imports of a file. JavaScript is read from its text with comments blanked (the module
 * path is a string); Python from its code with strings blanked too (a docstring's example is not an
 * import). Brace and parenthesis lists are bounded for files that never close them.
 */
export function namedImports(source: string, family: 'python' | 'js'): NamedImport[] {
  const imports: NamedImport[] = [];
  // CommonJS: `const { a, b: c } = require("./m")`
  if (family === 'js' && source.includes('require')) {
    for (const m of source.matchAll(/\b(?:const|let|var)\s*\{([^}]{0,2000})\}\s*=\s*require\s*\(\s*["']([^"'\n]+)["']\s*\)/g)) {
      for (const part of (m[1] ?? '').split(',')) {
        const [name, alias] = part.trim().split(/\s*:\s*/);
        if (name && /^[A-Za-z_$][\w$]*$/.test(name)) imports.push({ module: m[2] ?? '', name, local: alias?.trim() || name });
      }
    }
  }
  // a module required whole: `const openRouterAPI = require("../config/openrouter")` (its `module.exports`, read as its default)
  if (family === 'js' && source.includes('require')) {
    for (const m of source.matchAll(/\b(?:const|let|var)[ \t]+([A-Za-z_$][\w$]*)[ \t]*=[ \t]*require[ \t]*\([ \t]*["']([^"'\n]+)["'][ \t]*\)[ \t]*;?[ \t]*$/gm)) imports.push({ module: m[2] ?? '', name: 'default', local: m[1] ?? '' });
  }
  // a default import, alone or before named ones: `import getClient from "@/lib/ai"`, `import getClient, { MODEL } from "…"`
  if (family === 'js') {
    for (const m of source.matchAll(/\bimport\s+([A-Za-z_$][\w$]*)\s*(?:,\s*\{[^}]{0,2000}\}\s*)?from\s*["']([^"'\n]+)["']/g)) {
      if (m[1] !== 'type') imports.push({ module: m[2] ?? '', name: 'default', local: m[1] ?? '' });
    }
  }
  const pattern = family === 'js' ? /\bimport\s+(?:type\s+)?(?:[A-Za-z_$][\w$]*\s*,\s*)?\{([^}]{0,2000})\}\s*from\s*["']([^"'\n]+)["']/g : /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]{0,2000}\)|[^\n]+)/gm;
  for (const m of source.matchAll(pattern)) {
    const [list, module] = family === 'js' ? [m[1], m[2]] : [m[2], m[1]];
    for (const part of (list ?? '').replace(/[()]/g, '').split(',')) {
      const [name, alias] = part.trim().split(/\s+as\s+/);
      if (name && /^[A-Za-z_$][\w$]*$/.test(name)) imports.push({ module: module ?? '', name, local: alias?.trim() || name });
    }
  }
  return imports;
}

/** The module an import names, by its last path segment: `app.clients`, `./lib/clients.js`, `@/lib/constants` → `clients`/`constants`. */
export function moduleKey(module: string): string {
  // (a path's last name keeps its dots, as the file's does: `./openai.provider` is `openai.provider.ts`, NestJS's naming)
  if (module.includes('/') || module.includes('\\')) {
    const last = module.replace(/\\/g, '/').split('/').filter(Boolean).pop() ?? module;
    return last.replace(/\.(?:js|ts|mjs|cjs|jsx|tsx)$/, '');
  }
  return module.split('.').filter(Boolean).filter((s) => !/^(js|ts|mjs|cjs|jsx|tsx)$/.test(s)).pop() ?? module;
}

/** A JavaScript or TypeScript folder's index module (`lib/ai/index.ts`): also the module its folder names. */
const JS_INDEX_FILE = /(?:^|[\\/])index\.[cm]?[jt]sx?$/;

/** The keys a JavaScript or TypeScript file is found under: its own (`fileModuleKey`), and its folder's where it is the folder's index. */
export function jsModuleKeys(fileName: string): string[] {
  const folder = JS_INDEX_FILE.test(fileName) ? lastFolder(fileName) : '';
  return folder ? [fileModuleKey(fileName), folder] : [fileModuleKey(fileName)];
}

/** The folder a JavaScript or TypeScript folder's index module stands for (`src/constants/index.ts` → `src/constants`); undefined for other files. */
export function indexedFolder(fileName: string): string | undefined {
  return JS_INDEX_FILE.test(fileName) ? fileName.replace(JS_INDEX_FILE, '') : undefined;
}

/** The key a file is found under by `moduleKey`: its name without folder and extension (a Python package's `__init__.py`, its folder's name). */
export function fileModuleKey(fileName: string): string {
  const parts = fileName.replace(/\\/g, '/').split('/');
  const name = parts.pop()?.replace(/\.[^.]+$/, '') ?? fileName;
  return name === '__init__' && parts.length > 0 ? (parts.pop() ?? name) : name;
}

/**
 * A Go file's package, as a key: its folder's last two names and its package name
 * (`pkg/models:models`), so that `cmd/a/main.go` and `cmd/b/main.go`, both `package main`, differ,
 * and a relative and an absolute path to one file agree.
 */
export function goPackage(text: string, fileName = ''): string {
  const folder = fileName.replace(/\\/g, '/').split('/').slice(0, -1).filter(Boolean).slice(-2).join('/');
  return `${folder}:${/^[ \t]*package[ \t]+(\w+)/m.exec(text)?.[1] ?? ''}`;
}

/** The last folder of a file's path, '' for none (`internal/bot/client.go` → `bot`): a Go package's by the path it is imported by. */
export function lastFolder(fileName: string | undefined): string {
  return (fileName ?? '').replace(/\\/g, '/').split('/').slice(-2, -1)[0] ?? '';
}

/** A module's last folder and name (`src/backend/api.ts` → `backend/api`; a top-level file → its name). */
export function fileFolderKey(fileName: string): string {
  const parts = fileName.replace(/\\/g, '/').replace(/\.[^./]+$/, '').split('/').filter(Boolean);
  return parts.slice(-2).join('/');
}

/**
 * The same key for the module an import names, from the importing file's path: `../backend/api`
 * from `src/pages/threads.ts` → `backend/api`; `app.settings` → `app/settings`; `@/lib/x` → `lib/x`.
 * Undefined when the import names no folder (`./api` at the top, `settings`).
 */
export function importedFolderKey(module: string, importer: string): string | undefined {
  let path: string[];
  if (module.startsWith('.') && !/^\.+[\w]/.test(module.replace(/^\.\//, ''))) {
    // JS relative path: against the importer's folder
    path = importer.replace(/\\/g, '/').split('/').slice(0, -1);
    for (const part of module.split('/')) {
      if (part === '..') path.pop();
      else if (part !== '.' && part !== '') path.push(part);
    }
  } else if (/^\.+\w/.test(module)) {
    // Python relative import: `.clients`, `..app.settings`
    const dots = /^\.+/.exec(module)?.[0].length ?? 1;
    path = importer.replace(/\\/g, '/').split('/').slice(0, -dots);
    path.push(...module.slice(dots).split('.'));
  } else {
    const bare = module.replace(/^[@~]\//, '');
    path = bare.includes('/') ? bare.split('/') : bare.split('.');
  }
  path = path.filter(Boolean).map((p) => p.replace(/\.(?:[cm]?[jt]sx?)$/, ''));
  return path.length >= 2 ? path.slice(-2).join('/') : undefined;
}

/** At most this many module names per file: a file importing more is searched for its first ones. */
const MAX_IMPORTED_NAMES = 40;

/**
 * The names of the project modules a file may import, as `fileModuleKey` would give for their
 * files (`from app.clients import make_client` → `clients`, and `make_client` in case it is a
 * submodule; `import { client } from "../lib/openai"` → `openai`). Used to find and index just
 * those files when no scan has indexed the whole project. Over-inclusive by design: a name that
 * is no project module (`os`, `react`) only costs a file search that finds nothing.
 */
export function importedModuleNames(text: string, family: 'python' | 'js'): string[] {
  // modules first, then names that may be submodules: the cap keeps the likelier ones
  const modules = new Set<string>();
  const submodules = new Set<string>();
  const add = (module: string, into: Set<string>): void => {
    const key = moduleKey(module);
    // (a JavaScript module's name may hold dots: `./openai.provider`, `./openai.server`)
    if (/^[A-Za-z_$][\w$.-]{0,80}$/.test(key) && !(family === 'python' && PYTHON_LIBRARY_MODULES.has(key))) into.add(key);
  };
  if (family === 'python') {
    for (const m of text.matchAll(/^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]{0,2000}\)|[^\n#]+)/gm)) {
      if (/^openai(?:\.|$)/.test(m[1] ?? '')) continue;
      add(m[1] ?? '', modules);
      for (const part of (m[2] ?? '').replace(/[()\\]/g, '').split(',')) {
        // a submodule is lower case (`from app import llm`); `OpenAIClient` is a class
        const name = part.trim().split(/\s+as\s+/)[0] ?? '';
        if (/^[a-z_]/.test(name)) add(name, submodules);
      }
    }
    for (const m of text.matchAll(/^[ \t]*import[ \t]+([\w. \t,]+)/gm)) {
      for (const part of (m[1] ?? '').split(',')) {
        const module = part.trim().split(/\s+as\s+/)[0] ?? '';
        if (!/^openai(?:\.|$)/.test(module)) add(module, modules);
      }
    }
  } else {
    for (const m of text.matchAll(/\b(?:from|import|require\s*\(|import\s*\()\s*["']([^"'\n]{1,300})["']/g)) {
      const module = m[1] ?? '';
      // bare package names are dependencies; relative, aliased (`@/lib/x`, `~/x`) and deeper paths may be ours
      if (module.startsWith('.') || module.startsWith('/') || module.includes('/')) add(module, modules);
    }
  }
  return [...modules, ...[...submodules].filter((n) => !modules.has(n))].slice(0, MAX_IMPORTED_NAMES);
}

/** Standard-library and common third-party Python modules: never a project's client module. */
const PYTHON_LIBRARY_MODULES = new Set(['os', 'sys', 'json', 're', 'typing', 'time', 'datetime', 'asyncio', 'logging', 'pathlib', 'dataclasses', 'collections', 'functools', 'itertools', 'subprocess', 'argparse', 'math', 'random', 'uuid', 'base64', 'io', 'enum', 'abc', 'traceback', 'dotenv', 'requests', 'httpx', 'pydantic', 'typing_extensions', '__future__']);

/**
 * The packages a Go file imports from modules (not the standard library), by the name it calls them, each to its whole path:
 * `"github.com/u/oai-go/api"` → api, an alias (`ai "…/api"`) by the alias. Read in `import` declarations only (`text`: comments
 * removed, strings kept).
 */
export function goModuleImports(text: string): Map<string, string> {
  const paths = new Map<string, string>();
  for (const m of text.matchAll(/\bimport[ \t]*(?:\(([^)]*)\)|((?:\w+[ \t]+)?"[^"\n]+"))/g)) {
    for (const line of (m[1] ?? m[2] ?? '').split('\n')) {
      const spec = /^[ \t]*(?:(\w+)[ \t]+)?"([\w.\-/]+)"/.exec(line);
      // (a module path's first segment names a host, `github.com/…`: the standard library's have none)
      if (!spec?.[2] || !/^[\w-]+\.[\w.-]+\//.test(spec[2]) || spec[1] === '_' || spec[1] === '.') continue;
      paths.set(spec[1] ?? spec[2].split('/').pop() ?? '', spec[2]);
    }
  }
  return paths;
}

/** The packages a Go file imports, by the name it uses (an alias, else the path's last segment), each to its path's last segment: `"app/helper"` → helper. */
export function goImportedPackages(text: string): Map<string, string> {
  return new Map([...goImportPaths(text)].map(([name, path]) => [name, path.slice(path.lastIndexOf('/') + 1)]));
}

/** The same, each to its whole path: `"batch-gpt/services/client"` → client → batch-gpt/services/client. */
export function goImportPaths(text: string): Map<string, string> {
  const paths = new Map<string, string>();
  for (const m of text.matchAll(/(?:^|\n|\()[ \t]*(?:import[ \t]+)?(?:(\w+)[ \t]+)?"([\w./-]+)"/g)) {
    const last = (m[2] ?? '').split('/').pop() ?? '';
    if (/^\w+$/.test(last) && m[1] !== '_') paths.set(m[1] ?? last, m[2] ?? '');
  }
  return paths;
}

/** A Kotlin file's package (`package com.app.net`), '' for the default one. */
export function kotlinPackage(text: string): string {
  return /^[ \t]*package[ \t]+([\w.]+)/m.exec(text)?.[1] ?? '';
}

/**
 * A Kotlin file's URL constants at the top level (`const val API_URL = "https://…"` at the margin, not `private`), by name: the
 * package's other files read them bare.
 */
export function kotlinTopLevelUrls(text: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!text.includes('const')) return found;
  for (const m of text.matchAll(/^(?:(private|internal|public)[ \t]+)?const[ \t]+val[ \t]+([A-Za-z_]\w*)[ \t]*(?::[ \t]*String[ \t]*)?=[ \t]*"(https?:\/\/[^"\s$]+)"[ \t]*$/gm)) {
    if (m[1] !== 'private') found.set(m[2] ?? '', m[3] ?? '');
  }
  return found;
}

/** The project files a PHP script requires or includes by a literal path (`require("config.php")`, `require_once __DIR__ . '/config.php'`), as written after any `./`. */
export function phpIncludes(text: string): string[] {
  if (!/\b(?:require|include)(?:_once)?\b/.test(text)) return [];
  return [...text.matchAll(/\b(?:require|include)(?:_once)?[ \t]*\(?[ \t]*(?:__DIR__[ \t]*\.[ \t]*)?["'](?:\.?\/)?([^"'\n]{1,200}\.php)["']/g)].map((m) => m[1] ?? '');
}
