/**
 * Ruby's HTTParty: a class that includes it and sets one literal `base_uri` sends its requests there, and so do its
 * subclasses, also those another file of the project declares (`class CreateThread < Base` in `module OpenAi`).
 */

/** The class a file declares first, with the modules around it: `OpenAi::Base` for `module OpenAi` … `class Base`. */
function qualifiedClass(code: string): { name: string; modules: string[]; parent?: string } | undefined {
  const cls = /^[ \t]*class[ \t]+([A-Z][\w:]*)(?:[ \t]*<[ \t]*([A-Z][\w:]*))?/m.exec(code);
  if (!cls?.[1]) return undefined;
  const modules = [...code.slice(0, cls.index).matchAll(/^[ \t]*module[ \t]+([A-Z][\w:]*)/gm)].map((m) => m[1] ?? '');
  return { name: cls[1], modules, ...(cls[2] ? { parent: cls[2] } : {}) };
}

/** The one literal `base_uri` of a class that includes HTTParty, by its qualified name (`OpenAi::Base`); none when set twice or at run time. */
export function httpartyBases(code: string, text: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!/\binclude[ \t]+HTTParty\b/.test(code)) return found;
  const set = [...text.matchAll(/^[ \t]*base_uri[ \t(]+(?:"([^"\n#]*)"|'([^'\n]*)'|[^\n]*)/gm)];
  const literal = set.length === 1 ? (set[0]?.[1] ?? set[0]?.[2]) : undefined;
  const cls = qualifiedClass(code);
  if (literal !== undefined && cls) found.set([...cls.modules, cls.name].join('::'), literal);
  return found;
}

/**
 * The names a file's first class's parent may be known by in the project: `OpenAi::Base` for `class CreateThread < Base`
 * in `module OpenAi` (then `Base`), as written when qualified. Undefined when the class has no parent.
 */
export function parentClassNames(code: string): string[] | undefined {
  const cls = qualifiedClass(code);
  if (!cls?.parent) return undefined;
  if (cls.parent.includes('::')) return [cls.parent.replace(/^::/, '')];
  // (the innermost module first, as Ruby looks a constant up)
  const names: string[] = [];
  for (let depth = cls.modules.length; depth >= 0; depth--) names.push([...cls.modules.slice(0, depth), cls.parent].join('::'));
  return names;
}

/** The first class's own name, as the file writes it (`CreateThread`). */
export function firstClassName(code: string): string | undefined {
  return qualifiedClass(code)?.name;
}
