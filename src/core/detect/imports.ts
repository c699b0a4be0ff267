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
  const pattern = family === 'js' ? /\bimport\s+(?:type\s+)?\{([^}]{0,2000})\}\s*from\s*["']([^"'\n]+)["']/g : /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]{0,2000}\)|[^\n]+)/gm;
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
  return module.replace(/\\/g, '/').split(/[./]/).filter(Boolean).filter((s) => !/^(js|ts|mjs|cjs|jsx|tsx)$/.test(s)).pop() ?? module;
}

/** The key a file is found under by `moduleKey`: its name without folder and extension. */
export function fileModuleKey(fileName: string): string {
  return fileName.replace(/\\/g, '/').split('/').pop()?.replace(/\.[^.]+$/, '') ?? fileName;
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
