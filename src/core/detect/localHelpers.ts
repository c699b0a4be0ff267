import type { SourceLanguage } from '../model';
import { escapeRe } from './escapeRe';
import { JS_LANGUAGES } from './languages';
import type { JsFunction } from './jsScopes';
import { matchingBracket, pythonBlockEnd, splitTopLevel } from './lexer';

/**
 * A function of the file that sends an HTTP request to a URL its caller hands it
 * (`async function fetchStream(url, init) { … fetch(url, init) … }`, `def _post(self, url, payload): requests.post(url, …)`).
 * The collectors' rule, and the reader's, puts such a request at the caller: that is where the URL is named.
 */
export interface LocalSender {
  /** Where the definition starts and its body ends (a call inside it is no caller); -1 for a function another file defines. */
  start: number;
  end: number;
  /** The parameters, in order (Python's `self` left out), and those that reach the request's URL. */
  params: string[];
  urlParams: Set<number>;
  /** The parameter the request is sent through (`client` in `def run(client, url): client.post(url)`): a test double handed there sends nothing. */
  via?: number;
  /** The verb the request inside names, when it names one (`requests.post`, `method: "POST"`). */
  verb?: string;
  /**
   * When the request's URL is a base the function names and a path the caller hands it
   * (`requests.post(f"{BASE}{path}")`, `fetch(this.base + p)`, `fmt.Sprintf("%s%s", c.baseURL, path)`):
   * the parameter and the base as written. Its callers name only the path (`_post("/chat/completions", …)`).
   */
  pathAfter?: { param: number; base: string; literal?: string };
  /**
   * When the request's URL is a base the caller hands followed by a path the function names
   * (`fetchSSE(`${baseUrl}/chat/completions`)`, `requests.post(base_url + "/embeddings")`): the parameter and the path.
   * Its callers name only the base (`generateAnswers(port, 'https://api.moonshot.cn/v1', …)`).
   */
  pathBefore?: { param: number; path: string };
}

/**
 * Senders by the name a call reaches them by: a function's name, or a Go method's with a dot
 * (`.audioRequest`), which only a call through a value reaches (`c.audioRequest(ctx, url, …)`):
 * a package may also have a plain function of that name.
 */
export type Senders = ReadonlyMap<string, LocalSender>;

type IsHttpCall = (callee: string) => boolean;
/** The verb of a request: from its call's own text, or (a request builder's) from what the body does after it. */
type VerbOf = (callee: string, args: string, after: string) => string | undefined;

const NOT_A_NAME = /^(?:if|for|while|switch|catch|function|return|typeof|await|new|super|constructor)$/;

/** The languages whose functions `localSenders` reads. */
export const HELPER_LANGUAGES = new Set<SourceLanguage>(['python', 'javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'go', 'java', 'kotlin', 'php']);

/** Words a Java line may start with before a call that are no return type (`return send(…)`, `new Request(…)`). */
const NOT_A_TYPE = /^(?:return|new|else|throw|case|yield|await|package|import)$/;

/**
 * The file's own functions that send a request to a URL they are given. JavaScript/TypeScript (its
 * functions as `JsScopes` reads them), Python, Go, Java, Kotlin and PHP. `code` is the lexer's (strings
 * blanked), `text` the file with its comments blanked and its strings as written, at the same offsets.
 */
export function localSenders(code: string, text: string, language: SourceLanguage, isHttpCall: IsHttpCall, verbOf: VerbOf, jsFunctions: () => readonly JsFunction[]): Map<string, LocalSender> {
  const found = new Map<string, LocalSender>();
  const others: Array<{ name: string; start: number; params: string[]; bodyStart: number; end: number }> = [];
  // Nested functions' bodies overlap: thousands of them nested would make reading every body quadratic
  // (found by a probe: 11,000 nested JavaScript functions, 200 KB, took 20 s), and so would looking
  // for the ends of thousands of bodies never closed. Ordinary files read each character a few
  // times; past a budget of that, the rest is left unread.
  let unread = 8 * code.length + 200_000;
  const spend = (characters: number): boolean => (unread -= characters) >= 0;
  /** How far a search for a closing bracket may go now. */
  const reach = (): number => Math.max(0, Math.min(20_000, unread));
  const add = (name: string, start: number, params: string[], bodyStart: number, end: number): void => {
    if (NOT_A_NAME.test(name.replace(/^\./, '')) || found.has(name) || end <= bodyStart) return;
    if (!spend(end - bodyStart)) return;
    const sender = requestInBody(code, text, bodyStart, end, params, language, isHttpCall, verbOf);
    if (sender) found.set(name, { start, end, params, ...sender });
    else if (params.length > 0 && others.length < 5000) others.push({ name, start, params, bodyStart, end });
  };
  const paramsOf = (paramsOpen: number, dropSelf: boolean): string[] | undefined => {
    const paramsClose = matchingBracket(code, paramsOpen, 2000);
    if (paramsClose < 0) return undefined;
    return splitTopLevel(code.slice(paramsOpen + 1, paramsClose - 1))
      .map((p) => /^[ \t\n]*(?:\*{1,2})?([A-Za-z_$][\w$]*)/.exec(p)?.[1] ?? '')
      .filter((p, i) => !(dropSelf && i === 0 && (p === 'self' || p === 'cls')));
  };
  if (language === 'python') {
    for (const m of code.matchAll(/^([ \t]*)(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)[ \t]*\(/gm)) {
      const open = (m.index ?? 0) + m[0].length - 1;
      const params = paramsOf(open, true);
      if (params) add(m[2] ?? '', m.index ?? 0, params, open, pythonBlockEnd(code, open, (m[1] ?? '').length));
    }
  } else if (language === 'go') {
    // (a method by its name with a dot: see Senders)
    // (and a generic one's type parameters: `func httpRequest[Req, Resp any](ctx context.Context, url string, …)`)
    for (const m of code.matchAll(/\bfunc[ \t]+(\([^)\n]*\)[ \t]*)?([A-Za-z_]\w*)[ \t]*(?:\[[^[\]()\n]{1,120}\][ \t]*)?\(/g)) {
      const open = (m.index ?? 0) + m[0].length - 1;
      const params = paramsOf(open, false);
      const body = params && unread > 0 ? braceBody(code, open, reach(), spend) : undefined;
      if (params && body) add(`${m[1] === undefined ? '' : '.'}${m[2] ?? ''}`, m.index ?? 0, params, body.start, body.end);
    }
  } else if (language === 'kotlin') {
    // `fun baseRequest(url: String, key: String): Request.Builder = Request.Builder().url(url)…`, or a `{ … }` body
    for (const m of code.matchAll(/\bfun[ \t]+(?:<[^<>\n]{0,80}>[ \t]*)?(?:[A-Za-z_][\w.]*\.)?([A-Za-z_]\w*)[ \t]*\(/g)) {
      const open = (m.index ?? 0) + m[0].length - 1;
      const params = paramsOf(open, false);
      // the indent of the line declaring it (`    private fun baseRequest(…) =`), looked for close by (a long line has none)
      const before = code.slice(Math.max(0, (m.index ?? 0) - 200), m.index ?? 0);
      const indent = /(?:^|\n)([ \t]*)[^\n]*$/.exec(before)?.[1]?.length ?? 0;
      const body = params && unread > 0 ? kotlinBody(code, open, indent, reach(), spend) : undefined;
      if (params && body) add(m[1] ?? '', m.index ?? 0, params, body.start, body.end);
    }
  } else if (language === 'java' || language === 'php') {
    // Java: `private static String send(String url, Map<String, Object> body) {`; PHP: `function send_json($url, $data) {`
    const definitions = language === 'php' ? /\bfunction[ \t]+&?([A-Za-z_]\w*)[ \t]*\(/g : /(?:^|\n)[ \t]*(?:@\w+[ \t]+)*(?:(?:public|private|protected|static|final|synchronized|abstract)[ \t]+)*(?:<[^<>\n]{0,80}>[ \t]+)?([A-Za-z_][\w.]*)(?:<[^\n(]{0,80}>)?(?:\[\])*[ \t]+([a-z_]\w*)[ \t]*\(/g;
    for (const m of code.matchAll(definitions)) {
      if (language === 'java' && NOT_A_TYPE.test(m[1] ?? '')) continue;
      const open = (m.index ?? 0) + m[0].length - 1;
      const params = lastNamesOf(code, open, language);
      const body = params && unread > 0 ? braceBody(code, open, reach(), spend) : undefined;
      if (params && body) add((language === 'php' ? m[1] : m[2]) ?? '', m.index ?? 0, params, body.start, body.end);
    }
  } else {
    for (const fn of jsFunctions()) if (fn.name) add(fn.name, fn.start, fn.positions.map((p) => p ?? ''), fn.bodyStart, fn.end);
  }
  // a function that hands its parameter on to one of those as the URL is one too
  // (`function send_json($url, $data) { return send_request($url, $data, true); }`), two levels up
  for (let level = 0; level < 2 && found.size > 0 && unread > 0; level++) {
    const names = senderCalls(found, 'skip');
    let more = false;
    for (const fn of others) {
      if (found.has(fn.name)) continue;
      if (!spend(fn.end - fn.bodyStart)) break;
      const forwarded = forwardedRequest(code, fn, found, names, spend);
      if (forwarded) {
        found.set(fn.name, { start: fn.start, end: fn.end, params: fn.params, ...forwarded });
        more = true;
      }
    }
    if (!more) break;
  }
  return found;
}

/**
 * Go's type arguments, `[ChatRequest, ChatResponse]`, `[*pkg.Model]`: each a named type (capitalised and then lower case, so
 * that `axios[METHOD]` and `handlers[key]` are no type arguments) or a builtin one.
 */
const GO_TYPE_ARGUMENT = String.raw`\*?(?:\[\])?(?:[a-z]\w*\.)?(?:[A-Z][a-z]\w*|string|int\d*|uint\d*|float\d+|bool|byte|rune|any)`;
// (an exported generic function's may name the package's own unexported types: `ht.Post[modRes](ctx, url, body)`; the name looked
// back at, only after a `[`, is bounded, which keeps a long identifier linear)
export const GO_TYPE_ARGUMENTS = String.raw`(?:\[${GO_TYPE_ARGUMENT}(?:[ \t]*,[ \t]*${GO_TYPE_ARGUMENT})*\]|\[(?<=(?:^|[^\w$])[A-Z]\w{0,60}\[)\*?[a-z]\w*(?:[ \t]*,[ \t]*\*?[a-z]\w*)*\])`;

/**
 * Calls of `senders` (`send(`, `this.send(`, `self.send(`, `$this->send(`; a Go method's through any
 * value, `c.send(`): group 1 is the callee as written.
 */
function senderCalls(senders: Senders, otherObjects: 'skip' | 'keep'): RegExp {
  const keys = [...senders.keys()];
  const methods = keys.some((k) => k.startsWith('.'));
  const names = [...new Set(keys.map((k) => k.replace(/^\./, '')))];
  // (forwarding skips PHP's `$other->send(`; a caller's `$client->send(CHAT_URL)` is kept, as `send`)
  // (a Go generic's type arguments between name and arguments: `httpRequest[ChatRequest, ChatResponse](ctx, url, in)`)
  return new RegExp(`(?<![\\w$]|[\\w$]\\.${otherObjects === 'skip' ? '|->' : ''})((?:this\\.|self\\.|\\$this->${methods ? '|(?:[A-Za-z_]\\w*\\.)+' : ''})?(?:${names.map(escapeRe).join('|')}))[ \\t]*(?:${GO_TYPE_ARGUMENTS}[ \\t]*)?\\(`, 'g');
}

/**
 * The key in `senders` of the one a call reaches (see Senders): a bare name a function; through
 * `this`/`self` a method of a class (or a Go method whose receiver has that name); through any
 * other value only a Go method.
 */
export function senderKey(senders: Senders, callee: string): string | undefined {
  // (a Go method through a field, `chat.openaiClient.post(…)`, as through any value)
  const m = /^(?:(\$this->|(?:[A-Za-z_$][\w$]*\.)+))?([A-Za-z_$][\w$]*)$/.exec(callee);
  if (!m) return undefined;
  const [through, name] = [m[1], m[2] ?? ''];
  // (a Go function of an imported package is kept under the call as written, `api.Request`)
  if (through !== undefined && senders.has(callee)) return callee;
  const candidates = through === undefined ? [name] : /^(?:this\.|self\.|\$this->)$/.test(through) ? [name, `.${name}`] : [`.${name}`];
  return candidates.find((key) => senders.has(key));
}

/** The sender a call reaches, if any (see senderKey). */
export function senderCalled(senders: Senders, callee: string): LocalSender | undefined {
  const key = senderKey(senders, callee);
  return key === undefined ? undefined : senders.get(key);
}

/** The request a function makes by calling one of `senders` with one of its own parameters as the URL. */
function forwardedRequest(code: string, fn: { params: string[]; bodyStart: number; end: number }, senders: ReadonlyMap<string, LocalSender>, names: RegExp, spend: (characters: number) => boolean): { urlParams: Set<number>; verb?: string; via?: number } | undefined {
  const body = code.slice(fn.bodyStart, fn.end);
  for (const m of body.matchAll(names)) {
    const sender = senderCalled(senders, m[1] ?? '');
    if (!sender) continue;
    const open = fn.bodyStart + (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 4000);
    if (!spend(close < 0 ? 4000 : close - open)) return undefined;
    if (close < 0) continue;
    const args = splitTopLevel(code.slice(open + 1, close - 1)).map((a) => a.trim());
    const urlParams = new Set<number>();
    for (const index of sender.urlParams) {
      const own = fn.params.indexOf(args[index] ?? '');
      if (own >= 0) urlParams.add(own);
    }
    // (and its own parameter handed on as the one the request is sent through)
    const via = sender.via === undefined ? -1 : fn.params.indexOf(args[sender.via] ?? '');
    if (urlParams.size > 0) return { urlParams, ...(sender.verb === undefined ? {} : { verb: sender.verb }), ...(via >= 0 ? { via } : {}) };
  }
  return undefined;
}

/** Java's and PHP's parameter names, each the last word of its declaration (`final String url`, `?string $url = null`). */
function lastNamesOf(code: string, paramsOpen: number, language: 'java' | 'php'): string[] | undefined {
  const paramsClose = matchingBracket(code, paramsOpen, 2000);
  if (paramsClose < 0) return undefined;
  const name = language === 'php' ? /(\$[A-Za-z_]\w*)[ \t]*(?:=[^,]*)?$/ : /([A-Za-z_$][\w$]*)[ \t]*$/;
  return splitTopLevel(code.slice(paramsOpen + 1, paramsClose - 1)).map((p) => name.exec(p.trim())?.[1] ?? '');
}

/**
 * A Kotlin function's body: `{ … }`, or an expression after `=` that runs over the lines indented
 * deeper than the `fun` line's (`indent`), to a blank line or the next declaration at its level.
 */
function kotlinBody(code: string, paramsOpen: number, indent: number, reach: number, spend: (characters: number) => boolean): { start: number; end: number } | undefined {
  const paramsClose = matchingBracket(code, paramsOpen, 2000);
  if (paramsClose < 0) return undefined;
  const head = /^[^{}=;\n]{0,200}([{=])/.exec(code.slice(paramsClose, paramsClose + 220));
  if (!head) return undefined;
  const open = paramsClose + head[0].length - 1;
  if (head[1] === '{') {
    const close = matchingBracket(code, open, reach);
    spend(close < 0 ? reach : close - open);
    return close < 0 ? undefined : { start: open, end: close };
  }
  // (read within 2,000 characters: one long line of expression bodies stays linear)
  const window = code.slice(open, open + 2000);
  let end = window.indexOf('\n');
  while (end >= 0) {
    const next = window.indexOf('\n', end + 1);
    const line = window.slice(end + 1, next < 0 ? window.length : next);
    // (a chain may go on at the same indent: `=\n    Request.Builder()\n    .url(url)`)
    if (!/\S/.test(line) || ((/^[ \t]*/.exec(line)?.[0].length ?? 0) <= indent && !/^[ \t]*[.?:)]/.test(line))) break;
    end = next;
  }
  spend(2000);
  return { start: open, end: open + (end < 0 ? window.length : end) };
}

/** A Go, Java or PHP function's body: the `{ … }` after its parameters and return types (or `throws …`). */
function braceBody(code: string, paramsOpen: number, reach = 20_000, spend: (characters: number) => boolean = () => true): { start: number; end: number } | undefined {
  const paramsClose = matchingBracket(code, paramsOpen, 2000);
  if (paramsClose < 0) return undefined;
  // (also on the next line, as PHP and Java often write it: `function send($url)\n{`)
  const brace = /^[^{};\n]{0,200}(?:\n[ \t]*)?\{/.exec(code.slice(paramsClose, paramsClose + 220));
  if (!brace) return undefined;
  const open = paramsClose + brace[0].length - 1;
  const close = matchingBracket(code, open, reach);
  spend(close < 0 ? reach : close - open);
  return close < 0 ? undefined : { start: open, end: close };
}

/**
 * The request the body sends to one of the parameters: which parameters reach its URL, and its verb.
 * `text` has the strings `code` blanks, at the same offsets: a URL's query and the verb (`method: "POST"`) are read from it.
 */
function requestInBody(code: string, text: string, start: number, end: number, params: string[], language: SourceLanguage, isHttpCall: IsHttpCall, verbOf: VerbOf): { urlParams: Set<number>; verb?: string; via?: number } | undefined {
  if (params.length === 0) return undefined;
  const body = code.slice(start, end);
  if (language === 'php') {
    const onClient = phpClientPathRequest(code, text, start, end, params);
    if (onClient) return onClient;
  }
  // (the function's own, read once for all its requests)
  let phpMethod: MethodParameter | undefined;
  for (const m of body.matchAll(/(?<![\w$]|[\w$]\.)((?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*)[ \t]*\(/g)) {
    const callee = m[1] ?? '';
    if (!isHttpCall(callee)) continue;
    const open = start + (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 4000);
    if (close < 0) continue;
    const argsText = code.slice(open, close);
    const pieces = splitTopLevel(argsText.slice(1, -1));
    const args = pieces.map((a) => a.trim());
    // the URL: Go's `NewRequest(method, url, body)` second (third with a context), Python's
    // `requests.request(method, url)` (also a session's, httpx's, aiohttp's) second, else the first, or `url=`/`url:`
    const goRequest = /(?:^|\.)NewRequest(WithContext)?$/.exec(callee);
    // (also an XMLHttpRequest's `xhr.open(method, url)`, the method first)
    const methodFirst = ((language === 'python' && /(?:^|\.)request$/.test(callee) && !/^(?:self|cls)\./.test(callee)) || (JS_LANGUAGES.has(language) && /\.open$/.test(callee))) && args.length > 1 && !/^\w+[ \t]*=/.test(args[0] ?? '');
    const keyword = args.findIndex((a) => /^url[ \t]*[=:]/.test(a));
    // (PHP: `curl_setopt($ch, CURLOPT_URL, $url)` names it third, as libcurl does: `curl_easy_setopt(curl, CURLOPT_URL, url)`)
    const curlOption = ((language === 'php' && callee === 'curl_setopt') || ((language === 'c' || language === 'cpp') && callee === 'curl_easy_setopt')) && (args[1] ?? '') === 'CURLOPT_URL';
    const urlIndex = language === 'go' && goRequest ? (goRequest[1] ? 2 : 1) : curlOption ? 2 : keyword >= 0 ? keyword : methodFirst ? 1 : 0;
    const piece = pieces[urlIndex];
    if (piece === undefined || args[urlIndex] === '') continue;
    const pieceStart = open + 1 + pieces.slice(0, urlIndex).reduce((n, p) => n + p.length + 1, 0);
    // (PHP: `curl_setopt_array($ch, [CURLOPT_URL => $url, …])` names it in the options array)
    const option = language === 'php' && callee === 'curl_setopt_array' ? curlUrlOption(code, pieceStart + piece.length + 1, close - 1) : undefined;
    const from = option ? option.from : pieceStart + (urlIndex === keyword ? (/^[ \t\n]*url[ \t]*[=:]/.exec(piece)?.[0].length ?? 0) : 0);
    const to = option ? option.to : pieceStart + piece.length;
    // a URL the body puts together first (`url = f"{BASE}{path}"` … `requests.post(url, …)`): its one-line expression
    const local = /^[ \t\n]*([A-Za-z_$][\w$]*)[ \t\n]*$/.exec(code.slice(from, to))?.[1];
    const made = local && !params.includes(local) ? localUrlExpression(code, start, from, local) : undefined;
    const [urlCode, urlText] = made ? [code.slice(made.from, made.to), text.slice(made.from, made.to)] : [code.slice(from, to), text.slice(from, to)];
    // (a parameter tidied into a local first, `context = endpoint.lstrip("/")`, reaches the URL through it)
    const tidied = params.map((p) => (p ? (tidiedParameter(body, p) ?? p) : p));
    const urlParams = new Set<number>();
    params.forEach((p, i) => {
      if (p && (reachesUrl(urlCode, urlText, p) || (tidied[i] !== p && reachesUrl(urlCode, urlText, tidied[i] ?? '')))) urlParams.add(i);
    });
    // a method the caller hands in (`execute(param, verb, target_url)`) is the caller's to name
    const callerNamesVerb = methodFirst && params.includes(args[0] ?? '');
    // (PHP: so is a method parameter in the request's options, unless it has a default: see phpMethodParameter)
    const { takesMethod, defaultVerb } = language === 'php' ? (phpMethod ??= phpMethodParameter(text, start, end, params)) : NO_METHOD_PARAMETER;
    const verb = callerNamesVerb || (takesMethod && defaultVerb === undefined) ? undefined : (defaultVerb ?? verbOf(callee, text.slice(open, close), text.slice(close, end)));
    const pathAfter = urlParams.size <= 1 ? (basePlusParameter(urlText, params) ?? basePlusParameter(urlText, tidied)) : undefined;
    // (a path put after a literal base, `"https://api.openai.com/v1/" + endpoint`: the caller's path is the request's, on that host)
    if (urlParams.size === 0 && pathAfter?.literal !== undefined) urlParams.add(pathAfter.param);
    const pathBefore = urlParams.size === 1 && !pathAfter ? parameterPlusPath(urlText, params) : undefined;
    const via = params.indexOf(/^[A-Za-z_$][\w$]*(?=\.)/.exec(callee)?.[0] ?? '');
    if (urlParams.size > 0) return { urlParams, ...(verb === undefined ? {} : { verb }), ...(pathAfter ? { pathAfter } : {}), ...(pathBefore ? { pathBefore } : {}), ...(via >= 0 ? { via } : {}) };
  }
  return undefined;
}

/** Whether a function's request takes its method from a parameter, and that parameter's default verb. */
type MethodParameter = { takesMethod: boolean; defaultVerb: string | undefined };
const NO_METHOD_PARAMETER: MethodParameter = { takesMethod: false, defaultVerb: undefined };

/**
 * PHP: a method parameter in the request's options of the function whose body runs from `start` to `end` (`'method' => $method`),
 * and its default, the verb when the caller names none (`function make_request($endpoint, $body, $method = 'POST')`); the
 * caller's own is read where it is called.
 */
function phpMethodParameter(text: string, start: number, end: number, params: readonly string[]): MethodParameter {
  const methodParameter = /['"]method['"][ \t]*=>[ \t]*(\$[A-Za-z_]\w*)/.exec(text.slice(start, end))?.[1];
  if (methodParameter === undefined || !params.includes(methodParameter)) return NO_METHOD_PARAMETER;
  const defaultVerb = new RegExp(`${escapeRe(methodParameter)}[ \\t]*=[ \\t]*["'](GET|POST|PUT|PATCH|DELETE)["'][^)]*\\)[^{;]*$`, 'i').exec(text.slice(Math.max(0, start - 400), start))?.[1]?.toUpperCase();
  return { takesMethod: true, defaultVerb };
}

/**
 * The local a parameter is tidied into by its string methods before use (`context = endpoint.lstrip("/")`, `p := strings.TrimPrefix(path, "/")`),
 * if one, given nothing else in the function (a `replace` may rewrite the path: not read as tidying).
 */
function tidiedParameter(body: string, param: string): string | undefined {
  const p = escapeRe(param);
  const local = new RegExp(`(?:^|\\n)[ \\t]*(?:(?:const|let|var)[ \\t]+)?([A-Za-z_$][\\w$]*)[ \\t]*:?=[ \\t]*(?:${p}(?:\\.(?:lstrip|rstrip|strip|trim|trimStart|trimEnd|removeprefix)\\([^()\\n]{0,40}\\))+|strings\\.Trim(?:Prefix|Left|Space)?\\([ \\t]*${p}\\b[^()\\n]{0,40}\\))[ \\t]*;?[ \\t]*(?=\\n|$)`).exec(body)?.[1];
  // (given nothing else in the function: `context = "models"` later sends another path)
  // (statements only: a keyword argument, `f(context=context)` or one of a call written over lines, `context=context,`, gives the local nothing)
  return local !== undefined && (body.match(new RegExp(`(?:^|\\n)[ \\t]*(?:(?:const|let|var)[ \\t]+)?${escapeRe(local)}[ \\t]*:?=(?!=)(?![^\\n]*,[ \\t]*(?:\\n|$))`, 'g'))?.length ?? 0) === 1 ? local : undefined;
}

/** Where the value of `CURLOPT_URL => …` is in a cURL options array written between `from` and `to` (`[…]` or `array(…)`), whole. */
function curlUrlOption(code: string, from: number, to: number): { from: number; to: number } | undefined {
  const open = /^[ \t\n]*(?:array[ \t]*)?[[(]/.exec(code.slice(from, to));
  if (!open) return undefined;
  let at = from + open[0].length;
  for (const item of splitTopLevel(code.slice(at, to - 1))) {
    const key = /^[ \t\n]*CURLOPT_URL[ \t]*=>[ \t\n]*/.exec(item);
    if (key) return { from: at + key[0].length, to: at + item.trimEnd().length };
    at += item.length + 1;
  }
  return undefined;
}

/**
 * PHP: a method that hands a client of the class its parameter as the path (`$this->client->request($method, $uri, $options)`,
 * `$this->http->post($endpoint, …)`): the client's base goes before what the callers name (`sendRequest('POST', 'threads')`),
 * judged where the client is known (see LocalSender.pathAfter, whose base is the client's `$name`).
 */
function phpClientPathRequest(code: string, text: string, start: number, end: number, params: string[]): { urlParams: Set<number>; verb?: string; pathAfter: { param: number; base: string } } | undefined {
  const body = code.slice(start, end);
  // (strings are blanked in `code`: a verb written first, `request('POST', $uri)`, is read from `text`)
  const m = /(?:\$this->|(?<![\w>])(?=\$))\$?(\w+)->(?:request[ \t]*\([ \t\n]*(\$\w+|(["'])[^"'\n]{3,7}\3)[ \t\n]*,|(post|get|put|patch|delete)[ \t]*\()[ \t\n]*(\$\w+)[ \t\n]*[,)]/i.exec(body);
  const param = m ? params.indexOf(m[5] ?? '') : -1;
  if (!m || param < 0) return undefined;
  // (a path the method changes first, `$uri = 'v1/' . $uri;`, is no longer what the callers name)
  if (new RegExp(`\\${m[5] ?? ''}[ \\t]*\\.?=(?!=)`).test(body.slice(0, m.index))) return undefined;
  const at = start + (m.index ?? 0) + m[0].indexOf('(') + 1;
  const written = m[3] === undefined ? undefined : /^[ \t\n]*["'](GET|POST|PUT|PATCH|DELETE)["']/i.exec(text.slice(at, at + 40))?.[1];
  if (m[3] !== undefined && written === undefined) return undefined;
  // (the verb the request names, else the caller's: `request($method, $uri)`)
  const verb = m[4] !== undefined ? m[4].toUpperCase() : written?.toUpperCase();
  return { urlParams: new Set([param]), ...(verb === undefined ? {} : { verb }), pathAfter: { param, base: `$${m[1] ?? ''}` } };
}

/** Where the one-line expression last assigned to `name` in the body before `before` is (`url = f"{BASE}{path}"`, `const url = base + p;`, `url := c.baseURL + path`). */
function localUrlExpression(code: string, bodyStart: number, before: number, name: string): { from: number; to: number } | undefined {
  const body = code.slice(bodyStart, before);
  let found: { from: number; to: number } | undefined;
  for (const m of body.matchAll(new RegExp(`(?:^|[\\s;{(])(?:(?:const|let|var)[ \\t]+)?${escapeRe(name)}(?:[ \\t]*:[ \\t]*[\\w.]+)?[ \\t]*:?=(?!=)[ \\t]*([^\\n;]{1,300})`, 'g'))) {
    const from = bodyStart + (m.index ?? 0) + m[0].length - (m[1] ?? '').length;
    found = { from, to: from + (m[1] ?? '').trimEnd().length };
  }
  return found;
}

/**
 * A base the function names followed by one of its parameters, the whole URL expression: the
 * parameter's index and the base as written (see LocalSender.pathAfter). `text` is as written.
 */
function basePlusParameter(text: string, params: string[]): { param: number; base: string; literal?: string } | undefined {
  const expression = text.trim().replace(/;$/, '');
  // a literal base, no query: `"https://api.openai.com/v1/" + endpoint` (Go, Java, JavaScript; PHP's `.`), f"https://api.openai.com/v1/{path}",
  // `https://…/v1/${path}`; or one with no `/` at its end, the path the caller hands bringing its own (`"https://api.openai.com" + path`
  // with `"/v1/chat/completions"`)
  const literalBase =
    /^(["'])((?:https?|wss?):\/\/[^"'\s{}$?#&=]+)\1[ \t]*[+.][ \t]*([A-Za-z_$][\w$]*)$/.exec(expression) ??
    /^[rfbu]{0,2}(["'`])((?:https?|wss?):\/\/[^"'`\s{}$?#&=]+)\$?\{[ \t]*([A-Za-z_$][\w$]*)[ \t]*\}\1$/.exec(expression);
  if (literalBase) {
    const param = params.indexOf(literalBase[3] ?? '');
    if (param >= 0) return { param, base: '', literal: literalBase[2] ?? '' };
  }
  const forms = [
    // f"{BASE}{path}", f"{self.base_url}/{path}", `${API}${path}`, `${this.base}/${p}`
    /^[rfbu]{0,2}["'`]\$?\{[ \t]*((?:self\.|this\.)?[A-Za-z_$][\w$.]*)[ \t]*\}\/?\$?\{[ \t]*([A-Za-z_$][\w$]*)[ \t]*\}["'`]$/,
    // BASE + path, this.base + p, c.baseURL + "/" + path
    /^((?:self\.|this\.)?[A-Za-z_$][\w$.]*)[ \t]*\+[ \t]*(?:["']\/["'][ \t]*\+[ \t]*)?([A-Za-z_$][\w$]*)$/,
    // fmt.Sprintf("%s%s", c.baseURL, path), "{}{}".format(BASE, path), urljoin(BASE, path); Go's with a query after the path,
    // `fmt.Sprintf("%s%s?api-version=%s", c.endpoint, path, c.apiVersion)`
    /^fmt\.Sprintf\([ \t]*"%s\/?%s(?:\?[\w.-]+=%[sv](?:&[\w.-]+=%[sv])*)?"[ \t]*,[ \t]*([A-Za-z_][\w.]*)[ \t]*,[ \t]*([A-Za-z_]\w*)[ \t]*(?:,[ \t]*[A-Za-z_][\w.]*[ \t]*){0,4}\)$/,
    /^["']\{\}\/?\{\}["']\.format\([ \t]*((?:self\.)?[A-Za-z_][\w.]*)[ \t]*,[ \t]*([A-Za-z_]\w*)[ \t]*\)$/,
    /^(?:[\w.]*\.)?urljoin\([ \t]*((?:self\.)?[A-Za-z_][\w.]*)[ \t]*,[ \t]*([A-Za-z_]\w*)[ \t]*\)$/,
    // PHP's concatenation: `$this->api_base . $endpoint`, `self::BASE . $path`, `API_URL . $path`
    /^(\$this->[A-Za-z_]\w*|\$[A-Za-z_]\w*|(?:self|static)::\$?[A-Za-z_]\w*|[A-Z_][A-Z0-9_]*)[ \t]*\.[ \t]*(\$[A-Za-z_]\w*)$/,
  ];
  for (const form of forms) {
    const m = form.exec(expression);
    const param = m ? params.indexOf(m[2] ?? '') : -1;
    if (m && param >= 0 && !params.includes(m[1] ?? '')) return { param, base: m[1] ?? '' };
  }
  return undefined;
}

/**
 * A parameter followed by a path the function writes, the whole URL expression (`${baseUrl}/chat/completions`,
 * f"{base_url}/embeddings", `base + "/responses"`): the parameter's index and the path. `text` is as written.
 */
function parameterPlusPath(text: string, params: string[]): { param: number; path: string } | undefined {
  const expression = text.trim().replace(/;$/, '');
  const m =
    /^[rfbu]{0,2}(["'`])\$?\{[ \t]*([A-Za-z_$][\w$]*)[ \t]*\}(\/[A-Za-z][\w/.-]{0,120})\1$/.exec(expression) ??
    /^()([A-Za-z_$][\w$]*)[ \t]*\+[ \t]*["'](\/[A-Za-z][\w/.-]{0,120})["']$/.exec(expression);
  const param = m ? params.indexOf(m[2] ?? '') : -1;
  return m && param >= 0 ? { param, path: m[3] ?? '' } : undefined;
}

/** An escaping call just before a value (`url.QueryEscape(`, `quote_plus(`; not `unquote(`, nor `encodeURI(`, which takes whole URLs). */
const ESCAPED = /(?<![\w$])(?:(?:Query|Path)Escape|encodeURIComponent|quote_plus|quote|urlencode)[ \t]*\([ \t]*$/;
/** The query's `?name=` or `&name=` in the piece of the URL expression a value follows. */
const IN_QUERY = /[?&][\w.-]*=[^/]*$/;

/**
 * Whether parameter `param` makes up (part of) the URL expression, not a value escaped into it or
 * put in its query (`base + url.QueryEscape(target)`, `"…/hit?u=" + target`), nor one put after a
 * scheme the expression writes itself. The query is looked for only in the piece since the last
 * `/`, `(` or `,` before the value, at most 200 characters: a format string's template
 * (`"{}?limit={}".format(url, limit)`) is another argument.
 */
function reachesUrl(urlCode: string, urlText: string, param: string): boolean {
  // a URL whose scheme is written here starts here (`"https://web.archive.org/save?url={}".format(url)`,
  // `fmt.Sprintf("https://…?url=%s", target)`): what the caller hands goes inside it
  if (/^[ \t\n]*(?:[\w.]+\([ \t\n]*)?[rfbu$@]{0,2}["'`](?:https?|wss?):\/\//i.test(urlText)) return false;
  const named = new RegExp(`(?<![\\w$.])${param.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
  // (an f-string's or a template's placeholders are blanked in the code: `f"{BASE}{path}"`, `${base}${path}`)
  const interpolated = /^[ \t\n]*(?:[rbu]?f[rbu]?["']|`)/i.test(urlText) ? [...urlText.matchAll(named)].filter((m) => /\{[^{}]*$/.test(urlText.slice(0, m.index))) : [];
  for (const m of [...urlCode.matchAll(named), ...interpolated]) {
    const at = m.index ?? 0;
    const near = urlText.slice(Math.max(0, at - 200), at);
    // (an escape around the whole URL, `quote(url, safe=":/")`, leaves it the URL)
    const escaped = ESCAPED.exec(near.slice(-60));
    if (escaped && (at > 200 || near.slice(0, near.length - escaped[0].length).replace(/[\w$.]*$/, '').trim() !== '')) continue;
    const piece = near.slice(Math.max(near.lastIndexOf('/'), near.lastIndexOf('('), near.lastIndexOf(',')) + 1);
    if (!IN_QUERY.test(piece)) return true;
  }
  return false;
}

interface Call {
  callee: string;
  start: number;
  open: number;
  close: number;
}

/**
 * The calls of the file's own senders that hand them a URL: a literal found handed to a call
 * (`handedOver`), or a variable holding one (`variableUrl` reads it at the call), at a parameter the
 * helper's request takes its URL from, by position or by keyword (`url="…"`).
 */
export function helperCalls<D>(
  code: string,
  helpers: ReadonlyMap<string, LocalSender>,
  handedOver: ReadonlyArray<{ call: Call; at: number; url: string; dest: D }>,
  variableUrl: (name: string, at: number) => { url: string; dest: D } | undefined,
): Array<{ call: Call; url: string; dest: D; helper: LocalSender }> {
  if (helpers.size === 0) return [];
  const found: Array<{ call: Call; url: string; dest: D; helper: LocalSender }> = [];
  const helperFor = (call: { callee: string; start: number }): LocalSender | undefined => {
    const helper = senderCalled(helpers, call.callee);
    // (a call inside the helper itself passes its own parameter on)
    return helper && (call.start < helper.start || call.start >= helper.end) ? helper : undefined;
  };
  for (const { call, at, url, dest } of handedOver) {
    const helper = helperFor(call);
    if (helper && handsUrl(code, call, at, helper)) found.push({ call, url, dest, helper });
  }
  // (whether a field is declared with a type, asked once per field and type: thousands of calls may go through one)
  const typedFields = new Map<string, boolean>();
  // (thousands of calls nested in one another would each look for their end to the end of the nest: a budget keeps it linear)
  let unread = 8 * code.length + 200_000;
  for (const m of code.matchAll(senderCalls(helpers, 'keep'))) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const reach = Math.min(20_000, unread);
    const close = matchingBracket(code, open, reach);
    unread -= close < 0 ? reach : close - open;
    if (unread <= 0) break;
    const call = { callee: m[1] ?? '', start: m.index ?? 0, open, close: close < 0 ? open + 1 : close };
    const helper = close < 0 ? undefined : helperFor(call);
    if (!helper || !reachesThroughField(code, call.callee, helper, typedFields)) continue;
    const args = splitTopLevel(code.slice(open + 1, close - 1)).map((a) => a.trim());
    for (const index of helper.urlParams) {
      const name = argumentFor(args, helper.params, index);
      // (or a field: Go's `c.CreateEndpoint`, which the caller's `variableUrl` reads by the receiver's type)
      const target = name && /^(?:self\.|this\.)?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?$/.test(name) ? variableUrl(name, call.start) : undefined;
      if (!target) continue;
      found.push({ call, url: target.url, dest: target.dest, helper });
      break;
    }
  }
  return found;
}

/** What a call's arguments (split, trimmed) hand the parameter at `index`: by keyword (`url=…`), else by position. */
export function argumentFor(args: readonly string[], params: readonly string[], index: number): string | undefined {
  const param = params[index] ?? '';
  const keyword = args.find((a) => a.startsWith(`${param}=`))?.slice(param.length + 1).trim();
  return keyword ?? (args[index] !== undefined && !/^\w+[ \t]*=(?!=)/.test(args[index] ?? '') ? args[index] : undefined);
}

/**
 * Whether a Go method called through a chain of fields (`c.s.MakeRequest(…)`) is the helper: the field before it is declared
 * with the helper's receiver type (`s *Session` for `func (s *Session) MakeRequest`). A call through one value is read as before.
 */
function reachesThroughField(code: string, callee: string, helper: LocalSender, typedFields: Map<string, boolean>): boolean {
  const parts = callee.split('.');
  if (parts.length < 3) return true;
  const receiverType = /^func[ \t]*\([ \t]*\w+[ \t]+\*?([A-Za-z_]\w*)[ \t]*\)/.exec(code.slice(helper.start, helper.start + 200))?.[1];
  if (receiverType === undefined) return false;
  const key = `${parts[parts.length - 2] ?? ''} ${receiverType}`;
  let typed = typedFields.get(key);
  if (typed === undefined) typedFields.set(key, (typed = new RegExp(`(?<![\\w.])${escapeRe(parts[parts.length - 2] ?? '')}[ \\t]+\\*?${escapeRe(receiverType)}\\b`).test(code)));
  return typed;
}

/** Whether the literal at `at` is the argument of `call` that the helper sends to: by position, or by keyword (`url="…"`). */
function handsUrl(code: string, call: { open: number }, at: number, helper: LocalSender): boolean {
  const before = splitTopLevel(code.slice(call.open + 1, at));
  const keyword = /^[ \t\n]*([A-Za-z_]\w*)[ \t]*=[ \t]*[rfbu]{0,2}$/.exec(before[before.length - 1] ?? '')?.[1];
  if (keyword !== undefined) return helper.urlParams.has(helper.params.indexOf(keyword));
  return helper.urlParams.has(before.length - 1);
}
