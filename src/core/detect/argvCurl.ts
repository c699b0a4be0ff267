import type { CallSite, SourceLanguage } from '../model';
import { curlCommandSite } from './httpCalls';
import type { Lexed, StringLiteral } from './lexer';
import { matchingBracket, openBracketBefore, splitTopLevelRanges } from './lexer';
import { LuaFunctions, type LuaFunction } from './luaFunctions';
import { firstStartingFrom } from './sorted';
import type { SourceText } from './sourceText';

/** A string naming the curl program (`"curl"`, `"/usr/bin/curl"`, `"curl.exe"`, `"C:/tools/curl.exe"`). */
const CURL_PROGRAM = /^(?:(?:[A-Za-z]:)?[\\/][\w.\\/ -]*[\\/])?curl(?:\.exe)?$/;
/** Calls that start a program from its name and arguments. */
const PROCESS_STARTERS = /(?:^|[.:])(?:run|call|check_call|check_output|Popen|popen|spawn|spawnSync|execFile|execFileSync|execa|execaSync|exec|Command|CommandContext|system|jobstart|termopen|ProcessBuilder|start|new|create_subprocess_exec)$/;
/** At most this many arguments are read: a longer list is data, not a command. */
const MAX_WORDS = 80;
/** At most this many `"curl"` strings are tried in one file (each reads the brackets around it). */
const MAX_PROGRAM_STRINGS = 200;
/** Keys of a starter's options that hold the arguments (`uv.spawn("curl", { args = { … } })`); other keyed entries are options. */
const ARGUMENT_KEYS = /^(?:args|argv|arguments|cmd|command)$/;

/**
 * curl started as a program with its arguments listed, not as a shell line: Python's `subprocess.run(["curl", "-s", url])`,
 * Node's `spawn("curl", ["-d", body, url])`, Go's `exec.Command("curl", "-X", "POST", url)`, Rust's
 * `Command::new("curl").arg(url)`, Neovim's `vim.fn.jobstart({ "curl", "-s", "https://…", "-d", payload })`.
 * The arguments are read as the command line they make (a name the file sets once to a string is written out; any
 * other expression stays a run-time value); the request is where the program is started.
 */
export function detectArgvCurlCalls(src: SourceText, lexed: Lexed, language: SourceLanguage, found: readonly CallSite[] = []): CallSite[] {
  const sites: CallSite[] = [];
  const code = lexed.code;
  // the names the file sets once to a string, read on first need (`URL = "https://…"` … `["curl", URL]`)
  let constants: Map<string, string> | undefined;
  const fileContext: WordContext = {
    code,
    strings: lexed.strings,
    language,
    constants: () => (constants ??= stringConstants(src.noComments, language)),
  };
  // (Lua's functions, read when first asked for; those whose calls were read, a second curl job in one being the same
  // requests; and the lines other detectors reported, where a helper's call is not read again)
  const luaFunctions = language === 'lua' ? new LuaFunctions(code) : undefined;
  const helpers = new Set<number>();
  let taken: Set<number> | undefined;
  let tried = 0;
  for (const lit of lexed.strings) {
    if (!CURL_PROGRAM.test(lit.value) || ++tried > MAX_PROGRAM_STRINGS) continue;
    // (or Go's `exec.CommandContext(ctx, "curl", …)`, after the context)
    const afterContext = /\([ \t]*[A-Za-z_]\w*[ \t]*,[ \t]*$/.exec(code.slice(Math.max(0, lit.start - 80), lit.start));
    // (or a Lua job's options: plenary's `Job:new({ command = "curl", args = { … } })`)
    const keyed = language === 'lua' && /(?:^|[{,\s])command[ \t]*=[ \t]*$/.test(code.slice(Math.max(0, lit.start - 40), lit.start));
    const brace = keyed ? openBracketBefore(code, lit.start, Math.max(0, lit.start - 1999)) : -1;
    const direct = keyed ? (code[brace] === '{' ? brace : -1) : openerBefore(code, lit.start);
    const opener = direct >= 0 ? direct : afterContext ? lit.start - afterContext[0].length : -1;
    if (opener < 0) continue;
    const close = matchingBracket(code, opener, 20_000);
    if (close < 0) continue;
    const elements = splitTopLevelRanges(code, opener + 1, close - 1);
    if (elements.length > MAX_WORDS) continue;
    const first = elements.findIndex((e) => e.start <= lit.start && lit.start < e.end);
    // (in Lua, the function around the program: its parameters are its callers' values, never a constant of the file, and a
    // table it names is one it fills itself)
    const around = luaFunctions?.around(lit.start);
    // (the file's constants without the function's parameters, made once for this literal's words)
    let aroundConstants: ReturnType<WordContext['constants']> | undefined;
    const context: WordContext = around ? { ...fileContext, constants: () => (aroundConstants ??= withoutNames(fileContext.constants(), around.params)), within: around } : fileContext;
    const words = (e: { start: number; end: number }): string[] => elementWords(context, e);
    let runner: { start: number; nameEnd: number; end: number } | undefined;
    let argv: string[];
    if (code[opener] === '(') {
      // `exec.Command("curl", …)`, Go's `exec.CommandContext(ctx, "curl", …)`: the program is the call's first argument
      const callee = calleeBefore(code, opener);
      if (!callee || !PROCESS_STARTERS.test(callee.name) || !(first === 0 || (first === 1 && callee.name.endsWith('CommandContext')))) continue;
      argv = elements.slice(first + 1).flatMap(words);
      // (Rust adds them after: `Command::new("curl").arg("-s").args(["-d", &body])`)
      const chained = chainedArguments(code, close, words);
      argv.push(...chained.words);
      runner = { start: callee.start, nameEnd: callee.start + callee.name.length, end: chained.end };
    } else if (keyed) {
      // the job's other options: its `args`, the rest no arguments (`on_exit = …`)
      argv = elements.filter((_, i) => i !== first).flatMap(words);
      // (where the job is made: `Job:new({`, `job:new {`)
      const made = /([A-Za-z_][\w.]*[:.]new)[ \t]*\(?[ \t]*$/.exec(code.slice(Math.max(0, opener - 120), opener));
      runner = made ? { start: opener - made[0].length, nameEnd: opener - made[0].length + (made[1] ?? '').length, end: close } : { start: lit.start, nameEnd: lit.end, end: close };
    } else {
      // `["curl", "-s", url]`, `{ "curl", … }`: a list that starts with the program, started by the call it is given to
      if (first !== 0) continue;
      argv = elements.slice(1).flatMap(words);
      const call = calleeBefore(code, openerBefore(code, opener));
      runner = call && PROCESS_STARTERS.test(call.name) ? { start: call.start, nameEnd: call.start + call.name.length, end: close } : { start: lit.start, nameEnd: lit.end, end: close };
    }
    if (argv.length === 0 || argv.length > MAX_WORDS) continue;
    const site = curlCommandSite(src, language, runner, commandLine(argv), '');
    if (site) sites.push(site);
    else if (luaFunctions && around && !helpers.has(around.start)) {
      helpers.add(around.start);
      // (a call another detector reported, `post("https://…")` of a helper named like an HTTP client's verb, is not read twice)
      taken ??= new Set(found.map((f) => f.range.start.line));
      for (const helped of luaHelperCallSites(src, fileContext, luaFunctions, around, argv)) if (!taken.has(helped.range.start.line)) sites.push(helped);
    }
  }
  return sites;
}

/** `constants` without `names` (a function's parameters, which its callers fill). */
function withoutNames(constants: ReadonlyMap<string, string>, names: readonly string[]): ReadonlyMap<string, string> {
  if (!names.some((n) => constants.has(n))) return constants;
  const kept = new Map(constants);
  for (const n of names) kept.delete(n);
  return kept;
}

/** The shell line of a program's arguments (each with a blank or a quote quoted). */
function commandLine(argv: readonly string[]): string {
  return `curl ${argv.map((w) => (/[\s"]/.test(w) ? `'${w.replace(/'/g, '')}'` : w)).join(' ')}`;
}

/**
 * A Lua function that runs curl on a URL its caller hands it (ChatGPT.nvim's `function Api.make_call(url, params, cb)`
 * with `local args = { url, "-d", … }` for a plenary job): the requests are its calls (`Api.make_call(Api.CHAT_URL, …)`),
 * each reading the caller's URL, or the values the name it hands holds there (`LuaFunctions.valuesAt`: `Api.CHAT_URL = "https://…"`).
 * Every value must be a URL of the API; two of one endpoint on different hosts (OpenAI's, or an Azure deployment's when
 * configured so) are decided at run time, two endpoints are left unread.
 */
function luaHelperCallSites(src: SourceText, context: WordContext, functions: LuaFunctions, fn: LuaFunction, argv: readonly string[]): CallSite[] {
  const params = fn.params.map((p, i) => ({ word: `$${p}`, i })).filter((p) => argv.includes(p.word));
  const sites: CallSite[] = [];
  for (const call of params.length > 0 ? functions.callsOf(fn) : []) {
    for (const param of params) {
      const arg = call.args[param.i];
      if (!arg) continue;
      const name = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/.test(context.code.slice(arg.start, arg.end)) ? context.code.slice(arg.start, arg.end) : undefined;
      const values = name === undefined ? [arg] : functions.valuesAt(name, call.start);
      const found = values.map((v) => curlCommandSite(src, context.language, call, commandLine(argv.map((w) => (w === param.word ? word(context, v) : w))), ''));
      // (every value a URL of the API, or none read: `local url = "https://hooks.slack.com/…"` is another service's)
      const site = found.every((f) => f !== undefined) ? oneEndpoint(found as CallSite[]) : undefined;
      if (site) {
        sites.push(site);
        break;
      }
    }
  }
  return sites;
}

/** The site of several values handed at one call when they name one endpoint: on one provider, or decided at run time. */
function oneEndpoint(found: readonly CallSite[]): CallSite | undefined {
  const first = found[0];
  if (!first || found.some((s) => s.endpoint !== first.endpoint || s.httpMethod !== first.httpMethod)) return undefined;
  if (found.every((s) => s.provider === first.provider)) return first;
  return found.find((s) => s.provider === 'unknown') ?? { ...first, provider: 'unknown', providerDetail: `${found.map((s) => s.providerDetail).join(' or ')} (decided at run time)` };
}

/** The bracket that directly opens before `at` (only blanks between), or -1. */
function openerBefore(code: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && /\s/.test(code[i] ?? '')) i--;
  // (Rust lends its lists: `.args(&["-s", url])`)
  return code[i] === '(' || code[i] === '[' || code[i] === '{' ? i : -1;
}

/** The name called at the bracket `open` (`subprocess.run`, `exec.Command`, `Command::new`, `new ProcessBuilder`), if any. */
function calleeBefore(code: string, open: number): { name: string; start: number } | undefined {
  if (open < 0 || code[open] !== '(') return undefined;
  const m = /((?:[A-Za-z_$][\w$]*(?:\.|::))*[A-Za-z_$][\w$]*)[ \t]*$/.exec(code.slice(Math.max(0, open - 200), open));
  if (!m?.[1]) return undefined;
  return { name: m[1], start: open - m[0].length };
}

/** What reading an argument's words needs: the file's code and strings, its language, and the names it sets once to a string. */
interface WordContext {
  code: string;
  strings: readonly StringLiteral[];
  language: SourceLanguage;
  constants: () => ReadonlyMap<string, string>;
  /** The Lua function the arguments are read in, whose own tables a keyed `args = name` names. */
  within?: LuaFunction;
}

/**
 * The words an argument adds: a list's (one level), the list under an arguments key of an options table (`args = { … }`,
 * `args: [ … ]`; in Lua also a table the function fills before, `args = args`), nothing for another option
 * (`stdio: "inherit"`), else the argument as one word.
 */
function elementWords(context: WordContext, element: { start: number; end: number }, depth = 0): string[] {
  const { code } = context;
  let { start } = element;
  const keyed = /^([A-Za-z_]\w*|\[[^\]]*\])[ \t]*[=:](?![=:])[ \t]*/.exec(code.slice(start, element.end));
  if (keyed && !ARGUMENT_KEYS.test(keyed[1] ?? '')) return [];
  if (keyed) start += keyed[0].length;
  if (keyed && context.language === 'lua') {
    // (a table the function fills itself, `local args = { url, … }`; not a parameter, nor another function's)
    const named = /^[A-Za-z_]\w*$/.exec(code.slice(start, element.end))?.[0];
    const within = context.within;
    const table = named === undefined || (within && within.params.includes(named)) ? -1 : tableAssignedBefore(code, named, Math.max(within ? within.start : 0, start - 20_000), start);
    if (table >= 0) start = table;
  }
  const c = code[start];
  const list = c === '[' || c === '{' ? start : c === '&' && code[start + 1] === '[' ? start + 1 : -1;
  if (list >= 0) {
    const close = matchingBracket(code, list, 20_000);
    if (close < 0) return [];
    const inner = splitTopLevelRanges(code, list + 1, close - 1);
    // (an options table: its arguments key, one level down)
    if (depth === 0 && inner.some((e) => /^[A-Za-z_]\w*[ \t]*[=:](?![=:])/.test(code.slice(e.start, e.end)))) return inner.flatMap((e) => elementWords(context, e, 1));
    return inner.length > MAX_WORDS ? [] : inner.map((e) => word(context, e));
  }
  return keyed && depth > 0 ? [] : [word(context, { start, end: element.end })];
}

/** The `{` of the table last assigned to `name` between `from` and `before` (`local args = { url, "-d", … }`), or -1. */
function tableAssignedBefore(code: string, name: string, from: number, before: number): number {
  let found = -1;
  for (const m of code.slice(from, before).matchAll(new RegExp(`(?<![\\w.])(?:local[ \\t]+)?${name}[ \\t]*=[ \\t]*\\{`, 'g'))) found = from + (m.index ?? 0) + m[0].length - 1;
  return found;
}

/**
 * One argument as the shell word it stands for: its strings joined (`"https://…/threads/" .. id`), each other part a
 * run-time value (`$value`), and a name the file sets once to a string written out.
 */
function word(context: WordContext, element: { start: number; end: number }): string {
  const { code, strings, language } = context;
  const constants = context.constants();
  let out = '';
  let at = element.start;
  for (let k = firstStartingFrom(strings, element.start); k < strings.length; k++) {
    const s = strings[k];
    if (!s || s.start >= element.end) break;
    out += runtimePart(code.slice(at, s.start), constants);
    out += s.interpolated && language === 'python' ? s.value.replace(/\{([^{}]*)\}/g, '${$1}') : s.value;
    at = s.end;
  }
  return out + runtimePart(code.slice(at, element.end), constants);
}

/**
 * The names a file sets exactly once, each to a plain string (`local url = "https://…"`, `URL = '…'`, `const u = \`…\``),
 * or in Python to an f-string, its placeholders run-time values (`url = f"https://…/vector_stores/{store_id}/search"`).
 */
function stringConstants(text: string, language: SourceLanguage): Map<string, string> {
  const seen = new Map<string, string | null>();
  for (const m of text.matchAll(/(?:^|[\s;(])(?:local[ \t]+|const[ \t]+|let[ \t]+|var[ \t]+)?([A-Za-z_$][\w$.]*)[ \t]*:?=[ \t]*([rfRF]{0,2})(["'`])([^"'`\n]*)\3[ \t]*;?[ \t]*$/gm)) {
    const name = m[1] ?? '';
    const prefix = m[2] ?? '';
    const formatted = /f/i.test(prefix);
    if (prefix !== '' && language !== 'python') continue;
    const value = formatted ? (m[4] ?? '').replace(/\{([^{}]*)\}/g, '${$1}') : (m[4] ?? '');
    seen.set(name, seen.has(name) ? null : value);
  }
  return new Map([...seen].filter((e): e is [string, string] => e[1] !== null));
}

/** The code between strings: nothing for operators and brackets, a name's value if the file sets it once to a string, else `$value`. */
function runtimePart(between: string, constants: ReadonlyMap<string, string>): string {
  const name = /[A-Za-z_$][\w$.]*/.exec(between)?.[0];
  if (!name) return '';
  return constants.get(name) ?? `$${name.replace(/\W/g, '_')}`;
}

/** Arguments added by calls chained after the program's (`.arg("-s")`, `.args(["-d", body])`), and where the chain ends. */
function chainedArguments(code: string, from: number, words: (e: { start: number; end: number }) => string[]): { words: string[]; end: number } {
  const added: string[] = [];
  let end = from;
  for (let steps = 0; steps < 40 && added.length <= MAX_WORDS; steps++) {
    const next = /^\s*\.\s*(arg|args)\s*\(/.exec(code.slice(end, end + 80));
    if (!next) break;
    const open = end + next[0].length - 1;
    const close = matchingBracket(code, open, 20_000);
    if (close < 0) break;
    for (const e of splitTopLevelRanges(code, open + 1, close - 1)) added.push(...words(e));
    end = close;
  }
  return { words: added, end };
}
