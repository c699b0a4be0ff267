import type { CallSite, SourceLanguage } from '../model';
import { curlCommandSite } from './httpCalls';
import type { Lexed, StringLiteral } from './lexer';
import { matchingBracket, splitTopLevel } from './lexer';
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
export function detectArgvCurlCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const sites: CallSite[] = [];
  const code = lexed.code;
  const strings = lexed.strings;
  // the names the file sets once to a string, read on first need (`URL = "https://…"` … `["curl", URL]`)
  let constants: Map<string, string> | undefined;
  const words = (e: { start: number; end: number }): string[] => elementWords(code, e, strings, language, (constants ??= stringConstants(src.noComments)));
  let tried = 0;
  for (const lit of lexed.strings) {
    if (!CURL_PROGRAM.test(lit.value) || ++tried > MAX_PROGRAM_STRINGS) continue;
    // (or Go's `exec.CommandContext(ctx, "curl", …)`, after the context)
    const afterContext = /\([ \t]*[A-Za-z_]\w*[ \t]*,[ \t]*$/.exec(code.slice(Math.max(0, lit.start - 80), lit.start));
    const direct = openerBefore(code, lit.start);
    const opener = direct >= 0 ? direct : afterContext ? lit.start - afterContext[0].length : -1;
    if (opener < 0) continue;
    const close = matchingBracket(code, opener, 20_000);
    if (close < 0) continue;
    const elements = splitWithRanges(code, opener + 1, close - 1);
    if (elements.length > MAX_WORDS) continue;
    const first = elements.findIndex((e) => e.start <= lit.start && lit.start < e.end);
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
    } else {
      // `["curl", "-s", url]`, `{ "curl", … }`: a list that starts with the program, started by the call it is given to
      if (first !== 0) continue;
      argv = elements.slice(1).flatMap(words);
      const call = calleeBefore(code, openerBefore(code, opener));
      runner = call && PROCESS_STARTERS.test(call.name) ? { start: call.start, nameEnd: call.start + call.name.length, end: close } : { start: lit.start, nameEnd: lit.end, end: close };
    }
    if (argv.length === 0 || argv.length > MAX_WORDS) continue;
    const command = `curl ${argv.map((w) => (/[\s"]/.test(w) ? `'${w.replace(/'/g, '')}'` : w)).join(' ')}`;
    const site = curlCommandSite(src, language, runner, command, '');
    if (site) sites.push(site);
  }
  return sites;
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

/** The top-level elements between `from` and `to`, with their offsets. */
function splitWithRanges(code: string, from: number, to: number): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  let at = from;
  for (const part of splitTopLevel(code.slice(from, to))) {
    const lead = part.length - part.trimStart().length;
    const trimmed = part.trim();
    if (trimmed !== '') ranges.push({ start: at + lead, end: at + lead + trimmed.length });
    at += part.length + 1;
  }
  return ranges;
}

/**
 * The words an argument adds: a list's (one level), the list under an arguments key of an options table (`args = { … }`,
 * `args: [ … ]`), nothing for another option (`stdio: "inherit"`), else the argument as one word.
 */
function elementWords(code: string, element: { start: number; end: number }, strings: readonly StringLiteral[], language: SourceLanguage, constants: ReadonlyMap<string, string>, depth = 0): string[] {
  let { start } = element;
  const keyed = /^([A-Za-z_]\w*|\[[^\]]*\])[ \t]*[=:](?![=:])[ \t]*/.exec(code.slice(start, element.end));
  if (keyed && !ARGUMENT_KEYS.test(keyed[1] ?? '')) return [];
  if (keyed) start += keyed[0].length;
  const c = code[start];
  const list = c === '[' || c === '{' ? start : c === '&' && code[start + 1] === '[' ? start + 1 : -1;
  if (list >= 0) {
    const close = matchingBracket(code, list, 20_000);
    if (close < 0) return [];
    const inner = splitWithRanges(code, list + 1, close - 1);
    // (an options table: its arguments key, one level down)
    if (depth === 0 && inner.some((e) => /^[A-Za-z_]\w*[ \t]*[=:](?![=:])/.test(code.slice(e.start, e.end)))) return inner.flatMap((e) => elementWords(code, e, strings, language, constants, 1));
    return inner.length > MAX_WORDS ? [] : inner.map((e) => word(code, e, strings, language, constants));
  }
  return keyed && depth > 0 ? [] : [word(code, { start, end: element.end }, strings, language, constants)];
}

/**
 * One argument as the shell word it stands for: its strings joined (`"https://…/threads/" .. id`), each other part a
 * run-time value (`$value`), and a name the file sets once to a string written out.
 */
function word(code: string, element: { start: number; end: number }, strings: readonly StringLiteral[], language: SourceLanguage, constants: ReadonlyMap<string, string>): string {
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

/** The names a file sets exactly once, each to a plain string (`local url = "https://…"`, `URL = '…'`, `const u = \`…\``). */
function stringConstants(text: string): Map<string, string> {
  const seen = new Map<string, string | null>();
  for (const m of text.matchAll(/(?:^|[\s;(])(?:local[ \t]+|const[ \t]+|let[ \t]+|var[ \t]+)?([A-Za-z_$][\w$.]*)[ \t]*:?=[ \t]*(["'`])([^"'`\n]*)\2[ \t]*;?[ \t]*$/gm)) {
    const name = m[1] ?? '';
    seen.set(name, seen.has(name) ? null : (m[3] ?? ''));
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
    for (const e of splitWithRanges(code, open + 1, close - 1)) added.push(...words(e));
    end = close;
  }
  return { words: added, end };
}
