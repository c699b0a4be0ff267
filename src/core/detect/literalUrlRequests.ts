import type { CallSite, SourceLanguage } from '../model';
import { buildSite, endpointTemplate, PATH_URL_BUILDER_NAME, runtimeHostPath, targetOrRuntimeBase, urlTarget } from './httpCalls';
import type { Destination } from './httpCalls';
import type { Lexed, StringLiteral } from './lexer';
import { lineStarts, matchingBracket, openBracketBefore, positionAt } from './lexer';
import { verbsForPath } from './sdkMap';
import type { SourceText } from './sourceText';

/** A string written as `POST https://…`: Haskell's `parseRequest_ "POST https://api.openai.com/v1/chat/completions"` ([1] the verb, [2] the URL). */
const VERB_AND_URL = /^(GET|POST|PUT|PATCH|DELETE)[ \t]+((?:https?|wss?):\/\/\S+)$/;
/** A Lisp's binding of the string after it: `(define name "…")`, `(defconst name "…")`, `(setq name "…")` ([1] the name). */
const LISP_DEFINERS = '(?:define|defconst|defvar|defcustom|defparameter|setq|setf)';
const LISP_BINDING = new RegExp(`\\(${LISP_DEFINERS}[ \\t]+([^\\s()]+)[ \\t]+$`);
/** The Lisps read here, whose `let` forms bind names (`(let* ((url "https://…") …)`, see letBinding). */
const LISP_LANGUAGES: ReadonlySet<SourceLanguage> = new Set(['scheme', 'racket', 'elisp']);
/** A Lisp's definer right before a name: the name is bound there, not used. */
const LISP_DEFINER_BEFORE = new RegExp(`\\(${LISP_DEFINERS}[ \\t]+$`);
/** A C preprocessor's: `#define OPENAI_URL @"…"`; Perl's `use constant API_URL => "…"` ([1] the name). */
const DEFINE = /#define[ \t]+(\w+)[ \t]+@?$|\buse[ \t]+constant[ \t]+(\w+)[ \t]*=>[ \t]*$/;
/** A value that defaults to the string: Perl's `$url //= "…"`, `$url ||= "…"` ([1] the name). */
const DEFAULTING = /(?<![\w$@.])([$@]?[A-Za-z_]\w*)[ \t]*(?:\/\/|\|\||\?\?)=[ \t]*$/;
/** A named argument, no binding: Visual Basic's `http.Open bstrMethod:="POST", bstrUrl:="…"`, F#'s `HttpRequestMessage(m, requestUri = "…")`. */
const NAMED_ARGUMENT = /[(,][ \t]*[A-Za-z_]\w*[ \t]*:?=[ \t]*$/;
/** A string compared, not sent: `$url eq "…"`, `If url = "…" Then`, `url == "…"`. */
const COMPARISON = /(?:\b(?:eq|ne)|[=!]=|<>)[ \t]*@?$|^[ \t]*(?:If|ElseIf|While|Until|if|elsif|while|unless)\b(?:(?!\b[Tt]hen\b)[^\n])*[\w)\]][ \t]*=[ \t]*@?$/;
/** A line whose `name =` compares: `If strURL = "" Then`, Perl's `if`, Pascal's `if URL = '' then`. */
const CONDITION_LINE = /^[ \t]*(?:If|ElseIf|While|Until|Case|if|elsif|while|unless)\b(?:(?!\b[Tt]hen\b)[^\n])*$/;
/** Text that shows or logs a string rather than sends it: `Debug.Print API_URL`, `MsgBox`, `NSLog`, `print`, `die`. */
// (the display word takes the string or name itself, after a stream or a format string: `print STDERR "…"`, `(message "%s" url)`;
// not a request whose answer is printed, `WriteLn(Client.Get('https://…'))`, nor Perl's `$message`)
// (Nim's `echo`, OCaml's `print_endline` and `Printf.printf "%s" url`, Zig's `std.debug.print("{s}", .{url})` and `std.log.info(…)`)
const DISPLAY = /(?<![\w$@%.])(?:Debug\.Print|MsgBox|NSLog|ShowMessage|Writeln|WriteLn|writeln|printfn|printf|putStrLn|print|say|warn|die|message|ToolTip|TrayTip|OutputDebug|FileAppend|echo|print_endline|print_string|prerr_endline|Printf\.\w*printf|std\.debug\.print|std\.log\.\w+)\b[ \t(]*(?:STDERR[ \t]+|"[^"\n]*"[ \t,]*)?(?:\.\{[ \t]*)?@?$/;
/**
 * An assignment's or declaration's: `url = "…"`, `url := '…'`, `my $url = "…"`, `let url = "…"`, `Const URL As String = "…"`,
 * `NSString *url = @"…"`, Zig's field default `url: []const u8 = "…"` ([1] the name; a property set, `request.Host := '…'`, is the
 * request's own and binds no name).
 */
const ASSIGNMENT = /(?<![\w$@.])([$@]?[A-Za-z_][\w']*)\*?[ \t]*(?::[ \t]*[\w.<>[\]?*&]+(?:[ \t]+[\w.<>[\]?*&]+){0,3}[ \t]*|[ \t]+As[ \t]+\w+[ \t]*)?(?::=|(?<![=!<>:])=)[ \t]*@?$/;
/** A URL value made of the string, no request yet: Zig's `std.Uri.parse("…")`, Nim's `parseUri("…")`, OCaml's `Uri.of_string "…"`. */
const URL_VALUE = /(?:try[ \t]+)?(?:[A-Za-z_]\w*\.)*(?:parse|parseUri|parseURI|of_string|URI|Uri|URL|Url)[ \t]*\(?[ \t]*$/;
/**
 * A binding whose value holds the string after other code, on its line or the line before: `let API =` then
 * `fromEnvironmentOrDefault "API" "https://…"`, `my $url = $ENV{URL} || "https://…"` ([1] the name, [2] the value before the string).
 */
const BINDING_BEFORE = /(?:^|[\s(])([$@]?[A-Za-z_][\w']*)[ \t]*(?::[^=\n]*)?(?::=|(?<![=!<>:])=(?![=>]))([^\n]*)$/;
/** A value that only falls back on the string: read from the environment or configuration first. */
const FALLBACK = /env|config|settings|default|fallback|\?\?|\|\||\bor\b/i;
/** A verb the statement names: `"POST"`, `#"POST"`, `POST =>`, `HttpMethod.Post`, `PostAsync`, `methodPost`, `:post`, `->post(`. */
const NAMED_VERB = /(?<![A-Za-z])(POST|GET|PUT|PATCH|DELETE)(?![A-Za-z])|(?<![a-z])(Post|Get|Put|Patch|Delete)(?=Async\b|Request\b|Json\b|\b|_)|(?<=[.>:'(-])(post|get|put|patch|delete)(?![\w-])/;
/** Words that name no verb though they hold one: Emacs Lisp's `(put 'name …)`, `(get 'name …)`, `plist-get`, `alist-get`. */
const NOT_A_VERB = /\((?:put|get)[ \t]+'|\b(?:plist|alist|lax-plist)-(?:get|put)\b/g;
/** A line comment these languages write where the lexer read none: Visual Basic's `REM`. */
const LINE_COMMENT: Partial<Record<SourceLanguage, RegExp>> = {
  vb: /(?:^|[\s:])REM\s/i,
};
/** A name as the language writes one, for its uses: a Lisp's `openai-url`, Haskell's `url'`, Perl's `$url`. */
const LISP_NAME = /[\w*+!?<>=/.-]+/g;
// (Nim's `$apiUrl` makes the name a string, OCaml's names take primes)
const PRIMED_NAME = /[A-Za-z_][\w']*/g;
const WORD_NAME = /[A-Za-z_]\w*/g;
const NAME: Partial<Record<SourceLanguage, RegExp>> = { scheme: LISP_NAME, racket: LISP_NAME, elisp: LISP_NAME, haskell: PRIMED_NAME, ocaml: PRIMED_NAME, nim: WORD_NAME, zig: WORD_NAME };
const PLAIN_NAME = /[$@]?[A-Za-z_]\w*/g;

/**
 * The languages read by their API URLs only (Haskell, F#, Perl, Scheme, Racket, Emacs Lisp, AutoHotkey, Pascal and Delphi,
 * Visual Basic, Objective-C, Nim, Zig, OCaml): no reader of their HTTP clients, so a request is read where the file writes
 * an API URL in full, in a string the statement sends (`http.Open("POST", "https://api.openai.com/v1/chat/completions")`,
 * `parseRequest_ "POST https://…"`), or at each use of a name the file binds to such a string (`(define openai-url
 * "https://…")` … `(fetch-promise openai-url …)`; a name the file never uses is a constant other files send, not read).
 * The verb is the one the statement names on the URL's line (or the line before, when the URL starts its line), else
 * the endpoint's: POST where it takes one.
 */
export function detectLiteralUrlRequests(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const sites: CallSite[] = [];
  const code = lexed.code;
  const comment = LINE_COMMENT[language];
  // the bindings of each name to an API URL, in the file's order: the target, where the binding's line starts and its string ends
  // (a Lisp `let`'s binding holds only within its form: `until`, where the form closes)
  const bound = new Map<string, Array<{ target: LiteralTarget; from: number; to: number; until?: number }>>();
  // the bases each name holds that name no endpoint (`"https://api.openai.com/v1"`), in the file's order
  const bases = new Map<string, Array<{ url: string; from: number; to: number }>>();
  // (each string's line start by halves over the lines' starts: a search back from each string on one long line was quadratic)
  let found: number[] | undefined;
  const lines = (): number[] => (found ??= lineStarts(code));
  for (const literal of lexed.strings) {
    const value = literal.value.trimStart();
    if (!value.startsWith('/') && !/^(?:(?:GET|POST|PUT|PATCH|DELETE)[ \t]+)?(?:https?|wss?):/.test(value)) continue;
    const lineStart = lineStartAt(lines(), literal.start);
    const before = code.slice(Math.max(lineStart, literal.start - 400), literal.start);
    if (comment?.test(before) || DISPLAY.test(before)) continue;
    const target = literalTarget(literal, before, code.slice(literal.end, literal.end + 80), (name) => lastBefore(bases.get(name) ?? [], literal.start)?.url);
    if (!target) {
      // (a base a name holds, for the paths joined to it later: `Const API_BASE = "https://api.openai.com/v1"`)
      const base = /^https?:\/\/[^\s\\"'{}$]+$/.test(literal.value) ? ASSIGNMENT.exec(before)?.[1] ?? DEFINE.exec(before)?.[1] ?? LISP_BINDING.exec(before)?.[1] : undefined;
      if (base !== undefined) bases.set(base, [...(bases.get(base) ?? []), { url: literal.value.replace(/\/+$/, ''), from: lineStart, to: literal.end }]);
      continue;
    }
    // (a path joined to a name binds what the whole expression makes: `strURL = strBase & "/v1/completions"`)
    const head = target.joined === undefined ? before : before.slice(0, before.length - target.joined);
    if (COMPARISON.test(before)) continue;
    const defined = DEFINE.exec(head);
    const onLineBefore = head.trim() === '' ? bindingOnLineBefore(code, lines(), lineStart) : undefined;
    const lispBound = LISP_BINDING.exec(head)?.[1];
    const letBound = LISP_LANGUAGES.has(language) && lispBound === undefined ? letBinding(code, head, literal.start) : undefined;
    let name = NAMED_ARGUMENT.test(head) ? undefined : (lispBound ?? defined?.[1] ?? defined?.[2] ?? ASSIGNMENT.exec(head.replace(URL_VALUE, ''))?.[1] ?? onLineBefore?.name ?? letBound?.name);
    let bindingStart = onLineBefore?.from ?? lineStart;
    let bindingTarget: LiteralTarget = target;
    if (name === undefined && target.joined === undefined) {
      // (a value that falls back on the URL, the environment's first: the name's uses go where the run decides)
      const defaulting = DEFAULTING.exec(before)?.[1];
      const fallback = defaulting !== undefined ? { name: defaulting, from: lineStart } : fallbackBinding(code, lines(), lineStart, before);
      if (fallback) {
        name = fallback.name;
        bindingStart = fallback.from;
        bindingTarget = { url: target.url, destination: { provider: 'unknown', host: `${target.destination.host} (the default of ${name}, read at run time)` } };
      }
    }
    if (name === undefined) {
      const from = literal.start - (target.joined ?? 0);
      sites.push(siteAt(src, code, lines(), language, from, literal.end, target, src.noComments.slice(from, literal.end)));
      continue;
    }
    const list = bound.get(name) ?? [];
    list.push({ target: bindingTarget, from: bindingStart, to: literal.end, ...(letBound && letBound.name === name ? { until: letBound.until } : {}) });
    bound.set(name, list);
  }
  if (bound.size === 0) return sites;
  // each use of a bound name but its binding, read in one pass over the file's names: the binding last before it (each function's
  // own `strURL = …` before its request), else, before any, the one URL all its bindings give; not after the name is given
  // another value or named as a parameter (`url = "https://status…"` in another function, `Function Fetch(url)`)
  const rebound = new Map<string, number>();
  for (const m of code.matchAll(NAME[language] ?? PLAIN_NAME)) {
    const bindings = bound.get(m[0]);
    const at = m.index ?? 0;
    // (a member's use is none, `req.url`, but Zig's type reading its own field, `self.url` of `url: []const u8 = "…"`)
    if (!bindings || (code[at - 1] === '.' && !(language === 'zig' && /(?<![\w.])self\.$/.test(code.slice(Math.max(0, at - 6), at))))) continue;
    // (bindings are in the file's order and do not overlap: the one starting last before the name may hold it)
    const around = bindings[lastIndexFrom(bindings, at)];
    if (around && at < around.to) continue;
    const end = at + m[0].length;
    const lineBefore = code.slice(Math.max(lineStartAt(lines(), at), at - 400), at);
    // (a name given another value is another binding: `url = "…"` again, `(setq url …)`, `my ($url) = @_`, a parameter; one
    // given a value made from its own, `url = url & "?x=1"`, still holds the URL)
    // (a name compared is neither: `If strURL = "" Then`, Pascal's `if URL = '' then`)
    const assignment = /^[ \t]*(?::=|(?:\/\/|\|\||\?\?)?=(?![=>]))/.exec(code.slice(end, end + 6));
    if (assignment && (CONDITION_LINE.test(lineBefore) || (language === 'pascal' && !assignment[0].includes(':=')))) continue;
    if (assignment || LISP_DEFINER_BEFORE.test(code.slice(Math.max(0, at - 16), at)) || PARAMETER.test(lineBefore)) {
      if (!code.slice(end, lineEndAt(lines(), end, code.length)).includes(m[0])) rebound.set(m[0], at);
      continue;
    }
    // (nor a declaration that only names it: `Dim strURL As String`, AutoHotkey's `global API_URL`; nor a name shown, exported,
    // quoted or given a type: `Debug.Print API_URL`, `qw($API_URL)`, `(put 'openai-url …)`, `openaiUrl :: String`)
    // (nor the name's own value made anew: the second `url` of `url = url & "?x=1"`)
    const assigned = ASSIGNED_ON_LINE.exec(lineBefore)?.[1];
    if (assigned === m[0] || DECLARATION.test(lineBefore) || comment?.test(lineBefore) || DISPLAY.test(lineBefore) || NOT_A_USE_BEFORE.test(lineBefore) || /^[ \t]*::/.test(code.slice(end, end + 8)) || (language === 'pascal' && /^[ \t]*:(?!=)/.test(code.slice(end, end + 8)))) continue;
    const before = lastBefore(bindings, at);
    // (a `let`'s binding is no value past its form, nor before it)
    if (before?.until !== undefined && at > before.until) continue;
    const unscoped = before ? undefined : bindings.filter((b) => b.until === undefined);
    const binding = before ?? (unscoped && unscoped.length > 0 && new Set(unscoped.map((b) => b.target.url)).size === 1 ? unscoped[0] : undefined);
    // (given another value since the binding it would read, or before any: the use reads that value)
    const reboundAt = rebound.get(m[0]);
    if (binding && (reboundAt === undefined || reboundAt < (before?.to ?? -1))) sites.push(siteAt(src, code, lines(), language, at, end, binding.target, m[0]));
  }
  return sites.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** A parameter list the name is in: `Function Fetch(url`, `procedure Ask(const Url`, `(defun fetch (url`, `my ($self, $url`. */
const PARAMETER = /(?:\b(?:Function|Sub|function|procedure|defun|sub|fun|lambda)\b[^\n()]*|\b(?:my|our|local)[ \t]*)\([^()\n]*$/;
/** Text before a name that makes it no use: a module's export list or import, Perl's `qw(…)`, a Lisp's quote (`'name`, `(quote name`). */
const NOT_A_USE_BEFORE = /^[ \t]*(?:module|import)\b|\bqw[ \t]*[(\[{\/][^\n]*$|'$|\(quote[ \t]+$/;

/** The name a line assigns before a use on it: `url = url & "?x=1"` ([1] the name). */
const ASSIGNED_ON_LINE = /^[ \t]*(?:(?:my|our|local|let|Set)[ \t]+)?([$@]?[A-Za-z_][\w']*)[ \t]*(?::=|(?:\.|&|\+)?=)/;

/** A line that declares names before one: `Dim strURL As String`, `Private url`, `global API_URL`, `local url`, `my ($a, $url)`. */
const DECLARATION = /^[ \t]*(?:Dim|ReDim|Private|Public|Static|Global|Local|global|local|static|my|our)\b[^=\n]*$/;

/** Where the line holding `at` starts, and where it ends (its `\n`, or the text's end), by halves over the lines' starts. */
function lineStartAt(starts: readonly number[], at: number): number {
  return starts[positionAt(starts as number[], at).line] ?? 0;
}

function lineEndAt(starts: readonly number[], at: number, length: number): number {
  const next = starts[positionAt(starts as number[], at).line + 1];
  return next === undefined ? length : next - 1;
}

/** The index of the last of `bindings` (in the file's order) that starts at or before `at`, -1 for none; found by halves. */
function lastIndexFrom(bindings: ReadonlyArray<{ from: number }>, at: number): number {
  let low = 0;
  let high = bindings.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((bindings[mid] as { from: number }).from <= at) low = mid + 1;
    else high = mid - 1;
  }
  return high;
}

/** The last of `bindings` (in the file's order) that ends before `at`. */
function lastBefore<T extends { from: number; to: number }>(bindings: readonly T[], at: number): T | undefined {
  for (let i = lastIndexFrom(bindings, at); i >= 0; i--) if ((bindings[i] as T).to <= at) return bindings[i];
  return undefined;
}

/**
 * Where a string sends: its URL and destination, the verb it names, for a path joined to a name, how far before the string the name
 * starts, and whether the path is a URL builder's argument (`$self->_build_url("/chat/completions")`, the builder's call the request's).
 */
type LiteralTarget = { url: string; destination: Destination; verb?: string; joined?: number; built?: true };

/** A name and the operator that joins a string after it: Visual Basic's `base & "…"`, `base + "…"`, Haskell's `<>`/`++`, OCaml's `^`, Perl's ` . ` ([1] the name). */
const JOINED_BEFORE = /([$@]?[A-Za-z_][\w.]*)[ \t]*(?:&|\+\+?|<>|\^|[ \t]\.)[ \t]*$/;
/** The name joined after a path that ends in a slash: `"/v1/models/" & model` ([1] the name). */
const JOINED_AFTER = /^[ \t]*(?:&|\+\+?|<>|\^|\.[ \t])[ \t]*([$@]?[A-Za-z_]\w*)/;

/** A URL builder's call right before its argument: `$self->_build_url(`, `url_for(`. */
const URL_BUILDER_BEFORE = new RegExp(String.raw`(?<![\w$])(${PATH_URL_BUILDER_NAME})[ \t]*\([ \t]*$`, 'i');
/** The receiver written before such a call: `$self->`, `self.`. */
const RECEIVER_BEFORE = /\$?[A-Za-z_]\w*[ \t]*(?:->|\.)[ \t]*$/;

/**
 * The URL a string holds, the verb it names too (`"POST https://…"`), and where the data goes; or an API path joined to a
 * name set at run time (`strOpenAI_URL & "/v1/chat/completions"`, `"/v1/models/" & model` after it), whose host is unknown;
 * or an API path handed to the project's URL builder, on a base decided at run time.
 */
function literalTarget(literal: StringLiteral, before: string, after: string, baseOf: (name: string) => string | undefined): LiteralTarget | undefined {
  const value = literal.value.trim();
  if (literal.interpolated) return undefined;
  if (value.startsWith('/')) {
    // (the only argument of the project's URL builder: Perl's `$self->_build_url("/chat/completions")`)
    // (not where its result is shown: `print STDERR $self->_build_url("/chat/completions")`, `warn $self->_build_url(…)`)
    const builderCall = URL_BUILDER_BEFORE.exec(before);
    const builder = builderCall && !DISPLAY.test(before.slice(0, builderCall.index).replace(RECEIVER_BEFORE, '')) ? builderCall[1] : undefined;
    const builtPath = builder !== undefined && /^\s*\)/.test(after) && /^\/[\w/.-]+$/.test(value) ? runtimeHostPath(value) : undefined;
    if (builder !== undefined && builtPath !== undefined) return { url: `https://runtime.invalid${builtPath}`, destination: { provider: 'unknown', host: `${builder}(…)'s base (host decided at run time)` }, built: true };
    const base = JOINED_BEFORE.exec(before);
    // (joined to a base the file names: `API_BASE & "/chat/completions"` on `Const API_BASE = "https://api.openai.com/v1"`)
    const known = base ? baseOf(base[1] ?? '') : undefined;
    if (base && known !== undefined && /^\/[\w/.-]+$/.test(value)) {
      // (an id after a path that ends in a slash: `API_BASE & "/files/" & fileId`)
      const id = value.endsWith('/') ? JOINED_AFTER.exec(after)?.[1] : undefined;
      const target = urlTarget(`${known}${value}${id ? `\${${id}}` : ''}`);
      return target && /^\/v1\/|^\/openai\//.test(endpointTemplate(target.url)) ? { ...target, joined: base[0].length } : undefined;
    }
    if (!base || !/^\/(?:v1|openai)\/[\w/.{}-]+$/.test(value)) return undefined;
    const tail = value.endsWith('/') ? JOINED_AFTER.exec(after)?.[1] : undefined;
    const target = targetOrRuntimeBase(`\${${base[1] ?? ''}}${value}${tail ? `\${${tail}}` : ''}`, (name) => name);
    return target && target.destination.provider === 'unknown' ? { ...target, joined: base[0].length } : undefined;
  }
  if (!/^(?:(?:GET|POST|PUT|PATCH|DELETE)[ \t]+)?(?:https?|wss?):\/\//.test(value)) return undefined;
  const withVerb = VERB_AND_URL.exec(value);
  // (a URL followed by words or an escape is a message: `"https://…/chat/completions failed: "`, `"POST https://…\n"`)
  if (/[\s\\]/.test(withVerb?.[2] ?? value)) return undefined;
  const target = urlTarget(withVerb?.[2] ?? value);
  if (!target || !/^\/v1\/|^\/openai\/|^\/dashboard\//.test(endpointTemplate(target.url))) return undefined;
  return withVerb?.[1] ? { ...target, verb: withVerb[1] } : target;
}

/**
 * A binding whose string starts the next line: Emacs Lisp's `(defcustom name` then the string, Haskell's `url =` then it,
 * Visual Basic's `url = _` then it.
 */
function bindingOnLineBefore(code: string, starts: readonly number[], lineStart: number): { name: string; from: number } | undefined {
  if (lineStart === 0) return undefined;
  const from = lineStartAt(starts, lineStart - 1);
  const previous = code.slice(Math.max(from, lineStart - 400), lineStart - 1).replace(/(?:[ \t]+_)?[ \t]*\r?$/, ' ');
  const name = (LISP_BINDING.exec(previous) ?? ASSIGNMENT.exec(previous))?.[1];
  return name === undefined || NAMED_ARGUMENT.test(previous) ? undefined : { name, from };
}

/** A `let` form's binding list right before its `(`: `(let* (`, `(letrec (`, Emacs Lisp's `(if-let* (`. */
const LET_FORM_BEFORE = /\(\s*(?:let\*?|letrec\*?|lexical-let\*?|if-let\*?|when-let\*?|let-values)\s*$/;

/**
 * The name a Lisp `let` binds to the string at `at`, `url` of `(let* ((url "https://…") (data …)) …)`, and where the `let` form
 * closes (its binding holds until there); the text before the string is `head`.
 */
function letBinding(code: string, head: string, at: number): { name: string; until: number } | undefined {
  const pair = /\(([^\s()"';]+)[ \t]+$/.exec(head);
  if (!pair) return undefined;
  const pairOpen = at - (head.length - pair.index);
  const listOpen = openBracketBefore(code, pairOpen, Math.max(0, pairOpen - 2000));
  if (listOpen < 0 || code[listOpen] !== '(' || !LET_FORM_BEFORE.test(code.slice(Math.max(0, listOpen - 40), listOpen))) return undefined;
  const form = openBracketBefore(code, listOpen, Math.max(0, listOpen - 40));
  const close = form < 0 ? -1 : matchingBracket(code, form, code.length);
  return { name: pair[1] ?? '', until: close < 0 ? code.length : close };
}

/** The binding whose value falls back on the string at the end of `before`, on its line or from the line before. */
function fallbackBinding(code: string, starts: readonly number[], lineStart: number, before: string): { name: string; from: number } | undefined {
  const sameLine = BINDING_BEFORE.exec(before);
  if (sameLine) return FALLBACK.test(sameLine[2] ?? '') ? { name: sameLine[1] ?? '', from: lineStart } : undefined;
  if (lineStart === 0) return undefined;
  const previousStart = lineStartAt(starts, lineStart - 1);
  const previous = BINDING_BEFORE.exec(code.slice(Math.max(previousStart, lineStart - 400), lineStart - 1));
  return previous && (previous[2] ?? '').trim() === '' && FALLBACK.test(before) ? { name: previous[1] ?? '', from: previousStart } : undefined;
}

/**
 * A site from `start` to `end`: its statement, read for the verb, runs from `start`'s line, or the line before when `start` begins
 * its line (a URL handed on over lines); its call's range from the line of the call handed a literal holding `start`, if any.
 */
function siteAt(src: SourceText, code: string, starts: readonly number[], language: SourceLanguage, start: number, end: number, target: LiteralTarget, callee: string): CallSite {
  const lineStart = lineStartAt(starts, start);
  const continues = lineStart > 0 && start - lineStart <= 400 && code.slice(lineStart, start).trim() === '';
  const from = continues ? lineStartAt(starts, lineStart - 1) : lineStart;
  // (a URL given in a struct or table literal handed to a call over lines, Zig's `client.fetch(.{` … `.location = .{ .url = "https://…" }`:
  // the call's range starts at the call; its verb is still read around the URL)
  // (a builder's path: from the line of the request handed the builder's call, `$ua->build_tx(` over lines)
  const call = target.built ? builderCaller(code, start) : enclosingCallOfLiteral(code, start);
  const rangeFrom = call >= 0 && call < from ? lineStartAt(starts, call) : from;
  // (the statement read around the site, within bounds: a long line of many uses reads each one's neighbourhood only)
  const statement = src.noComments.slice(Math.max(from, start - 400), Math.min(lineEndAt(starts, end, code.length), end + 400));
  const endpoint = endpointTemplate(target.url);
  const verbs = verbsForPath(endpoint);
  const named = target.verb ?? namedVerb(statement.replace(callee, ' ').replace(NOT_A_VERB, ' '));
  const verb = named ?? (verbs.has('POST') || verbs.size === 0 ? 'POST' : [...verbs][0] ?? 'POST');
  const site = buildSite(src, language, { callee, start, open: start, close: end }, target.url, target.destination, statement, verb);
  const indent = /^[ \t]*/.exec(code.slice(rangeFrom, rangeFrom + 200))?.[0].length ?? 0;
  return { ...site, callRange: src.range(rangeFrom + indent, end) };
}

/**
 * The `(` of the call handed the URL builder's call that holds `at` (`$ua->build_tx(` of `POST => $self->_build_url("…")`), within
 * 400 characters; -1 when the builder's call is handed to none (`my $url = $self->_build_url("…")` in a sub's block).
 */
function builderCaller(code: string, at: number): number {
  const limit = Math.max(0, at - 400);
  const builder = openBracketBefore(code, at, limit);
  const caller = builder < 0 ? -1 : openBracketBefore(code, builder, limit);
  return caller >= 0 && code[caller] === '(' ? caller : -1;
}

/**
 * The `(` of the call handed the struct or table literal that holds `at` (`client.fetch(.{ … .{ .url = "…" } … })`), within 400
 * characters; -1 when the string is no such literal's (a lambda's or a plain argument list's `(` is not taken).
 */
function enclosingCallOfLiteral(code: string, at: number): number {
  const limit = Math.max(0, at - 400);
  let inner = at;
  for (let depth = 0; depth < 4; depth++) {
    const open = openBracketBefore(code, inner, limit);
    if (open < 0) return -1;
    if (code[open] === '(') return depth > 0 && /[\w)][ \t]*$/.test(code.slice(Math.max(0, open - 40), open)) ? open : -1;
    if (code[open] !== '{') return -1;
    inner = open;
  }
  return -1;
}

function namedVerb(statement: string): string | undefined {
  const m = NAMED_VERB.exec(statement);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '').toUpperCase() : undefined;
}
