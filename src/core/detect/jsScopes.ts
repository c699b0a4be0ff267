import { matchingBracket, matchingOpen, splitTopLevel } from './lexer';
import { escapeRe } from './escapeRe';
import { lastBefore } from './sorted';

/** A JavaScript/TypeScript function: its extent, its body, and the names its parameters bind (with their type text). */
export interface JsFunction {
  start: number;
  bodyStart: number;
  end: number;
  params: Map<string, string>;
  /** Each parameter's name by position (undefined for a destructured one). */
  positions: Array<string | undefined>;
  /** A function declaration's or a `const f = (…) =>` arrow's name, when only this file can call it (not exported, not a method). */
  localName?: string;
  /** The name the file calls it by, exported or not: a declaration's, a method's, or the name a function value is assigned to (`const f = async (…) =>`, a class field `send = (…) =>`). */
  name?: string;
}

const NOT_METHODS = new Set(['if', 'for', 'while', 'switch', 'catch', 'with', 'function', 'return', 'new', 'typeof', 'await', 'yield', 'super', 'import', 'delete', 'void', 'else', 'do', 'case', 'throw', 'in', 'of']);

/**
 * The functions of a JavaScript/TypeScript file (declarations, expressions, arrows, methods), read
 * from its code with strings and comments blanked, so a name can be looked up in the function it
 * is used in: a parameter or a `const` there is another variable than one of the same name in
 * another function.
 */
export class JsScopes {
  /** In order of their start. */
  readonly functions: JsFunction[];
  private readonly starts: Array<{ at: number }>;
  /** Index of each function's enclosing function, or -1. */
  private readonly parents: number[];

  constructor(private readonly code: string) {
    // where each `{` closes, in one pass (bodies are looked up, not scanned: unclosed ones cost nothing)
    const braces = closingBraces(code);
    // by the offset of the parameter list's `(` (or an arrow's bare parameter): found once however reached
    const found = new Map<number, JsFunction>();
    const add = (key: number, start: number, paramsText: string, afterParams: number, localName?: string, name?: string): void => {
      if (found.has(key)) return;
      const body = bodyAfter(code, afterParams, braces);
      if (!body) return;
      const { params, positions } = parameterNames(paramsText);
      found.set(key, { start, bodyStart: body.start, end: body.end, params, positions, ...(localName ? { localName } : {}), ...(name ? { name } : {}) });
    };
    // `function name(…) {`, `async function* (…) {`
    // (each run of blanks ends at a token it needs: three optional runs side by side were cubic over a long blank)
    for (const m of code.matchAll(/\bfunction\b(?:[ \t]*\*)?(?:[ \t]*([\w$]+))?[ \t]*(?:<[^<>()]{0,200}>[ \t]*)?\(/g)) {
      const open = (m.index ?? 0) + m[0].length - 1;
      const close = matchingBracket(code, open);
      const exported = /\bexport[ \t]+(?:default[ \t]+)?(?:async[ \t]+)?$/.test(code.slice(Math.max(0, (m.index ?? 0) - 40), m.index));
      if (close > 0) add(open, m.index ?? 0, code.slice(open + 1, close - 1), close, exported ? undefined : m[1] || undefined, m[1] || assignedName(code, m.index ?? 0));
    }
    // methods: `name(…) {`, `async name(…): T {`, `constructor(…) {`, read back from the `) {` (cheaper
    // than trying a method's head at every offset)
    for (const m of code.matchAll(/\)[ \t]*(?::[^;{}()=\n]{0,200})?\{/g)) {
      const close = m.index ?? 0;
      const open = matchingOpen(code, close);
      if (open < 0 || found.has(open)) continue;
      const nameStart = nameBefore(code, open);
      const name = nameStart < 0 ? '' : /^[A-Za-z_$#][\w$]*/.exec(code.slice(nameStart, open))?.[0] ?? '';
      if (!name || NOT_METHODS.has(name)) continue;
      add(open, nameStart, code.slice(open + 1, close), close + 1, undefined, name);
    }
    // arrows: `(…) => …`, `async (a, b): T => …`, `x => …`
    for (const m of code.matchAll(/=>/g)) {
      const arrow = m.index ?? 0;
      const params = arrowParameters(code, arrow);
      if (!params) continue;
      // `const name = async (…) =>`, not exported
      const named = code.charCodeAt(params.start - 1) === 61 || /[=c]\s*$/.test(code.slice(Math.max(0, params.start - 12), params.start)) ? /(?:^|[^\w$.])(export[ \t]+)?(?:const|let|var)[ \t]+([\w$]+)[ \t]*(?::[^=;]{0,60})?=[ \t]*(?:async[ \t]*)?$/.exec(code.slice(Math.max(0, params.start - 120), params.start)) : null;
      add(params.start, params.start, params.text, arrow + 2, named && !named[1] ? named[2] : undefined, named?.[2] ?? assignedName(code, params.start));
    }
    this.functions = [...found.values()].sort((a, b) => a.start - b.start);
    this.starts = this.functions.map((f) => ({ at: f.start }));
    // each function's enclosing one: bodies nest (matched brackets), so a stack finds it in one pass
    const open: number[] = [];
    this.parents = this.functions.map((fn, i) => {
      while (open.length > 0 && (this.functions[open[open.length - 1] as number] as JsFunction).end <= fn.start) open.pop();
      const parent = open.length > 0 ? (open[open.length - 1] as number) : -1;
      open.push(i);
      return parent;
    });
  }

  /** The functions around `offset` (inside their parameters or body), innermost first. */
  chain(offset: number): JsFunction[] {
    // the last function to start before the offset, or the nearest of its enclosing ones that is still open there
    const around: JsFunction[] = [];
    for (let i = lastBefore(this.starts, offset + 1); i >= 0; i = this.parents[i] as number) {
      const fn = this.functions[i] as JsFunction;
      if (offset < fn.end) around.push(fn);
    }
    return around;
  }

  /** The innermost function around `offset`, or undefined at module level. */
  innermost(offset: number): JsFunction | undefined {
    return this.chain(offset)[0];
  }

  /** By name, the start offsets of the functions whose own body declares it (-1: module level). */
  private readonly declaredIn = new Map<string, Set<number>>();

  /** Whether `fn`'s own body (not a function inside it) declares `name` with const, let or var. */
  declares(fn: JsFunction, name: string): boolean {
    let starts = this.declaredIn.get(name);
    if (!starts) {
      starts = new Set();
      const declaration = new RegExp(`\\b(?:const|let|var)[ \\t]+(?:\\{[^}]{0,500}\\b|\\[[^\\]]{0,500}\\b)?${escapeRe(name)}(?![\\w$])`, 'g');
      for (const m of this.code.matchAll(declaration)) starts.add(this.innermost(m.index ?? 0)?.start ?? -1);
      this.declaredIn.set(name, starts);
    }
    return starts.has(fn.start);
  }
}

/** The name a function value starting at `start` is assigned to: `send = async `, `handler: Fn = ` (not a property of another object, `this.x = `). */
function assignedName(code: string, start: number): string | undefined {
  return /(?:^|[^\w$.])([A-Za-z_$][\w$]*)[ \t]*(?::[^=;\n]{0,60})?=[ \t]*(?:async[ \t]*)?$/.exec(code.slice(Math.max(0, start - 120), start))?.[1];
}

/** Each `{` that is closed, by offset, with the offset just after its `}`. */
function closingBraces(code: string): Map<number, number> {
  const closes = new Map<number, number>();
  const open: number[] = [];
  for (let i = code.indexOf('{'); i >= 0 && i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c === 123) open.push(i);
    else if (c === 125) {
      const at = open.pop();
      if (at !== undefined) closes.set(at, i + 1);
    }
  }
  return closes;
}

/** Where the name before a parameter list starts (`name`, `name<T>`), or -1. */
function nameBefore(code: string, open: number): number {
  let i = open - 1;
  while (i >= 0 && isBlank(code.charCodeAt(i))) i--;
  if (code[i] === '>') {
    const lt = code.lastIndexOf('<', i);
    if (lt < 0 || i - lt > 200) return -1;
    i = lt - 1;
    while (i >= 0 && isBlank(code.charCodeAt(i))) i--;
  }
  const end = i + 1;
  while (i >= 0 && /[\w$#]/.test(code[i] ?? '')) i--;
  return i + 1 < end ? i + 1 : -1;
}

/** Spaces, tabs, line ends. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Where a function's body is: a `{ … }` after the parameters (and a return type), or an arrow's expression. */
function bodyAfter(code: string, from: number, braces: Map<number, number>): { start: number; end: number } | undefined {
  let i = from;
  while (i < code.length && isBlank(code.charCodeAt(i))) i++;
  const arrowExpression = code.startsWith('=>', from - 2);
  if (!arrowExpression && code[i] === ':') {
    // a return type: skip it to the body's `{` (an object type follows `:`, `|`, `&`, `<` or `,`)
    let depth = 0;
    let previous = ':';
    for (i++; i < code.length && i < from + 2000; i++) {
      const c = code[i] ?? '';
      if (isBlank(code.charCodeAt(i))) continue;
      if (c === '{' && depth === 0 && !/[:|&<,(=]/.test(previous)) break;
      if (c === '(' || c === '[' || c === '<' || c === '{') {
        if (c === '{' || c === '(' || c === '[') {
          const close = matchingBracket(code, i);
          if (close < 0) return undefined;
          i = close - 1;
          previous = code[i] ?? '';
          continue;
        }
        depth++;
      } else if (c === '>' && code[i - 1] !== '=') depth--;
      else if (c === ';' || (c === '=' && code[i + 1] !== '>')) return undefined;
      previous = c;
    }
  }
  if (code[i] === '{') {
    // an unclosed body is no function we can place (and would make every later offset its inside)
    const end = braces.get(i);
    return end !== undefined ? { start: i, end } : undefined;
  }
  if (!arrowExpression) return undefined;
  // an arrow's expression body ends at a `,` or `;` of its own level, a bracket closing around it, or a blank line
  let depth = 0;
  const limit = Math.min(code.length, i + 2000);
  for (let j = i; j < limit; j++) {
    const c = code.charCodeAt(j);
    if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) {
      if (--depth < 0) return { start: i, end: j };
    } else if (depth === 0 && (c === 44 || c === 59)) return { start: i, end: j };
    else if (depth === 0 && c === 10 && /^\n[ \t]*\n/.test(code.slice(j, j + 200))) return { start: i, end: j };
  }
  return { start: i, end: limit };
}

/** An arrow's parameter list, read back from its `=>`: `(a, b)`, `(a: T): R`, or one bare name. */
function arrowParameters(code: string, arrow: number): { start: number; text: string } | undefined {
  let i = arrow - 1;
  while (i >= 0 && isBlank(code.charCodeAt(i))) i--;
  if (i < 0) return undefined;
  if (code[i] !== ')' && /[\w$]/.test(code[i] ?? '')) {
    const end = i + 1;
    while (i >= 0 && /[\w$]/.test(code[i] ?? '')) i--;
    const name = code.slice(i + 1, end);
    // not the last word of a return type (`(a): T =>`) nor `async =>`
    let j = i;
    while (j >= 0 && isBlank(code.charCodeAt(j))) j--;
    if (/^[A-Za-z_$]/.test(name) && name !== 'async' && !/[.:?]/.test(code[j] ?? '')) return { start: i + 1, text: name };
  }
  // the `)` closing the parameters: the last one with only a return type between it and `=>`
  const before = code.slice(Math.max(0, arrow - 300), arrow);
  // (lastIndexOf(')', -1) answers 0 again: a `)` at the window's start must end the loop, not repeat it)
  for (let close = before.lastIndexOf(')'); close >= 0; close = close > 0 ? before.lastIndexOf(')', close - 1) : -1) {
    if (!/^[ \t\n]*(?::[^;=]*)?$/.test(before.slice(close + 1))) continue;
    const at = arrow - before.length + close;
    const open = matchingOpen(code, at);
    if (open < 0) return undefined;
    return { start: open, text: code.slice(open + 1, at) };
  }
  return undefined;
}

/** Parameter names and their type text: `openai: OpenAI`, `{ client, model }`, `...rest`, `private readonly ai: AzureOpenAI`. */
function parameterNames(list: string): { params: Map<string, string>; positions: Array<string | undefined> } {
  const names = new Map<string, string>();
  const positions: Array<string | undefined> = [];
  if (list.trim() === '') return { params: names, positions };
  for (const raw of splitTopLevel(list)) {
    const part = raw.trim().replace(/^(?:(?:public|private|protected|readonly|override)\s+)+/, '').replace(/^\.\.\./, '');
    if (part.startsWith('{') || part.startsWith('[')) {
      const close = matchingBracket(part, 0);
      const inner = close > 0 ? part.slice(1, close - 1) : part.slice(1);
      for (const item of splitTopLevel(inner)) {
        // `{ a: b = 1 }` binds b; `{ a = 1 }` and `{ a }` bind a
        const m = /^\s*(?:\.\.\.)?([\w$]+)\s*(?::\s*([\w$]+))?/.exec(item);
        const bound = m?.[2] ?? m?.[1];
        if (bound) names.set(bound, '');
      }
      positions.push(undefined);
      continue;
    }
    const m = /^([\w$]+)\s*\??\s*(?::\s*([^=]*))?/.exec(part);
    if (m?.[1]) names.set(m[1], (m[2] ?? '').trim());
    positions.push(m?.[1]);
  }
  return { params: names, positions };
}
