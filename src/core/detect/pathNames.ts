import type { StringLiteral } from './lexer';
import { matchingBracket } from './lexer';
import { JsScopes } from './jsScopes';
import { PythonScopes } from './pythonScopes';
import { lastBefore } from './sorted';

/**
 * Interpolated strings with the names they fill in that hold an API path: `${base}${apiPath}` after `const apiPath =
 * '/v1/chat/completions'` (a conditional between two paths that differ only by `/v1`, `kind === 'phi' ? '/v1/chat/completions' :
 * '/chat/completions'`, holds the first). The name's nearest assignment above in the innermost function around that assigns
 * it (none where a function takes it as a parameter first), else the module's, unless the module also gives it another
 * value. Only names right after another placeholder: a base joined to a path.
 */
export function withPathNamesFilled(strings: StringLiteral[], code: string, text: string, python: boolean): StringLiteral[] {
  const hole = python ? /(?<=\})\{([A-Za-z_]\w*)\}/g : /(?<=\})\$\{[ \t]*([A-Za-z_$][\w$]*)[ \t]*\}/g;
  const once = new RegExp(hole.source);
  if (!strings.some((s) => s.interpolated && once.test(s.value))) return strings;
  const names = pathAssignments(code, text, python);
  if (names.size === 0) return strings;
  // (the file's functions, read once a placeholder names a name that holds a path somewhere)
  let scopes: FunctionScopes | undefined;
  const valueBefore = (name: string, offset: number): string | undefined => {
    const assigned = names.get(name);
    if (!assigned) return undefined;
    scopes ??= python ? pythonFunctionScopes(code) : jsFunctionScopes(code);
    const byScope = (assigned.byScope ??= groupByScope(assigned.list, scopes));
    for (const scope of scopes.chain(offset)) {
      const own = byScope.get(scope);
      const last = own ? own[lastBefore(own, offset)] : undefined;
      if (last) return last.value;
      if (scopes.takes(scope, name)) return undefined;
    }
    const module = byScope.get(-1);
    if (!module || (assigned.moduleMixed ??= module.some((entry) => entry.value === undefined))) return undefined;
    return module[lastBefore(module, offset)]?.value;
  };
  return strings.map((s) => {
    if (!s.interpolated) return s;
    const value = s.value.replace(hole, (written, name: string) => valueBefore(name, s.start) ?? written);
    return value === s.value ? s : { ...s, value };
  });
}

type PathAssignment = { at: number; value: string | undefined };

/**
 * Each name's assignments in source order (a path, or undefined for any other value), for the names that some assignment gives
 * a path; only assignments the code keeps (not in a comment or a string: their names are blanked in `code`).
 */
function pathAssignments(code: string, text: string, python: boolean): Map<string, { list: PathAssignment[]; byScope?: Map<number, PathAssignment[]>; moduleMixed?: boolean }> {
  const all = new Map<string, PathAssignment[]>();
  const assigned = python
    ? /^[ \t]*([A-Za-z_]\w*)[ \t]*(?::[^=\n]{0,40})?=(?!=)[ \t]*(?:["'](\/[\w./{}-]*)["'][ \t]*if\b[^\n]{1,120}?\belse[ \t]+["'](\/[\w./{}-]*)["'][ \t]*$|["'](\/[\w./{}-]*)["'][ \t]*$)?/gm
    : /(?<![\w$.])(?:(?:const|let|var)[ \t]+)?([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,40})?=(?![=>])[ \t]*(?:[^;\n?]{1,120}?\?[ \t]*(["'`])(\/[\w./{}-]*)\2[ \t]*:[ \t]*(["'`])(\/[\w./{}-]*)\4[ \t]*(?:;|$)|(["'`])(\/[\w./{}-]*)\6[ \t]*(?:;|$))?/gm;
  for (const m of text.matchAll(assigned)) {
    const name = m[1] ?? '';
    const at = (m.index ?? 0) + m[0].indexOf(name);
    if (!code.startsWith(name, at)) continue;
    const [first, second, only] = python ? [m[2], m[3], m[4]] : [m[3], m[5], m[7]];
    const value = only ?? (first !== undefined && first.replace(/^\/v1\//, '/') === (second ?? '').replace(/^\/v1\//, '/') ? first : undefined);
    const list = all.get(name) ?? [];
    list.push({ at, value: value !== undefined && value.length > 1 ? value : undefined });
    all.set(name, list);
  }
  const found = new Map<string, { list: PathAssignment[] }>();
  for (const [name, list] of all) if (list.some((entry) => entry.value !== undefined)) found.set(name, { list });
  return found;
}

/** A file's functions, by their start (-1: the module): those around an offset, innermost first, and whether one takes a name as a parameter. */
interface FunctionScopes {
  of(at: number): number;
  chain(at: number): number[];
  takes(scope: number, name: string): boolean;
}

function groupByScope(list: readonly PathAssignment[], scopes: FunctionScopes): Map<number, PathAssignment[]> {
  const grouped = new Map<number, PathAssignment[]>();
  for (const entry of list) {
    const scope = scopes.of(entry.at);
    const list = grouped.get(scope);
    if (list) list.push(entry);
    else grouped.set(scope, [entry]);
  }
  return grouped;
}

function jsFunctionScopes(code: string): FunctionScopes {
  const scopes = new JsScopes(code);
  const byStart = new Map(scopes.functions.map((fn) => [fn.start, fn]));
  return {
    of: (at) => scopes.innermost(at)?.start ?? -1,
    chain: (at) => scopes.chain(at).map((fn) => fn.start),
    takes: (scope, name) => byStart.get(scope)?.params.has(name) === true,
  };
}

function pythonFunctionScopes(code: string): FunctionScopes {
  const scopes = new PythonScopes(code);
  const byStart = new Map(scopes.defs.map((def) => [def.start, def]));
  return {
    of: (at) => scopes.of(at),
    chain: (at) => scopes.chain(at),
    takes: (scope, name) => {
      const def = byStart.get(scope);
      if (!def) return false;
      const close = matchingBracket(code, def.paramsOpen, 4000);
      return new RegExp(`(?<![\\w.])${name}\\b`).test(code.slice(def.paramsOpen, close < 0 ? def.paramsOpen + 400 : close));
    },
  };
}
