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
