import { escapeRe } from './escapeRe';
import { matchingBracket, splitTopLevelRanges } from './lexer';
import { lastBefore } from './sorted';

/** A Lua function: its name as callers write it (`http_request`, `Api.make_call`), parameters, and where it starts and ends. */
export interface LuaFunction {
  name: string;
  params: string[];
  start: number;
  end: number;
}

/** A call of a Lua function: where its name starts and ends, its closing bracket, and its arguments' ranges. */
export interface LuaCall {
  start: number;
  nameEnd: number;
  end: number;
  args: Array<{ start: number; end: number }>;
}

/** `function Api.make_call(`, `local function post(`, `M.post = function(`, `local post = function(`: group 1 or 2 is the name. */
const HEADER = /(?:\bfunction[ \t]+([A-Za-z_]\w*(?:[.:][A-Za-z_]\w*)*)|(?<![\w.])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)[ \t]*=[ \t]*function)[ \t]*\(/g;
/** The words that open a block `end` closes (`do` for `for` and `while`), and those that close one. */
const BLOCK_WORD = /\b(?:function|if|do|repeat|end|until)\b/g;
/** At most this many definitions before an offset are tried for the one around it. */
const MAX_TRIED = 30;
/** A block's `end` is looked for this far at most: an unclosed one in a large file leaves it unread. */
const MAX_BODY = 200_000;

/**
 * The named Lua functions of a file and the calls that reach them, read from its code with strings and comments
 * blanked (`Lexed.code`). Definitions are read once; each function's end when first asked for.
 */
export class LuaFunctions {
  private headers: Header[] | undefined;
  private readonly ends = new Map<number, LuaFunction | null>();
  private readonly calls = new Map<number, LuaCall[]>();
  /** Each name's statement-level assignments, read in one pass on first need. */
  private assignments: Map<string, Assignment[]> | undefined;
  /** Each name's assignments outside other functions' locals, by name, read once. */
  private readonly shared = new Map<string, Assignment[]>();
  /**
   * Characters left to read for bodies' ends: thousands of functions tried for hundreds of curl jobs would each read to the
   * file's end; past a few passes over the file the rest are left unread (no function around, no request).
   */
  private unread: number;

  constructor(private readonly code: string) {
    this.unread = 8 * code.length + 200_000;
  }

  /** The innermost named function whose body holds `at`, if any. */
  around(at: number): LuaFunction | undefined {
    const headers = (this.headers ??= [...this.code.matchAll(HEADER)].map((m) => ({ name: m[1] ?? m[2] ?? '', start: m.index ?? 0, at: (m.index ?? 0) + m[0].length - 1 })));
    // (the last definition whose parameters open before the offset, found by halving: headers are in source order)
    let k = lastBefore(headers, at);
    for (let tried = 0; k >= 0 && tried < MAX_TRIED; k--, tried++) {
      const header = headers[k];
      const fn = header ? this.definition(header) : undefined;
      if (fn && fn.end > at) return fn;
    }
    return undefined;
  }

  /** The calls of `fn` outside its own body (`Api.make_call(Api.CHAT_URL, params, cb)`), read once per function. */
  callsOf(fn: LuaFunction): LuaCall[] {
    const known = this.calls.get(fn.start);
    if (known) return known;
    const calls: LuaCall[] = [];
    this.calls.set(fn.start, calls);
    for (const m of this.code.matchAll(new RegExp(`(?<![\\w.:])${escapeRe(fn.name)}[ \\t]*\\(`, 'g'))) {
      const start = m.index ?? 0;
      if (start >= fn.start && start < fn.end) continue;
      const open = start + m[0].length - 1;
      const close = matchingBracket(this.code, open);
      if (close < 0) continue;
      calls.push({ start, nameEnd: start + fn.name.length, end: close, args: splitTopLevelRanges(this.code, open + 1, close - 1) });
    }
    return calls;
  }

  private definition(header: Header): LuaFunction | undefined {
    const known = this.ends.get(header.start);
    if (known !== undefined) return known ?? undefined;
    const paramsClose = matchingBracket(this.code, header.at, 2000);
    const reach = Math.min(MAX_BODY, this.unread);
    const end = paramsClose < 0 || reach <= 0 ? -1 : blockEnd(this.code, paramsClose, reach);
    this.unread -= end < 0 ? reach : end - paramsClose;
    const params = paramsClose < 0 ? [] : this.code.slice(header.at + 1, paramsClose - 1).split(',').map((p) => p.trim());
    const fn = end < 0 ? null : { name: header.name, params, start: header.start, end };
    this.ends.set(header.start, fn);
    return fn ?? undefined;
  }

  /**
   * The values `name` may hold when a call at `at` hands it: none when it is (a field of) a parameter of the function
   * the call is in; else the last assignment before the call in that function (`local url = "https://…"`); else those
   * of the file outside other functions' locals (`Api.CHAT_URL = "https://…"` in any function, `local URL = …` at the top).
   */
  valuesAt(name: string, at: number): Array<{ start: number; end: number }> {
    const caller = this.around(at);
    if (caller?.params.includes(name.split('.')[0] ?? '')) return [];
    const all = (this.assignments ??= statementAssignments(this.code)).get(name) ?? [];
    // (the assignments are in source order: the last before the call, found by halving)
    const last = all[lastBefore(all, at)];
    if (caller && last && last.at > caller.start) return [last];
    let shared = this.shared.get(name);
    if (!shared) this.shared.set(name, (shared = all.filter((a) => !a.local || this.around(a.at) === undefined).slice(0, 8)));
    return shared;
  }
}

/** A function's definition as read before its end is looked for: its name, where it starts, and where its parameters' `(` is. */
interface Header {
  name: string;
  start: number;
  at: number;
}

interface Assignment {
  /** Where the statement starts, whether it declares a `local`, and where its value is. */
  at: number;
  local: boolean;
  start: number;
  end: number;
}

/** The offset just past the `end` that closes the block opened before `from`, looked for within `reach` characters, or -1. */
function blockEnd(code: string, from: number, reach: number): number {
  let depth = 1;
  BLOCK_WORD.lastIndex = from;
  for (let m = BLOCK_WORD.exec(code); m && m.index - from < reach; m = BLOCK_WORD.exec(code)) {
    depth += m[0] === 'end' || m[0] === 'until' ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

/**
 * Every statement-level assignment of the file (at a line's start or after `;`: not a table's field, `{ url = "…" }`), by
 * the name assigned, each value an expression read to its line's end and on over lines a `..` joins
 * (`Api.URL = Api.BASE\n  .. "/openai/deployments/"`).
 */
function statementAssignments(code: string): Map<string, Assignment[]> {
  const found = new Map<string, Assignment[]>();
  for (const m of code.matchAll(/(?:^|;)[ \t]*(local[ \t]+)?([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)[ \t]*=(?!=)[ \t]*/gm)) {
    const start = (m.index ?? 0) + m[0].length;
    let end = lineEnd(code, start);
    for (let lines = 0; lines < 20; lines++) {
      const next = lineEnd(code, end + 1);
      if (!/\.\.[ \t]*$/.test(code.slice(start, end)) && !/^[ \t]*\.\./.test(code.slice(end + 1, next))) break;
      end = next;
    }
    if (code.slice(start, end).trim() === '') continue;
    const name = m[2] ?? '';
    const list = found.get(name) ?? [];
    list.push({ at: (m.index ?? 0) + m[0].indexOf(name), local: m[1] !== undefined, start, end });
    found.set(name, list);
  }
  return found;
}

function lineEnd(code: string, from: number): number {
  const at = code.indexOf('\n', from);
  return at < 0 ? code.length : at;
}
