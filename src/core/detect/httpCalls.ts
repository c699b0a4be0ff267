import type { CallSite, Provider, SourceLanguage } from '../model';
import { phpInheritedUrlConstants, phpScriptUrls } from './phpScriptUrls';
import { classifyHost } from '../policy/hosts';
import { findEndpointPolicy, normalisePath } from '../policy/endpointLookup';
import { listEndpointPolicies } from '../policy/knowledge';
import { readCallFlags } from './callFlags';
import { isCompatibleBase } from './compatibleHosts';
import { escapeRe } from './escapeRe';
import { FOLDED_LANGUAGES, foldedUrlLocals } from './foldedUrls';
import { constantCandidates, openedModulesAt, subclassOf } from './rubyHttparty';
import { callsChainedAfter, chainedReceiver, chainHead } from './callChains';
import { perText } from './perText';
import { JS_LANGUAGES, RAW_HTTP_LANGUAGES } from './languages';
import { stringConstant } from './clients';
import type { Lexed, StringLiteral } from './lexer';
import { matchingBracket, matchingOpen, openBracketBefore, pythonBlockEnd, splitTopLevel } from './lexer';
import { inConditionalBranch, lineIndent } from './branches';
import { goModuleImports, goPackage, kotlinPackage, namedImports } from './imports';
import { JsScopes } from './jsScopes';
import { argumentFor, GO_TYPE_ARGUMENTS, HELPER_LANGUAGES, helperCalls, localSenders, senderCalled, senderKey } from './localHelpers';
import type { LocalSender } from './localHelpers';
import type { ProjectIndex } from './projectIndex';
import { objectName, PROPERTY } from './objectLiterals';
import { PythonClasses } from './pythonClasses';
import { MAY_MAKE_TEST_DOUBLES, PythonTestDoubles } from './pythonTestDoubles';
import { endpointPaths, verbsForPath } from './sdkMap';
import { countBelow, firstStartingFrom, lastBefore } from './sorted';
import type { SourceText } from './sourceText';
import { injectsSpringValues, resolveSpringValue, springValueFields } from './springConfig';
import type { SpringValueField } from './springConfig';

/** Every assignment of each URL variable, in source order: a URL and where it goes, or cleared (a non-OpenAI URL assigned since). */
/** Each URL variable's assignments in source order; `local` marks an indented plain name (a function's own variable). */
/** `options`: the variable holds a request's options object with the URL in it (its text, for the verb). */
/** `local`: a function's own variable; `until`: where that function ends, when known (Go), after which the value is not this one. */
type UrlAssignments = Map<string, Array<({ at: number; url: string; destination: Destination; options?: string; parameter?: true } | { at: number; cleared: true }) & { local?: boolean; until?: number }>>;

export interface Destination {
  provider: Provider;
  host: string;
  region?: string;
}

// (`fetchWithTimeout`, `fetchWithRetry`, `fetchSSE`: a project's fetch wrapper, by the name that says so)
// (wretch's `wretch(url).auth(…).post(body)` names its verb later in the chain)
// (`requestUrl` is Obsidian's fetch, which plugins use to reach any API: `requestUrl({ url, method, body })`; rxjs's `fromFetch` is fetch's; Deno's `axiod` is axios's; jQuery's `$.ajax({ url, type })`)
// (and .NET's HttpClient verbs, Spring's RestTemplate's)
const HTTP_FUNCTIONS =
  /(?:^|\.)(\$fetch|fetch|fetchImpl|fetchFn|customFetch|_fetch|fetchWith(?:Timeout|Retry|Retries|Backoff)|fetchSSE|fetchSse|post|get|put|patch|delete|request|Request|urlopen|NewRequest|NewRequestWithContext|Post|Get|Put|Patch|Delete|axios|axiod|ajax|got|ofetch|ky|wretch|EventSource|fetchEventSource|fromFetch|stream|streamRequest|requestUrl|(?:Post|Get|Put|Patch|Delete|Send|Request)Async|(?:Post|Put)AsJsonAsync|GetStringAsync|GetFromJsonAsync|postFor(?:Object|Entity)|getFor(?:Object|Entity)|wp_remote_(?:post|get|request)|file_get_contents|MultipartRequest|StreamedRequest|JsonObjectRequest|JsonArrayRequest|StringRequest)$|^Finch\.build$/;
/** Ktor's form requests (Kotlin): posted, or sent as a GET's query with `encodeInQuery = true`. */
const KTOR_FORMS = /(?:^|\.)submitForm(?:WithBinaryData)?$/;
/**
 * Verbs written in capitals: R's httr (`POST(url, body = …)`, `httr::GET(url)`), and a C# web client's own methods
 * (`wc.POST(url, json)`, `InitWebClient().POST(…)`, whose callee reads `POST`).
 */
const CAPITAL_VERBS = /(?:^|\.)(?:POST|GET|PUT|PATCH|DELETE)$/;
/** httr's requests handed their verb first: `RETRY("POST", url, …)` (retried), `VERB("POST", url, …)`. */
const R_VERB_FIRST = /(?:^|\.)(?:RETRY|VERB)$/;
/** R's curl package fetching a URL (`curl::curl_fetch_memory(url, handle = h)`), its verb the handle's options. */
const R_CURL_FETCH = /(?:^|[.:])curl_fetch_(?:memory|disk|stream)$/;
/** cURL's options that make a request a POST: a body (`CURLOPT_POSTFIELDS`, a copy of one), a form or MIME parts, or the flag itself. */
const CURL_POST_OPTION = String.raw`CURLOPT_(?:POST(?:FIELDS)?|COPYPOSTFIELDS|MIMEPOST|HTTPPOST)`;
const CURL_POST_OPTION_KEY = new RegExp(String.raw`\b${CURL_POST_OPTION}\s*=>`);
const CURL_POST_OPTION_NAMED = new RegExp(String.raw`\b${CURL_POST_OPTION}\b`);
/** A C program's own libcurl wrapper, by the name that says so and its verb: `curlHttpPostJSON`, `curl_http_delete`, `curlHttpStreamPost` ([1] the verb). */
const CURL_WRAPPER = String.raw`(?:curl|CURL)_?(?:[Hh]ttp|HTTP)_?(?:[Ss]tream_?)?([Pp]ost|[Gg]et|[Pp]ut|[Dd]elete)`;
const CURL_WRAPPER_NAME = new RegExp(`(?:^|\\.)${CURL_WRAPPER}`);
/**
 * A project's own request helper, by the name that says so, perhaps defined in a file not in view:
 * `doRequest`, `send_request`, `makeApiCall`, `doStream`; `postJSON`, `post_json`, `postMultipart`, `post_form_data`, `GetJSON`, `fetchJson`, `httpPost`, `callAPI`, `api_call`;
 * `sendRequestWithBodyType`, `doRequestWithRetry`; `doGet`, `send_delete`, named for their verb; a C program's libcurl wrappers, `curlHttpPostJSON`, `curlHttpGetJSON`, `curlHttpStreamPost`;
 * a request's maker handed its URL and verb, `CreateRequest(TEXT("https://…"), TEXT("POST"), …)` (Unreal's), `createHttpRequest`.
 */
const REQUEST_HELPER = new RegExp(String.raw`(?:^|\.)_{0,2}(?:(?:do|send|make|perform|execute)_?(?:[Hh]ttp_?|HTTP_?|[Aa]pi_?|API_?|[Jj]son_?|JSON_?)?[Rr]equest(?:With[A-Z][A-Za-z]*)?|[Cc]reate_?(?:[Hh]ttp_?|HTTP_?)?[Rr]equest|(?:do|send|make|perform|execute)_?(?:(?:[Hh]ttp|HTTP|[Aa]pi|API|[Jj]son|JSON)_?(?:[Ss]tream|[Pp]ost|[Cc]all)|[Pp]ost|[Gg]et|[Pp]ut|[Pp]atch|[Dd]elete)|do_?[Ss]tream|(?:[Pp]ost|fetch|request)_?(?:JSON|Json|json)|[Pp]ost_?(?:[Mm]ultipart|MULTIPART|[Ff]orm_?[Dd]ata)|[Gg]et(?:JSON|Json)|(?:http|HTTP)_?(?:[Pp]ost|[Rr]equest)|${CURL_WRAPPER}(?:_?[Ss]tream)?(?:_?(?:JSON|Json|json))?|call_?(?:API|Api|api)|fetch_?(?:API|Api|api)|(?:api|API|Api)_?[Cc]all)$`);
/**
 * In the languages read for raw HTTP only, calls that set a request's URL, the request sent by the
 * call or chain around them: Java's `HttpRequest.newBuilder().uri(…)` or `newBuilder(uri)`, OkHttp's `.url(…)`, .NET's
 * `new HttpRequestMessage(HttpMethod.Post, …)`, Swift's `URLRequest(url:)`, Ruby's
 * `Net::HTTP::Post.new(uri)`, PHP's `curl_init(…)` / `curl_setopt($ch, CURLOPT_URL, …)` / `curl_setopt_array`, libcurl's
 * `curl_easy_setopt(curl, CURLOPT_URL, …)` (C, C++), .NET's older `WebRequest.Create(url)`,
 * Java's `url.openConnection()`, Apache HttpClient's `new HttpPost(url)`.
 */
const REQUEST_BUILDERS = /(?:^|\.)(?:uri|url|newBuilder|HttpRequestMessage|RestRequest|URLRequest|UnityWebRequest|curl_init|curl_setopt|curl_setopt_array|curl_easy_setopt|exchange|openConnection|SetURL)$|(?:^|\.)(?:Post|Get|Put|Patch|Delete)\.new$|(?:^|\.)(?:Http)?WebRequest\.Create$/;
/**
 * Apache HttpClient's request classes (`new HttpPost(url)`) and Methanol's request factories
 * (`MutableRequest.POST(uri, body)`), in the JVM languages only: C#'s `[HttpPost("…")]` is a route attribute.
 */
const APACHE_REQUESTS = /(?:^|\.)(?:Http(Post|Get|Put|Patch|Delete)|MutableRequest\.(POST|GET|PUT|PATCH|DELETE))$/;
/** The verb of such a request class or factory. */
const jvmRequestVerb = (callee: string): string | undefined => {
  const m = APACHE_REQUESTS.exec(callee);
  return (m?.[1] ?? m?.[2])?.toUpperCase();
};
const JVM_LANGUAGES = new Set<SourceLanguage>(['java', 'kotlin', 'scala', 'groovy']);
/** Spring's `restTemplate.execute(url, HttpMethod.POST, callback, extractor)`, in the JVM languages: the URL first, the verb second. */
const REST_TEMPLATE_EXECUTE = /(?:^|\.)(?:rest)?[Tt]emplate\.execute$/i;
/** A URL written as a name and then a path (`${baseUrl}/chat/completions`, f"{base}/embeddings", `base + "/responses"`). */
const BASE_THEN_PATH = /\{[ \t]*[A-Za-z_$][\w$]*[ \t]*\}\/[A-Za-z]|(?<![\w$])[A-Za-z_$][\w$]*[ \t]*\+[ \t]*["']\/[A-Za-z]/;
/** What BASE_THEN_PATH needs after the name, asked first: it starts at every word of a file, this at a `}` or a `+` only. */
const PATH_AFTER_NAME = /\}\/[A-Za-z]|\+[ \t]*["']\/[A-Za-z]/;
/** C and C++, where `QUrl url("https://…")` and `std::string url("…")` declare a variable: no builder's `.url(…)`. */
const C_LANGUAGES = new Set<SourceLanguage>(['c', 'cpp']);
/**
 * Calls that open a WebSocket (`new WebSocket(url)`, Python `websockets.connect(url)`, websocket-client's `websocket.WebSocketApp(url, …)`,
 * C#'s `ClientWebSocket.ConnectAsync(uri, token)`, Dart's `WebSocketChannel.connect(uri)`): the Realtime API's transport.
 */
/** Go's requests whose URL is not their first argument: `http.NewRequest("POST", url, body)`, `websocket.DefaultDialer.DialContext(ctx, url, h)`. */
const GO_URL_ARGUMENT_CALL = String.raw`(?:[A-Za-z_]\w*\.)?NewRequest(WithContext)?|websocket\.(?:\w+\.)?Dial(?:Context)?`;
const GO_URL_ARGUMENT_CALLS = new RegExp(`^(?:${GO_URL_ARGUMENT_CALL})$`);
export const WEBSOCKET_FUNCTIONS = /(?:^|\.)WebSocket$|(?:^|\.)WebSocketApp$|(?:^|\.)WebSockex\.start(?:_link)?$|(?:^|\.)websockets?\.(?:connect|create_connection)$|^create_connection$|(?:^|\.)websocket\.(?:[\w]+\.)?Dial(?:Context)?$|(?:^|\.)ConnectAsync$|(?:^|\.)(?:IO|Html)?WebSocketChannel\.connect$|(?:^|\.)ws_connect$/;

/** Names bound to a browser request object: `const xhr = new XMLHttpRequest()` (also xhr2's, on Node). */
function xmlHttpRequests(code: string): Set<string> {
  const names = new Set<string>();
  if (!code.includes('XMLHttpRequest')) return names;
  for (const m of code.matchAll(/(?<![\w$.])((?:this\.)?[A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,40})?=[ \t]*new[ \t]+(?:[\w$]+\.)?XMLHttpRequest\b/g)) names.add(m[1] ?? '');
  return names;
}

/**
 * Names whose `get`/`post` define a mocked response rather than send a request: msw's `http` and
 * `rest` (when the file imports msw), the Python mocking libraries (`responses`, `respx`,
 * `requests_mock`, `httpretty`) and what `with aioresponses() as m:` or `requests_mock.Mocker()`
 * binds, fetch-mock and nock.
 */
function mockReceivers(text: string): Set<string> {
  const names = new Set<string>(['respx', 'requests_mock', 'httpretty', 'fetchMock', 'nock']);
  if (/^[ \t]*(?:import[ \t]+responses\b|from[ \t]+responses[ \t]+import\b)/m.test(text)) names.add('responses');
  if (/from\s*["']msw(?:\/[\w/-]*)?["']|require\s*\(\s*["']msw["']\s*\)/.test(text)) {
    names.add('http');
    names.add('rest');
  }
  for (const m of text.matchAll(/\b(?:aioresponses|requests_mock\.Mocker|respx\.mock|responses\.RequestsMock)\s*\([^)\n]{0,200}\)\s+as\s+(\w+)/g)) names.add(m[1] ?? '');
  return names;
}

export function isHttpCall(callee: string): boolean {
  return HTTP_FUNCTIONS.test(callee) || REQUEST_HELPER.test(callee) || WEBSOCKET_FUNCTIONS.test(callee);
}

/** Whether a call by that callee sends a request, in this file: an HTTP function, a request builder, an XMLHttpRequest's `open`, not a test double. */
function sendsRequest(src: SourceText, code: string, language: SourceLanguage): { sends: (callee: string) => boolean; opensXhr: (callee: string) => boolean } {
  const rawOnly = RAW_HTTP_LANGUAGES.has(language);
  // test doubles that answer requests instead of sending them (`http.get(url, resolver)` from msw)
  let mocks: Set<string> | undefined;
  // `xhr.open("POST", url)` on `const xhr = new XMLHttpRequest()`: the request the browser sends
  let xhrs: Set<string> | undefined;
  const opensXhr = (callee: string): boolean => callee.endsWith('.open') && (xhrs ??= xmlHttpRequests(code)).has(callee.slice(0, -5));
  // a request helper by its name only where this file does not define it: a definition in view says itself what it does
  // (`function makeStream(src) { return Readable.from(src) }`, a Go `func doRequest(…) error { return nil }`)
  const definedHere = new Map<string, boolean>();
  const helperInView = (callee: string): boolean => {
    const name = callee.slice(callee.lastIndexOf('.') + 1);
    let answer = definedHere.get(name);
    if (answer === undefined) definedHere.set(name, (answer = new RegExp(`(?:\\bdef|\\bfunction\\*?|\\bfunc(?:[ \\t]*\\([^)\\n]*\\))?|\\bfun)[ \\t]+${name}[ \\t]*[(<]|\\b${name}[ \\t]*[:=][ \\t]*(?:async[ \\t]*)?(?:function\\b|\\([^()\\n]*\\)[ \\t]*=>)|^[ \\t]*(?:(?:public|private|protected|static|async)[ \\t]+)*${name}[ \\t]*\\([^()\\n]*\\)[ \\t]*(?::[^{\\n]*)?\\{`, 'm').test(code)));
    return answer;
  };
  // (`ConnectAsync` opens a WebSocket only where the file has a ClientWebSocket: an MQTT or TCP client's is none)
  let clientWebSocket: boolean | undefined;
  const otherConnect = (callee: string): boolean => /(?:^|\.)ConnectAsync$/.test(callee) && !(clientWebSocket ??= /\bClientWebSocket\b/.test(code));
  // (so is a bare call of a function the file defines at its top level, `requestUrl($url, $body)` of a PHP script's own cURL
  // function, `function get(url) { return cache.lookup(url) }`: its body says what it does; not a module's `fetch` shim, an
  // arrow, nor a class's `post` method)
  const topLevel = new Map<string, boolean>();
  const ownTopLevel = (callee: string): boolean => {
    if (/[.:>]/.test(callee)) return false;
    let answer = topLevel.get(callee);
    if (answer === undefined) topLevel.set(callee, (answer = new RegExp(`^(?:async[ \\t]+)?(?:function|def)[ \\t]+${escapeRe(callee)}[ \\t]*\\((?![ \\t]*self\\b)`, 'm').test(code)));
    return answer;
  };
  // (also Garry's Mod's global `HTTP({ url = …, method = "post", body = … })`, among the callees below: it sends the request its table describes)
  const sendsOtherwise = (callee: string): boolean =>
    ((isHttpCall(callee) && !((REQUEST_HELPER.test(callee) || ownTopLevel(callee)) && helperInView(callee)) && !otherConnect(callee)) || (rawOnly && REQUEST_BUILDERS.test(callee) && !(C_LANGUAGES.has(language) && /^ur[il]$/.test(callee))) || (JVM_LANGUAGES.has(language) && (APACHE_REQUESTS.test(callee) || KTOR_FORMS.test(callee) || REST_TEMPLATE_EXECUTE.test(callee))) || (language === 'lua' && callee === 'HTTP') || ((language === 'r' || language === 'csharp') && CAPITAL_VERBS.test(callee)) || (language === 'r' && (R_VERB_FIRST.test(callee) || R_CURL_FETCH.test(callee))) || opensXhr(callee)) && !(mocks ??= mockReceivers(src.noComments)).has(/^[\w$]+/.exec(callee)?.[0] ?? '');
  // (Qt: `QNetworkRequest request(url)` declares a request, sent by the `QNetworkAccessManager` it is handed to; `request.setUrl(url)`)
  const qt = language === 'cpp' ? qtRequestsOf(src.noComments) : undefined;
  // (PHP: Guzzle's PSR-7 request under the name the file imports it by, `use GuzzleHttp\Psr7\Request as GuzzleRequest;`)
  // (also in a group, `use GuzzleHttp\Psr7\{Request as GuzzleRequest, Uri};`)
  const psr7 = language === 'php' ? /^[ \t]*use[ \t]+\\?GuzzleHttp\\Psr7\\(?:Request|\{[^{}]*?\bRequest)[ \t]+as[ \t]+(\w+)/m.exec(src.noComments)?.[1] : undefined;
  return { sends: (callee) => (qt !== undefined && isQtRequest(qt, callee)) || callee === psr7 || sendsOtherwise(callee), opensXhr };
}

/** The verb of a request a function sends: a request builder's from what follows it, else the call's own. */
function requestVerb(language: SourceLanguage): (callee: string, args: string, after: string) => string | undefined {
  // (cURL's options array sends a GET unless it says otherwise: `curl_setopt_array($ch, [CURLOPT_URL => $url, …])`)
  return (callee, args, after) => (JVM_LANGUAGES.has(language) && APACHE_REQUESTS.test(callee) ? jvmRequestVerb(callee) : REQUEST_BUILDERS.test(callee) ? (builtVerb(args, after) ?? (callee === 'curl_setopt_array' && /\bCURLOPT_URL\b/.test(args) ? (curlOptionsVerb(args) ?? 'GET') : undefined)) : httpVerb(callee, args, language));
}

/**
 * The file's functions that send a request to a URL their caller hands them, for the project
 * index: another file's call of one (`doPostRequest(baseURL+"/chat/completions", …)` in the same Go
 * package, `post_json(CHAT_URL, …)` imported from a module) is a request where that file names the URL.
 * Their offsets are this file's, so they are given as defined elsewhere (-1).
 */
export function requestSendingFunctions(src: SourceText, lexed: Lexed, language: SourceLanguage): Map<string, LocalSender> {
  const found = new Map<string, LocalSender>();
  let fieldUrl: ((field: string) => string | undefined) | undefined;
  for (const [name, sender] of ownRequestSenders(src, lexed, language)) {
    // (a Go method's base, its receiver's field, is read here where the file sets it: `&OpenAIClient{baseUrl: baseUrl}` with
    // `baseUrl = "https://api.openai.com"`; the callers in other files name only the path)
    const field = language === 'go' && sender.pathAfter ? /^[A-Za-z_]\w*\.([A-Za-z_]\w*)$/.exec(sender.pathAfter.base)?.[1] : undefined;
    // (so is a module constant the base names, `OPENAI_API_BASE = "https://api.openai.com/v1"` above `f"{OPENAI_API_BASE}/{path}"`)
    const constant = !field && sender.pathAfter && /^[A-Za-z_$][\w$]*$/.test(sender.pathAfter.base) ? unquotedConstant(src.noComments, sender.pathAfter.base) : undefined;
    const literal = field ? (fieldUrl ??= goUnsetFieldUrls(lexed.code, src.noComments))(field) : constant !== undefined && /^https?:\/\/[^\s{}$]+$/.test(constant) ? constant : undefined;
    const pathAfter = sender.pathAfter && literal !== undefined ? { ...sender.pathAfter, literal } : sender.pathAfter;
    found.set(name, { ...sender, ...(pathAfter ? { pathAfter } : {}), start: -1, end: -1 });
  }
  return found;
}

/**
 * A Dart file's look-up of the top-level constants the files it imports declare, by name (`import 'const.dart';` …
 * `chatGPTEndpoint`): nothing for a name this file declares, assigns or takes as a parameter itself. Its imports and its own
 * names are read once; undefined for a file that imports no Dart file.
 */
function dartImportedConstants(text: string, code: string, constant: (uri: string, name: string) => string | undefined): ((name: string) => string | undefined) | undefined {
  const imports = [...text.matchAll(/^[ \t]*import[ \t]+["']([^"'\n]+\.dart)["']/gm)].map((m) => m[1] ?? '');
  if (imports.length === 0) return undefined;
  let own: Set<string> | undefined;
  return (name) => {
    own ??= new Set([...code.matchAll(/(?<![\w$.])([A-Za-z_]\w*)[ \t]*=(?![=>])|\b(?:var|final|const|late|String|Uri|int|double|bool|dynamic)[ \t]+([A-Za-z_]\w*)|\bthis\.([A-Za-z_]\w*)[ \t]*[,)}]/g)].map((d) => d[1] ?? d[2] ?? d[3] ?? ''));
    return own.has(name) ? undefined : imports.map((uri) => constant(uri, name)).find((v) => v !== undefined);
  };
}

/**
 * The bases a Dart file takes from the files it imports: each name a string starts with (`'$BASE_URL/models'`,
 * `"${baseUrl}/chat/completions"`) that an imported file declares at its top level as a URL with no path of an endpoint.
 */
function dartImportedBases(strings: readonly StringLiteral[], bases: Map<string, Destination>, imported: (name: string) => string | undefined): void {
  const tried = new Set<string>();
  for (const lit of strings) {
    const name = /^\$\{?([A-Za-z_]\w*)/.exec(lit.value)?.[1];
    if (name === undefined || tried.has(name) || bases.has(name)) continue;
    tried.add(name);
    const value = imported(name);
    const dest = value === undefined || normalisePath(value).length > 0 ? undefined : destinationOf(value);
    if (dest) bases.set(name, dest);
  }
}

/**
 * A Go file's look-up of the one literal URL its keyed literals give a struct field that no statement of the file sets
 * (`c.baseURL = os.Getenv("BASE")` makes it a run-time one); both read when first asked.
 */
function goUnsetFieldUrls(code: string, text: string): (field: string) => string | undefined {
  let assigned: Set<string> | undefined;
  let keyed: ((field: string) => string | undefined) | undefined;
  return (field) => ((assigned ??= new Set([...code.matchAll(/\.([A-Za-z_]\w*)[ \t]*=(?!=)/g)].map((m) => m[1] ?? ''))).has(field) ? undefined : (keyed ??= goFieldLiterals(text))(field));
}

/**
 * The one literal URL a Go file gives a struct field it keys (`baseUrl: "https://…"`, or a constant that holds one), the keyed values
 * read in one pass: undefined for a field given none or several (any other value, `baseURL: os.Getenv("BASE")`, is a run-time one).
 */
function goFieldLiterals(text: string): (field: string) => string | undefined {
  const written = new Map<string, Array<{ literal?: string; name?: string }>>();
  const constants = new Map<string, string | undefined>();
  const constant = (name: string): string | undefined => {
    if (!constants.has(name)) constants.set(name, new RegExp(`(?<![\\w.])${escapeRe(name)}[ \\t]*(?:string[ \\t]*)?=[ \\t]*(?:"([^"\\n]*)"|\`([^\`]*)\`)`).exec(text)?.slice(1).find((v) => v !== undefined));
    return constants.get(name);
  };
  // (the value may start on the next line; a raw string in backquotes is a literal too)
  for (const m of text.matchAll(/(?<![\w.])([A-Za-z_]\w*)[ \t]*:(?!=)\s*(?:(?:"([^"\n]*)"|`([^`]*)`|([A-Za-z_]\w*))[ \t]*(?=[,}\n])|(?=\S))/g)) {
    const field = m[1] ?? '';
    const list = written.get(field);
    const value = { literal: m[2] ?? m[3], name: m[4] };
    if (list) list.push(value);
    else written.set(field, [value]);
  }
  // (a constant looked up only for the fields asked about: one pass over the file per name, for every keyed field, was quadratic)
  return (field) => {
    const list = new Set((written.get(field) ?? []).map((w) => w.literal ?? (w.name === undefined ? undefined : constant(w.name))));
    const only = list.size === 1 ? [...list][0] : undefined;
    return only !== undefined && /^https?:\/\//.test(only) ? only : undefined;
  };
}

/** The same, at their offsets in this file. */
export function ownRequestSenders(src: SourceText, lexed: Lexed, language: SourceLanguage): Map<string, LocalSender> {
  if (!HELPER_LANGUAGES.has(language)) return new Map();
  let scopes: JsScopes | undefined;
  return localSenders(lexed.code, src.noComments, language, sendsRequest(src, lexed.code, language).sends, requestVerb(language), () => (scopes ??= new JsScopes(lexed.code)).functions);
}

/** What raw-HTTP detection reads of the rest of the project. */
type HttpProjectFacts = Pick<ProjectIndex, 'urlConstant' | 'urlConstantsOf' | 'goUrlConstant' | 'senderIn' | 'goSenders' | 'goImportedSenders' | 'rubyClientBase' | 'classUrlConstant' | 'classPathConstant' | 'springBase' | 'springProperty' | 'dartConstant' | 'includedUrl' | 'phpRequiredUrls' | 'classRequestBase' | 'csharpClientBase' | 'importedElsewhere'>;

/** Raw HTTP calls in code: an OpenAI or Azure OpenAI URL (or a base-URL variable + path) passed to an HTTP function. */
export function detectHttpCalls(src: SourceText, lexed: Lexed, language: SourceLanguage, project?: HttpProjectFacts, fileName?: string): CallSite[] {
  const bases = new Map<string, Destination>();
  let pythonClasses: PythonClasses | undefined;
  // every assignment of each URL variable, in source order: a call takes the nearest one before it
  const urlVars: UrlAssignments = new Map();
  let rFunctions: Array<{ open: number; close: number }> | undefined;
  let braceBlocks: BraceBlocks | undefined;
  let typedBlocks: BraceBlocks | undefined;
  // (each Python definition's end, and the names its `global` statements make the module's, read once: a function may assign many)
  const pythonEnds = new Map<number, number>();
  const definitionEndOf = (definition: number): number => {
    let end = pythonEnds.get(definition);
    if (end === undefined) pythonEnds.set(definition, (end = pythonDefinitionEnd(lexed.code, definition)));
    return end;
  };
  const pythonBlockEndAt = (at: number): number | undefined => {
    const definition = pythonDefinitionAt(lexed.code, at);
    return definition < 0 ? undefined : definitionEndOf(definition);
  };
  const pythonGlobals = new Map<number, Set<string>>();
  const declaredGlobal = (definition: number, name: string): boolean => {
    let names = pythonGlobals.get(definition);
    if (!names) {
      const body = lexed.code.slice(definition, definitionEndOf(definition));
      pythonGlobals.set(definition, (names = new Set(body.includes('global') ? [...body.matchAll(/^[ \t]*global[ \t]+([\w, \t]+)/gm)].flatMap((g) => (g[1] ?? '').split(',').map((n) => n.trim())) : [])));
    }
    return names.has(name);
  };
  const assign = (name: string, entry: ({ at: number; url: string; destination: Destination; options?: string; parameter?: true } | { at: number; cleared: true }) & { local?: boolean; until?: number }): void => {
    // a function's own variable: a JS `const`/`let` in an indented line, a Python name assigned under a
    // `def` (a module's `if __name__ == "__main__":` block, or a JS `var` in a block, is the module's)
    // (Python: the `def` around it, found once; a `global` statement there makes the name the module's)
    const definition = language === 'python' && !name.includes('.') ? pythonDefinitionAt(lexed.code, entry.at) : -1;
    // (Java's, C#'s, Kotlin's, Dart's and Scala's: in the block of a method, or of a statement in one)
    // (declared there, with a type or a keyword before the name: a plain `_endpoint = $"…"` in a constructor sets the field)
    const typedBlockEnd = BRACE_TYPED_LOCALS.has(language) && !name.includes('.') && declaredOnLine(lexed.code, entry.at, name) ? (typedBlocks ??= new BraceBlocks(lexed.code, TYPED_TYPE_BODY_HEADER)).localEnd(entry.at) : Infinity;
    // (PHP: a variable a function assigns is that function's alone)
    const phpBody = language === 'php' && /^\$[A-Za-z_]\w*$/.test(name) ? phpFunctionBody(lexed.code, entry.at) : undefined;
    if (typedBlockEnd !== Infinity) {
      entry.local = true;
      entry.until = typedBlockEnd;
    } else if (phpBody) {
      entry.local = true;
      entry.until = phpBody.end;
    } else if (!name.includes('.') && (language === 'python' ? definition >= 0 && !declaredGlobal(definition, name) : functionLocal(lexed.code, entry.at, language, name))) {
      entry.local = true;
      if (language === 'go') entry.until = goFunctionEnd(lexed.code, entry.at);
      // (a JavaScript function's `const url` is not what another function after it reads under that name)
      else if (JS_LANGUAGES.has(language)) entry.until = scopes().innermost(entry.at)?.end;
      // (R: an indented assignment outside any function, in a top-level `if`, is the script's)
      else if (language === 'r') {
        entry.until = rFunctionEnd((rFunctions ??= rFunctionBodies(lexed.code)), entry.at);
        if (entry.until === undefined) delete entry.local;
      }
      // (a Python function's name is its own: another function after it reads its own or the module's)
      else if (language === 'python') entry.until = definitionEndOf(definition);
      // (Swift's and Rust's `let`, block-scoped: another function's `let url` is not this one's)
      else if (BRACE_BLOCK_LOCALS.has(language)) entry.until = (braceBlocks ??= new BraceBlocks(lexed.code)).localEnd(entry.at);
    }
    // `if url is None:` then `url = "https://api.openai.com/…"`, JavaScript's `if (!url) url = "…"`, Go's
    // `if url == "" { url = defaultURL }`: only the default of a value handed in or read at run time
    if ('url' in entry && !name.includes('.') && defaultWhenEmpty(lexed.code, entry.at, name)) entry.destination = { provider: 'unknown', host: `${entry.destination.host} (the default of ${name} when none is given; the value is read at run time)` };
    // (kept in source order, which `urlAt` bisects: an assignment found late, `uri = URI(API_ENDPOINT)` read once its
    // constant is known, goes where it is written)
    const list = urlVars.get(name);
    if (!list) urlVars.set(name, [entry]);
    else if ((list[list.length - 1]?.at ?? -1) <= entry.at) list.push(entry);
    else list.splice(lastBefore(list, entry.at + 1) + 1, 0, entry);
  };
  const sites: CallSite[] = [];
  const code = lexed.code;
  let defaultsToOpenAI: boolean | undefined;
  let goPackageForOpenAI: boolean | undefined;
  const rawOnly = RAW_HTTP_LANGUAGES.has(language);
  const { sends, opensXhr } = sendsRequest(src, code, language);
  // base-URL variables: `BASE = "https://api.openai.com/v1"`
  let goFieldUrls: Map<string, number> | undefined;
  // Python: the literal base each class sets its `self.` attribute to (`self.base_url = "https://api.groq.com/openai/v1"` in
  // `GroqProvider.__init__`), by class and attribute; '' for a class that sets it two ways (read then as before)
  const classBases = new Map<string, string>();
  const classesSettingBase = new Map<string, Set<string>>();
  for (const lit of lexed.strings) {
    if (language === 'python' && !lit.interpolated && /^https?:\/\/[^/\s]+(?:\/[\w.-]*)*\/?$/i.test(lit.value)) {
      const attribute = /(?:^|\n)[ \t]*(self\.[A-Za-z_]\w*)[ \t]*(?::[^=\n]{0,80})?=[ \t]*$/.exec(code.slice(Math.max(0, lit.start - 160), lit.start))?.[1];
      const owner = attribute ? (pythonClasses ??= new PythonClasses(code)).of(lit.start)?.name : undefined;
      if (attribute && owner) {
        const key = `${owner}.${attribute}`;
        classBases.set(key, classBases.has(key) && classBases.get(key) !== lit.value ? '' : lit.value);
        classesSettingBase.set(attribute, (classesSettingBase.get(attribute) ?? new Set()).add(owner));
      }
    }
    const dest = destinationOf(lit.value);
    if (!dest) continue;
    // (Go: also a struct literal's keyed field, `&Client{BaseURL: "https://api.openai.com/v1"}`, read through any receiver
    // as `.BaseURL`, when the file gives that field no other URL: a table of providers' bases is a run-time choice)
    const field = language === 'go' ? goKeyedField(code, lit.start) : undefined;
    if (field && (goFieldUrls ??= goKeyedFieldUrlCounts(code, lexed.strings)).get(field) !== 1) continue;
    // (Swift's base in its URL type: `private let baseURL = URL(string: "https://api.openai.com/v1")!`)
    const wrapped = language === 'swift' ? /\bURL[ \t]*\([ \t]*string[ \t]*:[ \t]*$/.exec(code.slice(Math.max(0, lit.start - 40), lit.start))?.[0] : undefined;
    const name = assignedVariable(code, lit.start - (wrapped?.length ?? 0)) ?? (field ? `.${field}` : undefined);
    if (!name) continue;
    const path = normalisePath(lit.value);
    // (Kotlin's constructor property `private val baseUri: String = "https://api.openai.com"`: only the default of what the caller gives)
    if (path.length === 0) bases.set(name, DEFAULTED_PARAMETER_LANGUAGES.has(language) && parameterDefault(code, lit.start) ? { provider: 'unknown', host: `${dest.host} (the default of parameter ${name}; the caller may give another)` } : dest);
  }
  // Python: an attribute set to a module constant's literal base, `self.base_url = OPENAI_BASE_URL`, holds that base (its class's own, as above)
  const constantAttributes = new Set<string>();
  if (language === 'python' && code.includes('self.')) {
    let constants: Map<string, string | null> | undefined;
    for (const m of code.matchAll(/^[ \t]*(self\.[A-Za-z_]\w*)[ \t]*(?::[^=\n]{0,80})?=[ \t]*([A-Za-z_]\w*)[ \t]*$/gm)) {
      const attribute = m[1] ?? '';
      const value = (constants ??= moduleStringConstants(code, lexed.strings)).get(m[2] ?? '');
      const owner = value ? (pythonClasses ??= new PythonClasses(code)).of(m.index ?? 0)?.name : undefined;
      if (!value || !owner || !/^https?:\/\/[^/\s]+(?:\/[\w.-]*)*\/?$/i.test(value)) continue;
      const key = `${owner}.${attribute}`;
      classBases.set(key, classBases.has(key) && classBases.get(key) !== value ? '' : value);
      classesSettingBase.set(attribute, (classesSettingBase.get(attribute) ?? new Set()).add(owner));
      constantAttributes.add(attribute);
    }
  }
  // (an attribute set to the literal base in one branch and to something else in another, `self.base_url = f"{endpoint}/openai/v1"`
  // then `else: self.base_url = "https://api.openai.com/v1"`: which one holds is decided at run time)
  if ((language === 'python' || JS_LANGUAGES.has(language)) && [...bases.keys()].some((name) => /^(?:self|this)\./.test(name))) {
    const valuesOf = attributeValues(src.noComments);
    for (const [name, dest] of bases) {
      if (!/^(?:self|this)\.[A-Za-z_$][\w$]*$/.test(name) || dest.provider === 'unknown') continue;
      if ((valuesOf.get(name)?.size ?? 0) > 1) bases.set(name, { provider: 'unknown', host: `${dest.host} or another base: ${name} is set more than one way in this file, decided at run time` });
    }
  }
  // Spring: `@Value("${openai.api.url}") private String apiUrl;`, the URL or base the module's configuration sets (also read as `this.apiUrl`)
  const springFields = JVM_LANGUAGES.has(language) && injectsSpringValues(src.noComments) ? springValueTargets(src.noComments, (property) => project?.springProperty(fileName ?? '', property)) : [];
  // (a whole URL is read as if assigned where the annotation is, before the literals: a later assignment of the name clears it)
  for (const { field, target } of springFields) {
    for (const name of [field.name, `this.${field.name}`]) {
      if ('base' in target) bases.set(name, target.base);
      else assign(name, { at: field.at, ...target });
    }
  }
  // Dart: a base another file declares at its top level, put at a string's start after `import 'consts.dart';`: `'$BASE_URL/models'`
  const dartImported = project && language === 'dart' ? dartImportedConstants(src.noComments, code, (uri, name) => project.dartConstant(fileName ?? '', uri, name)) : undefined;
  if (dartImported) dartImportedBases(lexed.strings, bases, dartImported);
  if (bases.size > 0) defaultOnlyBases(code, bases);
  const imports = project && language !== 'go' ? (language === 'python' ? namedImports(code, 'python') : namedImports(src.noComments, 'js')) : [];
  // `URLS.API_BASE`: a member of an object another module exports (`import { URLS } from '../constants'`), else of the file's own
  let ownMembers: Map<string, string> | undefined;
  const memberUrl = (dotted: string): string | undefined => {
    const [local, key, more] = dotted.split('.');
    const imported = more === undefined ? imports.find((i) => i.local === local) : undefined;
    return (imported && project?.urlConstant(imported.module, `${imported.name}.${key}`, fileName)) ?? (ownMembers ??= objectMemberLiterals(code, lexed.strings)).get(dotted);
  };
  const instances = httpClientInstances(src, code, bases, language, project, memberUrl);
  // Ruby: a client another file keeps in a top-level constant (`OPENAI = Faraday.new(url: "…")` in lib/openai.rb)
  if (project && language === 'ruby') {
    for (const m of code.matchAll(/(?<![\w:.])([A-Z]\w*)\.(?:post|get|put|patch|delete)\b/g)) {
      const base = instances.has(m[1] ?? '') ? undefined : project.rubyClientBase(m[1] ?? '');
      if (base !== undefined) keepInstance(instances, bases, m[1] ?? '', base);
    }
  }
  // the file's own request-sending functions (asked for once)
  let ownSenderMap: Map<string, LocalSender> | undefined;
  const ownSenders = (): Map<string, LocalSender> => (ownSenderMap ??= localSenders(code, src.noComments, language, sends, requestVerb(language), () => scopes().functions));
  // request-sending functions another file defines: one of the Go package's, one this module imports by name
  let senders: Map<string, LocalSender> | undefined;
  const elsewhereSenders = (): Map<string, LocalSender> => {
    if (senders) return senders;
    senders = new Map();
    // only the names this file calls: copying a large package's every sender into each of its files was quadratic
    const pkg = project && language === 'go' ? project.goSenders(goPackage(code, fileName)) : undefined;
    if (pkg) {
      // (a generic's type arguments between the name and its bracket: `httpRequest[ChatRequest, ChatResponse](…)`)
      for (const m of code.matchAll(GO_CALLEES)) {
        const key = senderKey(pkg, m[0]);
        const sender = key === undefined ? undefined : pkg.get(key);
        if (key !== undefined && sender) senders.set(key, sender);
      }
    }
    for (const imported of language === 'python' || JS_LANGUAGES.has(language) ? imports : []) {
      const sender = project?.senderIn(imported.module, imported.name, fileName);
      if (sender) senders.set(imported.local, sender);
    }
    // (Go: a function of another package of the project this file imports, kept under the call as written: `api.Request(method, url, …)`;
    // each imported package looked up once)
    if (project && language === 'go') {
      const imported = new Map<string, ReadonlyMap<string, LocalSender> | undefined>();
      for (const [alias, path] of goModuleImports(src.noComments)) imported.set(alias, project.goImportedSenders(path));
      for (const m of [...imported.values()].some(Boolean) ? code.matchAll(/(?<![\w.])([A-Za-z_]\w*)\.([A-Z]\w*)[ \t]*\(/g) : []) {
        const sender = imported.get(m[1] ?? '')?.get(m[2] ?? '');
        if (sender) senders.set(`${m[1] ?? ''}.${m[2] ?? ''}`, sender);
      }
    }
    return senders;
  };
  // `import { openaiAxios } from "@/lib/openaiAxios"`: an instance another module made with a literal base
  if (project && language !== 'python') {
    for (const imported of imports) {
      const base = project.urlConstant(imported.module, `${imported.name}.baseURL`, fileName) ?? project.urlConstant(imported.module, `${imported.name}.prefixUrl`, fileName);
      if (base === undefined || instances.has(imported.local)) continue;
      instances.set(imported.local, base);
      const dest = destinationOf(base);
      if (dest) bases.set(imported.local, dest);
    }
  }
  let classBodyLines: Set<number> | undefined;
  let jsScopes: JsScopes | undefined;
  const scopes = (): JsScopes => (jsScopes ??= new JsScopes(code));
  let stringsByStart: Map<number, StringLiteral> | undefined;
  let stringsByEnd: Map<number, StringLiteral> | undefined;
  const inClassBody = (offset: number): boolean => language === 'python' && (classBodyLines ??= pythonClassBodyLines(code)).has(src.range(offset, offset).start.line);
  // `endpoint := "/chat/completions"` … `http.NewRequest("POST", c.BaseURL+endpoint, …)`: each
  // `+ endpoint` is read as if the path were written there
  /** A URL variable assigned the string at `at`, which is no API URL, holds none from there on. */
  const clearAssignedUrl = (at: number): void => {
    // (also as a default: `const endpoint = customEndpoint || 'https://api.anthropic.com/v1/complete'`)
    const defaulted = literalAsDefault(code, at);
    // (also the format of a formatting call: `requestURL := fmt.Sprintf("%s/health", c.base)`)
    const formatting = defaulted ? undefined : enclosingCall(code, at);
    // (or the path a joining helper puts after its base: `let url = build_endpoint(&base, "models")`)
    const formatFirst = formatting && ((FORMAT_FUNCTIONS.test(formatting.callee) && code.slice(formatting.open + 1, at).trim() === '') || JOIN_HELPERS.test(formatting.callee)) ? formatting : undefined;
    const cleared = formatFirst ? (goFirstOfPair(code, formatFirst.start) ?? assignedVariable(code, formatFirst.start)) : assignedVariable(code, defaulted ? at - defaulted[0].length : at);
    if (cleared && urlVars.has(cleared)) assign(cleared, { at, cleared: true });
    // a constant object's member set again (`ENDPOINTS.chat = "http://localhost:11434/api/chat"`)
    const member = JS_LANGUAGES.has(language) ? /(?<![\w$.])([A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*)[ \t]*=[ \t]*$/.exec(code.slice(Math.max(0, at - 120), at))?.[1] : undefined;
    if (member && member !== cleared && urlVars.has(member)) assign(member, { at, cleared: true });
    // another class's attribute of the same name (`api_url` of an Ollama back end)
    if (cleared && urlVars.has(`self.${cleared}`) && inClassBody(at)) assign(`self.${cleared}`, { at, cleared: true });
    // (and read through its class: `Outer.CHAT` is the outer class's own, not a nested one's)
    const owner = cleared && language === 'python' && inClassBody(at) ? (pythonClasses ??= new PythonClasses(code)).of(at)?.name : undefined;
    if (owner && urlVars.has(`${owner}.${cleared}`)) assign(`${owner}.${cleared}`, { at, cleared: true });
    if (cleared && urlVars.has(`this.${cleared}`) && JS_LANGUAGES.has(language) && jsClassField(code, at, cleared, scopes)) assign(`this.${cleared}`, { at, cleared: true });
  };
  let basesBeforeChat: Set<string> | undefined;
  let betaHeaders: number[] | undefined;
  /**
   * Whether a base is OpenAI's by its own name (`OPENAI_BASE + "/files"`: any resource's path on it is the API's), or by the
   * request at `at` being sent with OpenAI's own `OpenAI-Beta` header (`assistants=v2`), set in the same function; not a base
   * whose name or query says Azure (`AZURE_BASE`, `?api-version=`), whose paths are Azure's.
   */
  const baseNamedForOpenAI = (baseName: string, at?: number, written = ''): boolean => {
    if (/open_?ai/i.test(baseName)) return true;
    if (at === undefined || /azure/i.test(baseName) || written.includes('api-version')) return false;
    betaHeaders ??= [...src.noComments.matchAll(BETA_HEADER_SET)].map((m) => m.index ?? 0);
    // (those within 2,000 characters either side, found by a binary search: a file may set thousands)
    const near = betaHeaders.slice(countBelow(betaHeaders, at - 1999), countBelow(betaHeaders, at + 2000));
    return near.some((header) => !FUNCTION_EDGE.test(src.noComments.slice(Math.min(header, at), Math.max(header, at))));
  };
  // (whether the file reads each one-segment endpoint's answer in OpenAI's shape, asked once per segment)
  const answersRead = new Map<string, boolean>();
  let joinsChat: boolean | undefined;
  let joinsPaths: boolean | undefined;
  const openAIReceivers = new Map<string, boolean>();
  let classForOpenAI: boolean | undefined;
  let basesOfOwnRoutes: Set<string> | undefined;
  let basesOfSdkClients: Set<string> | undefined;
  // (Rust files often hold several providers' structs: the one whose `impl` holds the request says whose its base is; outside
  // any `impl`, a file naming no other provider)
  let rustImpls: Array<{ type: string; start: number; end: number }> | undefined;
  const rustTypeSaysOpenAI = (at: number | undefined): boolean => {
    if (at === undefined) return false;
    rustImpls ??= [...code.matchAll(/\bimpl\b(?:<[^<>{};]*>)?[ \t]+(?:[\w:<>]+[ \t]+for[ \t]+)?([A-Z]\w*)[^{};]*\{/g)].map((m) => {
      const open = (m.index ?? 0) + m[0].length - 1;
      return { type: m[1] ?? '', start: open, end: matchingBracket(code, open, code.length) };
    });
    const enclosing = rustImpls.find((impl) => impl.start < at && at < impl.end);
    return enclosing ? /open_?ai/i.test(enclosing.type) : !OTHER_PROVIDER_NAMED.test(code);
  };
  /**
   * Whether a run-time base makes one segment (`/embeddings`) an OpenAI endpoint: named for OpenAI (`baseNamed`, the answer of
   * baseNamedForOpenAI: `this.openAIBaseUrl`, or a request sent with the `OpenAI-Beta` header), in a Python, Go, Rust or
   * JavaScript file whose only literal base is OpenAI's, in a Go package named for it or a method of a type named for it, in a
   * class named for it (in Rust, the struct whose `impl` holds the request at `at`), or a base the file also puts before
   * `/chat/completions` or hands an OpenAI SDK client.
   */
  const baseSaysOpenAI = (baseName: string, baseNamed: boolean, at?: number): boolean => {
    if (baseNamed || ((language === 'python' || language === 'go' || language === 'rust' || JS_LANGUAGES.has(language)) && (defaultsToOpenAI ??= hasOpenAIBaseLiteral(lexed.strings))) || (language === 'go' && (goPackageForOpenAI ??= /^package[ \t]+\w*openai/im.test(code)))) return true;
    // (Go: a field of a value whose type is named for OpenAI, `o.cfg.BaseURL` in `func (o *OpenAI) …`; asked once per receiver name)
    const receiver = language === 'go' ? /^([A-Za-z_]\w*)\./.exec(baseName)?.[1] : undefined;
    if (receiver !== undefined) {
      let named = openAIReceivers.get(receiver);
      if (named === undefined) openAIReceivers.set(receiver, (named = new RegExp(`^func[ \\t]*\\([ \\t]*${receiver}[ \\t]+\\*?\\w*open_?ai\\w*[ \\t]*\\)`, 'im').test(code)));
      if (named) return true;
    }
    // (a class named for OpenAI, `class OpenAiClientImpl`, in the languages of classes: its bases are OpenAI's API's)
    // (not a base the file also puts before an app's own routes, `$_baseUrl/chat` and `$_baseUrl/files/upload`: a backend's)
    if (CLASS_LANGUAGES.has(language) && (classForOpenAI ??= /\b(?:class|object|struct)[ \t]+\w*open_?ai\w*/i.test(code)) && !(basesOfOwnRoutes ??= ownRouteBases(lexed.strings)).has(baseName) && (language !== 'rust' || rustTypeSaysOpenAI(at))) return true;
    return putBeforeChat(baseName) || (basesOfSdkClients ??= sdkClientBases(code)).has(baseName);
  };
  /** Whether the file puts this base before `/chat/completions`. */
  const putBeforeChat = (baseName: string): boolean => {
    // (also formatted: `fmt.Sprintf("%s/chat/completions", c.apiEndpoint)`; Swift's `"\\(baseURL)/chat/completions"`)
    basesBeforeChat ??= new Set([...src.noComments.matchAll(/(?:(?<![\w$.])([\w$.]+(?:\(\))?)[ \t]*\+[ \t]*["'`]|\$?\{[ \t]*([\w$.]+(?:\(\))?)[ \t]*\})(?:\/v1)?\/chat\/completions\b|\bSprintf\([ \t]*"%s(?:\/v1)?\/chat\/completions"[ \t]*,[ \t]*([\w.]+)[ \t]*\)|\bformat!\([ \t\n]*"\{\}(?:\/v1)?\/chat\/completions"[ \t\n]*,[ \t\n]*&?([\w.]+)|\\\([ \t]*([\w.]+)[ \t]*\)(?:\/v1)?\/chat\/completions\b/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? ''));
    return basesBeforeChat.has(baseName);
  };
  /** A literal base's host, when the file also sends chat completions there: its `/models` is that server's listing. */
  const chatHostOf = (literal: string, baseName: string): ReadonlySet<string> | undefined => {
    const host = /^https?:\/\/([^/\s"'`?#]+)/i.exec(literal)?.[1]?.toLowerCase();
    return host !== undefined && putBeforeChat(baseName) ? new Set([host]) : undefined;
  };
  /**
   * Where an API path goes after a base held in a name (`BASE`, `self.base_url`, `c.baseURL`): the base's
   * literal destination, another provider's OpenAI-compatible endpoint, or OpenAI's path on a host set at run time.
   */
  const pathOnNamedBase = (baseName: string, path: string): { url: string; dest: Destination } | undefined => {
    // (a Go field by its name, `o.baseURL`, only when no literal or assignment of the file gives that field a value from elsewhere:
    // `&Ollama{baseURL: u}` beside `&OpenAI{baseURL: "https://api.openai.com/v1"}` is another type's field)
    const field = language === 'go' && baseName.includes('.') ? baseName.slice(baseName.lastIndexOf('.')) : undefined;
    const fieldSetOtherwise = field !== undefined && new RegExp(`(?:[{,][ \\t\\n]*${escapeRe(field.slice(1))}[ \\t]*:|\\.${escapeRe(field.slice(1))}[ \\t]*=(?!=))[ \\t]*[A-Za-z_(]`).test(code);
    const base = bases.get(baseName) ?? bases.get(instanceKey(baseName)) ?? (field !== undefined && !fieldSetOtherwise ? bases.get(field) : undefined);
    if (base) return { url: `https://${base.host}${path}`, dest: base };
    const literal = literalOfBase(baseName);
    if (literal !== undefined && /^https?:\/\/[^/\s"'`?#]/i.test(literal)) return otherProviderTarget(`${literal.replace(/\/+$/, '')}${path}`, chatHostOf(literal, baseName));
    const baseNamed = baseNamedForOpenAI(baseName);
    const v1Path = runtimeHostPath(path, baseSaysOpenAI(baseName, baseNamed), false, baseNamed);
    return v1Path ? { url: `https://runtime.invalid${v1Path}`, dest: { provider: 'unknown', host: `${baseName} (host decided at run time)` } } : undefined;
  };
  /** Go: a URL a package-level name holds in another file of the package (not one this file declares or assigns). */
  // (asked once per name; a name this file declares, assigns or takes as a parameter, `func Chat(ApiUrl, model string)`,
  // `ApiUrl, err := localURL()`, is its own)
  const goPackageUrls = new Map<string, string | undefined>();
  const goPackageUrl = (name: string): string | undefined => {
    if (!project || language !== 'go' || !/^[A-Za-z_]\w*$/.test(name)) return undefined;
    if (goPackageUrls.has(name)) return goPackageUrls.get(name);
    const own = new RegExp(`(?<![\\w.])${name}[ \\t]*(?:,[ \\t]*\\w+[ \\t]*)*(?::=|=(?!=))|\\bvar[ \\t]+${name}\\b|\\bconst[ \\t]+${name}\\b|\\bfunc\\b[^\\n{]*?\\([^()]*(?<![\\w.])${name}[ \\t]*(?:,|[ \\t]+[\\w.*\\[\\]])[^()]*\\)`).test(code);
    const value = own ? undefined : project.goUrlConstant(goPackage(src.noComments, fileName), name);
    goPackageUrls.set(name, value);
    return value;
  };
  /**
   * The literal a base's name holds: a constant or an attribute the file sets once, a Python class
   * attribute read through the instance (`self.BASE_URL` of `BASE_URL = "https://…"`, when no method
   * sets it), a Go package constant, a class's or a Rust crate's constant another file declares.
   */
  // (asked per literal, answered per name: each answer may read the whole file)
  const literalsOfBases = new Map<string, string | undefined>();
  const literalOfBase = (baseName: string): string | undefined => {
    if (!literalsOfBases.has(baseName)) literalsOfBases.set(baseName, literalOfBaseUncached(baseName));
    return literalsOfBases.get(baseName);
  };
  const literalOfBaseUncached = (baseName: string): string | undefined => {
    // (Elixir: a module attribute, `@base_url`)
    if (language === 'elixir' && baseName.startsWith('@')) return (moduleAttributes ??= elixirModuleAttributes(src.noComments)).get(baseName.slice(1)) || undefined;
    // PHP: a property with a literal default no method sets (`protected $baseUrl = "https://openrouter.ai/api/v1";`)
    const property = language === 'php' ? /^\$this->([A-Za-z_]\w*)$/.exec(baseName)?.[1] : undefined;
    // (or one the constructor alone sets to a literal: `$this->baseUrl = 'https://api.openai.com/v1';`)
    const setTo = property ? [...src.noComments.matchAll(new RegExp(`\\$this->${property}[ \\t]*=(?![=>])[ \\t]*([^;\\n]*)`, 'g'))] : [];
    if (property && setTo.length === 1) return /^["'](https?:\/\/[^"'\s]*)["'][ \t]*$/.exec(setTo[0]?.[1] ?? '')?.[1];
    if (property) return setTo.length > 0 ? undefined : new RegExp(`\\b(?:public|protected|private|var)(?:[ \\t]+(?:static|readonly))?(?:[ \\t]+\\??[\\w\\\\]+)?[ \\t]+\\$${property}[ \\t]*=[ \\t]*["']([^"'\\n]*)["']`).exec(src.noComments)?.[1];
    if (!/^[\w.]+$/.test(baseName)) return undefined;
    // JS: a class field with a literal initializer (`private baseUrl: string = 'https://api.groq.com/openai/v1';`) no
    // method sets, or one only the constructor sets to a literal
    const field = JS_LANGUAGES.has(language) ? /^this\.([A-Za-z_$][\w$]*)$/.exec(baseName)?.[1] : undefined;
    if (field) {
      const initial = new RegExp(`^[ \\t]*(?:(?:public|private|protected|readonly|static|declare|override)[ \\t]+)*${escapeRe(field)}[ \\t]*(?:[?!]?[ \\t]*:[^=;\\n]{1,80})?=[ \\t]*(?:"([^"\\n]*)"|'([^'\\n]*)'|\`([^\`$\\n]*)\`)`, 'm').exec(src.noComments);
      const assigned = new RegExp(`\\bthis\\.${escapeRe(field)}[ \\t]*=(?![=>])`).test(code);
      if (initial && !assigned) return initial[1] ?? initial[2] ?? initial[3];
      if (!initial && assigned) return instanceConstant(src.noComments, baseName);
      return undefined;
    }
    // JS: an options object the class keeps (`this.config.baseURL`) that the file's one instance is built with
    // (`export const openRouterClient = new OpenRouterClient({ baseURL: 'https://openrouter.ai/api/v1' })`)
    const kept = JS_LANGUAGES.has(language) ? /^this\.([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)$/.exec(baseName) : null;
    if (kept) return ownInstanceOption(src.noComments, kept[1] ?? '', kept[2] ?? '');
    // Go: a receiver's field the file's keyed literals give one URL, directly or by a constant, and no statement sets
    // (`&client{baseURL: defaultBaseURL}` with `defaultBaseURL = "https://api.openai.com/v1/images"`, then `c.baseURL + "/generations"`)
    const goField = language === 'go' ? /^[A-Za-z_]\w*\.([A-Za-z_]\w*)$/.exec(baseName)?.[1] : undefined;
    if (goField) {
      const fieldLiteral = (goFieldUrl ??= goUnsetFieldUrls(code, src.noComments))(goField);
      if (fieldLiteral) return fieldLiteral;
    }
    const attribute = language === 'python' ? /^self\.([A-Za-z_]\w*)$/.exec(baseName)?.[1] : undefined;
    const classAttribute = attribute && !new RegExp(`\\bself\\.${attribute}[ \\t]*(?::[^=\\n]{0,80})?=(?!=)`).test(code) ? unquotedConstant(src.noComments, attribute) : undefined;
    // (another file's: a class's constant, `Constants.OPENAI_URL`, or a Rust crate's, `use crate::BASE_URL`)
    const shared = project && rawOnly && (baseName.includes('.') || (language === 'rust' && new RegExp(`\\buse[ \\t]+crate::[\\w:{}, \\t]*\\b${baseName}\\b`).test(code))) ? project.classUrlConstant(baseName) : undefined;
    // (or a constant another module of the project declares, imported by name: `from task.constants import OPENAI_HOST`)
    const imported = project && !baseName.includes('.') ? imports.find((i) => i.local === baseName) : undefined;
    const fromModule = imported ? project?.urlConstant(imported.module, imported.name, fileName) : undefined;
    // (a name given only calls of a function that returns a URL is given no literal: read first, from one pass over the file, it
    // spares the pass per name of the constants' look-up)
    const fromFunction = JS_LANGUAGES.has(language) || language === 'python' ? baseFromLocalFunction(src.noComments, baseName) : undefined;
    return fromFunction ?? unquotedConstant(src.noComments, baseName) ?? classAttribute ?? goPackageUrl(baseName) ?? shared ?? fromModule;
  };
  // Go: the fields a statement sets (`c.baseURL = …`) and the URL each keyed field is given, read once
  let goFieldUrl: ((field: string) => string | undefined) | undefined;
  // Elixir's module attributes given one literal (`@base_url "https://api.groq.com/openai/v1"`), read once
  let moduleAttributes: Map<string, string> | undefined;
  /** Whether a JavaScript name is declared once, at the module's margin (`export const ENDPOINTS = {`). */
  const moduleObjects = new Map<string, boolean>();
  const moduleObject = (owner: string): boolean => {
    let answer = moduleObjects.get(owner);
    if (answer === undefined) moduleObjects.set(owner, (answer = [...code.matchAll(new RegExp(`(?<![\\w$.])(?:const|let|var)[ \\t]+${escapeRe(owner)}\\b`, 'g'))].every((m) => (m.index ?? 0) === 0 || /\n(?:export[ \t]+)?$/.test(code.slice(Math.max(0, (m.index ?? 0) - 8), m.index))) && new RegExp(`^(?:export[ \\t]+)?(?:const|let|var)[ \\t]+${escapeRe(owner)}\\b`, 'm').test(code)));
    return answer;
  };
  let onClient: { receiver: string; path: string } | undefined;
  let sameOrigin: string | undefined;
  let configured: ReturnType<typeof configObjectRequest>;
  const monaco = language === 'go' ? monacoRequestImport(src.noComments) : undefined;
  let springOpenAI: ReturnType<typeof springPathOnOpenAIClient>;
  let phpEntry: string | undefined;
  // whether a client's other requests say OpenAI (a field's anywhere in the file, a local's in its own top-level
  // declaration), read once per client and declaration
  const receiverEvidence = new Map<string, boolean>();
  let declarations: Array<{ at: number }> | undefined;
  const receiverSaysOpenAI = (receiver: string, at: number): boolean => {
    const starts = receiver.includes('.') ? undefined : (declarations ??= topLevelStarts(code));
    const index = starts ? lastBefore(starts, at + 1) : -1;
    const [from, to] = starts ? [starts[index]?.at ?? 0, starts[index + 1]?.at ?? code.length] : [0, code.length];
    const key = `${receiver} ${from}`;
    let answer = receiverEvidence.get(key);
    if (answer === undefined) receiverEvidence.set(key, (answer = sendsOpenAIPath(code, receiver, (stringsByStart ??= new Map(lexed.strings.map((s) => [s.start, s]))), from, to)));
    return answer;
  };
  let csharpBases: Map<string, string> | undefined;
  let onBase: ReturnType<typeof csharpRelativeRequest>;
  let rubyPath: { url: string; destination: Destination } | undefined;
  let rubyHosts: string | null | undefined;
  const csharpForwarders = new Map<string, ReturnType<typeof csharpForwardedClient>>();
  const handedOver: Array<{ call: { callee: string; start: number; open: number; close: number }; at: number; url: string; dest: Destination }> = [];
  const pathsHandedOver: Array<{ call: { callee: string; start: number; open: number; close: number }; at: number; path: string }> = [];
  let clientsKnown: boolean | undefined;
  // the literal is the `path` of Node options that name the host (`{ hostname: "api.openai.com", path: "/v1/…" }`)
  let hostOption = false;
  const { paths: pathNames, topLevel: topLevelPaths } = pathVariables(code, lexed.strings, language);
  // (and an API path another file's class keeps in a constant: `OpenAIConst.HOST + OpenAIConst.CHATGPT_MAPPING`)
  if (project && rawOnly && language !== 'php' && language !== 'ruby') {
    for (const name of new Set(code.match(/(?<![\w$.])[A-Z]\w*\.[A-Za-z_]\w*\b(?![ \t]*[(.])/g) ?? [])) {
      const path = pathNames.has(name) ? undefined : project.classPathConstant(name);
      if (path === undefined) continue;
      pathNames.set(name, path);
      topLevelPaths.add(name);
    }
  }
  // the file's parameter declarations, read when first asked
  let parameters: ReturnType<typeof parameterDeclarations> | undefined;
  /** Whether a parameter of that name holds at `at`, wherever the name is given a value: C#'s fields and methods come in any order. */
  const parameterAt = (name: string, at: number): boolean => (parameters ??= parameterDeclarations(code, rawOnly)).shadows(name, -1, at);
  const pathUses = pathNames.size > 0 ? pathVariableUses(code, src.text, pathNames, language, parameterAt) : [];
  // the `/…` path a module-level name holds, when it is given nothing else (a function's own `path = "/v1/models"` is not
  // another function's parameter `path`); asked once per name
  const plainPaths = new Map<string, string | undefined>();
  const plainPath = (name: string): string | undefined => {
    if (!plainPaths.has(name)) {
      const value = pathNames.get(name);
      plainPaths.set(name, value?.startsWith('/') && topLevelPaths.has(name) && !reassignedElsewise(code, name) ? value : undefined);
    }
    return plainPaths.get(name);
  };
  const strings = language === 'python' ? joinAdjacentPieces(lexed.strings, code) : lexed.strings;
  const literals = pathUses.length > 0 ? [...strings, ...pathUses].sort((a, b) => a.start - b.start) : strings;
  // the file's functions that return one API URL (`function chatCompletionsUrl(base) { return `${base}/v1/chat/completions` }`)
  const urlFunctions = new Map<string, { url: string; dest: Destination } | null>();
  // the literals those functions' recorded URLs come from
  const returnedAt = new Set<number>();
  // (a Python method also by its class: `OpenAICompatAdapter._url`, beside an `AnthropicAdapter._url`)
  const functionKeys = (fn: string, at: number): string[] => {
    const owner = language === 'python' ? (pythonClasses ??= new PythonClasses(code)).of(at)?.name : undefined;
    return owner ? [fn, `${owner}.${fn}`] : [fn];
  };
  // Go: whether a struct field is given a value in one place only, by field name
  const fieldsSetOnce = new Map<string, boolean>();
  // PHP: the URL each WordPress option is first given (`add_option('api_url', 'https://…')`), by the option's name
  const optionDefaults = new Map<string, { url: string; destination: Destination }>();
  let previous: StringLiteral | undefined;
  for (const literal of literals) {
    // `ENDPOINT + "/openai/deployments/" + deployment + "/chat/completions?api-version=" + version`:
    // one URL, read as if written in one piece, from where its first literal starts
    const lit = deploymentBetween(previous, literal, code) ?? literal;
    previous = literal;
    // most literals are words (`"items"`, `"id"`): no URL, path or placeholder, and a request only as the one-segment
    // path of a configured client or an endpoint's first segment handed to a helper (skipped before the costly reads)
    if (instances.size === 0 && PLAIN_WORD.test(lit.value) && !isFirstSegment(lit.value)) {
      // (…but one a joining helper puts after a base, `join_url(&cfg.api_base, "health")`, is a path of no endpoint: the
      // variable given that URL no longer holds an earlier one)
      if ((joinsPaths ??= JOIN_HELPER_CALL.test(code)) && joinedBase(code, lit, src.noComments) !== undefined) clearAssignedUrl(lit.start);
      continue;
    }
    onClient = undefined;
    hostOption = false;
    // `https://${OPENAI_HOST}/v1/…` with the host a constant of the file: the URL as written out
    // (Dart's `Uri.https(authority, '/v1/images/generations')` too, its host the first argument, its path's leading slash optional)
    // (a URL after blanks and line breaks is that URL: URL parsers drop them, `.post(" \n    https://api.openai.com/v1/fine-tunes")`;
    // also after an escaped line break, which the string itself drops: Rust's `"\` then the URL on the next line)
    const written =
      (language === 'dart' && /^\/|^[A-Za-z][\w-]*\//.test(lit.value) && /\bUri\.https?[ \t]*\([^()]{0,120}$/.test(code.slice(Math.max(0, lit.start - 140), lit.start)) ? dartUriUrl(code, src.noComments, lit) : undefined) ??
      withConstantHost(lit.value, src.noComments) ??
      (/^(?:[ \t\r\n]|\\\r?\n)+https?:\/\/[^\s"'`<>\\]+[ \t\r\n]*$/.test(lit.value) ? lit.value.replace(/^(?:[ \t\r\n]|\\\r?\n)+/, '').trim() : undefined);
    let dest = destinationOf(written ?? lit.value);
    let url = written ?? lit.value;
    const other = dest ? undefined : otherProviderTarget(written ?? lit.value);
    // an Azure deployment's path alone, with its `api-version` (`var api = "openai/deployments/dalle3/images/generations?api-version=…"`,
    // sent on a client whose base the run sets): Azure OpenAI's, wherever it is sent (not one put after a base here, read below)
    // (not in JavaScript and Python, whose relative paths are read with their clients' bases: there it is as often a mock's
    // interceptor, `nock(…).post("/openai/deployments/…")`, or a server's route)
    const relativeDeployment = !dest && !other && !JS_LANGUAGES.has(language) && language !== 'python' && RELATIVE_DEPLOYMENT.test(lit.value) && !/(?:\+|\.|<>|\})[ \t]*$/.test(code.slice(Math.max(0, lit.start - 20), lit.start));
    if (relativeDeployment) {
      dest = { provider: 'azure', host: 'an Azure OpenAI deployment path, on a base set at run time' };
      url = `https://runtime.invalid/${lit.value.replace(/^\//, '')}`;
    } else if (other) {
      dest = other.dest;
      url = other.url;
    } else if (!dest && written !== undefined) {
      // a known host that is no OpenAI-compatible endpoint (Anthropic's own `/v1/models`)
      continue;
    } else if (!dest) {
      // `f"{BASE}/chat/completions"`, `${BASE}/chat/completions`, `BASE + "/chat/completions"`
      // the base may be tidied in place: `f"{base_url.rstrip('/')}/chat/completions"`, `${base.replace(/\/$/, '')}/…`
      // later placeholders may hold any expression (`{models[0]['name']}`, also over lines): read as `{x}`
      // a base set at run time with a default in place: `f"{base or 'https://api.openai.com'}/v1/…"`, `${BASE ?? "https://…"}/v1/…`
      // (or a setting read by key, with a default or not: `f"{config.get('api_base', 'https://api.deepseek.com/v1')}/chat/completions"`,
      // read as `config.api_base`; `f"{os.getenv('OPENAI_BASE_URL', 'https://api.openai.com/v1')}/…"`, read as `OPENAI_BASE_URL`)
      const lookedUp = /^(\$?\{\s*)(?:os\.(?:getenv|environ\.get)|([\w.]+)\.get)\(\s*["']([A-Za-z_]\w*)["']\s*(?:,[^{}\n]{1,160})?\)\s*\}/.exec(lit.value);
      const defaulted = lookedUp ? undefined : /^(\$?\{\s*[\w.]+)\s*(?:\bor\b|\|\||\?\?)[^{}\n]{1,160}\}/.exec(lit.value);
      // (a default of OpenAI's own base says the path is OpenAI's: `${env.GATEWAY || "https://api.openai.com/v1"}/files`)
      const defaultHost = /["'`](?:https?):\/\/([^/"'`\s]+)/.exec((lookedUp ?? defaulted)?.[0] ?? '')?.[1];
      const defaultSaysOpenAI = defaultHost !== undefined && classifyHost(defaultHost).provider === 'openai';
      // (or a base rid of its last slash on a condition: `${url.endsWith('/') ? url.slice(0, -1) : url}/v1/…`, read as `${url}`)
      const trimmed = lookedUp || defaulted ? undefined : TRIMMED_ON_CONDITION.exec(lit.value);
      const value = lookedUp ? `${lookedUp[1]}${lookedUp[2] ? `${lookedUp[2]}.` : ''}${lookedUp[3]}}${lit.value.slice(lookedUp[0].length)}` : defaulted ? `${defaulted[1]}}${lit.value.slice(defaulted[0].length)}` : trimmed ? `${trimmed[1]}${trimmed[2] ?? trimmed[4]}}${lit.value.slice(trimmed[0].length)}` : lit.value;
      const firstClose = value.indexOf('}');
      // (a path constant right after the base is written out: `f"{BASE}{CHAT_PATH}"`, `${base}${CHAT_PATH}`)
      const pathAfter = firstClose > 0 && pathNames.size > 0 ? /^\$?\{\s*([A-Za-z_$][\w$]*)\s*\}/.exec(value.slice(firstClose + 1)) : null;
      const pathWritten = pathAfter?.[1] !== undefined ? plainPath(pathAfter[1]) : undefined;
      const tail = pathWritten !== undefined && pathAfter ? pathWritten + value.slice(firstClose + 1 + pathAfter[0].length) : value.slice(firstClose + 1);
      const placeheld = firstClose > 0 ? value.slice(0, firstClose + 1) + tail.replace(/\$?\{[^{}]{0,200}\}/g, '{x}') : value;
      // and a method's result: `f"{self._get_base_url()}/chat/completions"`, `${this.base()}/…`, or a function's of one
      // name: `${normalizeEndpoint(input.endpoint)}/openai/deployments/…`
      // also a host filled in after the scheme: `http://${host}/v1/chat/completions`, f"http://{host}:{port}/v1/…"
      const interpolatedBase =
        // (an endpoint setting ends in a slash by Azure's own convention: `${ENDPOINT}openai/deployments/…`)
        // (a port may follow the base: Rust's `format!("{API_URL}:{port}/v1/chat/completions")`)
        // the base may be read from the environment in place: f"{os.getenv('AZURE_OPENAI_ENDPOINT')}openai/deployments/…"
        // or from a setting by key (C#: `$"{config["AzureOpenAI:Endpoint"]}openai/…"`); Ruby's instance variables read without their `@`
        /^\$?\{\s*@{0,2}([\w.]+?(?:\(\)(?:\.[A-Za-z_]\w*)*|\[\s*["']?[\w.:-]+["']?\s*\])?|[A-Za-z_$][\w$.]*\(\s*[A-Za-z_$][\w$.]*\s*\)|os\.(?:getenv|environ\.get)\(\s*["']\w+["']\s*\)|os\.environ\[\s*["']\w+["']\s*\])(?:\.(?:rstrip|strip|replace|[tT]rimEnd|removesuffix)\([^{}]{0,40}\))?\s*\}(?::(?:\d{1,5}|\$?\{[^{}/]{1,40}\})(?=\/))?(\/[\w/{}.$-]*|(?=\?)|(?=openai\/deployments\/)|(?=[a-z][\w/{}.$-]*))/.exec(placeheld) ??
        // (Azure OpenAI's v1 paths too: f"https://{AZURE_HOST}/openai/v1/chat/completions")
        /^(?:https?|wss?):\/\/\$?\{\s*([\w.]+)\s*\}(?::(?:\d+|\$?\{[^{}]*\}))?(\/(?:openai\/)?v1\/[\w/{}.$-]*)/.exec(placeheld) ??
        // Kotlin's, Dart's and Scala's `"$base/v1/chat/completions"`; PHP's `"$base/…"` and `"{$base}/…"` (its names keep the `$`)
        (language === 'php' ? /^\{?(\$(?:this->)?[A-Za-z_]\w*)\}?(\/[\w/{}.$-]*)/.exec(placeheld) : RAW_HTTP_LANGUAGES.has(language) ? /^\$([A-Za-z_]\w*)(\/[\w/{}.$-]*)/.exec(placeheld) : null) ??
        formattedBase(lit, code, src.noComments, topLevelPaths);
      // also a method's result: `self._get_base_url() + "/chat/completions"`
      // and an expression in brackets: `(base_url or settings.api_base).rstrip("/") + "/v1/chat/completions"`
      // (a base whose name says so ends in a slash by convention: `c.baseurl+"chat/completions"`, `endpoint + "openai/deployments/" + name + …`)
      const slashless = !interpolatedBase && /^(?:v1\/)?[a-z_]+\/[a-z_]+(?:\/[\w{}.$-]+)*$|^openai\/deployments\/(?:[\w{}.$-]+\/?)*(?:\?[^\s?#]*)?$/.test(lit.value);
      // (and one word, an endpoint's first segment, after a base whose name says so: Alamofire's `self.baseURL + "completions"`;
      // joined so, only an inference endpoint's: `apiBaseUrl + "models"` is as often an app's own API)
      const oneSegment = !slashless && PLAIN_WORD.test(lit.value) && isFirstSegment(lit.value);
      const joinedTo = !interpolatedBase && (lit.value.startsWith('/') || slashless || /^v1\/[a-z]/.test(lit.value) || (oneSegment && lit.value !== 'chat' && SINGLE_SEGMENT_ENDPOINTS.has(lit.value))) ? concatenatedBase(code.slice(Math.max(0, lit.start - 120), lit.start), language, src.noComments.slice(Math.max(0, lit.start - 120), lit.start)) : null;
      const concatBase = joinedTo && (lit.value.startsWith('/') || /url|base|endpoint|host|api/i.test(joinedTo[1] ?? '')) ? joinedTo : null;
      // `api.post("/v1/chat/completions", …)` on `api = axios.create({ baseURL })`
      // axios joins a relative path to its base too: `api.post("responses", …)`, `api.get(`responses/${id}`)`
      // (an empty path posts to the base itself: `chatGPT.post('', body)` on `axios.create({ baseURL: ".../v1/chat/completions" })`)
      const before = !interpolatedBase && !concatBase && instances.size > 0 && (lit.value.startsWith('/') || /^[A-Za-z][\w/{}$.-]*$/.test(lit.value) || lit.value === '') ? code.slice(Math.max(0, lit.start - 120), lit.start).trimEnd() : '';
      // (TypeScript may name the response's type: `api.post<ChatResponse>("/chat/completions", …)`)
      // (Spring's WebClient and RestClient name the verb first: `webClient.post().uri("/chat/completions")`)
      // (PHP's Guzzle: `$this->client->post('chat/completions', …)`, `$client->request('POST', 'chat/completions')`)
      // (Ruby: an HTTParty class's own method calls its verbs bare, `post('/images/generations', …)`, as `self.class.post`)
      // (inside that class: the last class opened before the call includes HTTParty; a Sinatra route's `post('/chat') do` is none)
      const bareHttparty = language === 'ruby' && instances.has('class') && /(?<![\w.:$@])(?:post|get|put|patch|delete)[ \t]*\($/.test(before) && inHttpartyClass(code, lit.start) ? ['', 'class'] : null;
      // (httpx's and requests' verb first, over lines too: `client.stream(\n "POST",\n "/chat/completions", …)`; the verb is no path)
      if (/^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/i.test(lit.value) && /\.(?:request|stream)\s*\($/.test(before)) continue;
      const instanceCall = language === 'php' ? phpClientCall(before, lit.value) : before.endsWith('(') ? (CLIENT_VERB_CALL.exec(before) ?? bareHttparty ?? (RAW_HTTP_LANGUAGES.has(language) ? SPRING_URI_CALL.exec(before) : null)) : before.endsWith(',') && (language === 'python' || JS_LANGUAGES.has(language)) ? /([A-Za-z_$][\w$.]*)\.(?:request|stream)[ \t]*\([ \t\n]*(["'])[ A-Za-z]{3,7}\2[ \t\n]*,$/.exec(before) : null;
      // `urljoin(base, "v1/chat/completions")` joins without a leading slash too, and
      // `url.JoinPath(c.url, "chat/completions")` onto a base whose name says so
      // (and one segment, an endpoint's first: `build_endpoint(&config.base_url, "responses")`, judged below)
      const joinCall = !interpolatedBase && !concatBase && !instanceCall && (/^\/|^(?:v1|openai)\//.test(lit.value) || slashless || oneSegment) ? joinedBase(code, lit, src.noComments) : undefined;
      const joined = joinCall !== undefined && ((!slashless && !oneSegment) || /^(?:v1|openai)\//.test(lit.value) || /url|base|endpoint|host|api/i.test(joinCall)) ? joinCall : undefined;
      const instance = instanceCall?.[1] && instances.has(instanceKey(instanceCall[1])) ? instanceKey(instanceCall[1]) : undefined;
      const instanceBase = instance ? instances.get(instance) : undefined;
      // (C#'s `PostAsync("", …)` on a client whose BaseAddress the file sets is read below)
      if (lit.value === '' && !(language === 'csharp' && instanceBase === undefined)) {
        const other = instanceBase === undefined ? undefined : otherProviderTarget(instanceBase);
        const whole = instanceBase === undefined ? undefined : (urlTarget(instanceBase) ?? (other && { url: other.url, destination: other.dest }));
        // (with a verb the endpoint has: `files.delete('')` on a base ending in `/v1/files` is no request of the API)
        const verb = /\.(post|get|put|patch|delete)\s*\($/i.exec(before)?.[1]?.toUpperCase();
        if (!whole || (verb !== undefined && !verbsForPath(endpointTemplate(whole.url)).has(verb))) continue;
        dest = whole.destination;
        url = whole.url;
      }
      if (instance && instanceBase !== undefined && !bases.has(instance)) {
        // a literal base on another host: another provider's OpenAI-compatible endpoint, or nothing of ours
        const target = otherProviderTarget(`${instanceBase.replace(/\/+$/, '')}/${lit.value.replace(/^\//, '')}`);
        if (!target) continue;
        dest = target.dest;
        url = target.url;
      }
      const baseName = dest ? undefined : (interpolatedBase?.[1] ?? concatBase?.[1] ?? instance ?? joined);
      // (Python: a `self.` base two classes of the file set to two literals is the class's own: one class per provider)
      const classLiteral = language === 'python' && baseName?.startsWith('self.') && ((classesSettingBase.get(baseName)?.size ?? 0) > 1 || constantAttributes.has(baseName)) ? classBases.get(`${(pythonClasses ??= new PythonClasses(code)).of(lit.start)?.name ?? ''}.${baseName}`) || undefined : undefined;
      const base = baseName && classLiteral === undefined ? (bases.get(baseName) ?? bases.get(instanceKey(baseName)) ?? (language === 'go' && baseName.includes('.') ? bases.get(baseName.slice(baseName.lastIndexOf('.'))) : undefined) ?? (language === 'rust' ? rustFieldBase(code, src.noComments, baseName, lit.start) : undefined)) : undefined;
      // a base that ends in a slash by convention: `${ENDPOINT}openai/deployments/…`, `${baseURL.value}chat/completions`
      const afterSlash = interpolatedBase?.[2] === '' ? /^\$?\{[^{}]*\}([a-z][\w/{}.$-]*)/.exec(placeheld)?.[1] : undefined;
      // (other than Azure's shape, only on a base whose name says it is one: `${user}s` is no path)
      if (afterSlash !== undefined && !afterSlash.startsWith('openai/deployments/') && !/url|base|endpoint|host|api/i.test(interpolatedBase?.[1] ?? '')) continue;
      // (a joined path's query is no part of it: `paste0(endpoint, "/openai/threads?api-version=", v)`)
      const written = joined !== undefined ? lit.value.replace(/\?.*$/, '') : lit.value;
      // (Swift's appends chained on: `baseURL.appendingPathComponent("files").appendingPathComponent(fileId)`)
      const appendedAfter = joined !== undefined && language === 'swift' ? swiftAppendedSegments(code, enclosingCall(code, lit.start)?.close ?? -1, (stringsByStart ??= new Map(lexed.strings.map((s) => [s.start, s])))) : '';
      const path = afterSlash !== undefined ? `/${afterSlash}` : (interpolatedBase?.[2] ?? (written.startsWith('/') ? written : `/${written}`)) + appendedAfter;
      if (dest) {
        // set above from an instance's literal base on another provider
      } else if (classLiteral !== undefined) {
        // (its class's literal, OpenAI's or Azure's, else another provider's OpenAI-compatible endpoint, else nothing of ours)
        const known = urlTarget(`${classLiteral.replace(/\/+$/, '')}${path}`);
        const other = known && (known.destination.provider === 'openai' || known.destination.provider === 'azure') ? undefined : otherProviderTarget(`${classLiteral.replace(/\/+$/, '')}${path}`);
        if (known && (known.destination.provider === 'openai' || known.destination.provider === 'azure')) {
          dest = known.destination;
          url = known.url;
        } else if (other) {
          dest = other.dest;
          url = other.url;
        } else continue;
      } else if (base) {
        // (Azure's own operations, `${endpoint}/openai/files/import`, are no OpenAI request)
        if (AZURE_ONLY_PATH.test(path)) continue;
        dest = base;
        // (a client's literal base keeps its own path: HTTParty's `base_uri 'https://api.openai.com/v1/images'` then `post('/generations')`)
        url = instance !== undefined && baseName === instance && instanceBase !== undefined && /^https?:\/\//i.test(instanceBase) ? `${instanceBase.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}` : `https://${base.host}${path}`;
      } else if (baseName && urlAt(urlVars, baseName, lit.start) && (path.length > 1 || interpolatedBase?.[2] === '')) {
        // `fmt.Sprintf("%s/%s", ResponsesEndpoint, id)`, `f"{CHAT_URL}/{id}"`: a path under a whole endpoint URL
        const whole = urlAt(urlVars, baseName, lit.start);
        const target = whole ? urlTarget(`${whole.url.replace(/\/+$/, '')}${path}`) : undefined;
        if (!target) continue;
        dest = target.destination;
        url = target.url;
      } else if (baseName) {
        // `f"{self.api_host}/v1/chat/completions"`, `config.url + "/v1/embeddings"`: an OpenAI API path on a host set at run time
        // a base named for OpenAI (`this.openAIBaseUrl`) makes one segment (`/embeddings`) an OpenAI endpoint
        // a name holding another host's literal base (`ANTHROPIC_BASE = "https://api.anthropic.com/v1"`):
        // that provider's endpoint if it has an OpenAI-compatible one, else nothing of ours
        // (Go: also a package-level constant another file of the package declares, `const ApiUrl = "https://api.openai.com/v1"`)
        const literal = literalOfBase(baseName);
        const known = literal !== undefined && /^https?:\/\//i.test(literal) ? urlTarget(`${literal.replace(/\/+$/, '')}${path}`) : undefined;
        if (known && (known.destination.provider === 'openai' || known.destination.provider === 'azure')) {
          dest = known.destination;
          url = known.url;
        } else if (literal !== undefined && /^https?:\/\//i.test(literal)) {
          const target = otherProviderTarget(`${literal.replace(/\/+$/, '')}${path}`, chatHostOf(literal, baseName));
          if (!target) continue;
          dest = target.dest;
          url = target.url;
        } else {
        // so does, in Python, any base in a file whose only literal base is OpenAI's (`os.getenv("OPENAI_BASE_URL", "https://api.openai.com/v1")`)
        // and in Go, any base in a package named for OpenAI (`package openai`: `c.baseURL+"/responses"`)
        // (one inference segment joined by a helper that also joins `chat/completions` in this file: the same API's; any path
        // joined by a helper named for OpenAI, `buildOpenAIUrl(baseUrl, "models")`)
        const helperSaysOpenAI = joined !== undefined && ((oneSegment && SINGLE_SEGMENT_ENDPOINTS.has(lit.value) && (joinsChat ??= helperJoinsChat(code, literals))) || helperNamedForOpenAI(code, lit.start));
        // (the path may go on with a parameter: `properties.getBaseUrl() + "/batches/" + batchId`)
        const continued = path.endsWith('/') && !interpolatedBase ? concatenatedPath(`https://x${path}`, code, lit.end, (stringsByStart ??= new Map(lexed.strings.map((s) => [s.start, s]))), false, language === 'lua').slice('https://x'.length) : path;
        // (Azure's realtime path only with Azure's query: `/openai/realtime?model=…` is a gateway's prefix before OpenAI's)
        if (/^\/openai\/realtime\/?$/.test(continued) && !/[?&](?:api-version|deployment)=/.test(lit.value)) continue;
        // (or one whose answer the file reads as that endpoint's: `${process.env.API_BASE_URL}/completions` and `choices[0].text`)
        const answerSaysOpenAI = (): boolean => {
          const segment = /^\/(completions|embeddings|responses)\/?$/.exec(continued)?.[1];
          if (segment === undefined) return false;
          let reads = answersRead.get(segment);
          if (reads === undefined) answersRead.set(segment, (reads = readsAnswerOf(segment, src.noComments)));
          return reads;
        };
        // (asked once for both: it searches the beta headers near the request)
        const baseNamed = baseNamedForOpenAI(baseName, lit.start, lit.value);
        const v1Path = runtimeHostPath(continued, baseSaysOpenAI(baseName, baseNamed, lit.start) || helperSaysOpenAI || answerSaysOpenAI(), defaultSaysOpenAI, baseNamed);
        // `const url = `${settings.url}/health``: the variable no longer holds an API URL
        if (!v1Path) {
          clearAssignedUrl(lit.start);
          continue;
        }
        // Azure's v1 paths (`/openai/v1/…`) are also Groq's: Azure's only on a base named for it
        // (also a method of this file that builds the deployment's URL: `getBaseUrl() { return `${this.config.endpoint}/openai/deployments/${…}` }`)
        const deploymentBase = /\/openai\/deployments\//.test(path) || returnsDeploymentUrl(baseName, src.noComments);
        const azure = deploymentBase || AZURE_DATA_PLANE.test(path) || (/^\/openai\/v1\//.test(path) && /azure/i.test(baseName));
        // `getConfig().url + "/v1/…"` leaves only `.url` of the expression
        const shown = baseName.startsWith('.') ? `…${baseName}` : baseName;
        const shape = deploymentBase ? 'an Azure OpenAI deployment URL, ' : AZURE_DATA_PLANE.test(path) ? 'an Azure OpenAI URL, ' : 'an Azure OpenAI v1 URL, ';
        dest = { provider: azure ? 'azure' : 'unknown', host: `${shown} (${azure ? shape : ''}host decided at run time)` };
        url = `https://runtime.invalid${v1Path}`;
        }
      } else if (lit.value.startsWith('/') && /\bpath["']?[ \t]*:[ \t]*$/.test(code.slice(Math.max(0, lit.start - 40), lit.start))) {
        // Node's `https.request({ hostname: "api.openai.com", path: "/v1/chat/completions", … })`
        const host = optionsHost(code, lexed.strings, lit);
        const target = host ? urlTarget(`https://${host}${lit.value}`) : undefined;
        if (!target) continue;
        dest = target.destination;
        url = target.url;
        hostOption = true;
      } else if (language === 'ruby' && lit.value.startsWith('/v1/') && lit.value.length < 200 && (rubyPath = rubyNetHttpPath(code, lit, (rubyHosts ??= netHttpHosts(src.noComments)))) !== undefined) {
        // Ruby: `Net::HTTP::Post.new("/v1/realtime/sessions")` sent on `Net::HTTP.new(uri.host, uri.port)`: the host the file's URIs name
        dest = rubyPath.destination;
        url = rubyPath.url;
      } else if (language === 'csharp' && lit.value.length < 200 && (/^\/?[a-z][\w-]*\/[a-z]/.test(lit.value) || ((lit.value === '' || oneSegment) && /(?:\.(?:Get|Post|Put|Patch|Delete)(?:AsJson)?Async|\bRestRequest)[ \t]*\([ \t]*$/.test(code.slice(Math.max(0, lit.start - 60), lit.start)))) && (csharpBases ??= csharpHttpClientBases(src.noComments, project, parameterAt)).size > 0 && (onBase = csharpRelativeRequest(code, lit, csharpBases, csharpForwarders)) !== undefined) {
        // C#: `_http.PostAsync("v1/chat/completions", …)`, `new HttpRequestMessage(HttpMethod.Post, "v1/…")` on an HttpClient whose `BaseAddress` the file sets
        // (also one word, `PostAsync("completions", …)`, or none: `PostAsync("", …)` sends to the BaseAddress itself)
        dest = onBase.destination;
        url = onBase.url;
        // (through the class's own method that sends it: the request is the caller's)
        const forwarding = onBase.forwardedVerb !== undefined ? enclosingCall(code, lit.start) : undefined;
        if (forwarding) {
          sites.push(buildSite(src, language, forwarding, url, dest, src.noComments.slice(forwarding.open, forwarding.close), onBase.forwardedVerb));
          continue;
        }
      } else if (lit.value.length < 200 && (/^\/?[a-z][\w-]*\/(?:[a-z]|\$\{?[A-Za-z_])/.test(lit.value) || (/^\/[a-z][\w-]*\/?$/.test(lit.value) && isFirstSegment(lit.value.replace(/\//g, '')))) && (onClient = pathOnConfiguredClient(code, src.noComments, lit, language, (callee) => sends(callee) && !instances.has(instanceKey(callee.replace(/\.[\w$]+$/, ''))), () => (clientsKnown ??= CLIENTS_KNOWN.test(src.noComments)), () => (stringsByStart ??= new Map(lexed.strings.map((s) => [s.start, s]))), receiverSaysOpenAI))) {
        // `client.post("/v1/chat/completions", json=…)` on a client whose base URL is set elsewhere
        dest = { provider: 'unknown', host: `${onClient.receiver}'s base URL (set where the client is built; the path is OpenAI's)` };
        url = `https://runtime.invalid${onClient.path}`;
      } else if (JVM_LANGUAGES.has(language) && lit.value.startsWith('/') && lit.value.length < 200 && (springOpenAI = springPathOnOpenAIClient(code, lit)) !== undefined) {
        // `openAIClient(option).get().uri("/files/$id")`: a WebClient a name for OpenAI hands out, built elsewhere
        sites.push(buildSite(src, language, springOpenAI.call, `https://runtime.invalid${springOpenAI.template}`, { provider: 'unknown', host: `${springOpenAI.receiver}'s base URL (a WebClient built elsewhere; the path is OpenAI's)` }, src.noComments.slice(springOpenAI.call.open, springOpenAI.call.close), springOpenAI.verb));
        continue;
      } else if (JS_LANGUAGES.has(language) && lit.value.startsWith('/v1/') && lit.value.length < 200 && (configured = configObjectRequest(code, src.noComments, lit)) !== undefined) {
        // `openaiService({ url: "/v1/chat/completions", method: "POST", data })`: an axios instance's request, its base set where it is built
        const { call, verb, path } = configured;
        sites.push(buildSite(src, language, call, `https://runtime.invalid${path}`, { provider: 'unknown', host: `${call.callee}'s base URL (set where it is built; the path is OpenAI's)` }, src.noComments.slice(call.open, call.close), verb));
        continue;
      } else if (JS_LANGUAGES.has(language) && lit.value.length < 200 && (sameOrigin = sameOriginApiPath(code, lit)) !== undefined) {
        // a page's `fetch('/openai/v1/chat/completions')`: the API's whole path on the page's own origin, a proxy's
        dest = { provider: 'unknown', host: "the page's own origin (a same-origin path; where it goes is the server's choice)" };
        url = `https://runtime.invalid${sameOrigin}`;
      } else {
        // R's httr2: `httr2::request(base_url) |> req_url_path_append("chat/completions") |> … |> req_perform()`
        const appended = language === 'r' ? rAppendedPath(code, src.noComments, lit) : undefined;
        const onBase = appended ? (appended.literal !== undefined ? literalOnBase(appended.literal, appended.path) : pathOnNamedBase(appended.base, appended.path)) : undefined;
        if (appended && onBase) {
          sites.push(buildSite(src, language, appended.request, onBase.url, onBase.dest, src.noComments.slice(appended.request.open, appended.request.close), appended.verb));
          continue;
        }
        // `requests.post(self._build_url("/chat/completions"), …)`: the path put after a base by the project's URL builder, in a request
        const built = builtUrlRequest(code, lit, sends);
        if (built) {
          sites.push(buildSite(src, language, built.request, `https://runtime.invalid${built.path}`, { provider: 'unknown', host: `${built.builder}(…)'s base (host decided at run time)` }, src.noComments.slice(built.request.open, built.request.close)));
          continue;
        }
        // `_post("/chat/completions", body)`: a path handed to a function that may put its own base before it (judged below)
        // (only an OpenAI API path: most literals, `"items"`, `"id"`, are none, and looking for their call costs)
        if (HELPER_LANGUAGES.has(language) && lit.value.length < 200 && /^\/?[a-z][\w-]*(?:\/[\w{}$.:-]+)*$/.test(lit.value) && (lit.value.includes('/') || isFirstSegment(lit.value)) && isOpenAIEndpointPath(`/v1${lit.value.startsWith('/') ? lit.value.replace(/^\/v1(?=\/)/, '') : `/${lit.value}`}`)) {
          const call = enclosingCall(code, lit.start);
          // (at most a few thousand a file: a generated table of paths is no script of helper calls)
          if (call && pathsHandedOver.length < 2000 && (mayBeLocalFunction(code, call.callee, language) || senderCalled(elsewhereSenders(), call.callee) !== undefined)) pathsHandedOver.push({ call, at: lit.start, path: lit.value.startsWith('/') ? lit.value : `/${lit.value}` });
        }
        // `url = "https://example.com/data.json"`: the variable no longer holds an OpenAI URL
        if (/^(?:https?|wss?):\/\//i.test(lit.value)) clearAssignedUrl(lit.start);
        continue;
      }
    }
    if (normalisePath(url).length === 0) continue;
    // `"https://api.openai.com/v1/files/" + fileId` (PHP: `'…/files/' . $id`): the path goes on with a parameter
    // (R's `paste0(endpoint, "/openai/threads/", id, "/messages?api-version=", v)`: its literal's slash may have gone with the base)
    let inner = enclosingCall(code, lit.start);
    const pasted = language === 'r' && lit.value.endsWith('/') && inner?.callee === 'paste0';
    if (url.endsWith('/') || pasted) url = concatenatedPath(url.endsWith('/') ? url : `${url}/`, code, lit.end, (stringsByStart ??= new Map(lexed.strings.map((s) => [s.start, s]))), pasted, language === 'lua');
    // `kwargs.get("api_base", "http://…/chat/completions")`, `os.getenv("URL", "…")`: a default of a
    // lookup, not a GET; the value is read at run time and counts where the lookup is
    // (WordPress's settings too: `get_option('plugin_api_endpoint', 'https://api.openai.com/v1/chat/completions')`; an app's own
    // environment helper, `getEnvVar('MODELS_API_URL', 'https://openrouter.ai/api/v1/models')`)
    // (Ruby's `ENV.fetch("OPENAI_URL", "https://…")` too: no request, whatever its name)
    // (PHP's too: Laravel's `env('OPENAI_URL', '…')` and `config('services.openai.url', '…')`, an app's `get_env_str($ENV, 'KEY', '…')`
    // given the environment first)
    if (inner && (/(?:^|\.)(?:get|getenv|get_option|getEnv(?:Var(?:iable)?|ironmentVariable)?|get_env(?:_var)?)$/.test(inner.callee) || (language === 'ruby' && inner.callee === 'ENV.fetch') || (language === 'php' && (/^(?:env|config|get_?env\w*)$/i.test(inner.callee) || WORDPRESS_OPTION_SET.test(inner.callee)))) && (language === 'php' ? /^\s*(?:\$\w+\s*,\s*)?["'][^"'\n]*["']\s*,\s*$/ : /^\s*[rbu]?["'][^"'\n]*["']\s*,\s*[rfbu]{0,2}$/).test(src.noComments.slice(inner.open + 1, lit.start))) {
      dest = { provider: 'unknown', host: `${dest.host} (the default of ${inner.callee}(…); the value is read at run time)` };
      const lookup = inner;
      // (a WordPress plugin's option given its first value, `add_option('chatgpt_api_url', 'https://…')`: read where `get_option` reads it)
      if (WORDPRESS_OPTION_SET.test(lookup.callee)) {
        const key = /^\s*["']([^"'\n]+)["']/.exec(src.noComments.slice(lookup.open + 1, lit.start))?.[1];
        if (key !== undefined && !optionDefaults.has(key)) optionDefaults.set(key, { url, destination: { provider: 'unknown', host: `${destinationOf(url)?.host ?? url} (the first value of the option ${key}; the site's settings may change it)` } });
        continue;
      }
      inner = enclosingCall(code, lookup.start);
      if (!inner || !sends(inner.callee)) {
        const name = assignedVariable(code, lookup.start) ?? (language === 'php' ? phpArrayEntry(code, src.noComments, lookup.start) : undefined);
        if (name) assign(name, { at: lit.start, url, destination: dest });
        continue;
      }
    }
    // `process.env.OPENAI_CHAT_URL || "https://api.openai.com/v1/…"`, `os.getenv("URL") or "…"`: the literal is only
    // the default of a value read at run time (the assignment may break the line after its `=`)
    const defaulted = literalAsDefault(code, lit.start);
    const defaultFrom = defaulted && (inner === undefined || inner.open < lit.start - defaulted[0].length) ? lit.start - defaulted[0].length : undefined;
    // (named as written: the code has its strings blanked, `os.getenv("          ")`)
    if (defaulted && defaultFrom !== undefined) dest = { provider: 'unknown', host: `${dest.host} (the default of ${src.noComments.slice(defaultFrom, defaultFrom + (defaulted[1] ?? '').length) || 'a value'}; the value is read at run time)` };
    // a formatted URL counts where the formatting call is: `http.NewRequest("POST", fmt.Sprintf("%s/v1/…", base), body)`
    // (PHP's `curl_setopt_array($ch, array(CURLOPT_URL => …))`: the array is the call's argument)
    if (inner && inner.callee === 'array' && language === 'php') inner = enclosingCall(code, inner.start);
    // (Ruby's Sorbet names the type of a constant in place: `CHAT_URL = T.let("#{BASE}/chat/completions", String)`)
    // (Rust's `Url::parse("https://…")?`: the callee read before its `::` is `parse`; the call starts at its type)
    const rustParsed = inner && language === 'rust' && inner.callee === 'parse' ? /\b(?:Url|Uri)::$/.exec(code.slice(Math.max(0, inner.start - 8), inner.start)) : null;
    if (inner && rustParsed) inner = { ...inner, callee: 'Url.parse', start: inner.start - rustParsed[0].length };
    const formatted = inner && (FORMAT_FUNCTIONS.test(inner.callee) || JOIN_HELPERS.test(inner.callee) || (language === 'ruby' && inner.callee === 'T.let') || (language === 'swift' && SWIFT_APPENDED_PATH.test(inner.callee))) ? inner : undefined;
    // (R: the URL piped into httr2's request, `"https://…/v1/assistants" |> httr2::request() |> req_body_json(body) |> req_perform()`)
    const piped = language === 'r' ? rPipedRequest(code, formatted ? formatted.close : lit.end) : undefined;
    const call = piped ?? (formatted ? enclosingCall(code, formatted.start) : inner) ?? (language === 'csharp' ? csharpInitializedRequest(code, formatted?.start ?? lit.start) : undefined);
    // Go's monaco-io/request: `request.Client{URL: fmt.Sprintf("%s/v1/completions", base), Method: "POST", JSON: …}`, sent by its `Send()`
    const goLiteral = monaco !== undefined && !(call && sends(call.callee)) ? goRequestLibraryLiteral(code, src.noComments, formatted?.start ?? lit.start, monaco) : undefined;
    if (goLiteral) {
      sites.push(buildSite(src, language, goLiteral.at, url, dest, src.noComments.slice(goLiteral.at.open, goLiteral.at.close), goLiteral.verb));
      continue;
    }
    if (call && sends(call.callee)) {
      // (a cURL option that is no URL: `curl_easy_setopt(curl, CURLOPT_REFERER, "https://…")`)
      if (/^curl_(?:easy_)?setopt$/.test(call.callee) && !/^\(\s*[^,]+,\s*CURLOPT_URL\s*,/.test(code.slice(call.open, call.close))) continue;
      sites.push(buildSite(src, language, call, url, dest, src.noComments.slice(call.open, call.close)));
      continue;
    }
    // handed to a function, perhaps one of the file's that sends it (judged below, once the file's functions are known)
    if (inner && !formatted && !onClient && HELPER_LANGUAGES.has(language) && (mayBeLocalFunction(code, inner.callee, language) || senderCalled(elsewhereSenders(), inner.callee) !== undefined)) handedOver.push({ call: inner, at: lit.start, url, dest });
    // Java: `new URL("https://…").openConnection()`
    const connection = rawOnly && formatted ? openConnectionAt(code, formatted.close) : undefined;
    if (connection) {
      sites.push(buildSite(src, language, connection, url, dest, ''));
      continue;
    }
    // Ruby calls without brackets: `HTTParty.post "https://…", body: …`
    if (language === 'ruby' && !inner) {
      // (looked for within the line's last 120 characters before the literal: from the line's start, a long line was quadratic)
      const preceding = code.slice(Math.max(0, lit.start - 120), lit.start);
      const callee = /((?:[A-Za-z_]\w*(?:::|\.))*[a-z_]\w*)[ \t]+$/.exec(preceding.slice(preceding.lastIndexOf('\n') + 1));
      if (callee?.[1] && sends(callee[1].replace(/::/g, '.'))) {
        const breakAfter = code.slice(lit.start, lit.start + 4000).indexOf('\n');
        const lineEnd = breakAfter < 0 ? Math.min(code.length, lit.start + 4000) : lit.start + breakAfter;
        const start = lit.start - callee[0].length;
        sites.push(buildSite(src, language, { callee: callee[1].replace(/::/g, '.'), start, open: lit.start - 1, close: lineEnd }, url, dest, src.noComments.slice(lit.start, lineEnd)));
        continue;
      }
    }
    // `url := fmt.Sprintf("%s/v1/completions", base)`: the variable takes the formatted string
    // `const url = provider === "groq" ? "https://api.groq.com/…" : "https://api.openai.com/…"` (JavaScript): either branch names the variable
    const ternary = !formatted && JS_LANGUAGES.has(language) ? ternaryAssignment(code, lit, () => (stringsByStart ??= new Map(lexed.strings.map((s) => [s.start, s]))), () => (stringsByEnd ??= new Map(lexed.strings.map((s) => [s.end, s])))) : undefined;
    // (one branch an endpoint of the API, the other a path it does not have, `containerId ? `…/v1/containers/${id}/files/${f}/content`
    // : `…/v1/container-files/${f}/content``: the variable is read as the endpoint's)
    if (ternary && !isOpenAIEndpointPath(endpointTemplate(url)) && isOpenAIEndpointPath(endpointTemplate(urlTarget(ternary[1])?.url ?? ''))) continue;
    const name = formatted ? (goFirstOfPair(code, formatted.start) ?? assignedVariable(code, formatted.start)) : (ternary?.[0] ?? assignedVariable(code, defaultFrom ?? lit.start, language === 'cpp'));
    // `URL = ("http://localhost:8081/v1/responses" if small else "http://localhost:8000/v1/responses")`:
    // the other branch's URL must point the same way, else the choice is made at run time
    const alternative = ternary?.[1] ?? (name && !formatted && language === 'python' ? conditionalAlternative(src.noComments, lit, lexed.strings) : undefined);
    if (alternative !== undefined && urlTarget(alternative)?.destination.provider !== dest.provider) dest = { provider: 'unknown', host: `${dest.host} or another URL, chosen at run time` };
    // `def __init__(self, url="https://api.openai.com/…")`, `constructor(url = "…")`: only the default of what the caller gives
    const isParameter = name !== undefined && !formatted && !name.includes('.') && (language === 'python' || JS_LANGUAGES.has(language) || DEFAULTED_PARAMETER_LANGUAGES.has(language)) && parameterDefault(code, lit.start);
    if (isParameter) dest = { provider: 'unknown', host: `${dest.host} (the default of parameter ${name}; the caller may give another)` };
    // (a formatted URL is assigned where its formatting call is: `let url = format!(` ends the line before the format
    // string, and that line says whether the variable is a function's own)
    if (name) assign(name, { at: formatted ? formatted.start : lit.start, url, destination: dest, ...(isParameter ? { parameter: true as const } : {}) });
    // Go: a struct field set in a method (`c.ChatUrl = "https://…"`) is read in the type's other
    // methods through their own receiver name, so it is kept by the field's name (`.ChatUrl`)
    else if (language === 'go' && !formatted) {
      // (also joined onto a base: `c.chatUrl = c.apiBase + "openai/deployments/" + c.engine + "/chat/completions?…"`)
      const field = /(?:^|[\s;{])[A-Za-z_]\w*\.([A-Za-z_]\w*)[ \t]*=[ \t]*(?:[A-Za-z_][\w.]*[ \t]*\+[ \t]*)?$/.exec(code.slice(Math.max(0, lit.start - 120), lit.start))?.[1];
      if (field) assign(`.${field}`, { at: lit.start, url, destination: dest });
    }
    // (also a keyed field of a struct literal given a formatted URL, `&Client{chatURL: fmt.Sprintf("%s/openai/deployments/…", …)}`,
    // when the file gives that field no other value)
    else if (language === 'go' && formatted) {
      const field = goKeyedField(code, formatted.start);
      let once = field === undefined ? false : fieldsSetOnce.get(field);
      if (field !== undefined && once === undefined) fieldsSetOnce.set(field, (once = (code.match(new RegExp(`(?:[\\s{,]${field}[ \\t]*:(?!=)|\\.${field}[ \\t]*=(?!=))`, 'g'))?.length ?? 0) === 1));
      if (field && once) assign(`.${field}`, { at: lit.start, url, destination: dest });
    }
    // PHP's configuration array, `$CFG = ['or_endpoint' => 'https://…', …]`, read as `$CFG['or_endpoint']`
    else if (language === 'php' && !formatted && (phpEntry = phpArrayEntry(code, src.noComments, defaultFrom ?? lit.start)) !== undefined) assign(phpEntry, { at: lit.start, url, destination: dest });
    // `const params = { method: 'post', url: 'https://api.openai.com/v1/files', … }` … `axios(params)`:
    // the variable holds the request's options; the call that takes them sends it
    else if (!formatted && language !== 'python' && language !== 'go') {
      const options = optionsHolding(code, lit, hostOption ? 'url|path' : 'url');
      if (options) assign(options.name, { at: lit.start, url, destination: dest, options: src.noComments.slice(options.open, options.close) });
    }
    // a class attribute (`class Session:` … `api_url: HttpUrl = "https://…"`) is read as `self.api_url`,
    // and through its class (`class Endpoints:` … `CHAT = "https://…"`, `requests.post(Endpoints.CHAT)`)
    if (name && language === 'python' && !name.includes('.') && !isParameter && inClassBody(lit.start)) {
      assign(`self.${name}`, { at: lit.start, url, destination: dest });
      const owner = (pythonClasses ??= new PythonClasses(code)).of(lit.start)?.name;
      if (owner) assign(`${owner}.${name}`, { at: lit.start, url, destination: dest });
    }
    // a module's constant object's property (`const ENDPOINTS = { chat: "https://…" }`) is read as `ENDPOINTS.chat`
    // (a function's own object, `const cfg = { url }` in `build()`, is not another function's `cfg` parameter)
    if (!name && !formatted && JS_LANGUAGES.has(language)) {
      const key = PROPERTY.exec(code.slice(Math.max(0, lit.start - 120), lit.start))?.[1];
      const owner = key ? objectName(code, lit.start, true) : undefined;
      if (key && owner && moduleObject(owner)) assign(`${owner}.${key}`, { at: lit.start, url, destination: dest });
    }
    // a TypeScript/JavaScript class field (`apiURL = 'https://…';`, `private readonly url: string = "…"`) is read as `this.apiURL`
    // a Swift type's stored property (`let baseUrl = "https://…"`) is read as `self.baseUrl` too
    // (only one declared directly in a type's body: a function's local `let url` is not the type's, nor is a `static let`)
    if (name && language === 'swift' && !name.includes('.') && /(?:^|\n)[ \t]+(?:(?:private|fileprivate|public|internal|final|lazy)[ \t]+)*(?:let|var)[ \t]+[A-Za-z_]\w*[ \t]*(?::[^=\n]{1,60})?=[ \t]*$/.test(code.slice(Math.max(0, lit.start - 200), lit.start)) && inSwiftTypeBody(code, lit.start)) assign(`self.${name}`, { at: lit.start, url, destination: dest });
    if (name && JS_LANGUAGES.has(language) && !name.includes('.') && !isParameter && jsClassField(code, lit.start, name, scopes)) {
      assign(`this.${name}`, { at: lit.start, url, destination: dest });
      // (a static one, `private static readonly API_ENDPOINT = '…'`, through its class: `QwenService.API_ENDPOINT`)
      const lineBefore = code.slice(Math.max(0, lit.start - 400), lit.start);
      const owner = /\bstatic\b/.test(lineBefore.slice(lineBefore.lastIndexOf('\n') + 1)) ? lastClassName(code, lit.start) : undefined;
      if (owner) assign(`${owner}.${name}`, { at: lit.start, url, destination: dest });
    }
    // a PHP class property (`private string $apiUrl = '…';`) is read as `$this->apiUrl`
    if (name && language === 'php' && name.startsWith('$') && PHP_PROPERTY_BEFORE.test(code.slice(Math.max(0, lit.start - 160), lit.start))) assign(`$this->${name.slice(1)}`, { at: lit.start, url, destination: dest });
    // `return `${trimmed}/v1/chat/completions`` in `function chatCompletionsUrl(baseUrl)`: the function gives the URL
    // (also Go's `func chatCompletionsURL(base string) string { … return base + "/chat/completions" }`, a base joined in place)
    if (!name && (JS_LANGUAGES.has(language) || language === 'python' || language === 'go')) {
      const at = formatted?.start ?? lit.start;
      // (also an arrow's expression body: `const buildChatUrl = (baseUrl: string) =>\n  \`${baseUrl}/v1/chat/completions\``)
      const arrow = JS_LANGUAGES.has(language) ? ARROW_BODY_START.exec(code.slice(Math.max(0, at - 200), at))?.[1] : undefined;
      const fn = arrow ?? (/\breturn[ \t]+(?:\([ \t\n]*)?(?:[A-Za-z_$][\w$.]*[ \t]*\+[ \t]*)?$/.test(code.slice(Math.max(0, at - 80), at)) ? returningFunction(code, at, language, scopes) : undefined);
      if (fn) returnedAt.add(lit.start);
      for (const key of fn ? functionKeys(fn, at) : []) {
        const before = urlFunctions.get(key);
        // every URL it returns must name one endpoint, else it is left alone; two destinations of it are a run-time choice
        // (`if IsV1Endpoint(base) { return base + "/images/generations?…" }; return fmt.Sprintf("%s/openai/deployments/%s/images/generations?…", …)`)
        const sameEndpoint = before ? before.url === url || endpointTemplate(before.url) === endpointTemplate(url) : false;
        const merged: { url: string; dest: Destination } | null =
          before === undefined || (before && sameEndpoint && before.dest.provider === dest.provider) ? { url, dest } : before && sameEndpoint ? { url, dest: { provider: 'unknown', host: `${before.dest.host} or ${dest.host}, chosen at run time` } } : null;
        urlFunctions.set(key, merged);
      }
    }
  }
  // (each variable or property a function reads such an option into, `$api_url = get_option('api_url');`, `$this->url = get_option(…)`;
  // one pass over the file whatever the number of options)
  if (optionDefaults.size > 0) {
    for (const m of src.noComments.matchAll(/(\$[A-Za-z_]\w*(?:->[A-Za-z_]\w*)?)[ \t]*=[ \t]*get_(?:site_)?option[ \t]*\([ \t]*["']([^"'\n]+)["'][ \t]*\)/g)) {
      const option = optionDefaults.get(m[2] ?? '');
      if (option) assign(m[1] ?? '', { at: m.index ?? 0, ...option });
    }
  }
  // a function that also returns another path (`return base + "/v1/messages"` in another branch) gives no one URL
  if (urlFunctions.size > 0) {
    for (const lit of literals) {
      if (returnedAt.has(lit.start) || !/\breturn\b[^"'`\n;]*$/.test(code.slice(Math.max(0, lit.start - 200), lit.start))) continue;
      const fn = returningFunction(code, lit.start, language, scopes);
      if (fn === undefined || !urlFunctions.has(fn)) continue;
      for (const key of functionKeys(fn, lit.start)) urlFunctions.set(key, null);
    }
  }
  // `fetch(chatCompletionsUrl(this.config.baseUrl), …)`, `url = chat_url(base)`: a call of such a function is its URL.
  // Only a name the file defines once: two classes' `_url()` methods (OpenAI's and Anthropic's) are two URLs.
  const defined = (fn: string): number =>
    language === 'python' ? (code.match(new RegExp(`\\bdef[ \\t]+${escapeRe(fn)}\\b`, 'g'))?.length ?? 0) : language === 'go' ? (code.match(new RegExp(`^func[ \\t]*(?:\\([^()\\n]*\\)[ \\t]*)?${escapeRe(fn)}[ \\t]*\\(`, 'gm'))?.length ?? 0) : scopes().functions.filter((f) => f.name === fn).length;
  // (a method two classes define is found by the class `self.` calls it in)
  const returning = [...urlFunctions].filter((e): e is [string, { url: string; dest: Destination }] => e[1] !== null).slice(0, 200).filter(([fn]) => fn.includes('.') || defined(fn) === 1);
  if (returning.length > 0) {
    const byName = new Map(returning);
    const names = new Set(returning.map(([fn]) => escapeRe(fn.slice(fn.lastIndexOf('.') + 1))));
    // (a Go method through its receiver: `c.buildURL()`)
    for (const m of code.matchAll(new RegExp(`(?<![\\w$.]|[\\w$]\\.)(${language === 'go' ? '[A-Za-z_]\\w*\\.' : '(?:this|self)\\.'})?(${[...names].join('|')})[ \\t]*\\(`, 'g'))) {
      const owner = m[1] === 'self.' && pythonClasses ? pythonClasses.of(m.index)?.name : undefined;
      let returned = (owner ? byName.get(`${owner}.${m[2] ?? ''}`) : undefined) ?? byName.get(m[2] ?? '');
      if (!returned) continue;
      const enclosing = enclosingCall(code, m.index);
      // (a path formatted under it: Go's `fmt.Sprintf("%s/%s/content", c.filesURL(), id)`)
      const under = enclosing && language === 'go' && /^fmt\.Sprintf$/.test(enclosing.callee) ? /^\(\s*"%s(\/[\w/{}.%-]*)"\s*,\s*$/.exec(src.text.slice(enclosing.open, m.index)) : null;
      if (enclosing && under?.[1] !== undefined) {
        // (an OpenAI path below the function's: `/v1/files/{x}/content`; a run-time host's too; the parts after it are names,
        // read as placeholders: a literal there is some other path)
        const own = matchingBracket(code, m.index + m[0].length - 1, 400);
        if (own < 0 || !/^\s*(?:,\s*[A-Za-z_][\w.]*\s*)*\)$/.test(src.noComments.slice(own, enclosing.close))) continue;
        const url = `${returned.url.replace(/\/+$/, '')}${under[1].replace(/%[sdv]/g, '{x}')}`;
        const path = /^[a-z]+:\/\/[^/]+(\/[^?#]*)/i.exec(url)?.[1];
        if (path === undefined || !isOpenAIEndpointPath(path)) continue;
        const target = { url };
        const sender = enclosingCall(code, enclosing.start);
        if (sender && sends(sender.callee) && /^\(\s*(?:(?:[\w.]+|"[A-Z]+")\s*,\s*){1,2}$/.test(src.noComments.slice(sender.open, enclosing.start))) {
          sites.push(buildSite(src, language, sender, target.url, returned.dest, src.noComments.slice(sender.open, sender.close)));
          continue;
        }
        const holder = goFirstOfPair(code, enclosing.start) ?? assignedVariable(code, enclosing.start);
        if (holder) assign(holder, { at: enclosing.start, url: target.url, destination: returned.dest });
        continue;
      }
      // (a path the call hands the function, put where its URL ends in that parameter: `endpoint("images/generations")` of
      // `def endpoint(path): return f"{BASE}/{path}"`)
      const filled = filledUrl(returned.url, src.noComments, m.index + m[0].length - 1, code);
      if (filled === null) continue;
      if (filled !== undefined) returned = { ...returned, url: filled };
      // (also wrapped as a string: `fetch(String(url(x)))`, `requests.post(str(endpoint()))`)
      const sender = enclosing && /^(?:String|str)$/.test(enclosing.callee) ? enclosingCall(code, enclosing.start) : enclosing;
      // (Go's `http.NewRequestWithContext(ctx, http.MethodPost, chatCompletionsURL(base), …)` names the URL after the method)
      // (and the verb before it in httpx's `stream("POST", url, …)`, requests' `request("POST", url)`)
      const leading = language === 'go' && /NewRequest(?:WithContext)?$/.test(sender?.callee ?? '') ? /^[ \t\n]*(?:(?:[\w.]+|"[A-Z]+")[ \t]*,[ \t\n]*){1,2}$/ : /^[ \t\n]*(?:["'](?:GET|POST|PUT|PATCH|DELETE)["'][ \t]*,[ \t\n]*)?(?:url[ \t]*=[ \t]*)?(?:(?:String|str)[ \t]*\([ \t]*)?$/;
      if (sender && sends(sender.callee) && leading.test(src.noComments.slice(sender.open + 1, m.index))) {
        sites.push(buildSite(src, language, sender, returned.url, returned.dest, src.noComments.slice(sender.open, sender.close)));
        continue;
      }
      const holder = assignedVariable(code, m.index);
      if (holder) assign(holder, { at: m.index, url: returned.url, destination: returned.dest });
    }
  }
  // `import { CHAT_URL } from "./constants"` … `fetch(CHAT_URL, …)`: a URL another module keeps
  if (project && language !== 'go') {
    let members: Map<string, Set<string>> | undefined;
    for (const imported of imports) {
      const value = project.urlConstant(imported.module, imported.name, fileName);
      const target = value === undefined ? undefined : urlTarget(value);
      if (target) urlVars.set(imported.local, [{ at: -1, ...target }, ...(urlVars.get(imported.local) ?? [])]);
      // `OpenAIEndpoints.CHAT_COMPLETIONS` of an exported `const OpenAIEndpoints = { CHAT_COMPLETIONS: … }`
      members ??= memberReads(code);
      for (const key of members.get(imported.local) ?? []) {
        const member = project.urlConstant(imported.module, `${imported.name}.${key}`, fileName);
        const memberTarget = member === undefined ? undefined : urlTarget(member);
        if (memberTarget) urlVars.set(`${imported.local}.${key}`, [{ at: -1, ...memberTarget }, ...(urlVars.get(`${imported.local}.${key}`) ?? [])]);
      }
    }
  }
  // `from config.constants import *` … `session.get(OPENROUTER_MODELS_ENDPOINT)`: every URL constant of that module (a name the file
  // assigns itself stays its own)
  if (project && language === 'python' && code.includes('*')) {
    for (const m of code.matchAll(/^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+\*/gm)) {
      for (const [name, value] of /^openai\b/.test(m[1] ?? '') ? [] : (project.urlConstantsOf(m[1] ?? '', fileName) ?? [])) {
        const target = /^[A-Za-z_]\w*$/.test(name) && !urlVars.has(name) && code.includes(name) ? urlTarget(value) : undefined;
        if (target) urlVars.set(name, [{ at: -1, ...target }]);
      }
    }
  }
  // `Uri.parse(AppConstants.openaiBaseUrl)`, `new HttpPost(Constants.OPENAI_URL)`: a class's URL constant another file declares
  // (its class perhaps named through its namespace, C#'s `OpenAI.Api.Url` for `namespace AICommand.OpenAI { static class Api { … } }`)
  if (project && rawOnly && language !== 'php' && language !== 'ruby') {
    for (const m of code.matchAll(/(?<![\w$.])((?:[A-Z]\w*\.){0,3}[A-Z]\w*\.[A-Za-z_]\w*)\b(?![ \t]*\()/g)) {
      if (urlVars.has(m[1] ?? '')) continue;
      const value = project.classUrlConstant(/[^.]+\.[^.]+$/.exec(m[1] ?? '')?.[0] ?? '');
      const target = value === undefined ? undefined : urlTarget(value);
      if (target) urlVars.set(m[1] ?? '', [{ at: -1, ...target }]);
    }
  }
  // `String url = String.format("%s%s%s", BASE_URL, V1, CHAT_URL);`: a URL joined only from the file's string constants
  if (FOLDED_LANGUAGES.has(language)) {
    for (const local of foldedUrlLocals(src.noComments)) {
      const target = urlTarget(local.url);
      if (target) assign(local.name, { at: local.at, url: target.url, destination: target.destination });
    }
  }
  // Kotlin: a constant read bare that another file declares, at the top level of this file's package (`const val API_URL = "…"`)
  // or in an object this file imports it from (`import com.app.net.Routes.CHAT_URL`)
  if (project && language === 'kotlin') {
    const pkg = kotlinPackage(src.noComments);
    // (an import names the constant's object, `import com.app.net.Routes.CHAT_URL`, or its package, `import com.app.net.API_URL`, and
    // takes precedence over the file's own package; `as` renames it)
    const imported = new Map<string, string>();
    for (const m of src.noComments.matchAll(/^[ \t]*import[ \t]+([\w.]+)\.([A-Z_][A-Z0-9_]*)(?:[ \t]+as[ \t]+(\w+))?[ \t]*$/gm)) {
      const owner = m[1] ?? '';
      const last = owner.slice(owner.lastIndexOf('.') + 1);
      imported.set(m[3] ?? m[2] ?? '', /^[A-Z]/.test(last) ? `${last}.${m[2] ?? ''}` : `${owner}::${m[2] ?? ''}`);
    }
    const tried = new Set<string>();
    // (the names this file declares itself, a property, local or parameter, read once)
    let declared: Set<string> | undefined;
    for (const m of code.matchAll(/(?<![\w.$])([A-Z_][A-Z0-9_]*)\b(?![ \t]*[(=])/g)) {
      const name = m[1] ?? '';
      if (tried.has(name) || urlVars.has(name)) continue;
      tried.add(name);
      const value = project.classUrlConstant(imported.get(name) ?? `${pkg}::${name}`);
      const target = value === undefined ? undefined : urlTarget(value);
      if (!target) continue;
      declared ??= new Set([...code.matchAll(/\b(?:val|var)[ \t]+([A-Za-z_]\w*)|[(,][ \t\n]*([A-Za-z_]\w*)[ \t]*:/g)].map((d) => d[1] ?? d[2] ?? ''));
      if (!declared.has(name)) urlVars.set(name, [{ at: -1, ...target }]);
    }
  }
  // Dart's top-level constants another file declares, handed on by name after `import 'const.dart';`: `Uri.parse(chatGPTEndpoint)`
  if (dartImported) {
    const tried = new Set<string>();
    // (the call's arguments may start on the next line: `dio.post(\n  apiEndpoint,\n  data: …)`)
    for (const m of code.matchAll(/\([ \t\n]*([a-z_]\w*)[ \t\n]*[,)]/gi)) {
      const name = m[1] ?? '';
      if (tried.has(name) || urlVars.has(name)) continue;
      tried.add(name);
      const value = dartImported(name);
      const target = value === undefined ? undefined : urlTarget(value);
      if (target) urlVars.set(name, [{ at: -1, ...target }]);
    }
  }
  // C and C++: a URL constant a header the file includes declares (`#include "openai_client.h"`, then
  // `curl_easy_setopt(curl, CURLOPT_URL, OPENAI_COMPLETION_URL.c_str())`)
  if (project && C_LANGUAGES.has(language) && fileName !== undefined && src.noComments.includes('#include')) {
    const includes = [...src.noComments.matchAll(/^[ \t]*#[ \t]*include[ \t]*"([^"\n]+)"/gm)].map((m) => m[1] ?? '');
    // (a class's constant member, `ChatGPT::url`, only in a file defining that class's methods: `String ChatGPT::completions(…) {`)
    const ownClasses = includes.length === 0 ? [] : [...new Set([...code.matchAll(/\b([A-Za-z_]\w*)::~?[A-Za-z_]\w*[ \t]*\(/g)].map((m) => m[1] ?? ''))].filter((c) => c !== 'std').slice(0, 20);
    const tried = new Set<string>();
    for (const m of includes.length === 0 ? [] : code.matchAll(/(?<![\w.>:])([A-Za-z_]\w*)\b(?![ \t]*\()/g)) {
      const name = m[1] ?? '';
      if (tried.has(name) || urlVars.has(name)) continue;
      tried.add(name);
      for (const include of includes) {
        const value = project.includedUrl(fileName, include, name) ?? ownClasses.map((c) => project.includedUrl(fileName, include, `${c}::${name}`)).find((v) => v !== undefined);
        const target = value === undefined ? undefined : urlTarget(value);
        if (!target) continue;
        // (a variable of this file's own of that name, `char url[512]`, `std::string url;`, Arduino's `String url`, is another)
        if (new RegExp(`\\b(?:char|wchar_t|string|auto|QString|string_view|String)\\b[ \\t*&]*${name}\\b`).test(code)) break;
        urlVars.set(name, [{ at: -1, ...target }]);
        break;
      }
    }
  }
  // PHP: a constant the file defines, `define("API_ENDPOINT", "https://api.openai.com/v1/chat/completions")` (one value only)
  if (language === 'php' && code.includes('define')) {
    for (const [name, value] of phpScriptUrls(src.noComments)) {
      const target = name.startsWith('$') || urlVars.has(name) ? undefined : urlTarget(value);
      if (target) urlVars.set(name, [{ at: -1, ...target }]);
    }
  }
  // PHP: a URL constant the class's parent declares in another file (`class OpenAiTextChatService extends OpenAiService`, then
  // `$client->post(self::GPT4_URL, …)`)
  if (project && language === 'php' && code.includes('extends') && code.includes('::')) {
    for (const [name, value] of phpInheritedUrlConstants(code, (key) => project.classUrlConstant(key))) {
      const target = urlVars.has(name) ? undefined : urlTarget(value);
      if (target) urlVars.set(name, [{ at: -1, ...target }]);
    }
  }
  // PHP: a URL the script a file requires assigns (`require("config.php");` then `curl_init($apiurl)`), unless this file assigns it too
  if (project && language === 'php' && fileName !== undefined && /\b(?:require|include)(?:_once)?\b/.test(code)) {
    const shared = project.phpRequiredUrls(src.noComments, fileName);
    const tried = new Set<string>();
    // (the names this script binds itself, read once: `$apiurl = …`, `foreach ($urls as $apiurl)`, `list($apiurl) = …`, `[$apiurl] = …`)
    let bound: Set<string> | undefined;
    const bindsItself = (name: string): boolean => (bound ??= phpBoundNames(code)).has(name);
    for (const m of shared.size === 0 ? [] : code.matchAll(/\$[A-Za-z_]\w*\b(?![ \t]*(?:->|\[|=(?![=>])))|(?<![\w$>:])[A-Z_][A-Z0-9_]*\b(?![ \t]*\()/g)) {
      const name = m[0];
      if (tried.has(name) || urlVars.has(name)) continue;
      tried.add(name);
      const value = shared.get(name);
      const target = value === undefined ? undefined : urlTarget(value);
      if (target && !(name.startsWith('$') && bindsItself(name))) urlVars.set(name, [{ at: -1, ...target }]);
    }
  }
  // Go: `http.NewRequest("POST", openAiUrl, body)` with `openAiUrl` a package-level variable another file of the package declares
  if (project && language === 'go' && /NewRequest/.test(code)) {
    for (const m of code.matchAll(/\bNewRequest(WithContext)?[ \t]*\(/g)) {
      const open = (m.index ?? 0) + m[0].length - 1;
      const close = matchingBracket(code, open, 2000);
      const name = close < 0 ? undefined : splitTopLevel(code.slice(open + 1, close - 1))[m[1] ? 2 : 1]?.trim();
      if (!name || !/^[A-Za-z_]\w*$/.test(name) || urlVars.has(name)) continue;
      // (a name this file declares or assigns itself, `openAiUrl := os.Getenv(…)`, is its own: goPackageUrl asks)
      const value = goPackageUrl(name);
      const target = value === undefined ? undefined : urlTarget(value);
      if (target) urlVars.set(name, [{ at: -1, ...target }]);
    }
  }
  // `endpoint = ResponsesEndpoint`, `url := self.api_url`: a variable given another's URL holds it too
  // `def __init__(self, url: str = URL)`: the parameter holds the URL unless the caller gives another
  if (urlVars.size > 0 && language === 'python') {
    const defaulted = new Set<string>();
    for (const m of code.matchAll(/[(,][ \t\n]*([A-Za-z_]\w*)[ \t]*(?::[^=,()\n]{1,100})?=[ \t]*([A-Za-z_][\w.]*)[ \t\n]*(?=[,)])/g)) {
      const at = (m.index ?? 0) + m[0].length - (m[2] ?? '').length;
      const target = urlAt(urlVars, m[2] ?? '', at);
      if (!target || !parameterDefault(code, at)) continue;
      assign(m[1] ?? '', { at, url: target.url, destination: { provider: 'unknown', host: `${target.destination.host} (the default of parameter ${m[1] ?? ''}; the caller may give another)` }, parameter: true });
      defaulted.add(m[1] ?? '');
    }
    for (const name of defaulted) urlVars.get(name)?.sort((a, b) => a.at - b.at);
  }
  // a parameter's default holds inside its own function only (each function's end found once)
  const definitionEnds = new Map<number, number>();
  const inDefinitionOf = (signatureAt: number, at: number): boolean => {
    if (language !== 'python') return false;
    let end = definitionEnds.get(signatureAt);
    if (end === undefined) definitionEnds.set(signatureAt, (end = definitionEnd(code, signatureAt)));
    return at > signatureAt && at < end;
  };
  if (language === 'dart' && urlVars.size > 0) dartConstructorDefaults(code, urlVars, assign);
  if (urlVars.size > 0) copyUrlVariables(code, src.noComments, urlVars, () => (parameters ??= parameterDeclarations(code, rawOnly)), inDefinitionOf, language, pythonBlockEndAt);
  if (language === 'go') goKeyedFieldUrls(code, lexed.strings, urlVars);
  if (language === 'rust') {
    rustFieldUrls(code, src.noComments, urlVars);
    // `let url = self.base_url.clone();` in a method of the struct whose field holds the URL
    for (const m of urlVars.size === 0 ? [] : code.matchAll(/\blet[ \t]+(?:mut[ \t]+)?([a-z_]\w*)[ \t]*(?::[^=;\n]{1,40})?=[ \t]*&?self\.([a-z_]\w*)(?:\.(?:clone|to_string|to_owned|as_str)\(\))?[ \t]*;/g)) {
      // (at the value: the `let` before it declares the name, no second declaration)
      const at = (m.index ?? 0) + m[0].indexOf('self.');
      const type = rustImplType(code, at);
      const target = type === undefined ? undefined : urlAt(urlVars, `${type}.${m[2] ?? ''}`, at);
      if (target) assign(m[1] ?? '', { at, url: target.url, destination: target.destination, local: true });
    }
  }
  // `url = ".../chat/completions"` … `requests.post(url, json=…)`; also an attribute set once
  // (`self._api_url = "https://…"` … `requests.post(self._api_url, …)`)
  if (urlVars.size > 0) {
    // also `client.stream("POST", url)` / `request("POST", url)` (Dart's and Python's `http.Request("POST", uri)`), and the URL wrapped as `str(url)` / `String(url)`
    // or formatted by Python's str.format (`requests.post(URL.format(model=m), …)`, the placeholders kept as the template's)
    // (the wrapper's `)` is required only after its `(`: an optional one between two runs of blanks
    // backtracked quadratically over a blanked comment)
    // (Swift labels its arguments: `URLRequest(url: url)`; .NET names the verb first: `new HttpRequestMessage(HttpMethod.Post, url)`)
    // A callee starts a name, never inside one or after another name's dot (`a.b.c(`, but `f().post(`):
    // tried at every character of a 200 KB identifier or dotted chain, the pattern was quadratic.
    const calls = rawOnly ? URL_VARIABLE_CALLS_LABELLED : URL_VARIABLE_CALLS;
    const callCode = withOnlyNameStrings(code, lexed.strings, language);
    calls.lastIndex = 0;
    for (let m = calls.exec(callCode); m; m = calls.exec(callCode)) {
      // (Go's `NewRequest` and `websocket.…Dial` are read below, by where their URL argument stands)
      if (language === 'go' && GO_URL_ARGUMENT_CALLS.test(m[1] ?? '')) continue;
      const argument = m[3] ?? m[4] ?? '';
      // (Ruby names the URI's path where the request is built: `Net::HTTP::Post.new(uri.path, headers)`)
      // (Rust: a struct field of the file's, through `self` or a name typed as that struct: `&self.base_url`, `&client.url`)
      const rustField = language === 'rust' ? /^([a-z_]\w*)\.([a-z_]\w*)$/.exec(argument) : null;
      const rustType = rustField ? rustFieldReceiver(code, rustField[1] ?? '', m.index) : undefined;
      // (C#, Java and Kotlin read a field without `this.`: `this.endpoint = $"…"` in the constructor, then `PostAsync(endpoint, …)`;
      // a parameter or local of that name shadows it, as below)
      // (only the same class's field, asked only where the file sets a field of that name: each look costs a read of the method)
      const fieldUrl = (language === 'csharp' || JVM_LANGUAGES.has(language)) && /^[A-Za-z_]\w*$/.test(argument) && !urlVars.has(argument) && urlVars.has(`this.${argument}`) ? urlAt(urlVars, `this.${argument}`, m.index, code) : undefined;
      const field = fieldUrl && !/\b(?:class|struct|record|object|interface)[ \t]+[A-Z]\w*/.test(code.slice(fieldUrl.at, m.index)) && !declaredBefore(code, argument, m.index) ? fieldUrl : undefined;
      const target = urlAt(urlVars, argument, m.index, code) ?? field ?? (rustField && rustType ? urlAt(urlVars, `${rustType}.${rustField[2] ?? ''}`, m.index, code) : undefined) ?? (language === 'ruby' && /^[A-Za-z_]\w*\.(?:path|request_uri)$/.test(argument) ? rubyUriInMethod(code, urlAt(urlVars, argument.slice(0, argument.indexOf('.')), m.index), m.index) : undefined);
      if (!target) continue;
      // (PHP: a function sees none of the script's variables but those `global` or `use` brings in)
      if (language === 'php' && /^\$[A-Za-z_]\w*$/.test(argument) && !phpSees(code, argument, target.at, m.index)) continue;
      // (a context first is a Go helper's where it sends a body, or where its receiver is named for an HTTP client (`c.Get(ctx, URL)`,
      // `httpClient.Get(…)`): go-redis's `rdb.Get(ctx, key)`, a cache's or a limiter's `Get(ctx, url)` take one too)
      if (/\([ \t]*(?:ctx|context\.(?:Background|TODO)\(\))[ \t]*,/.test(m[0]) && !/(?:^|\.)(?:Post|Put|Patch)\w*$/i.test(m[1] ?? '') && !/^(?:[A-Za-z_]\w*\.)*(?:[a-z]|cl|\w*[Cc]lient|\w*[Hh]ttp\w*|\w*HTTP\w*|\w*[Aa]pi|\w*API|\w*[Rr]est\w*|\w*[Rr]equester)\.(?:Get|Delete)$/.test(m[1] ?? '')) continue;
      // the variable wrapped in a URL type where the request is made: `.uri(URI.create(API_URL))`,
      // Java's `new URL(API_URL).openConnection()`
      // (Rust's `Url::parse(&url_string)`: the callee is read after its path, which starts 5 characters before it)
      const rustUrlParse = language === 'rust' && m[1] === 'parse' && /(?<![\w:])Url::$/.test(code.slice(Math.max(0, m.index - 8), m.index));
      const wrapped = !sends(m[1] ?? '') && ((rawOnly && FORMAT_FUNCTIONS.test(m[1] ?? '')) || rustUrlParse);
      const wrapperClose = wrapped ? matchingBracket(code, m.index + (m[1] ?? '').length + m[0].slice((m[1] ?? '').length).indexOf('('), 400) : -1;
      const wrapper = (wrapperClose > 0 ? openConnectionAt(code, wrapperClose) : undefined) ?? (wrapped ? (enclosingCall(code, m.index) ?? (language === 'csharp' ? csharpInitializedRequest(code, m.index) : undefined)) : undefined);
      // `URL url = new URL(API_URL);` … `url.openConnection()`: the URL object holds it (read below)
      if (wrapped && !wrapper) {
        const holder = assignedVariable(code, rustUrlParse ? m.index - 'Url::'.length : m.index);
        if (holder && holder !== argument) assign(holder, { at: m.index, url: target.url, destination: target.destination });
        continue;
      }
      if ((!wrapper && !sends(m[1] ?? '')) || (wrapper && !sends(wrapper.callee)) || (m[2] && !/(?:^|\.)(?:stream|request|Request|MultipartRequest|StreamedRequest)$/.test(m[1] ?? '') && !opensXhr(m[1] ?? '') && !(language === 'r' && R_VERB_FIRST.test(m[1] ?? '')))) continue;
      // (the class's own method of a sending name, `$this->request($endpoint, $data)`, `this.request(url)`: the helper's request,
      // read below with the verb its body sends)
      const through = language === 'php' && code.slice(Math.max(0, m.index - 7), m.index) === '$this->' ? '$this->' : '';
      if (!wrapper && (through !== '' || /^(?:this|self)\./.test(m[1] ?? '')) && HELPER_LANGUAGES.has(language) && senderCalled(ownSenders(), `${through}${m[1] ?? ''}`) !== undefined) continue;
      if (!(target.parameter === true && inDefinitionOf(target.at, m.index)) && (parameters ??= parameterDeclarations(code, rawOnly)).shadows(argument, target.at, m.index)) continue;
      const open = m.index + (m[1] ?? '').length + m[0].slice((m[1] ?? '').length).indexOf('(');
      const close = matchingBracket(code, open);
      const call = wrapper ?? { callee: m[1] ?? '', start: m.index, open, close: close < 0 ? open + 1 : close };
      // an options variable is only the whole request when it is what the call is given first
      if (target.options !== undefined && !(m[4] === argument && /^[A-Za-z_$]/.test(code.slice(open + 1).trimStart()))) continue;
      const fallback = /\?\?|\|\|/.test(m[0]) && target.destination.provider !== 'unknown' ? { provider: 'unknown' as const, host: `${target.destination.host} (the fallback of a value the caller may give; decided at run time)` } : undefined;
      sites.push(buildSite(src, language, call, target.url, fallback ?? target.destination, target.options ?? src.noComments.slice(call.open, call.close)));
    }
    // R: a URL a variable holds piped into httr2's request (`url_run |> httr2::request() |> httr2::req_perform()`)
    if (language === 'r' && /(?:\|>|%>%)\s*(?:httr2::)?request\b/.test(code)) {
      for (const m of code.matchAll(/(?<![\w.$@])([A-Za-z_.][\w.]*)[ \t]*(?=\|>|%>%)/g)) {
        const call = rPipedRequest(code, (m.index ?? 0) + m[0].length);
        const target = call ? urlAt(urlVars, m[1] ?? '', m.index ?? 0, code) : undefined;
        if (!call || !target || (parameters ??= parameterDeclarations(code, rawOnly)).shadows(m[1] ?? '', target.at, m.index ?? 0)) continue;
        sites.push(buildSite(src, language, call, target.url, target.destination, ''));
      }
    }
    // PHP: a URL a variable holds, set as a cURL option in an array (`curl_setopt_array($ch, [CURLOPT_URL => $url, …])`), or one
    // read by its key (`CURLOPT_URL => $CFG['or_endpoint']`, `curl_setopt($ch, CURLOPT_URL, $CFG['or_endpoint'])`)
    if (language === 'php' && code.includes('CURLOPT_URL')) {
      for (const m of code.matchAll(/\bCURLOPT_URL[ \t]*(=>|,)[ \t]*(\$[A-Za-z_]\w*(?:->\w+)?(?:\[[ \t]*(["'])[^"'\n]{1,80}\3[ \t]*\])?)(?=[ \t]*[,)\]\n])/g)) {
        const written = m[2] ?? '';
        const keyed = written.includes('[');
        // (a plain variable given to `curl_setopt` is read above, with the other calls)
        if (m[1] === ',' && !keyed) continue;
        const from = (m.index ?? 0) + m[0].length - written.length;
        const argument = keyed ? src.noComments.slice(from, from + written.length).replace(/\[[ \t]*["']([^"'\n]*)["'][ \t]*\]$/, "['$1']") : written;
        const holder = /^\$[A-Za-z_]\w*/.exec(written)?.[0] ?? written;
        const target = urlAt(urlVars, argument, m.index ?? 0, code);
        if (!target || (parameters ??= parameterDeclarations(code, rawOnly)).shadows(holder, target.at, m.index ?? 0) || !phpSees(code, holder, target.at, m.index ?? 0)) continue;
        // (an array's entry only while the array is the one that holds it: `$CFG = [...]` made again, or another function's `$opts`, is another)
        if (keyed && lastPhpAssignment(code, holder, m.index ?? 0) > target.at) continue;
        let call = enclosingCall(code, m.index ?? 0);
        if (call?.callee === 'array') call = enclosingCall(code, call.start);
        if (!call || !sends(call.callee)) continue;
        sites.push(buildSite(src, language, call, target.url, target.destination, src.noComments.slice(call.open, call.close)));
      }
    }
    // JavaScript: the URL given in an options object, written in the call or held in a variable
    // (`requestUrl({ url, method: "POST" })`, Obsidian's `request(requestParam)` with `requestParam = { url: apiUrl, … }`)
    // (Lua's table: Roblox's `HttpService:RequestAsync({ Url = endpoint, Method = "POST", … })`)
    if (language !== 'python' && language !== 'go' && (/\burl\b/.test(code) || (language === 'lua' && /\bUrl\b/.test(code)))) {
      for (const m of code.matchAll(/(?<![\w$]|[\w$]\.)((?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*)[ \t]*\([ \t\n]*(?=\{|[A-Za-z_$][\w$]*[ \t\n]*[,)])/g)) {
        if (!sends(m[1] ?? '')) continue;
        const open = (m.index ?? 0) + (m[1] ?? '').length + m[0].slice((m[1] ?? '').length).indexOf('(');
        const close = matchingBracket(code, open);
        const first = close < 0 ? undefined : splitTopLevel(code.slice(open + 1, close - 1))[0]?.trim();
        if (!first || urlVars.has(first)) continue;
        const options = first.startsWith('{') ? { at: open + 1 + code.slice(open + 1).indexOf('{') } : optionsVariable(code, first, m.index ?? 0);
        const optionsClose = options ? matchingBracket(code, options.at) : -1;
        if (!options || optionsClose < 0) continue;
        const objectText = code.slice(options.at, optionsClose);
        const property = language === 'lua' ? /[{,][ \t\n]*[uU]rl[ \t\n]*=[ \t\n]*([A-Za-z_]\w*)[ \t\n]*(?=[,}])/.exec(objectText) : /[{,][ \t\n]*url[ \t\n]*(?::[ \t\n]*((?:this\.)?[A-Za-z_$][\w$]*)[ \t\n]*)?(?=[,}])/.exec(objectText);
        const name = property ? (property[1] ?? 'url') : undefined;
        const target = name ? urlAt(urlVars, name, options.at) : undefined;
        if (!name || !target || (parameters ??= parameterDeclarations(code, rawOnly)).shadows(name, target.at, options.at)) continue;
        const call = { callee: m[1] ?? '', start: m.index ?? 0, open, close };
        sites.push(buildSite(src, language, call, target.url, target.destination, src.noComments.slice(options.at, optionsClose)));
      }
    }
    // Java: `URL url = new URL("https://…")` … `url.openConnection()`
    if (rawOnly && /openConnection/.test(code)) {
      for (const m of code.matchAll(/(?<![\w$.])([A-Za-z_]\w*)(?=\s*\.\s*openConnection\s*\()/g)) {
        const target = urlAt(urlVars, m[1] ?? '', m.index ?? 0);
        const connection = openConnectionAt(code, (m.index ?? 0) + m[0].length);
        if (!target || !connection || (parameters ??= parameterDeclarations(code, rawOnly)).shadows(m[1] ?? '', target.at, m.index ?? 0)) continue;
        const site = buildSite(src, language, connection, target.url, target.destination, '');
        // (the request is the URL made just before, two lines up at most, and the connection opened on it: the call spans both,
        // unless another connection is opened on the URL between; the lines are asked first, the text between may be the file)
        const between = target.at < connection.start ? src.range(target.at, connection.start) : undefined;
        const madeJustBefore = between !== undefined && between.end.line - between.start.line <= 2;
        if (madeJustBefore && !code.slice(target.at, m.index ?? 0).includes('openConnection')) site.callRange = src.range(target.at, connection.close);
        sites.push(site);
      }
    }
    // Go: `http.NewRequest("POST", url, body)`, `http.NewRequestWithContext(ctx, "POST", url, body)`,
    // `websocket.DefaultDialer.DialContext(ctx, url, header)`: the URL is not the first argument
    if (language === 'go') {
      const requests = new RegExp(`\\b(${GO_URL_ARGUMENT_CALL})[ \\t]*\\(`, 'g');
      for (let m = requests.exec(code); m; m = requests.exec(code)) {
        const open = m.index + m[0].length - 1;
        const close = matchingBracket(code, open);
        if (close < 0) continue;
        const args = splitTopLevel(code.slice(open + 1, close - 1)).map((a) => a.trim());
        const written = /NewRequest/.test(m[1] ?? '') ? (args[m[2] ? 2 : 1] ?? '') : (args.find((a) => urlVars.has(a)) ?? '');
        const urlArgument = goFieldKey(code, urlVars, written, m.index);
        const target = urlAt(urlVars, urlArgument, m.index);
        if (!target || (parameters ??= parameterDeclarations(code, rawOnly)).shadows(urlArgument, target.at, m.index)) continue;
        const call = { callee: m[1] ?? '', start: m.index, open, close };
        sites.push(buildSite(src, language, call, target.url, target.destination, src.noComments.slice(call.open, call.close)));
      }
      // resty and the like: `….Post(c.ChatUrl)` with the URL in a field the type's methods set
      if ([...urlVars.keys()].some((k) => k.includes('.'))) {
        for (const m of code.matchAll(/(?<![\w$]|[\w$]\.)((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*)[ \t]*\([ \t]*([A-Za-z_]\w*)(\.[A-Za-z_]\w*)[ \t]*[,)]/g)) {
          const callee = m[1] ?? '';
          if (/NewRequest|Dial/.test(callee) || !sends(callee)) continue;
          const target = urlAt(urlVars, goFieldKey(code, urlVars, `${m[2] ?? ''}${m[3] ?? ''}`, m.index ?? 0), m.index ?? 0);
          const open = (m.index ?? 0) + callee.length + m[0].slice(callee.length).indexOf('(');
          const close = matchingBracket(code, open);
          if (!target || close < 0) continue;
          sites.push(buildSite(src, language, { callee, start: m.index ?? 0, open, close }, target.url, target.destination, src.noComments.slice(open, close)));
        }
      }
    }
  }
  // `fetchStream("https://api.openai.com/v1/chat/completions", init)`, `self._post(CHAT_URL, payload)`:
  // a function of the file that sends what it is handed; the caller names the URL
  // (also a file that may define or call a helper putting its own path after a base its caller hands: `${baseUrl}/chat/completions`)
  if (HELPER_LANGUAGES.has(language) && (handedOver.length > 0 || urlVars.size > 0 || pathsHandedOver.length > 0 || (PATH_AFTER_NAME.test(src.noComments) && BASE_THEN_PATH.test(src.noComments)) || (imports.length > 0 && [...elsewhereSenders().values()].some((h) => h.pathBefore !== undefined)))) {
    const helpers = new Map(ownSenders());
    // the file's own function of a name wins over another file's, whether it sends or not
    for (const [name, sender] of elsewhereSenders()) if (!helpers.has(name) && !definesFunction(code, name, language)) helpers.set(name, sender);
    // `_post("/chat/completions", …)` to `def _post(path, payload): requests.post(f"{BASE}{path}", …)`: the helper's base and the caller's path
    let phpClassRanges: ReturnType<typeof phpClasses> | undefined;
    for (const { call, at, path } of pathsHandedOver) {
      const sender = senderCalled(helpers, call.callee);
      const named = sender?.pathAfter;
      // (PHP: a client the path is handed to, `$this->client->request($method, $uri)`, only one whose base the file sets,
      // `new Client(['base_uri' => …])`, its literal read as the helper's own base; and only for a call that reaches the helper:
      // through `$this->` from its class or a subclass, or the file's function called bare; another class's method of that name
      // is its own)
      const clientBase = named && language === 'php' && named.base.startsWith('$') ? named.base : undefined;
      if (clientBase !== undefined && sender && !phpReachesHelper((phpClassRanges ??= phpClasses(code)), code, call, sender.start)) continue;
      // (or a property the class gives a literal URL, `private $api_base = 'https://api.openai.com/v1';`, put before the path: `$this->api_base . $endpoint`)
      const clientLiteral = clientBase === undefined ? undefined : (instances.get(clientBase) ?? phpPropertyUrl(src.noComments, clientBase));
      const pathAfter = clientBase !== undefined && clientLiteral === undefined ? undefined : named && clientLiteral !== undefined ? { ...named, literal: clientLiteral } : named;
      // (the literal is the whole argument the helper puts after its base: `_post("/chat/completions", {"model": …})`, not the body's keys)
      const before = splitTopLevel(code.slice(call.open + 1, at));
      const whole = /^[ \t\n]*(?:[A-Za-z_]\w*[ \t]*=[ \t]*)?[rbu]?$/.test(before[before.length - 1] ?? '');
      // (a literal base the helper's own file gives it: that URL, an OpenAI one or another provider's)
      const target = pathAfter && whole && before.length - 1 === pathAfter.param ? (pathAfter.literal !== undefined ? literalOnBase(pathAfter.literal, path) : pathOnNamedBase(pathAfter.base, path)) : undefined;
      if (target) handedOver.push({ call, at, ...target });
    }
    // `generateAnswers(port, 'https://api.moonshot.cn/v1', …)` to a helper that sends to `${baseUrl}/chat/completions`: the callers
    // are the requests, and the helper's own request on the base it is handed gives way to them (its other requests stay)
    const onBases = baseTakingHelperCalls(src, code, language, helpers);
    if (onBases.sites.length > 0) {
      const within = [...onBases.called].map((h) => ({ lines: src.range(h.start, h.end), base: h.params[h.pathBefore?.param ?? -1] ?? '' }));
      for (let i = sites.length - 1; i >= 0; i--) {
        const site = sites[i];
        const line = site?.range.start.line ?? -1;
        if (site && within.some((h) => line > h.lines.start.line && line <= h.lines.end.line && site.provider === 'unknown' && h.base !== '' && (site.providerDetail ?? '').startsWith(`${h.base} `))) sites.splice(i, 1);
      }
      sites.push(...onBases.sites);
    }
    const taken = new Set(sites.map((site) => site.range.start.line));
    const variableUrl = (name: string, at: number): { url: string; dest: Destination } | undefined => {
      const target = urlAt(urlVars, language === 'go' ? goFieldKey(code, urlVars, name, at) : name, at);
      return target && !(parameters ??= parameterDeclarations(code, rawOnly)).shadows(name, target.at, at) ? { url: target.url, dest: target.destination } : undefined;
    };
    // (a Python test's test doubles, read on first need: a helper handed one as its client sends nothing; whether the file may
    // make one at all asked once for the file, not once per call)
    let doubles: PythonTestDoubles | undefined;
    let mayHandDoubles: boolean | undefined;
    const handsDouble = (call: { start: number; open: number; close: number }, helper: LocalSender): boolean => {
      if (language !== 'python' || helper.via === undefined || !(mayHandDoubles ??= MAY_MAKE_TEST_DOUBLES.test(code))) return false;
      const client = argumentFor(splitTopLevel(code.slice(call.open + 1, call.close - 1)).map((a) => a.trim()), helper.params, helper.via);
      return client !== undefined && (doubles ??= new PythonTestDoubles(code)).isDouble(client, call.start);
    };
    for (const { call, url, dest, helper } of helperCalls(code, helpers, handedOver, variableUrl)) {
      const line = src.range(call.start, call.start).start.line;
      if (taken.has(line)) continue;
      if (handsDouble(call, helper)) continue;
      taken.add(line);
      const args = src.noComments.slice(call.open, call.close);
      // the verb the caller names (`method: "POST"`, `"POST"`), else the helper's request's, else the endpoint's
      const named = /\bmethod["']?\s*[:=]\s*["'](GET|POST|PUT|PATCH|DELETE)["']/i.exec(args)?.[1] ?? /[(,]\s*["'](GET|POST|PUT|PATCH|DELETE)["']\s*[,)]/i.exec(args)?.[1];
      // (a helper that only builds the request leaves the verb to the caller's chain: `baseRequest(URL, key).post(body)`)
      const chained = rawOnly && !helper.verb ? builtVerb('', src.noComments.slice(call.close, call.close + 2000)) : undefined;
      // (a helper that posts unless told not to: `openai_api_post(url: …, post: false)` fetches)
      const fetches = helper.verb === 'POST' && /(?:^|[\s,(])\$?(?:post|is_post|use_post)[ \t]*[:=][ \t]*(?:false|False)\b/.test(args) ? 'GET' : undefined;
      sites.push(buildSite(src, language, call, url, dest, args, named?.toUpperCase() ?? fetches ?? helper.verb ?? chained ?? verbForOptionsElsewhere(endpointTemplate(url)) ?? 'GET'));
    }
  }
  // `def post_openai_json(endpoint, payload): requests.post(f"{OPENAI_API_BASE}/{endpoint}", …)` imported by other files of the
  // project: its callers name the routes (and are the requests); its own request says only `/v1/{}` and gives way to them
  if (project && fileName !== undefined && (language === 'python' || JS_LANGUAGES.has(language)) && sites.some((site) => site.endpoint === '/v1/{}')) {
    const imported = [...ownSenders()].filter(([name]) => project.importedElsewhere(fileName, name)).map(([, sender]) => src.range(sender.start, sender.end));
    for (let i = sites.length - 1; i >= 0; i--) {
      const line = sites[i]?.range.start.line ?? -1;
      if (sites[i]?.endpoint === '/v1/{}' && imported.some((lines) => line >= lines.start.line && line <= lines.end.line)) sites.splice(i, 1);
    }
  }
  if (language === 'ruby' && instances.size > 0) sites.push(...rubyWholeUrlRequests(src, code, instances, new Set(sites.map((site) => site.range.start.line))));
  if (language === 'elixir' && /\buse[ \t]+Tesla\b/.test(code)) sites.push(...teslaRequests(src, lexed, new Set(sites.map((site) => site.range.start.line))));
  if (language === 'python' && code.includes('Connection')) sites.push(...pythonConnectionRequests(src, lexed));
  if (JVM_LANGUAGES.has(language) && instances.size > 0) sites.push(...springRequestsToBase(src, code, language, instances, new Set(sites.map((site) => site.range.start.line))));
  // C++'s cpr given a variable: `cpr::Post(cpr::Url{url}, cpr::Body{body})`
  if (language === 'cpp' && code.includes('cpr::Url')) {
    const taken = new Set(sites.map((site) => site.range.start.line));
    for (const m of code.matchAll(/\bcpr::(Post|Get|Put|Patch|Delete)[ \t]*\([ \t\n]*cpr::Url[ \t]*\{[ \t]*([A-Za-z_]\w*)(?:\.c_str\(\))?[ \t]*\}/g)) {
      const start = m.index ?? 0;
      const target = urlAt(urlVars, m[2] ?? '', start, code);
      const open = start + m[0].indexOf('(');
      const close = matchingBracket(code, open);
      if (!target || close < 0 || taken.has(src.range(start, start).start.line)) continue;
      sites.push(buildSite(src, language, { callee: `cpr::${m[1] ?? ''}`, start, open, close }, target.url, target.destination, src.noComments.slice(open, close), (m[1] ?? '').toUpperCase()));
    }
  }
  // RestSharp: a client made on an endpoint's whole URL, sent a request with no resource: the request is where the URL is named
  if (language === 'csharp' && code.includes('RestClient')) {
    const onClients = restSharpEndpointClients(src, code, (name, at) => urlAt(urlVars, name, at, code));
    if (onClients.sites.length > 0) {
      // (each request's own site, read at its `RestRequest`: another call of its line stays)
      const requests = [...onClients.requestStarts].map((at) => src.range(at, at).start);
      for (let i = sites.length - 1; i >= 0; i--) {
        const at = sites[i]?.callRange?.start ?? sites[i]?.range.start;
        if (requests.some((r) => r.line === at?.line && r.character === at.character)) sites.splice(i, 1);
      }
      const taken = new Set(sites.map((site) => site.range.start.line));
      sites.push(...onClients.sites.filter((site) => !taken.has(site.range.start.line)));
    }
  }
  // Arduino's HTTPClient (ESP32, ESP8266, M5Stack): `https.begin(url, root_ca)`, `http.begin(client, "https://…")`, then `POST(body)`
  // (a parameter of that name is the caller's: `void postTo(const char* url, …) { http.begin(url); … }`)
  if (C_LANGUAGES.has(language) && code.includes('HTTPClient')) {
    const variableUrl = (name: string, at: number): { url: string; destination: Destination } | undefined => {
      const target = urlAt(urlVars, name, at, code);
      return target && !(parameters ??= parameterDeclarations(code, rawOnly)).shadows(name, target.at, at) ? target : undefined;
    };
    sites.push(...arduinoRequests(src, code, language, variableUrl, new Set(sites.map((site) => site.range.start.line))));
  }
  // An Azure host serves other APIs too (Azure AI Foundry's `…/anthropic/v1/files/…`, its model
  // inference routes): only a path the OpenAI API has counts there. On OpenAI's own hosts every path is OpenAI's.
  return sites.filter((site) => site.provider !== 'azure' || findEndpointPolicy(site.endpoint) !== undefined || verbsForPath(site.endpoint).size > 0);
}

/**
 * Ruby: a connection made for one whole endpoint URL (`Faraday.new(url: "https://api.openai.com/v1/chat/completions")`,
 * `Excon.new("https://openrouter.ai/api/v1/chat/completions", …)`) sends to it when called with no path of its own:
 * `conn.post do |req| … end`, `connection.post(body: …)`.
 */
function rubyWholeUrlRequests(src: SourceText, code: string, instances: ReadonlyMap<string, string | undefined>, taken: ReadonlySet<number>): CallSite[] {
  const sites: CallSite[] = [];
  let kept: Map<string, Array<string | undefined>> | undefined;
  for (const [name, base] of instances) {
    if (base !== undefined && /^[A-Za-z_]\w*$/.test(name) && code.includes('@')) sites.push(...rubyPathVariableRequests(src, code, name, base, taken, (kept ??= rubyInstanceValues(src.noComments))));
    const target = base === undefined ? undefined : urlTarget(base);
    if (!target || !/^[A-Za-z_]\w*$/.test(name) || !isOpenAIEndpointPath(endpointTemplate(target.url))) continue;
    const { url, destination: dest } = target;
    for (const m of code.matchAll(new RegExp(`(?<![\\w.])(?:self\\.|@)?${name}\\.(post|get|put|patch|delete)\\b(?![ \\t]*\\(?[ \\t]*["'])`, 'g'))) {
      const verb = (m[1] ?? '').toUpperCase();
      if (!verbsForPath(endpointTemplate(url)).has(verb)) continue;
      const at = m.index ?? 0;
      if (taken.has(src.range(at, at).start.line)) continue;
      const after = at + m[0].length;
      const open = code[after] === '(' ? after : -1;
      const close = open < 0 ? after : matchingBracket(code, open);
      const call = { callee: m[0].replace(/^(?:self\.|@)/, ''), start: at, open: open < 0 ? after : open, close: close < 0 ? after + 1 : close };
      sites.push(buildSite(src, 'ruby', call, url, dest, src.noComments.slice(call.open, call.close), verb));
    }
  }
  return sites;
}

/**
 * Elixir's Tesla: a module that `use`s Tesla with a literal base (`plug Tesla.Middleware.BaseUrl, "https://api.openai.com/v1"`, or an
 * attribute set to one)
 * sends the paths its own verbs are given, piped or as their first argument: `"/completions" |> post(params)`, `get("/models")`.
 */
function teslaRequests(src: SourceText, lexed: Lexed, taken: ReadonlySet<number>): CallSite[] {
  const code = lexed.code;
  // (or a module attribute set to one: `@base_url "https://api.openai.com/v1"` then `plug Tesla.Middleware.BaseUrl, @base_url`)
  const set = [...src.noComments.matchAll(/^[ \t]*plug[ \t]+Tesla\.Middleware\.BaseUrl[ \t]*,[ \t]*(?:"([^"\n]+)"|@([a-z_]\w*))/gm)];
  const attribute = set.length === 1 ? set[0]?.[2] : undefined;
  const base = set.length !== 1 ? undefined : attribute === undefined ? set[0]?.[1] : new RegExp(`^[ \\t]*@${attribute}[ \\t]+"([^"\\n]+)"`, 'm').exec(src.noComments)?.[1];
  if (base === undefined || !/^https?:\/\//.test(base)) return [];
  // only inside that module: from the `defmodule` before its `use Tesla` to the next `defmodule` (a router beside it is another's)
  const used = /\buse[ \t]+Tesla\b/.exec(code)?.index ?? 0;
  const modules = [...code.matchAll(/^[ \t]*defmodule\b/gm)].map((m) => m.index ?? 0);
  const from = modules.filter((at) => at <= used).pop() ?? 0;
  const to = modules.find((at) => at > used) ?? code.length;
  // (not the examples of its documentation: `@doc """ get("/files") """`)
  const docs = [...src.noComments.matchAll(/@(?:module)?doc[ \t]+(?:~[sS])?"""[\s\S]*?"""/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  const sites: CallSite[] = [];
  for (const lit of lexed.strings) {
    if (!lit.value.startsWith('/') || lit.interpolated || lit.start < from || lit.start >= to || docs.some(([a, b]) => lit.start >= a && lit.start < b)) continue;
    // piped into the verb (`"/x"\n    |> post(params)`), or its first argument (`post("/x", params)`)
    const piped = /^\s*\|>\s*(post|get|put|patch|delete)[ \t]*\(/.exec(code.slice(lit.end, lit.end + 120));
    const first = piped ? null : /(?<![\w.:])(post|get|put|patch|delete)[ \t]*\([ \t]*$/.exec(code.slice(Math.max(0, lit.start - 40), lit.start));
    const verb = piped?.[1] ?? first?.[1];
    if (!verb) continue;
    // (the API's paths are under /v1: `https://api.openai.com` then `/models` is no request of it)
    const target = /\/v1(?:\/|$)/.test(`${base}${lit.value}`) ? urlTarget(`${base.replace(/\/+$/, '')}${lit.value}`) : undefined;
    if (!target || !isOpenAIEndpointPath(endpointTemplate(target.url)) || !verbsForPath(endpointTemplate(target.url)).has(verb.toUpperCase())) continue;
    const start = piped ? lit.end + piped[0].length - 1 - verb.length : lit.start - (first?.[0].length ?? 0) + (first?.[0].indexOf(verb) ?? 0);
    if (taken.has(src.range(start, start).start.line)) continue;
    const open = code.indexOf('(', start);
    const close = matchingBracket(code, open);
    sites.push(buildSite(src, 'elixir', { callee: verb, start, open, close: close < 0 ? open + 1 : close }, target.url, target.destination, src.noComments.slice(open, close < 0 ? open + 1 : close), verb.toUpperCase()));
  }
  return sites;
}

/**
 * Dart: a field a constructor's named parameter sets, with a URL as its default (`this.chatUrl = _defaultEndpoint,`
 * after `static const _defaultEndpoint = 'https://openrouter.ai/api/v1/chat/completions';`): the field holds that
 * endpoint, its destination whatever a caller passes (the default's host unless it passes another).
 */
function dartConstructorDefaults(code: string, urlVars: UrlAssignments, assign: (name: string, entry: { at: number; url: string; destination: Destination }) => void): void {
  for (const m of code.matchAll(/^[ \t]*(?:required[ \t]+)?this\.([A-Za-z_]\w*)[ \t]*=[ \t]*([A-Za-z_][\w.]*)(?:[ \t]*,)?[ \t]*$/gm)) {
    const target = urlAt(urlVars, m[2] ?? '', m.index ?? 0);
    if (!target || urlVars.has(m[1] ?? '')) continue;
    assign(m[1] ?? '', { at: m.index ?? 0, url: target.url, destination: { provider: 'unknown', host: `${target.destination.host} (the default of the constructor's ${m[1] ?? ''}; a caller may pass another)` } });
  }
}

/** Each Ruby instance variable's values as the file sets them: a literal (`#{…}` read as `{x}`), or undefined for any other value. */
function rubyInstanceValues(text: string): Map<string, Array<string | undefined>> {
  const values = new Map<string, Array<string | undefined>>();
  for (const m of text.matchAll(/(?<![\w@])(@[A-Za-z_]\w*)[ \t]*=(?![=~>])[ \t]*(?:"([^"\n]*)"|'([^'\n]*)')?/g)) {
    values.set(m[1] ?? '', [...(values.get(m[1] ?? '') ?? []), m[2]?.replace(/#\{[^{}]*\}/g, '{x}') ?? m[3]]);
  }
  return values;
}

/**
 * An HTTParty class's request to a path its instance keeps in a variable the file sets once to a literal:
 * `@path = "/threads/#{thread_id}/messages"` in `initialize`, then `self.class.post(@path, options)`.
 */
function rubyPathVariableRequests(src: SourceText, code: string, name: string, base: string, taken: ReadonlySet<number>, kept: ReadonlyMap<string, ReadonlyArray<string | undefined>>): CallSite[] {
  const sites: CallSite[] = [];
  for (const m of code.matchAll(new RegExp(`(?<![\\w.])(?:self\\.)?${name}\\.(post|get|put|patch|delete)[ \\t]*\\(?[ \\t]*(@[A-Za-z_]\\w*)\\b(?![ \\t]*[.\\[])`, 'g'))) {
    const at = m.index ?? 0;
    if (taken.has(src.range(at, at).start.line)) continue;
    const set = kept.get(m[2] ?? '') ?? [];
    const path = set.length === 1 ? set[0] : undefined;
    const target = path?.startsWith('/') ? urlTarget(`${base.replace(/\/+$/, '')}${path}`) : undefined;
    const verb = (m[1] ?? '').toUpperCase();
    if (!target || !isOpenAIEndpointPath(endpointTemplate(target.url)) || !verbsForPath(endpointTemplate(target.url)).has(verb)) continue;
    // (Ruby's brackets are optional: `self.class.get @path`)
    const bracket = m[0].indexOf('(', m[0].lastIndexOf(m[1] ?? ''));
    const open = bracket < 0 ? -1 : at + bracket;
    const close = open < 0 ? -1 : matchingBracket(code, open);
    const call = { callee: `${name}.${m[1] ?? ''}`, start: at, open: close < 0 ? at + m[0].length : open, close: close < 0 ? at + m[0].length : close };
    sites.push(buildSite(src, 'ruby', call, target.url, target.destination, src.noComments.slice(call.open, call.close), verb));
  }
  return sites;
}

/**
 * Python's standard library: `conn = http.client.HTTPSConnection("api.openai.com")` … then
 * `conn.request("POST", "/v1/chat/completions", body, headers)`. The connection names the host, each
 * `request` the verb and the path; the connection a request uses is the last one made under that
 * name before it.
 */
function pythonConnectionRequests(src: SourceText, lexed: Lexed): CallSite[] {
  const code = lexed.code;
  // the lexer's strings are in source order: the first one starting at or after an offset, by bisection
  const firstFrom = (offset: number): number => {
    let lo = 0;
    let hi = lexed.strings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((lexed.strings[mid]?.start ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const literalAt = (offset: number): string | undefined => {
    const found = lexed.strings[firstFrom(offset)];
    return found?.start === offset ? found.value : undefined;
  };
  const connections: Array<{ at: number; name: string; host: string }> = [];
  for (const m of code.matchAll(/(?<![\w.])((?:self\.)?[A-Za-z_]\w*)[ \t]*=[ \t]*(?:http\.client\.|client\.)?(HTTPS?)Connection[ \t]*\([ \t]*(?=["'])/g)) {
    const host = literalAt((m.index ?? 0) + m[0].length);
    if (host === undefined || !/^[\w.-]+(?::\d+)?$/.test(host)) continue;
    connections.push({ at: m.index ?? 0, name: m[1] ?? '', host: `${m[2] === 'HTTPS' ? 'https' : 'http'}://${host}` });
  }
  if (connections.length === 0) return [];
  const sites: CallSite[] = [];
  for (const m of code.matchAll(/(?<![\w.])((?:self\.)?[A-Za-z_]\w*)\.request[ \t]*\(/g)) {
    const name = m[1] ?? '';
    const connection = connections.filter((c) => c.name === name && c.at < (m.index ?? 0)).pop();
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open);
    if (!connection || close < 0) continue;
    // `request("POST", "/v1/chat/completions", …)`: the first two arguments, each a string literal
    const args = splitTopLevel(code.slice(open + 1, close - 1)).map((a) => a.trim());
    if (!/^["']/.test(args[0] ?? '') || !/^["']/.test(args[1] ?? '')) continue;
    const first = firstFrom(open);
    const literals = [lexed.strings[first], lexed.strings[first + 1]].filter((l): l is StringLiteral => l !== undefined && l.start < close);
    const verb = literals[0]?.value.toUpperCase();
    const path = literals[1]?.value;
    if (!verb || !/^(?:GET|POST|PUT|PATCH|DELETE)$/.test(verb) || path === undefined || !isOpenAIEndpointPath(path.split('?')[0] ?? path)) continue;
    const target = urlTarget(`${connection.host}${path}`);
    if (!target) continue;
    sites.push(buildSite(src, 'python', { callee: `${name}.request`, start: m.index ?? 0, open, close }, target.url, target.destination, src.noComments.slice(open, close), verb));
  }
  return sites;
}

/** The values each attribute (`self.base_url`, `this.baseURL`) is set to, read in one pass; a literal's quotes do not make it another value. */
function attributeValues(text: string): Map<string, Set<string>> {
  const valuesOf = new Map<string, Set<string>>();
  for (const m of text.matchAll(/(?<![\w$.])((?:self|this)\.[A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,80})?=(?![=>])[ \t]*([^\n;]*)/g)) {
    const value = (m[2] ?? '').trim().replace(/^(["'`])([^"'`\n]*)\1$/, '"$2"');
    valuesOf.set(m[1] ?? '', (valuesOf.get(m[1] ?? '') ?? new Set()).add(value));
  }
  return valuesOf;
}

/**
 * `url := o.url` … `if url == "" { url = "https://api.openai.com" }`: a base variable also given
 * some other value (not built from itself) holds the literal only as a default; where it points is
 * decided at run time. One pass over the file's assignments.
 */
function defaultOnlyBases(code: string, bases: Map<string, Destination>): void {
  // statements only (a line start, `;` or `{` before): `def f(x, base_url=None)` is a keyword default
  for (const m of code.matchAll(/(?:^|[;{])[ \t]*(?:(?:const|let|var)[ \t]+)?([A-Za-z_$][\w$]*)[ \t]*:?=(?!=)[ \t]*([^\n]{0,200})/gm)) {
    const name = m[1] ?? '';
    const base = bases.get(name);
    const value = (m[2] ?? '').trim();
    if (!base || base.provider === 'unknown' || value === '' || /^[rfbu]{0,2}["'`]/i.test(value)) continue;
    if (new RegExp(`(?<![\\w$.])${escapeRe(name)}\\b`).test(value)) continue;
    bases.set(name, { provider: 'unknown', host: `${name} (set at run time; default ${base.host})` });
  }
}

/**
 * Where functions declare each parameter name (`def post(self, *, url: str)`, `func send(url string)`,
 * `function send(url)`), read in one pass. `shadows` says whether a function declaring `name` starts
 * between an assignment and a use: the use then reads that function's parameter, not the variable.
 */
function parameterDeclarations(code: string, rawOnly = false): { shadows(name: string, assignedAt: number, usedAt: number): boolean } {
  const byName = new Map<string, Array<{ start: number; paramsOpen: number; headEnd: number; indent: number; end?: number }>>();
  const declare = (name: string, m: RegExpMatchArray, params: string, indent: number): void => {
    const list = byName.get(name) ?? [];
    byName.set(name, list);
    list.push({ start: m.index ?? 0, paramsOpen: (m.index ?? 0) + m[0].length - params.length - 2, headEnd: (m.index ?? 0) + m[0].length, indent });
  };
  // one quantifier per run of blanks: a blanked comment after `function` is a long one
  for (const m of code.matchAll(/(?:^([ \t]*)(?:async[ \t]+)?def[ \t]+\w+|^func[ \t]+(?:\([^)\n]*\)[ \t]*)?\w+|\bfunction\b(?:[ \t]*\*)?(?:[ \t]*[\w$]+)?)[ \t]*\(([^)]{0,1000})\)/gm)) {
    // (PHP types its parameters before the name: `string $url`)
    const names = rawOnly ? splitTopLevel(m[2] ?? '').map((p) => /(\$?[A-Za-z_]\w*)[ \t]*(?:=.*)?$/s.exec(p.trim())?.[1] ?? '') : [...(m[2] ?? '').matchAll(/(?:^|[,(*])[ \t\n]*\*{0,2}([A-Za-z_$][\w$]*)/g)].map((p) => p[1] ?? '');
    for (const name of names) if (name) declare(name, m, m[2] ?? '', m[1] === undefined ? -1 : m[1].length);
  }
  if (rawOnly) {
    // Kotlin's `fun`, Rust's `fn`, Swift's `func`, Scala's `def` (`name: Type`), and Java's, C#'s and
    // Dart's methods (`Type name(String url) {`, `… => …`)
    for (const m of code.matchAll(/\b(?:fun|fn|func|def)[ \t]+(?:<[^<>\n]{0,80}>[ \t]*)?[\w$]+(?:<[^<>\n]{0,80}>)?[ \t]*\(([^)]{0,1000})\)/g)) {
      for (const p of splitTopLevel(m[1] ?? '')) {
        const name = /([A-Za-z_]\w*)[ \t]*:/.exec(p)?.[1];
        if (name) declare(name, m, m[1] ?? '', -1);
      }
    }
    // (the type starts a token: tried inside a long dotted chain, `[\w.]*` rescanned it from every dot)
    for (const m of code.matchAll(/(?<![\w.$])[A-Za-z_][\w.]*(?:<[^<>()\n]{0,80}>)?(?:\[\])?\??[ \t]+[A-Za-z_]\w*[ \t]*\(([^)]{0,1000})\)(?=[ \t\n]*(?:async\*?[ \t\n]*)?(?:throws[^{;]{0,200})?(?::[ \t\n]*(?:base|this)[ \t]*\([^()]*\)[ \t\n]*)?(?:\{|=>))/g)) {
      for (const p of splitTopLevel(m[1] ?? '')) {
        const name = /([A-Za-z_]\w*)[ \t]*(?:=[^,]*)?$/.exec(p.trim())?.[1];
        if (name && /[ \t]/.test(p.trim())) declare(name, m, m[1] ?? '', -1);
      }
    }
    for (const list of byName.values()) list.sort((a, b) => a.start - b.start);
  }
  // where a declaring function's body ends: Python by indentation, braces elsewhere (found on first use)
  const endOf = (d: { paramsOpen: number; headEnd: number; indent: number; end?: number }): number => {
    if (d.end !== undefined) return d.end;
    if (d.indent >= 0) d.end = pythonBlockEnd(code, d.paramsOpen, d.indent);
    else {
      const brace = code.indexOf('{', d.headEnd);
      // an expression body (`fun f(url: String) = http.get(url)`, C#'s `=> …;`) ends with its line
      const expression = rawOnly && /^[^{\n]*?=/.test(code.slice(d.headEnd, brace < 0 ? d.headEnd + 200 : brace));
      const close = expression || brace < 0 || brace - d.headEnd > 200 ? -1 : matchingBracket(code, brace);
      const lineEnd = code.indexOf('\n', d.headEnd);
      d.end = close >= 0 ? close : expression ? (lineEnd < 0 ? code.length : lineEnd) : d.headEnd;
    }
    return d.end;
  };
  return {
    // a function declaring `name` as a parameter whose body holds the use, and not the assignment: begun after it, or ended
    // before it (a Kotlin companion object's `const val apiUrl` at the class's end does not reach `fun send(apiUrl: String)`)
    shadows(name, assignedAt, usedAt) {
      const declarations = byName.get(name.replace(/^(?:self|this)\./, '\u0000'));
      if (!declarations) return false;
      // the last declaration before the use (sorted: found in source order), then back to one whose body holds the assignment
      const lo = firstStartingFrom(declarations, usedAt);
      for (let i = lo - 1, steps = 0; i >= 0 && steps < 32; i--, steps++) {
        const d = declarations[i];
        // (assigned in the function's own body: what the use sees)
        if (!d || (d.start <= assignedAt && assignedAt < endOf(d))) break;
        if (usedAt < endOf(d)) return true;
      }
      return false;
    },
  };
}

/** The literal `hostname:`/`host:` of the options object around a `path:` string, if it has one. */
function optionsHost(code: string, strings: StringLiteral[], path: StringLiteral): string | undefined {
  // the `{` within 2,000 characters before (an unbounded search back was quadratic in a huge literal)
  const from = Math.max(0, path.start - 2000);
  const found = code.slice(from, path.start).lastIndexOf('{');
  if (found < 0) return undefined;
  const open = from + found;
  // to the object's own end: a later object's `hostname` is another request's
  const close = matchingBracket(code, open, 2000);
  const inside = code.slice(open, close < 0 ? Math.min(code.length, open + 2000) : close);
  const key = /\bhost(?:name)?["']?[ \t]*:[ \t]*["'`]/.exec(inside);
  if (!key) return undefined;
  const at = open + key.index + key[0].length - 1;
  // strings are in source order: find the one opening at `at`
  let lo = 0;
  let hi = strings.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = strings[mid]?.start ?? 0;
    if (start === at) return strings[mid]?.value;
    if (start < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** A URI variable's value where a Ruby request is built, when the same method assigned it (another method's `uri` is its own). */
function rubyUriInMethod<T extends { at: number }>(code: string, target: T | undefined, at: number): T | undefined {
  return target && target.at >= 0 && target.at < at && !/^[ \t]*def\b/m.test(code.slice(target.at, at)) ? target : undefined;
}

/** Each name's members the code reads (`OpenAIEndpoints.CHAT_COMPLETIONS`), not called, by the name. */
function memberReads(code: string): Map<string, Set<string>> {
  const reads = new Map<string, Set<string>>();
  for (const m of code.matchAll(/(?<![\w$.])([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)(?![\w$(])/g)) {
    const keys = reads.get(m[1] ?? '') ?? new Set<string>();
    keys.add(m[2] ?? '');
    reads.set(m[1] ?? '', keys);
  }
  return reads;
}

/**
 * Where the body of the Python function whose signature holds `signatureAt` (a parameter's default) ends: the first
 * line after it that starts at or left of the `def`'s own indentation (the signature may run over lines).
 */
function definitionEnd(code: string, signatureAt: number): number {
  const defLine = code.lastIndexOf('\n', signatureAt) + 1;
  const indent = /^[ \t]*/.exec(code.slice(defLine, defLine + 200))?.[0].length ?? 0;
  const bodyStart = code.indexOf('\n', code.indexOf(':', code.indexOf(')', signatureAt)));
  if (bodyStart < 0) return code.length;
  const end = new RegExp(`^[ \\t]{0,${indent}}[^ \\t\\n#]`, 'gm');
  end.lastIndex = bodyStart + 1;
  return end.exec(code)?.index ?? code.length;
}

/** Languages besides Python and JavaScript whose parameters (and Kotlin's and Scala's constructor properties) take a default. */
const DEFAULTED_PARAMETER_LANGUAGES: ReadonlySet<SourceLanguage> = new Set(['kotlin', 'scala', 'swift']);

/** Whether `at` is in a function's parameter list, as a default (`def f(url="…")`, `constructor(url = "…")`). */
function parameterDefault(code: string, at: number): boolean {
  const call = enclosingCall(code, at);
  if (!call || code[call.open] !== '(') return false;
  const before = code.slice(Math.max(0, call.start - 20), call.start);
  // (Kotlin's and Scala's `fun`, Swift's `func`, and a primary constructor's `class Api(private val base: String = "…")`)
  return /\b(?:def|fun|func)[ \t]+$|\bfunction[ \t*]*$|\bclass[ \t]+$/.test(before) || (call.callee === 'constructor' && !/\.$/.test(before));
}

/** `to = from` (also `to := from`, `to = from + QUERY`): a URL variable copied, read by copyUrlVariables. */
const copiedUrlVariable = (sigil: string): RegExp =>
  new RegExp(String.raw`(?:^|[^\w$.])((?:self\.|this\.)?[A-Za-z_$][\w$]*)[ \t]*:?=[ \t]*${sigil}((?:self\.|this\.|[A-Za-z_$][\w$]*\.)?[A-Za-z_$][\w$]*)(?:\.format\([^()\n]{0,300}\))?(?:[ \t]*\+[ \t]*([A-Za-z_$][\w$]*))?[ \t]*(?:;[ \t]*)?$`, 'gm');
const COPIED_URL_VARIABLE = copiedUrlVariable('');
// (Elixir's and Ruby's value may be a module attribute or an instance variable: `url = @openai_api_url`)
const COPIED_URL_VARIABLE_AT = copiedUrlVariable('@{0,2}');
// (PHP's may be a class constant read through its class: `$openaiUrl = self::GPT4_URL;`)
const COPIED_URL_VARIABLE_PHP = copiedUrlVariable(String.raw`(?:(?:self|static|parent)[ \t]*::[ \t]*)?`);

/**
 * Adds `a = b` (`a := b`, `const a = b`) where `b` holds a URL at that point, keeping each list in source order;
 * also `a = b + query` with `query` a constant holding a query string (`const query = "?model=gpt-4o-realtime-preview"`), and
 * Python's `a = B.format(model=m)` (the URL's placeholders kept as the template's).
 */
function copyUrlVariables(code: string, text: string, urlVars: UrlAssignments, parameters: () => ReturnType<typeof parameterDeclarations>, inDefinitionOf: (signatureAt: number, at: number) => boolean, language: SourceLanguage, pythonEnd: (at: number) => number | undefined): void {
  const touched = new Set<string>();
  // a variable set to different URLs in different branches (`if chat: u = …/chat/completions else:
  // u = …/completions`) gives no single answer to copy; asked once per name
  const single = new Map<string, boolean>();
  const pythonValues = new Map<string, ReturnType<typeof valuesByScope>>();
  // (Elixir's and Ruby's value may be a module attribute or an instance variable, read without its `@`: `url = @openai_api_url`)
  const copies = language === 'elixir' || language === 'ruby' ? COPIED_URL_VARIABLE_AT : language === 'php' ? COPIED_URL_VARIABLE_PHP : COPIED_URL_VARIABLE;
  const plainLocals = new Map<string, boolean>();
  const plainLocal = (name: string): boolean => {
    let answer = plainLocals.get(name);
    // (a local given anything but nil or a call's result, `Keyword.get(opts, :url)`: a string, a URL joined from a base)
    if (answer === undefined) plainLocals.set(name, (answer = new RegExp(`(?<![\\w@.$:])${escapeRe(name)}[ \\t]*=(?![=>~])[ \\t]*(?!nil\\b|[A-Za-z_][\\w.:]*[ \\t]*\\()\\S`).test(text)));
    return answer;
  };
  for (const m of code.matchAll(copies)) {
    const from = m[2] ?? '';
    const to = m[1] ?? '';
    if (from === to || !urlVars.has(from)) continue;
    // (`@x` is the attribute's or the instance variable's only where no local of that name is given a value of its own too: the URL
    // variables keep them under one name)
    if (copies === COPIED_URL_VARIABLE_AT && /=[ \t]*@/.test(m[0]) && plainLocal(from)) continue;
    if (m[3] !== undefined && !/^\?[\w=&.%-]*$/.test(unquotedConstant(text, m[3]) ?? '')) continue;
    const target = urlAt(urlVars, from, m.index ?? 0);
    // (a parameter's default, `def __init__(self, url=URL): self.url = url`, is what the parameter holds)
    const parameter = target?.parameter === true && lastBefore(urlVars.get(from) ?? [], m.index ?? 0) >= 0 && inDefinitionOf(target.at, m.index ?? 0);
    // (Python: a function's own assignments count only inside it, another function's `url` is no other value of this one's;
    // the values read once per name, the module's and each function's apart)
    let one: boolean;
    if (language === 'python') {
      let values = pythonValues.get(from);
      if (!values) pythonValues.set(from, (values = valuesByScope(urlVars.get(from) ?? [])));
      const own = values.byScope.get(pythonEnd(m.index ?? 0) ?? -1);
      one = new Set([...values.module, ...(own ?? [])]).size === 1;
    } else {
      let known = single.get(from);
      if (known === undefined) single.set(from, (known = new Set((urlVars.get(from) ?? []).map((e) => ('url' in e ? e.url : ''))).size === 1));
      one = known;
    }
    if (!one && !parameter) continue;
    // `def download(url): target = url`: the parameter, not the module's URL
    if (!target || (!parameter && parameters().shadows(from, target.at, m.index ?? 0))) continue;
    const list = urlVars.get(to) ?? [];
    urlVars.set(to, list);
    // (an attribute set in a method counts from there on: another class's later `self.url = url` is not this one's;
    // a Go function's own variable ends with the function)
    const at = m.index ?? 0;
    const goLocal = language === 'go' && !to.includes('.') && /\n[ \t]+$/.test(code.slice(Math.max(0, at - 200), at + 1)) && (m[0].includes(':=') || goDeclaredInFunction(code, at, to));
    // (Python's copy takes its own scope, not the source's: `self.url = url` in `__init__` outlives `__init__`'s `url`, a bare name
    // ends with its own function; elsewhere a copy keeps the source's, that of the function both are in)
    const pythonLocal = language === 'python' && !to.includes('.') ? pythonEnd(at) : undefined;
    const copy = { ...(language === 'python' ? withoutScope(target) : target), at, ...(to.startsWith('self.') || goLocal || pythonLocal !== undefined ? { local: true } : {}), ...(goLocal ? { until: goFunctionEnd(code, at) } : pythonLocal !== undefined ? { until: pythonLocal } : {}) };
    if (!to.includes('.') && defaultWhenEmpty(code, at + m[0].lastIndexOf(from), to)) copy.destination = { provider: 'unknown', host: `${target.destination.host} (the default of ${to} when none is given; the value is read at run time)` };
    list.push(copy);
    touched.add(to);
  }
  // `url = os.getenv("OPENAI_URL", DEFAULT_URL)`: a setting read at run time, the URL a constant holds only its default
  // (the destination is unknown; the endpoint is the default's)
  for (const m of /getenv|environ|process\.env|env::var|ENV|GetEnvironmentVariable/.test(code) ? code.matchAll(SETTING_WITH_URL_DEFAULT) : []) {
    const to = m[1] ?? '';
    const from = m.slice(2).find((g) => g !== undefined) ?? '';
    const at = m.index ?? 0;
    const target = from !== to && urlVars.has(from) ? urlAt(urlVars, from, at) : undefined;
    if (!target) continue;
    const setting = /^[^=]*=[ \t]*([^\n]*?)[ \t]*;?[ \t]*$/.exec(text.slice(at, at + m[0].length))?.[1] ?? 'a setting';
    const list = urlVars.get(to) ?? [];
    urlVars.set(to, list);
    // (no form is Go's: `os.Getenv` has no fallback)
    const pythonLocal = language === 'python' && !to.includes('.') ? pythonEnd(at) : undefined;
    list.push({ ...(language === 'python' ? withoutScope(target) : target), at, destination: { provider: 'unknown', host: `${target.destination.host} (the default of ${setting.slice(0, 80)}; the value is read at run time)` }, ...(pythonLocal !== undefined ? { local: true, until: pythonLocal } : {}) });
    touched.add(to);
  }
  for (const name of touched) urlVars.get(name)?.sort((a, b) => a.at - b.at);
}

/**
 * An assignment of a setting read at run time whose fallback is a name (the constant that holds a URL): [1] the variable,
 * then the fallback's name in one of the groups after: JavaScript's `process.env.X || NAME` (or `??`), Python's
 * `os.getenv("X", NAME)`, `os.environ.get("X", NAME)` and `os.getenv("X") or NAME`, Rust's
 * `env::var("X").unwrap_or_else(|_| NAME.to_string())`, Ruby's `ENV.fetch("X", NAME)` and `ENV["X"] || NAME`, Kotlin's
 * `System.getenv("X") ?: NAME`, C#'s `Environment.GetEnvironmentVariable("X") ?? NAME`.
 */
const SETTING_WITH_URL_DEFAULT = new RegExp(
  String.raw`(?:^|[^\w$.])((?:self\.|this\.)?[A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,80})?:?=[ \t]*(?:` +
    [
      String.raw`process\.env(?:\.\w+|\[[^\]\n]{1,80}\])[ \t]*(?:\|\||\?\?)[ \t]*([A-Za-z_$][\w$]*)`,
      String.raw`os\.(?:getenv|environ\.get)\([^(),\n]{1,80},[ \t]*([A-Za-z_][\w.]*)[ \t]*\)`,
      String.raw`os\.(?:getenv|environ\.get)\([^()\n]{1,80}\)[ \t]+or[ \t]+([A-Za-z_][\w.]*)`,
      String.raw`(?:std::)?env::var\([^()\n]{1,80}\)[ \t]*\.[ \t]*unwrap_or(?:_else)?\([ \t]*(?:\|[^|\n]{0,20}\|[ \t]*)?([A-Za-z_]\w*)(?:\.(?:to_string|to_owned|into)\(\))?[ \t]*\)`,
      String.raw`ENV\.fetch\([^(),\n]{1,80},[ \t]*([A-Z]\w*)[ \t]*\)`,
      String.raw`ENV\[[^\]\n]{1,80}\][ \t]*\|\|[ \t]*([A-Z]\w*)`,
      String.raw`System\.getenv\([^()\n]{1,80}\)[ \t]*\?:[ \t]*([A-Za-z_]\w*)`,
      String.raw`Environment\.GetEnvironmentVariable\([^()\n]{1,80}\)[ \t]*\?\?[ \t]*([A-Za-z_]\w*)`,
    ].join('|') +
    String.raw`)[ \t]*;?[ \t]*$`,
  'gm',
);

/** A variable's values, the module's (no end) apart from each function's (by where the function ends). */
function valuesByScope(entries: UrlAssignments extends Map<string, infer E> ? E : never): { module: Set<string>; byScope: Map<number, Set<string>> } {
  const module = new Set<string>();
  const byScope = new Map<number, Set<string>>();
  for (const e of entries) {
    const url = 'url' in e ? e.url : '';
    if (e.until === undefined) module.add(url);
    else {
      const own = byScope.get(e.until) ?? new Set<string>();
      byScope.set(e.until, own.add(url));
    }
  }
  return { module, byScope };
}

/** An assignment's value without the scope it was read in (`urlAt` hands back the entry itself; a copy takes its own scope). */
function withoutScope<T extends object>(entry: T): T {
  const { until: _until, local: _local, ...value } = entry as T & { until?: number; local?: boolean };
  return value as T;
}

/**
 * HTTP clients made with a base URL: `axios.create({ baseURL })`, `httpx.Client(base_url=…)`,
 * `ky.create({ prefixUrl })`, `got.extend({ prefixUrl })`, by name (an attribute without its
 * `self.`/`this.`). The value is the literal base URL, or undefined when it is decided at run time.
 * A literal OpenAI or Azure OpenAI base, or a named one, also goes into `bases`.
 */
function httpClientInstances(src: SourceText, code: string, bases: Map<string, Destination>, language: SourceLanguage, project: HttpProjectFacts | undefined, memberUrl: (dotted: string) => string | undefined): Map<string, string | undefined> {
  const instances = new Map<string, string | undefined>();
  if (language === 'java' || language === 'kotlin') springClients(src, code, bases, instances, project);
  if (language === 'php') {
    guzzleClients(src, code, bases, instances, project);
    laravelHttpClients(src, code, bases, instances);
  }
  if (language === 'ruby') httpartyClients(src, code, bases, instances, project);
  if (language === 'dart') dioClients(src, code, bases, instances);
  // most files make none: a substring test spares the pattern's run over the whole file
  if (!/axios\.create|httpx\.(?:Async)?Client|ky\.create|got\.extend|Faraday\.new|Excon\.new/.test(code)) return instances;
  // (Ruby's Faraday takes its base as `url:`: `conn = Faraday.new(url: @url)`; Excon its whole URL first: `Excon.new("https://…")`)
  // (also memoised: `@conn ||= Faraday.new(…)`, `api ??= axios.create(…)`; or what a Ruby method returns: `def self.conn` then `Faraday.new(…)`)
  const made = /(?:^|[^\w$.])((?:self\.|this\.|@)?[A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,100})?(?:\|\||\?\?)?=[ \t]*(?:await[ \t]+)?(axios\.create|httpx\.(?:Async)?Client|ky\.create|got\.extend|Faraday\.new|Excon\.new)[ \t]*\(|^[ \t]*def[ \t]+(?:self\.)?([A-Za-z_]\w*)[ \t]*\n[ \t]*(?:@\w+[ \t]*\|\|=[ \t]*)?(Faraday\.new|Excon\.new)[ \t]*\(/gm;
  // the client a maker's call at `open` makes, under `name`
  const keepMade = (name: string, maker: string, open: number): void => {
    const close = matchingBracket(code, open);
    const args = src.noComments.slice(open, close < 0 ? open + 1 : close);
    // (Faraday's base also as its first argument: `Faraday.new(BASE_URL) do |conn|`)
    const base = (maker === 'Faraday.new' ? /\burl:\s*([^,\n})]+)|^\(\s*(["'][^"'\n]*["']|@?[A-Za-z_]\w*)\s*[,)]/ : maker === 'Excon.new' ? /^\(\s*([^,\n)]+)/ : /\b(?:baseURL|base_url|prefixUrl)\b["']?\s*[:=]\s*(`[^`\n]*`|[^,\n})]+)/).exec(args)?.slice(1).find((g) => g !== undefined)?.trim();
    if (!base) return;
    // (also a constant of the file holding the literal: `baseURL: API_URL`, Ruby's `@url = "https://…"` or a
    // constructor's `this.baseURL = "https://…"` set once; a member of an object another module exports, `baseURL: URLS.API_BASE`)
    const constant = /^[A-Za-z_$][\w$]*$/.test(base) ? unquotedConstant(src.noComments, base) : /^(?:@|this\.|self\.)[A-Za-z_$][\w$]*$/.test(base) ? instanceConstant(src.noComments, base) : /^[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*$/.test(base) ? memberUrl(base) : undefined;
    // (a template filling in only the subdomain of a written domain keeps that domain: `https://${resourceName}.openai.azure.com/…`)
    const literal = /^["'`]([^"'`]*)["'`]$/.exec(base)?.[1]?.replace(/^(https?:\/\/)\$\{[ \t]*(?:[\w$]+\.)*([\w$]+)[ \t]*\}(\.[\w-]+\.[\w.-]+)/i, '$1$2$3') ?? (constant !== undefined && /^https?:\/\//i.test(constant) ? constant : undefined);
    keepInstance(instances, bases, name, literal, bases.get(base) ?? bases.get(instanceKey(base)));
  };
  for (let m = made.exec(code); m; m = made.exec(code)) keepMade(instanceKey((m[1] ?? m[3] ?? '').replace(/^@/, '')), m[2] ?? m[4] ?? '', m.index + m[0].length - 1);
  // JavaScript: a function making a new axios client at each call, `const getApiClient = (): AxiosInstance => { …; return axios.create({ baseURL }) }`,
  // kept as `getApiClient()`: `getApiClient().post('/chat/completions', …)` goes to its base
  if (JS_LANGUAGES.has(language) && code.includes('axios.create') && /\breturn\b|=>[ \t\n]*axios\.create\b/.test(code)) {
    for (const m of code.matchAll(/\bfunction[ \t]+([A-Za-z_$][\w$]*)[ \t]*\([^()]{0,200}\)[^{;\n]{0,100}\{|(?:const|let|var)[ \t]+([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,100})?=[ \t]*(?:async[ \t]*)?\([^()]{0,200}\)[ \t]*(?::[^=\n]{0,100})?=>[ \t\n]*(\{|axios\.create[ \t]*\()/g)) {
      const name = `${m[1] ?? m[2] ?? ''}()`;
      const end = (m.index ?? 0) + m[0].length;
      if (m[3] !== undefined && m[3] !== '{') {
        keepMade(name, 'axios.create', end - 1);
        continue;
      }
      const close = matchingBracket(code, end - 1, 4000);
      if (close < 0) continue;
      // (the function's own returns: a callback's inside it, `[1, 2].map((x) => { return x * 2; })`, blanked)
      const body = withNestedFunctionsBlanked(code.slice(end, close));
      // every return makes one, at once or kept in a local first (`const client = axios.create(…); client.interceptors…; return client;`)
      const returns = [...body.matchAll(/\breturn\b[ \t\n]*(?:(axios\.create[ \t]*\()|([A-Za-z_$][\w$]*)[ \t]*;?[ \t]*(?:\n|$))?/g)];
      const made = (local: string): number | undefined => {
        const kept = [...body.matchAll(new RegExp(`(?<![\\w$.])${escapeRe(local)}[ \\t]*(?::[^=\\n]{0,100})?=(?![=>])[ \\t]*(axios\\.create[ \\t]*\\()?`, 'g'))];
        return kept.length === 1 && kept[0]?.[1] !== undefined ? (kept[0].index ?? 0) + kept[0][0].length - 1 : undefined;
      };
      const opens = returns.map((r) => (r[1] !== undefined ? (r.index ?? 0) + r[0].length - 1 : r[2] !== undefined ? made(r[2]) : undefined));
      if (opens.length > 0 && opens.every((o) => o !== undefined)) for (const o of opens) keepMade(name, 'axios.create', end + (o ?? 0));
    }
    // (and its result kept in a local: `const api = getApiClient();`)
    for (const m of code.matchAll(/(?:const|let|var)[ \t]+([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,100})?=[ \t]*([A-Za-z_$][\w$]*)[ \t]*\([ \t]*\)/g)) {
      const made = `${m[2] ?? ''}()`;
      if (instances.has(made)) keepInstance(instances, bases, m[1] ?? '', instances.get(made), bases.get(made));
    }
  }
  return instances;
}

/** `URLS.API_BASE` of `const URLS = { API_BASE: 'https://…' }`: each plain literal that is directly a member of an object the code names. */
function objectMemberLiterals(code: string, strings: readonly StringLiteral[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const lit of strings) {
    const key = lit.interpolated ? undefined : PROPERTY.exec(code.slice(Math.max(0, lit.start - 120), lit.start))?.[1];
    const owner = key ? objectName(code, lit.start, true) : undefined;
    if (owner && !found.has(`${owner}.${key}`)) found.set(`${owner}.${key}`, lit.value);
  }
  return found;
}

/** A function body with the bodies of the functions inside it blanked (same offsets): their `return`s are theirs. */
function withNestedFunctionsBlanked(body: string): string {
  if (!/=>|\bfunction\b/.test(body)) return body;
  let out = body;
  for (const m of body.matchAll(/=>[ \t\n]*\{|\bfunction\b[^{;]{0,200}?\{/g)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(body, open, 4000);
    if (close > open) out = out.slice(0, open) + ' '.repeat(close - open) + out.slice(close);
  }
  return out;
}

/**
 * A call on a PHP client kept in a variable or property, right before a path (after the verb, for `request('POST', …)`):
 * [1] the client's name with its `$` (`$client` for `$this->client` too). The verb itself is no path.
 */
function phpClientCall(before: string, literal: string): [string, string] | null {
  if (/^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/i.test(literal)) return null;
  // (also a method of the class that makes the client: `$this->openai()->post('/v1/responses', …)`, as `$openai()`)
  const m = /(?:\$this->|(?=\$))\$?(\w+)(\(\))?->(?:post|get|put|patch|delete|request)\s*\(\s*(?:["'] *["']\s*,\s*)?$/.exec(before);
  return m ? [m[0], `$${m[1] ?? ''}${m[2] ?? ''}`] : null;
}

/**
 * Dart's Dio clients given a literal base (`_dio.options.baseUrl = _baseUrl;` with `_baseUrl` a constant of the file,
 * `Dio(BaseOptions(baseUrl: 'https://…'))`), by name: their paths (`_dio.post('', …)`, `_dio.post('/chat/completions')`) go there.
 */
function dioClients(src: SourceText, code: string, bases: Map<string, Destination>, instances: Map<string, string | undefined>): void {
  if (!code.includes('Dio')) return;
  const literalOf = (value: string): string | undefined => /^["']([^"'\n]*)["']$/.exec(value)?.[1] ?? (/^[A-Za-z_]\w*$/.test(value) ? unquotedConstant(src.noComments, value) : undefined);
  for (const m of src.noComments.matchAll(/(?<![\w.])([A-Za-z_]\w*)\.options\.baseUrl[ \t]*=[ \t]*([^;\n]+);|(?<![\w.])([A-Za-z_]\w*)[ \t]*=[ \t]*Dio[ \t]*\([ \t\n]{0,200}BaseOptions[ \t]*\([^)]{0,400}?\bbaseUrl:[ \t]*([^,)\n]+)/g)) {
    const literal = literalOf((m[2] ?? m[4] ?? '').trim());
    if (literal !== undefined && /^https?:\/\//i.test(literal)) keepInstance(instances, bases, m[1] ?? m[3] ?? '', literal);
  }
}

/**
 * Laravel's Http client a method of the class makes with a literal base (`private function openai() { return
 * Http::withToken($k)->baseUrl('https://api.openai.com'); }`), as `$openai()`: `$this->openai()->post('/v1/responses')` goes there.
 */
function laravelHttpClients(src: SourceText, code: string, bases: Map<string, Destination>, instances: Map<string, string | undefined>): void {
  if (!code.includes('baseUrl')) return;
  for (const m of code.matchAll(/\bfunction[ \t]+(\w+)[ \t]*\([ \t]*\)[^{;]{0,80}\{/g)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 2000);
    const body = close < 0 ? '' : src.noComments.slice(open, close);
    const base = /\breturn[ \t\n]+Http::[\s\S]{0,600}?->baseUrl\([ \t]*["']([^"'\n]+)["'][ \t]*\)/.exec(body)?.[1];
    if (base !== undefined) keepInstance(instances, bases, `$${m[1] ?? ''}()`, base);
  }
  // a client the class keeps: `$this->client = Http::acceptJson()->withToken($key)->baseUrl(self::API_URL);`, the base a literal or a
  // constant of the class (`public const API_URL = 'https://api.openai.com/v1/';`)
  for (const m of src.noComments.matchAll(/(?:\$this->|\$)(\w+)[ \t]*=[ \t]*Http::(?:[^;]{0,600}?->)?baseUrl\([ \t]*(?:["']([^"'\n]+)["']|(?:self|static)::(\w+))[ \t]*\)/g)) {
    const base = m[2] ?? (m[3] === undefined ? undefined : new RegExp(`\\bconst[ \\t]+${m[3]}[ \\t]*=[ \\t]*["']([^"'\\n]+)["']`).exec(src.noComments)?.[1]);
    if (base !== undefined) keepInstance(instances, bases, `$${m[1] ?? ''}`, base);
  }
}

/**
 * C#'s HttpClients whose `BaseAddress` the file sets to a literal (`_http = new HttpClient { BaseAddress = new Uri("https://api.openai.com/") }`,
 * `client.BaseAddress = new Uri("…")`), by name; '' for a name given two different bases.
 */
function csharpHttpClientBases(text: string, project: HttpProjectFacts | undefined, parameterAt: (name: string, at: number) => boolean): Map<string, string> {
  const bases = new Map<string, string>();
  const registered = project && (text.includes('HttpClient') || text.includes('CreateClient')) ? csharpRegisteredClients(text, project) : undefined;
  const restClients = text.includes('RestClient');
  if (!text.includes('BaseAddress') && !registered?.length && !restClients) return bases;
  // (a client given a literal base on one path and one from settings on another, `if (!string.IsNullOrEmpty(_baseUrl))
  // … else BaseAddress = new Uri("https://api.openai.com/")`, is kept as `?` and the literal: set at run time, with that default)
  const keep = (name: string, literal: string): void => {
    const before = bases.get(name);
    if (before === undefined || before === literal) bases.set(name, literal);
    else if (before === `?${literal}` || (literal === '' && before.startsWith('?'))) return;
    else if (before === '' || literal === '') bases.set(name, `?${(before || literal).replace(/^\?/, '')}`);
    // two literals: which one sends it is not read
    else bases.set(name, '');
  };
  // (a base set from anything but a literal, `new Uri(cfg["LocalLlm"])`, is kept as '': that client's base is not known here)
  // (also the target-typed `_http = new() { BaseAddress = … }`)
  for (const m of text.matchAll(/(?<![\w.])(\w+)[ \t]*=[ \t]*new(?:[ \t]+HttpClient)?[ \t]*(?:\([^()\n]{0,200}\))?\s*\{[^{}]{0,400}?\bBaseAddress[ \t]*=[ \t]*(?:new[ \t]+Uri[ \t]*\([ \t]*"([^"\n]*)"[ \t]*\)|[^,;\n}]+)/g)) keep(m[1] ?? '', m[2] ?? '');
  // (also a string the file gives one literal and nothing else: `var baseAddress = "https://api.openai.com";` … `new Uri(baseAddress)`,
  // also one of several declared on a line; not one also set through `this.`, nor a parameter of the method setting the base;
  // the file's assignments read once)
  let given: Map<string, Array<string | undefined>> | undefined;
  const literalOf = (name: string | undefined, at: number): string => {
    if (name === undefined) return '';
    if (!given) {
      given = new Map();
      // (a string alone up to the declaration's end; `"https://…/" + host` is no literal)
      for (const g of text.matchAll(/(?<![\w.])(?:this\.)?([A-Za-z_]\w*)[ \t]*=(?![=>])[ \t]*("[^"\n]*"(?=[ \t]*[,;\n])|[^,;\n]*)/g)) {
        const list = given.get(g[1] ?? '') ?? [];
        list.push(/^"([^"\n]*)"$/.exec((g[2] ?? '').trim())?.[1]);
        given.set(g[1] ?? '', list);
      }
    }
    const values = given.get(name) ?? [];
    return values.length === 1 && !parameterAt(name, at) ? (values[0] ?? '') : '';
  };
  for (const m of text.matchAll(/(?<![\w.])(\w+)\.BaseAddress[ \t]*=[ \t]*(?:new[ \t]+Uri[ \t]*\([ \t]*(?:"([^"\n]*)"|([A-Za-z_]\w*))[ \t]*\)|[^;\n]+)/g)) keep(m[1] ?? '', m[2] ?? literalOf(m[3], m.index ?? 0));
  for (const [name, base] of registered ?? []) keep(name, base);
  // RestSharp's clients, under `RestClient ` and their name: `_client = new RestClient("https://api.openai.com/v1")`, also through
  // `new RestClientOptions("…")` (their requests name a resource the client joins to its base: `new RestRequest("chat/completions")`)
  // (one made with no literal, `new RestClient()`, or only declared, a field or a parameter it is handed, is kept as '': not known here)
  if (restClients) {
    // (fields, parameters and locals; not a property or a method of that type, `RestClient Client => _client`, `RestClient Build()`)
    const declared = new Set([...text.matchAll(/\bRestClient[ \t]+(\w+)[ \t]*(?=[;,)]|=(?!>))/g)].map((m) => m[1] ?? ''));
    for (const m of text.matchAll(/(?<![\w.])(\w+)[ \t]*=[ \t]*new(?:[ \t]+RestClient)?[ \t]*\([ \t]*(?:new[ \t]+RestClientOptions[ \t]*\([ \t]*)?(?:new[ \t]+Uri[ \t]*\([ \t]*)?(?:"([^"\n]*)"|[^,;\n)]+)?/g)) {
      // (`new RestClient(…)`, or a target-typed `new(…)` for a name declared `RestClient _client`)
      if (/=[ \t]*new[ \t]+RestClient\b/.test(m[0]) || (declared.has(m[1] ?? '') && /=[ \t]*new[ \t]*\(/.test(m[0]))) keep(`RestClient ${m[1] ?? ''}`, m[2] ?? '');
    }
    for (const name of declared) if (!bases.has(`RestClient ${name}`)) bases.set(`RestClient ${name}`, '');
  }
  // (a client made with no base: a relative request on it is no request of a known host; with it beside, which client a
  // `new HttpRequestMessage(…)` goes on is not read)
  if (registered?.length) for (const m of text.matchAll(/(?<![\w.])(\w+)[ \t]*=[ \t]*new[ \t]+HttpClient[ \t]*\(/g)) if (!bases.has(m[1] ?? '')) bases.set(m[1] ?? '', '');
  return bases;
}

/**
 * The HttpClients of a C# file that another file registers with `AddHttpClient`, each with that base ('' when not known): a
 * named client made here (`var client = _factory.CreateClient("OpenAI")`), and in a typed client's class (`AddHttpClient<OpenAIService>`)
 * the HttpClient it is given (`HttpClient httpClient` and the field it is kept in, `private readonly HttpClient _http`).
 */
function csharpRegisteredClients(text: string, project: HttpProjectFacts): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const m of text.matchAll(/(?<![\w.])(\w+)[ \t]*=[ \t]*[\w.]*\bCreateClient[ \t]*\([ \t]*"(\w[\w.-]*)"[ \t]*\)/g)) found.push([m[1] ?? '', project.csharpClientBase(m[2] ?? '') ?? '']);
  // (one typed client's class per file, with a literal base: with two, which one a field belongs to is not read)
  const typed = [...text.matchAll(/\bclass[ \t]+(\w+)[^{;]{0,400}\{/g)].flatMap((m) => {
    const base = project.csharpClientBase(`<${m[1] ?? ''}>`);
    return base === undefined ? [] : [{ base, open: (m.index ?? 0) + m[0].length - 1 }];
  });
  const only = typed.length === 1 ? typed[0] : undefined;
  if (only?.base) {
    // the HttpClient the class is given, in its own body: a parameter and the field it is kept in, not one it makes itself
    const close = matchingBracket(text, only.open, 400_000);
    const body = text.slice(only.open, close < 0 ? text.length : close);
    const made = new Set([...body.matchAll(/(?<![\w.])(\w+)[ \t]*=[ \t]*new[ \t]+HttpClient\b/g)].map((m) => m[1] ?? ''));
    for (const m of body.matchAll(/\bHttpClient[ \t]+(\w+)/g)) if (!made.has(m[1] ?? '')) found.push([m[1] ?? '', only.base]);
  }
  return found;
}

/**
 * C#'s object initializer names the request's URI and verb as properties:
 * `new HttpRequestMessage { Method = HttpMethod.Post, RequestUri = new Uri("https://…") }`.
 * The request is the initializer (its text gives `builtVerb` the `Method`); `at` is where the URI's value starts.
 */
function csharpInitializedRequest(code: string, at: number): { callee: string; start: number; open: number; close: number } | undefined {
  const set = /\b(?:([A-Za-z_]\w*)\s*\.\s*)?RequestUri\s*=\s*(?:new\s+)?$/.exec(code.slice(Math.max(0, at - 80), at));
  if (!set) return undefined;
  if (set[1] !== undefined) return csharpRequestSetAfter(code, set[1], at);
  const i = openBracketBefore(code, at, Math.max(0, at - 1999));
  // (also target-typed: `HttpRequestMessage request = new() { … }`)
  const made = code[i] === '{' ? /(?:\bnew\s+(?:System\.Net\.Http\.)?HttpRequestMessage|\bHttpRequestMessage\s+\w+\s*=\s*new)\s*(?:\(\s*\))?\s*$/.exec(code.slice(Math.max(0, i - 80), i)) : null;
  if (!made) return undefined;
  const close = matchingBracket(code, i);
  return { callee: 'HttpRequestMessage', start: i - made[0].length, open: i, close: close < 0 ? i + 1 : close };
}

/**
 * The same set after the request is made: `var request = new HttpRequestMessage();` … `request.Method = HttpMethod.Post;`
 * `request.RequestUri = new Uri(URL);`, in one method (within 1,000 characters, no block closed between). The request is where
 * it is made; its text runs to its last `Method` set before it is sent or made again, which gives `builtVerb` the verb.
 */
function csharpRequestSetAfter(code: string, name: string, at: number): { callee: string; start: number; open: number; close: number } | undefined {
  const from = Math.max(0, at - 1000);
  let made: RegExpExecArray | undefined;
  for (const m of code.slice(from, at).matchAll(new RegExp(`(?<![\\w.])${name}\\s*=\\s*new\\s*(?:(?:System\\.Net\\.Http\\.)?HttpRequestMessage\\s*)?\\(\\s*\\)\\s*;`, 'g'))) made = m;
  if (!made) return undefined;
  // (where the statement, its `new`, its `(` and its end are)
  const statement = from + made.index;
  const start = statement + made[0].indexOf('new');
  const open = statement + made[0].indexOf('(', start - statement);
  const afterMade = statement + made[0].length;
  // (target-typed `new()` only when declared as one: `HttpRequestMessage request = new();`)
  if (!/HttpRequestMessage/.test(made[0]) && !new RegExp(`\\bHttpRequestMessage\\s+${name}\\s*$`).test(code.slice(Math.max(0, statement - 80), statement + name.length))) return undefined;
  // (made in another method, `Build() { var request = new HttpRequestMessage(); return request; }`: a block closes between)
  let depth = 0;
  for (let i = start; i < at; i++) {
    if (code[i] === '{') depth++;
    else if (code[i] === '}' && --depth < 0) return undefined;
  }
  const uriEnd = code.indexOf(';', at);
  // (its verb set before it is sent or made again: `request = new HttpRequestMessage();` starts another request)
  const rest = code.slice(afterMade, start + 1000);
  const stop = new RegExp(`(?<![\\w.])${name}\\s*=\\s*new\\b|\\bSend(?:Async)?\\s*\\(\\s*${name}\\b`).exec(rest)?.index ?? rest.length;
  const method = [...rest.slice(0, stop).matchAll(new RegExp(`(?<![\\w.])${name}\\s*\\.\\s*Method\\s*=[^;]{1,80};`, 'g'))].pop();
  const methodEnd = method ? afterMade + method.index + method[0].length : 0;
  return { callee: 'HttpRequestMessage', start, open, close: Math.max(uriEnd < 0 ? at : uriEnd + 1, methodEnd) };
}

/**
 * A relative path sent on a C# HttpClient of known base: its own `PostAsync("v1/…")`, or a `new HttpRequestMessage(HttpMethod.Post, "v1/…")`
 * in a file whose HttpClients all have that one base.
 */
function csharpRelativeRequest(code: string, lit: StringLiteral, bases: Map<string, string>, forwarders: Map<string, ReturnType<typeof csharpForwardedClient>>): { url: string; destination: Destination; forwardedVerb?: string } | undefined {
  const call = enclosingCall(code, lit.start);
  if (!call) return undefined;
  let base: string | undefined;
  let forwarded: { client: string; verb: string } | undefined;
  let sentVerb: string | undefined;
  if (call.callee === 'HttpRequestMessage' && /^\s*HttpMethod\.\w+\s*,\s*$/.test(code.slice(call.open + 1, lit.start))) {
    // (only where every HttpClient of the file shares one literal base: which client sends it is not read)
    const distinct = new Set([...bases].filter(([name]) => !name.startsWith('RestClient ')).map(([, value]) => value));
    base = distinct.size === 1 ? [...distinct][0] : undefined;
  } else if (call.callee === 'RestRequest' && code.slice(call.open + 1, lit.start).trim() === '') {
    // RestSharp: `new RestRequest("chat/completions", Method.Post)`, `new RestRequest("", Method.Post)` (the base itself), where
    // every RestClient of the file shares one literal base; the client joins the resource to it with a `/` (not as `new Uri(base, path)`)
    const distinct = new Set([...bases].filter(([name]) => name.startsWith('RestClient ')).map(([, value]) => value));
    const only = distinct.size === 1 ? [...distinct][0] : undefined;
    if (only === undefined || only === '' || only.startsWith('?')) return undefined;
    const target = urlTarget(lit.value === '' ? only : `${only.replace(/\/+$/, '')}/${lit.value.replace(/^\/+/, '')}`);
    // (an endpoint of the API, the legacy engine-scoped ones too: the host is named; with a verb it has)
    const template = target ? endpointTemplate(target.url) : '';
    if (!target || !(verbsForPath(template).size > 0 || isOpenAIEndpointPath(template))) return undefined;
    const verb = restSharpVerb(code, call);
    if (verb !== undefined && verbsForPath(template).size > 0 && !verbsForPath(template).has(verb)) return undefined;
    return { url: target.url, destination: target.destination, ...(verb === undefined ? {} : { forwardedVerb: verb }) };
  } else if (code.slice(call.open + 1, lit.start).trim() === '') {
    const sent = /^(?:this\.)?(\w+)\.(Get|Post|Put|Patch|Delete)(?:AsJson)?Async$/.exec(call.callee);
    sentVerb = sent?.[2]?.toUpperCase();
    // (or the class's own method that sends its first parameter so: `CallPostAsyncWithRetry("chat/completions", content)`)
    // (each method's body read once per file: a file of many such calls read the whole file again for each)
    if (!sent && /^\w+$/.test(call.callee) && !forwarders.has(call.callee)) forwarders.set(call.callee, csharpForwardedClient(code, call.callee));
    forwarded = sent ? undefined : forwarders.get(call.callee);
    const client = sent?.[1] ?? forwarded?.client;
    if (client) base = bases.get(client);
  }
  // (a base set at run time, `_http.BaseAddress = new Uri(_options.BaseUrl)`: a fixed endpoint's path, `chat/completions`, is the API's there)
  if (base === '') {
    const path = runtimeHostPath(`/${lit.value.replace(/^\/+/, '')}`);
    return path === undefined ? undefined : { url: `https://runtime.invalid${path}`, destination: { provider: 'unknown', host: "the HttpClient's BaseAddress, set at run time" }, ...(forwarded ? { forwardedVerb: forwarded.verb } : {}) };
  }
  if (!base) return undefined;
  const runtime = base.startsWith('?');
  if (runtime) base = base.slice(1);
  // (resolved as `new Uri(base, path)` does: a path from the root replaces the base's own path, and a base without a
  // closing slash loses its last segment: `https://api.openai.com/v1` + `chat/completions` is `/chat/completions`)
  const root = /^[a-z]+:\/\/[^/]+/i.exec(base)?.[0] ?? base;
  const directory = lit.value.startsWith('/') ? root : base.endsWith('/') ? base : base.length > root.length ? base.slice(0, base.lastIndexOf('/') + 1) : `${base}/`;
  const target = urlTarget(lit.value === '' ? base : `${directory.replace(/\/+$/, '')}/${lit.value.replace(/^\/+/, '')}`);
  // (an endpoint of the API: `users/me/settings` on the same client is some other request)
  if (!target || !isOpenAIEndpointPath(endpointTemplate(target.url))) return undefined;
  // (the BaseAddress itself, `DeleteAsync("")`: only with a verb its endpoint has)
  if (lit.value === '' && sentVerb !== undefined && !verbsForPath(endpointTemplate(target.url)).has(sentVerb)) return undefined;
  return { url: target.url, destination: runtime ? { provider: 'unknown', host: `the HttpClient's BaseAddress, set at run time (default ${target.destination.host})` } : target.destination, ...(forwarded ? { forwardedVerb: forwarded.verb } : {}) };
}

/**
 * The verb of a RestSharp request: its `Method.Post` argument, else what the code after it does with the variable it is kept in
 * (`request.Method = Method.Post`, `_client.PostAsync(request)`, `_client.ExecuteDeleteAsync(request)`).
 */
function restSharpVerb(code: string, call: { start: number; open: number; close: number }): string | undefined {
  // (in its arguments, or in an object initializer after them: `new RestRequest() { Method = Method.Post }`)
  const initializer = /^[ \t\n]*\{/.exec(code.slice(call.close, call.close + 200));
  const initializerClose = initializer ? matchingBracket(code, call.close + initializer[0].length - 1, 2000) : -1;
  const named = /\bMethod\.(Get|Post|Put|Patch|Delete)\b/i.exec(code.slice(call.open, initializerClose < 0 ? call.close : initializerClose))?.[1];
  if (named) return named.toUpperCase();
  const kept = /(?:\bvar|\bRestRequest)[ \t]+(\w+)[ \t]*=[ \t]*new[ \t]*$/.exec(code.slice(Math.max(0, call.start - 80), call.start))?.[1];
  if (!kept) return undefined;
  // (to the end of the block it is made in: another method's `request` is another request)
  const after = blockRest(code, call.close, 2000);
  const set = new RegExp(`\\b${kept}\\.Method[ \\t]*=[ \\t]*Method\\.(Get|Post|Put|Patch|Delete)\\b`, 'i').exec(after)?.[1];
  const sent = new RegExp(`\\.(?:Execute)?(Get|Post|Put|Patch|Delete)(?:Async)?[ \\t]*(?:<[^<>()\\n]{0,80}>)?[ \\t]*\\([ \\t]*${kept}\\b`, 'i').exec(after)?.[1];
  return (set ?? sent)?.toUpperCase();
}

/** `client = new RestClient(` up to its URL: a literal (interpolated too, `$"{_config.Url}v1/chat/completions"`) or a name ([2]). */
const REST_CLIENT_ON_LITERAL = /(?<![\w.])(\w+)[ \t]*=[ \t]*new[ \t]+RestClient[ \t]*\([ \t]*(?:new[ \t]+RestClientOptions[ \t]*\([ \t]*)?(?:new[ \t]+Uri[ \t]*\([ \t]*)?(?:\$?(?=")|([A-Za-z_]\w*)(?=[ \t]*\)))/g;

/**
 * RestSharp clients made on an endpoint's whole URL (`var client = new RestClient("https://api.openai.com/v1/embeddings")`)
 * and sent, on that client, a request naming no resource (`new RestRequest()`, `new RestRequest("", Method.Post)`, then
 * `client.ExecuteAsync(request)`): the request is the client's line, where the URL is named, with the verb the request is
 * given (one the endpoint has). Where those requests start comes back too: a request on the client's base itself is otherwise
 * read at the `RestRequest`.
 */
function restSharpEndpointClients(src: SourceText, code: string, variableUrl: (name: string, at: number) => { url: string; destination: Destination } | undefined): { sites: CallSite[]; requestStarts: Set<number> } {
  const text = src.noComments;
  const sites: CallSite[] = [];
  const requestStarts = new Set<number>();
  for (const m of code.matchAll(REST_CLIENT_ON_LITERAL)) {
    const client = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].indexOf('new');
    const quote = (m.index ?? 0) + m[0].length;
    const literal = /^"([^"\n]{1,300})"/.exec(text.slice(quote, quote + 304))?.[1];
    const open = code.indexOf('(', start);
    const close = matchingBracket(code, open, 2000);
    // (or a variable holding it: `var uri = $"{_config.OpenAIUrl}v1/chat/completions"; var client = new RestClient(uri);`)
    const target = close < 0 ? undefined : m[2] !== undefined ? variableUrl(m[2], start) : literal === undefined ? undefined : urlTarget(literal);
    const verbs = target ? verbsForPath(endpointTemplate(target.url)) : undefined;
    if (!target || !verbs || verbs.size === 0) continue;
    // the request the client sends (`client.ExecuteAsync(request)`, `client.Post(request)`), made after it in the block
    const after = blockRest(code, close, 3000);
    const sent = new RegExp(`(?<![\\w.])${escapeRe(client)}[ \\t]*\\.[ \\t]*\\w+[ \\t]*(?:<[^<>()\\n]{0,80}>[ \\t]*)?\\([ \\t]*(\\w+)[ \\t]*[,)]`).exec(after);
    const made = sent ? new RegExp(`(?<![\\w.])${escapeRe(sent[1] ?? '')}[ \\t]*=[ \\t]*new[ \\t]+(RestRequest)[ \\t]*\\(`).exec(after.slice(0, sent.index)) : null;
    if (!made) continue;
    const requestOpen = close + made.index + made[0].length - 1;
    const requestClose = matchingBracket(code, requestOpen, 1000);
    // (naming no resource: nothing, `""`, or only a verb; a resource named is joined to the client's URL: another path)
    const args = requestClose < 0 ? undefined : splitTopLevel(text.slice(requestOpen + 1, requestClose - 1)).map((a) => a.trim());
    if (!args || !(args[0] === undefined || args[0] === '' || args[0] === '""' || /^Method\.\w+$/.test(args[0]))) continue;
    const request = { callee: 'RestRequest', start: close + made.index + made[0].indexOf('RestRequest'), open: requestOpen, close: requestClose };
    const verb = restSharpVerb(code, request);
    if (verb !== undefined && !verbs.has(verb)) continue;
    requestStarts.add(request.start);
    sites.push(buildSite(src, 'csharp', { callee: 'RestClient', start, open, close }, target.url, target.destination, text.slice(open, close), verb));
  }
  return { sites, requestStarts };
}

/** The HttpClient a C# method sends its first (string) parameter on as a relative URL (`_httpClient.PostAsync(url, content)`), and the verb. */
function csharpForwardedClient(code: string, method: string): { client: string; verb: string } | undefined {
  const head = new RegExp(`[\\w>\\]?][ \\t]+${escapeRe(method)}[ \\t]*\\([ \\t]*string[ \\t]+(\\w+)[^)]{0,400}\\)[^{;]{0,200}\\{`).exec(code);
  if (!head) return undefined;
  const open = head.index + head[0].length - 1;
  const close = matchingBracket(code, open, 20_000);
  const body = code.slice(open, close < 0 ? open : close);
  const sent = new RegExp(`(?<![\\w.])(?:this\\.)?(\\w+)\\.(Get|Post|Put|Patch|Delete)(?:AsJson)?Async[ \\t]*\\([ \\t]*${escapeRe(head[1] ?? '')}[ \\t]*[,)]`).exec(body);
  return sent ? { client: sent[1] ?? '', verb: (sent[2] ?? '').toUpperCase() } : undefined;
}

/**
 * A PHP file's classes and traits: where each starts and where its body closes (the file's end for one never closed), its name
 * (none for an anonymous `new class extends Base {`) and parent, and whether it is a trait; with a look-up by name.
 */
function phpClasses(code: string): { list: PhpClass[]; byName: Map<string, PhpClass> } {
  // (a keyword, not a variable `$class`, a property `->class` or a constant `Foo::class`; nameless only after `new`)
  const list = [...code.matchAll(/(?<![$\w]|->|::[ \t]*)\b(?:(class|trait)[ \t]+(?!extends\b|implements\b)(\w+)|(?<=\bnew[ \t]+)class\b)([^{;]{0,400})\{/g)].map((m): PhpClass => {
    const close = matchingBracket(code, (m.index ?? 0) + m[0].length - 1, 400_000);
    const parent = /\bextends[ \t]+\\?(?:\w+\\)*(\w+)/.exec(m[3] ?? '')?.[1];
    return { start: m.index ?? 0, close: close < 0 ? code.length : close, name: m[2] ?? '', trait: m[1] === 'trait', ...(parent === undefined ? {} : { parent }) };
  });
  return { list, byName: new Map(list.filter((c) => c.name !== '').map((c) => [c.name, c])) };
}

interface PhpClass {
  start: number;
  close: number;
  name: string;
  trait: boolean;
  parent?: string;
}

/**
 * Whether a call reaches the file's helper it is named for: the file's top-level function called bare (from anywhere), or a
 * class's method called through `$this->`, `self::`, `static::` or `parent::` from that class or a class of the file extending it
 * (a few levels); a trait's method from any class (which one uses the trait is not read).
 */
function phpReachesHelper(classes: { list: readonly PhpClass[]; byName: ReadonlyMap<string, PhpClass> }, code: string, call: { start: number }, helperAt: number): boolean {
  const throughThis = /(?:\$this[ \t\n]*->|\b(?:self|static|parent)[ \t]*::)[ \t\n]*$/.test(code.slice(Math.max(0, call.start - 200), call.start));
  const helperStart = phpClassAt(classes.list, helperAt);
  if (helperStart < 0) return !throughThis;
  if (!throughThis) return false;
  const helper = classes.list.find((c) => c.start === helperStart);
  if (!helper || helper.trait) return helper !== undefined;
  const callerStart = phpClassAt(classes.list, call.start);
  let cls = classes.list.find((c) => c.start === callerStart);
  for (let depth = 0; cls && depth < 5; depth++) {
    if (cls === helper) return true;
    cls = cls.parent === undefined ? undefined : classes.byName.get(cls.parent);
  }
  return false;
}

/** Where the innermost PHP class whose body holds `offset` starts (-1 outside any). */
function phpClassAt(classes: readonly PhpClass[], offset: number): number {
  let found = -1;
  for (const c of classes) {
    if (c.start >= offset) break;
    if (c.close > offset) found = c.start;
  }
  return found;
}

/** `use GuzzleHttp\Client as HttpClient;` ([1] the name the file imports Guzzle's client by). */
const GUZZLE_ALIAS = /^[ \t]*use[ \t]+\\?GuzzleHttp\\Client[ \t]+as[ \t]+(\w+)[ \t]*;/m;
/** A PHP file's `namespace App\Services;` ([1] the namespace). */
const PHP_NAMESPACE = /^[ \t]*namespace[ \t]+([\w\\]+)[ \t]*;/m;
/** A PHP file's `use A\B\C;` and `use A\B\C as D;` ([1] the class, [2] the name it is imported by). */
const PHP_USE = /^[ \t]*use[ \t]+\\?([\w\\]+?)(?:[ \t]+as[ \t]+(\w+))?[ \t]*;/gm;

/**
 * Guzzle clients built with a base (`$this->client = new Client(['base_uri' => config('services.openai.base_url')])`,
 * `new \GuzzleHttp\Client(['base_uri' => 'https://api.openai.com/v1/'])`), by `$name` as phpClientCall reads them.
 */
function guzzleClients(src: SourceText, code: string, bases: Map<string, Destination>, instances: Map<string, string | undefined>, project: HttpProjectFacts | undefined): void {
  // (also under the name the file imports it by: `use GuzzleHttp\Client as HttpClient;`)
  const alias = GUZZLE_ALIAS.exec(src.noComments)?.[1];
  const made = new RegExp(`(?:\\$this->|(?=\\$))(\\$?\\w+)\\s*=\\s*new\\s+(?:\\\\?(?:GuzzleHttp\\\\)?Client${alias ? `|${alias}` : ''})\\s*\\(`, 'g');
  for (const m of /\bnew\s+\\?(?:GuzzleHttp\\)?Client\s*\(/.test(code) || alias !== undefined ? code.matchAll(made) : []) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open);
    const options = src.noComments.slice(open, close < 0 ? open + 1 : close);
    const base = /["']base_uri["']\s*=>\s*([^,\n\])]+)/.exec(options)?.[1]?.trim();
    if (!base) continue;
    const name = (m[1] ?? '').startsWith('$') ? (m[1] ?? '') : `$${m[1] ?? ''}`;
    // (Laravel's setting with a literal default: `'base_uri' => env('GROQ_API_URL', 'https://api.groq.com/openai/v1/')`)
    const defaulted = /["']base_uri["']\s*=>\s*(?:env|config|getenv)\(\s*["'][\w.]+["']\s*,\s*["']([^"'\n]*)["']\s*\)/.exec(options)?.[1];
    keepInstance(instances, bases, name, defaulted ?? /^["']([^"'\n]*)["']$/.exec(base)?.[1]);
  }
  // a property or promoted constructor parameter typed with the project's subclass of Guzzle's client that sets its base
  // (`private OpenAIClient $openAIClient;` beside `class OpenAIClient extends Client` with `parent::__construct(['base_uri' => …])`),
  // the type read as PHP resolves it (written qualified, imported by `use`, else in the file's namespace); not a name the file builds itself
  if (!project) return;
  const namespace = PHP_NAMESPACE.exec(src.noComments)?.[1];
  for (const m of code.matchAll(/\b(?:private|protected|public)(?:[ \t]+readonly)?[ \t]+\??(\\?(?:\w+\\)*[A-Z]\w*)[ \t]+(\$[A-Za-z_]\w*)\b/g)) {
    const name = m[2] ?? '';
    if (instances.has(name)) continue;
    const base = project.classRequestBase(`php:${phpQualifiedClass(src.noComments, m[1] ?? '', namespace)}`);
    if (base !== undefined) keepInstance(instances, bases, name, base);
  }
}

/** A PHP class name as written, qualified as PHP reads it: a leading `\` is global, a `use` imports it, else the file's namespace. */
function phpQualifiedClass(noComments: string, written: string, namespace: string | undefined): string {
  if (written.startsWith('\\')) return written.slice(1);
  const [first = '', ...more] = written.split('\\');
  for (const u of noComments.matchAll(PHP_USE)) {
    const full = u[1] ?? '';
    if ((u[2] ?? full.split('\\').pop()) === first) return [full, ...more].join('\\');
  }
  return namespace ? `${namespace}\\${written}` : written;
}

/**
 * The strings a Python module's top level sets its names to, each the whole value of its line (`OPENAI_BASE_URL = "https://…"`);
 * null for a name the top level sets more than once or to anything else (`… if os.getenv("LOCAL") else …`, `os.environ.get(…)`).
 */
function moduleStringConstants(code: string, strings: readonly StringLiteral[]): Map<string, string | null> {
  const byStart = new Map(strings.map((s) => [s.start, s]));
  const constants = new Map<string, string | null>();
  for (const m of code.matchAll(/^([A-Za-z_]\w*)[ \t]*(?::[^=\n]{0,80})?=(?!=)[ \t]*/gm)) {
    const name = m[1] ?? '';
    const literal = byStart.get((m.index ?? 0) + m[0].length);
    const whole = literal !== undefined && /^[ \t]*(?:#[^\n]*)?(?:\n|$)/.test(code.slice(literal.end, literal.end + 200));
    constants.set(name, !constants.has(name) && whole ? literal.value : null);
  }
  return constants;
}

/**
 * The project's subclasses of Guzzle's client that set a literal base in their constructor (`class OpenAIClient extends Client`
 * … `parent::__construct(['base_uri' => 'https://api.openai.com/v1/', …])`), by class name qualified with the file's namespace
 * (`App\Services\OpenAI\OpenAIClient`); read from a PHP file without comments.
 */
export function guzzleSubclassBases(noComments: string): Map<string, string> {
  const found = new Map<string, string>();
  const alias = GUZZLE_ALIAS.exec(noComments)?.[1];
  const guzzle = /^[ \t]*use[ \t]+\\?GuzzleHttp\\Client[ \t]*;/m.test(noComments) ? 'Client' : undefined;
  const names = [guzzle, alias].filter((n): n is string => n !== undefined).map(escapeRe);
  const classes = [...noComments.matchAll(new RegExp(`\\bclass[ \\t]+([A-Z]\\w*)[ \\t]+extends[ \\t]+(?:\\\\?GuzzleHttp\\\\Client${names.length > 0 ? `|${names.join('|')}` : ''})\\b`, 'g'))];
  // (one such class a file: the constructor's base is its own)
  if (classes.length !== 1) return found;
  // (the first call of the parent's constructor, its options read within a bounded window: a long file stays linear)
  const call = /\bparent[ \t]*::[ \t]*__construct[ \t]*\([ \t\n]*\[/.exec(noComments);
  const base = call ? /^[^\]]*?["']base_uri["'][ \t]*=>[ \t]*["']([^"'\n]+)["']/.exec(noComments.slice(call.index + call[0].length, call.index + call[0].length + 2000))?.[1] : undefined;
  const namespace = PHP_NAMESPACE.exec(noComments)?.[1];
  if (base !== undefined) found.set(`${namespace ? `${namespace}\\` : ''}${classes[0]?.[1] ?? ''}`, base);
  return found;
}

/**
 * A Ruby class that includes HTTParty and sets one `base_uri`: its requests (`self.class.post("/generations")`,
 * `OpenaiService.post(…)`) go there, kept under `class` (`self.class` read without its `self.`) and the class's name.
 */
function httpartyClients(src: SourceText, code: string, bases: Map<string, Destination>, instances: Map<string, string | undefined>, project: HttpProjectFacts | undefined): void {
  if (!/\binclude[ \t]+HTTParty\b/.test(code)) {
    // a subclass of such a class another file of the project declares: `class CreateThread < Base` in `module OpenAi`
    const subclass = project && /^[ \t]*class[ \t]+[A-Z][\w:]*[ \t]*</m.test(code) ? subclassOf(code) : undefined;
    const inherited = subclass?.parents.map((name) => project?.classRequestBase(name)).find((base) => base !== undefined);
    if (subclass && inherited) for (const name of ['class', subclass.name]) keepInstance(instances, bases, name, inherited);
    // (or a parent's method that builds a Faraday connection on a literal URL: `conn.post('/v1/chat/completions')` in
    // `class PlantService < AiService`, whose `def self.conn` is `Faraday.new(url: 'https://api.openai.com')` in another file)
    if (subclass) {
      // (the first 50 names a request is sent on: each asks every file's classes)
      for (const name of [...new Set([...code.matchAll(/(?<![\w.@:$])([a-z_]\w*)[ \t]*\.[ \t]*(?:post|get|put|patch|delete)\b/g)].map((m) => m[1] ?? ''))].slice(0, 50)) {
        const base = subclass.parents.map((parent) => project?.classRequestBase(`${parent}#${name}`) || undefined).find((found) => found !== undefined);
        if (base !== undefined && !instances.has(name)) keepInstance(instances, bases, name, base);
      }
    }
    // an instance of such a class, whose own `post`/`get` hand on to the class's: `@client = Client.new` in `module OpenAI`
    // (the project's `OpenAI::Client`), then `client.post('/v1/threads')`
    // (the first 200: the modules open at each are read in one pass)
    const made = project && /\.new\b/.test(code) ? [...code.matchAll(/^[ \t]*@?([a-z_]\w*)[ \t]*(?:\|\|)?=[ \t]*((?:[A-Z]\w*::)*[A-Z]\w*)\.new\b/gm)].slice(0, 200) : [];
    const opened = made.length > 0 ? openedModulesAt(code, made.map((m) => m.index ?? 0)) : [];
    for (const [i, m] of made.entries()) {
      const written = m[2] ?? '';
      const candidates = constantCandidates(written.includes('::') ? [] : (opened[i] ?? []), written);
      const base = candidates.map((name) => project?.classRequestBase(name)).find((found) => found !== undefined);
      if (base !== undefined) keepInstance(instances, bases, m[1] ?? '', base);
    }
    return;
  }
  const set = [...src.noComments.matchAll(/^[ \t]*base_uri[ \t(]+(?:"([^"\n]*)"|'([^'\n]*)'|[^\n]*)/gm)];
  if (set.length !== 1) return;
  const literal = set[0]?.[1] ?? set[0]?.[2];
  for (const name of ['class', /\bclass[ \t]+([A-Z]\w*)/.exec(code)?.[1]]) if (name) keepInstance(instances, bases, name, literal);
}

/**
 * Keeps a client built with a base under its name: the literal base (undefined when set at run time) and, where
 * known, its destination (the literal's, or `elsewhere`: a base name the file already knows). Client names are the
 * file's, not a class's: one name built twice with two bases (two classes' `$this->client`, two services' `@conn`)
 * is no client of known base; its calls are judged as any client's whose base is set elsewhere.
 */
/**
 * The calls of helpers that put their own path after the base their caller hands (`fetchSSE(`${baseUrl}/chat/completions`)`): the
 * caller's base and the helper's path (a literal base, or a name the file gives one, says where; any other is decided at run time,
 * and counts only for an inference path: `${base}/uploads` or `${base}/files` is as often another storage's). Only a bare call or
 * the object's own (`this.`, `self.`): `cache.get(key)` is no call of the file's `get(base)`; nor a helper named for a verb. With
 * the helpers of this file so called.
 */
function baseTakingHelperCalls(src: SourceText, code: string, language: SourceLanguage, helpers: ReadonlyMap<string, LocalSender>): { sites: CallSite[]; called: Set<LocalSender> } {
  const sites: CallSite[] = [];
  const called = new Set<LocalSender>();
  // (their calls found in one pass, of at most 200 such helpers; at most 50 names' literals looked up; a budget for unclosed calls)
  const basesTaken = new Map([...helpers].filter(([name, helper]) => helper.pathBefore !== undefined && !/^\.?(?:get|post|put|patch|delete|request|fetch)$/i.test(name)).slice(0, 200).map(([name, helper]) => [name.replace(/^\./, ''), helper]));
  if (basesTaken.size === 0) return { sites, called };
  const namedBases = new Map<string, string | undefined>();
  let unread = 8 * code.length + 200_000;
  for (const m of code.matchAll(new RegExp(`(?<![\\w$.])(?:(?:this|self)\\.)?(${[...basesTaken.keys()].map(escapeRe).join('|')})[ \\t]*\\(`, 'g'))) {
    const helper = basesTaken.get(m[1] ?? '');
    const start = m.index ?? 0;
    if (!helper?.pathBefore || (start >= helper.start && start < helper.end) || unread <= 0) continue;
    const { param, path } = helper.pathBefore;
    const full = path.startsWith('/v1/') ? path : `/v1${path}`;
    const open = start + m[0].length - 1;
    const reach = Math.min(20_000, unread);
    const close = matchingBracket(code, open, reach);
    unread -= close < 0 ? reach : close - open;
    if (close < 0) continue;
    const arg = splitTopLevel(src.noComments.slice(open + 1, close - 1))[param]?.trim() ?? '';
    // (or a name the file gives such a literal: `const baseUrl = 'https://api.moonshot.cn/v1'`)
    if (/^[A-Za-z_$][\w$]*$/.test(arg) && !namedBases.has(arg) && namedBases.size < 50) namedBases.set(arg, unquotedConstant(src.noComments, arg));
    const named = namedBases.get(arg);
    const literal = /^["'`]((?:https?|wss?):\/\/[^"'`$\s{}]+)["'`]$/.exec(arg)?.[1] ?? (named !== undefined && /^(?:https?|wss?):\/\/[^"'`$\s{}]+$/.test(named) ? named : undefined);
    const onLiteral = literal !== undefined ? urlTarget(`${literal.replace(/\/+$/, '')}${path}`) : undefined;
    const target = onLiteral ? { url: onLiteral.url, dest: onLiteral.destination } : literal === undefined && arg !== '' && !/^["'`]/.test(arg) && INFERENCE_ENDPOINT.test(full) && isOpenAIEndpointPath(full) ? { url: `https://runtime.invalid${full}`, dest: { provider: 'unknown' as const, host: `${arg.slice(0, 60)} (the base its caller hands; host decided at run time)` } } : undefined;
    if (!target) continue;
    const call = { callee: m[0].slice(0, -1).trim(), start, open, close };
    sites.push(buildSite(src, language, call, target.url, target.dest, src.noComments.slice(open, close), helper.verb ?? verbForOptionsElsewhere(endpointTemplate(target.url)) ?? 'POST'));
    if (helper.start >= 0) called.add(helper);
  }
  return { sites, called };
}

/**
 * Ruby: the one host a file's `Net::HTTP` connections are opened on, read once: every `Net::HTTP.new(…)` / `.start(…)` given a
 * URI's `.host`, and the file's `URI("https://…")`s all of one host; '' for one of several or set elsewhere, null for none at all.
 */
function netHttpHosts(text: string): string | null {
  const opened = [...text.matchAll(/\bNet::HTTP[ \t]*\.[ \t]*(?:new|start)[ \t]*\(?[ \t]*([^,)\n]*)/g)].map((m) => (m[1] ?? '').trim());
  if (opened.length === 0) return null;
  const hosts = new Set([...text.matchAll(/\bURI(?:\.parse)?[ \t]*\(?[ \t]*["'](https?:\/\/[^/"'#{}\s]+)/g)].map((h) => (h[1] ?? '').toLowerCase()));
  return opened.every((arg) => /^@?[A-Za-z_]\w*\.host$/.test(arg)) && hosts.size === 1 ? ([...hosts][0] ?? '') : '';
}

/**
 * Ruby: a path literal a `Net::HTTP::Post.new("/v1/…")` (or another verb's) is built on, sent on `Net::HTTP.new(uri.host, …)`: the
 * file's one host (see `netHttpHosts`), else a host decided elsewhere.
 */
function rubyNetHttpPath(code: string, lit: StringLiteral, host: string | null): { url: string; destination: Destination } | undefined {
  const call = enclosingCall(code, lit.start);
  if (host === null || !call || !/(?:^|::|\.)(?:Post|Get|Put|Patch|Delete)\.new$/.test(call.callee) || !/^\([ \t]*$/.test(code.slice(call.open, lit.start))) return undefined;
  if (!isOpenAIEndpointPath(lit.value.replace(/[?#].*$/, ''))) return undefined;
  if (host !== '') {
    const target = urlTarget(`${host}${lit.value}`);
    return target ? { url: target.url, destination: target.destination } : undefined;
  }
  return { url: `https://runtime.invalid${lit.value}`, destination: { provider: 'unknown', host: 'the host Net::HTTP is given (set elsewhere; the path is OpenAI\'s)' } };
}

/** Whether the last Ruby class opened before `at` (within 20,000 characters) includes HTTParty before it. */
function inHttpartyClass(code: string, at: number): boolean {
  const window = code.slice(Math.max(0, at - 20_000), at);
  const opened = [...window.matchAll(/^[ \t]*class[ \t]+[A-Z]/gm)].pop();
  return opened !== undefined && /\binclude[ \t]+HTTParty\b/.test(window.slice(opened.index ?? 0));
}

function keepInstance(instances: Map<string, string | undefined>, bases: Map<string, Destination>, name: string, literal: string | undefined, elsewhere?: Destination): void {
  if (instances.has(name) && instances.get(name) !== literal) {
    instances.delete(name);
    bases.delete(name);
    return;
  }
  instances.set(name, literal);
  const dest = literal ? destinationOf(literal) : elsewhere;
  if (dest) bases.set(name, dest);
}

/**
 * An instance's member set once in the file, to a literal: Ruby's `@url = "https://api.openai.com"`,
 * JavaScript's `this.baseURL = "https://openrouter.ai/api/v1";`, Python's `self.base = "…"`.
 */
function instanceConstant(text: string, name: string): string | undefined {
  // (every assignment counts, also one after an `if` on the same line)
  const values = [...text.matchAll(new RegExp(`(?<![\\w$.@])${escapeRe(name)}[ \\t]*=(?![=>~])[ \\t]*(?:"([^"\\n]*)"|'([^'\\n]*)')?`, 'g'))].map((m) => m[1] ?? m[2]);
  return values.length === 1 ? values[0] : undefined;
}

/** A Spring client and its verb before the next link of the chain (`webClient.post()\n    .`): [1] the client, [2] the verb. */
const SPRING_VERB = String.raw`([A-Za-z_$][\w$.]*)\s*\.\s*(post|get|put|patch|delete)\s*\(\s*\)\s*\.\s*`;
/** `webClient.post()\n    .uri(` at the end of the text before a path. */
const SPRING_URI_CALL = new RegExp(`${SPRING_VERB}uri\\s*\\($`);
const SPRING_CHAIN_END = new RegExp(`${SPRING_VERB}$`);

/**
 * A Spring WebClient chain on a client a name for OpenAI hands out, given an OpenAI endpoint's path with a verb it has:
 * `openAIClient(option)\n .get().uri("/files")`, `openAiWebClient.post().uri("/moderations")`. Named at the client and verb.
 */
function springPathOnOpenAIClient(code: string, lit: StringLiteral): { call: { callee: string; start: number; open: number; close: number }; verb: string; receiver: string; template: string } | undefined {
  const chain = /(?<![\w$.])((?:this\.)?[A-Za-z_$][\w$]*)(?:\([^()\n]{0,80}\))?\s*\.\s*(post|get|put|patch|delete)\s*\(\s*\)\s*\.\s*uri\s*\(\s*$/.exec(code.slice(Math.max(0, lit.start - 200), lit.start));
  if (!chain || !/open_?ai/i.test(chain[1] ?? '')) return undefined;
  const template = v1Template(lit.value);
  const verb = (chain[2] ?? '').toUpperCase();
  if (findEndpointPolicy(template) === undefined || !verbsForPath(template).has(verb)) return undefined;
  const start = lit.start - chain[0].length;
  const open = lit.start - 1 - (/\s*$/.exec(chain[0])?.[0].length ?? 0);
  const close = matchingBracket(code, open);
  return { call: { callee: `${chain[1] ?? ''}.${chain[2] ?? ''}`, start, open, close: close < 0 ? lit.end : close }, verb, receiver: chain[1] ?? '', template };
}

/** A Spring chain's `.uri(…)` counts from its client and verb (`webClient.post()`), where the request is named. */
function springChain<C extends { callee: string; start: number }>(code: string, call: C): { call: C; verb: string } | undefined {
  if (call.callee !== 'uri') return undefined;
  const chain = SPRING_CHAIN_END.exec(code.slice(Math.max(0, call.start - 200), call.start));
  if (!chain) return undefined;
  const verb = (chain[2] ?? '').toUpperCase();
  return { call: { ...call, callee: `${chain[1] ?? ''}.${chain[2] ?? ''}`, start: call.start - chain[0].length }, verb };
}

/**
 * Ktor's request block, whose `url(…)` gives the request's URL: `client.post { url(CHAT_URL); setBody(req) }`, named at its
 * client and verb (`client.request { method = HttpMethod.Post; url(…) }` names it inside). The block is the innermost one
 * open at the `url(`, found within a few hundred characters (a `headers { … }` block before the `url` is closed).
 */
function ktorBlock<C extends { callee: string; start: number; open: number; close: number }>(text: string, call: C): { call: C; verb: string } | undefined {
  if (call.callee !== 'url') return undefined;
  // (read with its strings' contents blanked, offsets kept: a `}` in `header("X", "}")` is no brace)
  // (`base` is where the window starts: `code[i]` stands at `base + i` of the text)
  const base = Math.max(0, call.start - 800);
  const code = blankQuoted(text.slice(base, Math.min(text.length, call.start + 8000)));
  // (the innermost brace open at the `url(`, past any brackets open around it)
  let open = openBracketBefore(code, call.start - base, 0);
  while (open >= 0 && code[open] !== '{') open = openBracketBefore(code, open, 0);
  if (open < 0) return undefined;
  const brace = base + open;
  const from = Math.max(0, brace - 200);
  const opened = /((?:[A-Za-z_]\w*[ \t]*\.[ \t]*)*[A-Za-z_]\w*)[ \t]*\.[ \t]*(post|get|put|patch|delete|request|prepareRequest|preparePost|prepareGet)[ \t]*(?:\([^()\n]*\))?[ \t]*$/.exec(text.slice(from, brace));
  if (!opened) return undefined;
  // (the block's end counted here: matchingBracket keeps per-text counts and indexes for the file's own code, which windows
  // like this one would push out)
  let end = -1;
  for (let i = open + 1, depth = 0; i < code.length && end < 0; i++) {
    const c = code.charCodeAt(i);
    if (c === 0x7b) depth++;
    else if (c === 0x7d && depth-- === 0) end = i + 1;
  }
  if (end < 0) return undefined;
  const close = base + end;
  const named = (opened[2] ?? '').replace(/^prepare/, '').toLowerCase();
  const verb = named === 'request' ? (/\bmethod[ \t]*=[ \t]*HttpMethod\.(Get|Post|Put|Patch|Delete)\b/.exec(code.slice(open, end))?.[1] ?? 'GET') : named;
  return { call: { ...call, callee: `${opened[1] ?? ''}.${opened[2] ?? ''}`.replace(/[ \t]+/g, ''), start: from + opened.index, open: brace, close }, verb: verb.toUpperCase() };
}

/** Double-quoted strings of one line with their contents blanked, quotes and offsets kept (Kotlin's, Java's). */
function blankQuoted(text: string): string {
  return text.replace(/"(?:[^"\\\n]|\\.)*"/g, (quoted) => `"${' '.repeat(quoted.length - 2)}"`);
}

/**
 * A Spring WebClient or RestClient request with no `.uri(…)`, sent to its client's base itself when that base is a whole endpoint's
 * URL (`builder.baseUrl("https://api.openai.com/v1/completions")`, then `this.webClient.post().bodyValue(request).retrieve()`).
 */
function springRequestsToBase(src: SourceText, code: string, language: SourceLanguage, instances: ReadonlyMap<string, string | undefined>, taken: ReadonlySet<number>): CallSite[] {
  const sites: CallSite[] = [];
  for (const m of code.matchAll(/(?<![\w$.])((?:this\.)?[A-Za-z_]\w*)[ \t\n]*\.[ \t]*(post|get|put|patch|delete)[ \t]*\([ \t]*\)/g)) {
    const base = instances.get(instanceKey(m[1] ?? ''));
    const target = base === undefined ? undefined : urlTarget(base);
    if (!target) continue;
    const start = m.index ?? 0;
    const open = start + m[0].lastIndexOf('(');
    const close = start + m[0].length;
    const verb = (m[2] ?? '').toUpperCase();
    // (the chain up to its statement's end names no path of its own)
    const chain = /^[^;]{0,600}/.exec(code.slice(close))?.[0] ?? '';
    if (/\.[ \t]*uri[ \t]*\(/.test(chain) || !/\.[ \t]*(?:retrieve|exchange|exchangeToMono|bodyValue|body|contentType|header|headers|accept)[ \t]*\(/.test(chain)) continue;
    if (taken.has(src.range(start, start).start.line) || !verbsForPath(endpointTemplate(target.url)).has(verb)) continue;
    sites.push(buildSite(src, language, { callee: `${m[1] ?? ''}.${m[2] ?? ''}`, start, open, close }, target.url, target.destination, '', verb));
  }
  return sites;
}

/**
 * Spring's clients built with a literal base (`this.webClient = builder.baseUrl("https://api.openai.com/v1").build()`,
 * `WebClient.create("https://…")`, `RestClient.builder().baseUrl(…)`), by the name they are kept under.
 */
function springClients(src: SourceText, code: string, bases: Map<string, Destination>, instances: Map<string, string | undefined>, project: HttpProjectFacts | undefined): void {
  injectedSpringClients(code, bases, instances, project);
  if (!/\.baseUrl\(|(?:WebClient|RestClient)\.create\(/.test(code)) return;
  // each name's bases, in the order written: one literal base decides; two different ones, or one
  // decided at run time (`builder.baseUrl(url)`), leave it open (two classes may each name theirs `client`)
  const found = new Map<string, Array<string | undefined>>();
  // (a typed Kotlin property, `val webClient: WebClient =`; a builder over several lines, each going on with `.`)
  const built = /(?:^|[^\w$.])((?:this\.)?[A-Za-z_$][\w$]*)[ \t]*(?::[ \t]*[\w.<>?]+[ \t]*)?=[ \t]*[^;=\n]{0,200}?(?:\n[ \t]*(?=\.)[^;=\n]{0,200}?){0,8}?(?:\.baseUrl|(?:WebClient|RestClient)\.create)\([ \t]*/g;
  for (const m of code.matchAll(built)) {
    const at = (m.index ?? 0) + m[0].length;
    const literal = /^"([^"\n]*)"/.exec(src.noComments.slice(at, at + 500))?.[1];
    const name = instanceKey(m[1] ?? '');
    found.set(name, [...(found.get(name) ?? []), literal]);
  }
  // a method of the class that returns a client it builds (`public WebClient getWebClient(WebClient.Builder b) { return b.baseUrl("…")…build(); }`),
  // taken as `WebClient webClient = getWebClient(WebClient.builder())`
  const builders = new Map<string, string | undefined>();
  for (const m of code.matchAll(/\b([a-z]\w*)[ \t]*\([^()\n]{0,200}\)[ \t]*(?::[ \t]*[\w.<>?]+[ \t]*)?\{\s*return[ \t]+[^;{}]{0,300}?\.baseUrl\([ \t]*/g)) {
    const at = (m.index ?? 0) + m[0].length;
    builders.set(m[1] ?? '', /^"([^"\n]*)"/.exec(src.noComments.slice(at, at + 500))?.[1]);
  }
  // (one pass for every such method: the names given what one returns)
  for (const taken of builders.size > 0 ? code.matchAll(/(?:^|[^\w$.])((?:this\.)?[A-Za-z_$][\w$]*)[ \t]*=[ \t]*(?:this\.)?([a-z]\w*)[ \t]*\(/g) : []) {
    if (!builders.has(taken[2] ?? '')) continue;
    const name = instanceKey(taken[1] ?? '');
    found.set(name, [...(found.get(name) ?? []), builders.get(taken[2] ?? '')]);
  }
  for (const [name, literals] of found) {
    const literal = literals[0];
    // (a base set at run time, `builder.baseUrl(baseUrl)` from a property: its paths are the API's, the destination open)
    if (literals.every((l) => l === undefined)) instances.set(name, undefined);
    if (literal === undefined || literals.some((l) => l !== literal)) continue;
    instances.set(name, literal);
    const dest = destinationOf(literal);
    if (dest) bases.set(name, dest);
  }
}

/**
 * A `WebClient` or `RestClient` injected into the class (`private final WebClient webClient;`,
 * Kotlin's `private val webClient: WebClient`) when the project defines one bean of that type, with a
 * literal base (`@Bean WebClient webClient() { return WebClient.builder().baseUrl("https://api.openai.com/v1/")… }`).
 */
function injectedSpringClients(code: string, bases: Map<string, Destination>, instances: Map<string, string | undefined>, project: HttpProjectFacts | undefined): void {
  if (!project || !/\b(?:WebClient|RestClient)\b/.test(code)) return;
  for (const m of code.matchAll(/\b(WebClient|RestClient)[ \t]+([a-z_]\w*)[ \t]*[;,)]|\b([a-z_]\w*)[ \t]*:[ \t]*(WebClient|RestClient)\b(?![ \t]*[.=(])/g)) {
    const name = m[2] ?? m[3] ?? '';
    const base = project.springBase(m[1] ?? m[4] ?? '');
    if (base === undefined || instances.has(name)) continue;
    instances.set(name, base);
    const dest = destinationOf(base);
    if (dest) bases.set(name, dest);
  }
}

/** `self.http` and `this.api` are looked up as `http` and `api`, as `httpClientInstances` stores them. */
function instanceKey(name: string): string {
  return name.replace(/^(?:self|this)\./, '');
}

/**
 * Arduino's HTTPClient: each `begin(…)` of a name the file declares `HTTPClient http`, given a URL literal or a name holding one
 * (the first argument that is one: `begin(url, root_ca)`, `begin(wifiClient, url)`), is the request, with the verb the code
 * after it sends (`http.POST(body)`, `http.sendRequest("DELETE")`) in the same block; GET when it names none.
 */
function arduinoRequests(src: SourceText, code: string, language: SourceLanguage, variableUrl: (name: string, at: number) => { url: string; destination: Destination } | undefined, taken: ReadonlySet<number>): CallSite[] {
  const sites: CallSite[] = [];
  const clients = new Set([...code.matchAll(/\bHTTPClient[ \t]*[*&]?[ \t]*([A-Za-z_]\w*)[ \t]*[;,=({]/g)].map((m) => m[1] ?? ''));
  if (clients.size === 0) return sites;
  for (const m of code.matchAll(/(?<![\w.>])([A-Za-z_]\w*)[ \t]*(?:\.|->)[ \t]*begin[ \t]*\(/g)) {
    const client = m[1] ?? '';
    const start = m.index ?? 0;
    const open = start + m[0].length - 1;
    const close = matchingBracket(code, open, 4000);
    if (!clients.has(client) || close < 0 || taken.has(src.range(start, start).start.line)) continue;
    let target: { url: string; destination: Destination } | undefined;
    let from = open + 1;
    for (const piece of splitTopLevel(code.slice(open + 1, close - 1))) {
      const written = src.noComments.slice(from, from + piece.length).trim().replace(/\.c_str\(\)$/, '');
      from += piece.length + 1;
      const literal = /^"([^"\n]*)"$/.exec(written)?.[1];
      const found = literal !== undefined ? urlTarget(literal) : /^[A-Za-z_]\w*$/.test(written) ? variableUrl(written, start) : undefined;
      if (found) {
        target = found;
        break;
      }
    }
    if (!target) continue;
    // (the verb: what the code after it in its block does with the client, before it begins another request; a verb held in a
    // name, `sendRequest(method, body)`, is the endpoint's own if it has one, else read as GET)
    const escaped = escapeRe(client);
    const rest = blockRest(src.noComments, close, 3000);
    // (another request begun in code, not in a message: `Serial.println("OpenAI: http.begin() failed")`)
    const next = new RegExp(`\\b${escaped}[ \\t]*(?:\\.|->)[ \\t]*begin[ \\t]*\\(`).exec(code.slice(close, close + rest.length));
    const after = next ? rest.slice(0, next.index) : rest;
    const sent = new RegExp(`\\b${escaped}[ \\t]*(?:\\.|->)[ \\t]*(?:(POST|GET|PUT|PATCH|DELETE)[ \\t]*\\(|sendRequest[ \\t]*\\([ \\t]*(?:"(GET|POST|PUT|PATCH|DELETE)")?)`, 'i').exec(after);
    const verb = sent?.[1]?.toUpperCase() ?? sent?.[2]?.toUpperCase() ?? (sent ? verbForOptionsElsewhere(endpointTemplate(target.url)) : undefined) ?? 'GET';
    sites.push(buildSite(src, language, { callee: `${client}.begin`, start, open, close }, target.url, target.destination, src.noComments.slice(open, close), verb));
  }
  return sites;
}

/** The code after `from` to the end of the block it is in (at most `limit` characters). */
function blockRest(code: string, from: number, limit: number): string {
  const after = code.slice(from, from + limit);
  for (let i = 0, depth = 0; i < after.length; i++) {
    if (after[i] === '{') depth++;
    else if (after[i] === '}' && --depth < 0) return after.slice(0, i);
  }
  return after;
}

/** Where a complete URL goes: OpenAI or Azure OpenAI, or another provider's OpenAI-compatible endpoint. */
export function urlTarget(value: string): { url: string; destination: Destination } | undefined {
  const dest = destinationOf(value);
  if (dest) return normalisePath(value).length > 0 ? { url: value, destination: dest } : undefined;
  const other = otherProviderTarget(value);
  return other ? { url: other.url, destination: other.dest } : undefined;
}

/**
 * What the Spring `@Value` fields of a file hold: a whole URL, or a base (`https://api.openai.com/v1`) a path is put
 * after; the value the module's configuration sets, or the default the annotation writes
 * (`@Value("${openai.api.url:https://api.openai.com/v1/chat/completions}")`), which, like a value the
 * configuration reads from the environment, only says where the data goes when nothing else is set.
 */
function springValueTargets(text: string, configured: (property: string) => string | undefined): Array<{ field: SpringValueField; target: { url: string; destination: Destination } | { base: Destination } }> {
  const targets: Array<{ field: SpringValueField; target: { url: string; destination: Destination } | { base: Destination } }> = [];
  for (const field of springValueFields(text)) {
    const set = configured(field.property);
    const value = set !== undefined ? resolveSpringValue(set, configured) : field.fallback !== undefined ? resolveSpringValue(field.fallback, configured) : undefined;
    if (!value) continue;
    const fromDefault = set === undefined || value.atRunTime;
    const where = fromDefault ? `the default of \${${field.property}}; the value is read at run time` : `${field.property} in the module's Spring configuration`;
    if (normalisePath(value.value).length === 0) {
      // (a base keeps its host bare unless only a default: the URL of a path after it is written from it)
      const dest = destinationOf(value.value);
      if (dest) targets.push({ field, target: { base: fromDefault ? { provider: 'unknown', host: `${dest.host} (${where})` } : dest } });
      continue;
    }
    const target = urlTarget(value.value);
    if (!target) continue;
    const host = `${target.destination.host} (${where})`;
    targets.push({ field, target: { url: target.url, destination: fromDefault ? { provider: 'unknown', host } : { ...target.destination, host } } });
  }
  return targets;
}

/**
 * The URL a variable holds at `offset`: its last assignment before (entries are in source order,
 * imports first), else (a constant defined below its use) its first. A cleared entry (a non-OpenAI
 * URL assigned since) gives nothing.
 */
/** A URL whose host is a placeholder for a constant of the file holding a bare host (`const OPENAI_HOST = "api.openai.com"`), written out. */
function withConstantHost(value: string, text: string): string | undefined {
  const m = /^((?:https?|wss?):\/\/)\$?\{\s*([A-Za-z_$][\w$]*)\s*\}/.exec(value);
  if (!m) return undefined;
  const host = stringConstant(text, m[2] ?? '')?.replace(/^[rfbu]{0,2}["'`]|["'`]$/gi, '');
  return host && /^[\w.-]+(?::\d+)?$/.test(host) ? `${m[1] ?? ''}${host}${value.slice(m[0].length)}` : undefined;
}

/** R: the bodies of the file's functions (`name <- function(…) {` … `}`), in source order, read once per file. */
function rFunctionBodies(code: string): Array<{ open: number; close: number }> {
  const bodies: Array<{ open: number; close: number }> = [];
  for (const m of code.matchAll(/\bfunction[ \t]*\([^()]*(?:\([^()]*\)[^()]*)*\)[ \t\n]*\{/g)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    bodies.push({ open, close: matchingBracket(code, open) });
  }
  return bodies;
}

/** R: where the innermost function whose body holds `at` ends, or undefined at the top level. */
function rFunctionEnd(bodies: ReadonlyArray<{ open: number; close: number }>, at: number): number | undefined {
  let end: number | undefined;
  for (const body of bodies) {
    if (body.open > at) break;
    if (body.close > at) end = body.close;
  }
  return end;
}

/** Go: where the function around `at` ends (its closing brace at the margin), or the file's end. */
function goFunctionEnd(code: string, at: number): number {
  const end = code.indexOf('\n}', at);
  return end < 0 ? code.length : end;
}

/**
 * Whether the value at `at` is assigned to `name` only when it has none: the `if` right before is
 * Python's `if not url:` / `if url is None:`, JavaScript's `if (!url)`, Go's `if url == "" {`.
 */
function defaultWhenEmpty(code: string, at: number, name: string): boolean {
  const before = code.slice(Math.max(0, at - 200), at);
  if (!/\bif\b/.test(before)) return false;
  const n = escapeRe(name);
  return new RegExp(`\\bif[ \\t]*\\(?[ \\t]*(?:not[ \\t]+${n}|!${n}|${n}[ \\t]+is[ \\t]+None|${n}[ \\t]*===?[ \\t]*(?:None|null|undefined|nil|""))[ \\t]*\\)?[ \\t]*[:{]?[ \\t]*(?:\\r?\\n[ \\t]*)?${n}[ \\t]*=[ \\t]*[rbu]?$`).test(before);
}

/** Go: whether the function around `at` declares `name` before it (`name :=`, `var name`, a parameter). */
function goDeclaredInFunction(code: string, at: number, name: string): boolean {
  const func = code.lastIndexOf('\nfunc ', at);
  if (func < 0) return false;
  const escaped = escapeRe(name);
  return new RegExp(`(?<![\\w.])${escaped}[ \\t]*(?:,[\\w, \\t]*)?:=|\\bvar[ \\t]+${escaped}\\b|^func[^\\n{]*\\([^()]*(?<![\\w.])${escaped}[ \\t]+[\\w.*\\[\\]]`).test(code.slice(func + 1, at));
}

/** Another provider a file names (a Rust file of several providers' structs). */
const OTHER_PROVIDER_NAMED = /ollama|anthropic|claude|gemini|cohere|mistral/i;

/**
 * OpenAI's `OpenAI-Beta` header set on a request, with one of its values: Go's `Header.Set("OpenAI-Beta", "assistants=v2")`,
 * `{"OpenAI-Beta": "assistants=v2"}`, PHP's `'OpenAI-Beta' => …`, Python's `headers["OpenAI-Beta"] = …`; not a CORS list naming it.
 */
const BETA_HEADER_SET = /["']OpenAI-Beta["'][ \t]*(?:,|:|=>|\][ \t]*=)[ \t]*["'`][a-z_]+=v\d/gi;
/**
 * A function's end or another's start between two places: a `}` at the margin (Go's), a `func`, `def`, `fn` or `function` line.
 * Not `FUNCTION_BOUNDARY`, whose indented `}` would also end an `if` block between the header and its request.
 */
const FUNCTION_EDGE = /\n\}|\n[ \t]*(?:(?:public|private|protected|static|async|export|pub)[ \t]+)*(?:func|def|fn|function)\b/;

/** The languages whose code lives in classes, and Rust's structs (a type named for OpenAI says whose API its bases are). */
const CLASS_LANGUAGES: ReadonlySet<SourceLanguage> = new Set(['java', 'kotlin', 'csharp', 'scala', 'dart', 'swift', 'php', 'rust']);
/** Languages whose `let` holds only in its block (see `BraceBlocks`). */
const BRACE_BLOCK_LOCALS: ReadonlySet<SourceLanguage> = new Set(['swift', 'rust']);
/**
 * Languages whose variables are declared with a type or `val`/`var`/`final` in any block (Java's `String url = base + "/batches";`):
 * a variable in a method's block is that method's, one in a type's body a field.
 */
const BRACE_TYPED_LOCALS: ReadonlySet<SourceLanguage> = new Set(['java', 'csharp', 'kotlin', 'dart', 'scala']);
/** The headers of type bodies (their variables are fields), by language: Swift's and Rust's, and the typed languages'. */
const TYPE_BODY_HEADER = /\b(?:class|struct|extension|enum|actor|protocol|impl|trait|mod)\b[^{};]*$/;
// (the keyword starts its declaration, after modifiers and annotations: `void process(Record record) {` is a method's)
const TYPED_TYPE_BODY_HEADER = /(?:^|[;{}\n])[ \t]*(?:(?:public|private|protected|internal|static|final|abstract|sealed|open|data|inner|partial|readonly|companion|enum|annotation|value|@\w+(?:\([^()\n]*\))?)[ \t]+)*(?:class|struct|extension|enum|interface|record|object|namespace|mixin|trait)\b[^{};]*$/;

/**
 * A file's `{ … }` blocks (strings blanked), read in one pass: where the block a Swift or Rust `let` is declared in ends.
 * A type's body (`class`, `struct`, `extension`, `impl`, …) holds stored properties, which its methods and extensions
 * read: its `let` is no local. Unclosed blocks run to the end of the file.
 */
class BraceBlocks {
  /** Each block, by where its `{` is (ascending): where its `}` ends it and the block around it (-1 at the top). */
  private readonly blocks: Array<{ start: number; end: number; parent: number }> = [];

  constructor(
    private readonly code: string,
    private readonly typeHeader = TYPE_BODY_HEADER,
  ) {
    const stack: number[] = [];
    for (let i = 0; i < code.length; i++) {
      const c = code.charCodeAt(i);
      if (c === 123) {
        stack.push(this.blocks.length);
        this.blocks.push({ start: i, end: Infinity, parent: stack.length > 1 ? (stack[stack.length - 2] as number) : -1 });
      } else if (c === 125 && stack.length > 0) (this.blocks[stack.pop() as number] as { end: number }).end = i + 1;
    }
  }

  /** Where the local declared at `at` stops holding: its block's end; Infinity at the top level or in a type's body. */
  localEnd(at: number): number {
    // (the last block opened before `at`; then out through the blocks around it to one still open at `at`)
    let i = firstStartingFrom(this.blocks, at) - 1;
    while (i >= 0 && (this.blocks[i]?.end ?? 0) <= at) i = this.blocks[i]?.parent ?? -1;
    const block = this.blocks[i];
    if (!block) return Infinity;
    const header = this.code.slice(Math.max(0, block.start - 200), block.start);
    return this.typeHeader.test(header) ? Infinity : block.end;
  }
}

/** Whether the assignment of `name` whose value is at `at` declares it (`String url = `, `val url = `, `final url = `) on its line, not only sets it. */
function declaredOnLine(code: string, at: number, name: string): boolean {
  const before = code.slice(Math.max(0, at - 300), at);
  // (a statement's keyword is no type: `else url = "…";` sets it)
  return new RegExp(`^[ \\t]*(?!(?:else|return|yield|throw|case|do|await|new|then)\\b)[A-Za-z_][\\w.<>,?\\[\\] ]*[ \\t]${escapeRe(name)}[ \\t]*(?::[^=\\n]{0,80})?=(?!=)`).test(before.slice(before.lastIndexOf('\n') + 1));
}

/** Whether the assignment whose value starts at `at` makes a function's own variable (see `assign` in detectHttpCalls). */
function functionLocal(code: string, at: number, language: SourceLanguage, name: string): boolean {
  // the assignment's line, read within 300 characters (minified lines stay linear)
  const before = code.slice(Math.max(0, at - 300), at);
  const newline = before.lastIndexOf('\n');
  if (newline < 0) return false;
  const line = before.slice(newline + 1);
  const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
  if (indent === 0) return false;
  // (Go declares a function's own variable with `:=` or an indented `var`: the package's are at the margin)
  // (or sets one again: `url := e.BaseURL` … `if url == "" { url = defaultURL }`)
  if (language === 'go') return /^[ \t]+(?:var[ \t]+[A-Za-z_]\w*\b|[A-Za-z_][\w, \t]*:=)/.test(line) || (/^[ \t]+[A-Za-z_]\w*[ \t]*=[ \t]*$/.test(line) && goDeclaredInFunction(code, at, name));
  // (R's `endpoint <- "…"` or `endpoint = "…"` inside a function is that function's; so is Lua's indented `local url = "…"`)
  if (language === 'r') return /^[ \t]+[A-Za-z_][\w.]*[ \t]*(?:<-|=(?!=))/.test(line);
  if (language === 'lua') return /^[ \t]+local\b/.test(line);
  // (Swift's `guard let url = URL(string: …)`, `if let`, `var`: as block-scoped as its `let`)
  if (language === 'swift') return /^[ \t]+(?:(?:guard|if)[ \t]+)?(?:let|var)\b/.test(line);
  // (Kotlin's `const val` is a class's or an object's constant)
  if (language !== 'python') return language !== 'kotlin' && /^[ \t]+(?:const|let)\b/.test(line);
  return pythonDefinitionAt(code, at) >= 0;
}

/** Where the Python block whose `def` or `class` line starts at `at` ends (from its bracket, or its line when it has none). */
function pythonDefinitionEnd(code: string, at: number): number {
  const indent = /^[ \t]*/.exec(code.slice(at, at + 200))?.[0].length ?? 0;
  const lineEnd = code.indexOf('\n', at);
  const open = code.indexOf('(', at);
  return pythonBlockEnd(code, open >= 0 && (lineEnd < 0 || open < lineEnd) ? open : at, indent);
}

/**
 * Python: where the `def` or `class` line whose block holds `at` starts, or -1 at the module's level: the blocks
 * around it, back to one at the margin, at most 300 lines up (a line's indent read within 300 characters).
 */
function pythonDefinitionAt(code: string, at: number): number {
  const before = code.slice(Math.max(0, at - 300), at);
  const newline = before.lastIndexOf('\n');
  if (newline < 0) return -1;
  let inner = /^[ \t]*/.exec(before.slice(newline + 1))?.[0].length ?? 0;
  if (inner === 0) return -1;
  let end = Math.max(0, at - 300) + newline;
  for (let steps = 0; end > 0 && steps < 300; steps++) {
    const start = code.lastIndexOf('\n', end - 1) + 1;
    const text = code.slice(start, end);
    end = start - 1;
    if (!/\S/.test(text)) continue;
    const depth = /^[ \t]*/.exec(text)?.[0].length ?? 0;
    // a signature's closing `) -> str:` or a string's closing quotes at the margin are no block of their own
    if (depth >= inner || /^[ \t]*[)\]}"']/.test(text)) continue;
    if (/^[ \t]*(?:async[ \t]+)?(?:def|class)\b/.test(text)) return start;
    if (depth === 0) return -1;
    inner = depth;
  }
  return -1;
}

/** Where the object literal a variable was last given before `offset` opens (`const requestParam: RequestParam = {`). */
function optionsVariable(code: string, name: string, offset: number): { at: number } | undefined {
  const declaration = new RegExp(`(?<![\\w$.])${escapeRe(name)}[ \\t]*(?::[^=;\\n]{0,100})?=[ \\t]*\\{`, 'g');
  let found: { at: number } | undefined;
  for (const m of code.slice(Math.max(0, offset - 5000), offset).matchAll(declaration)) found = { at: Math.max(0, offset - 5000) + (m.index ?? 0) + m[0].length - 1 };
  return found;
}

/**
 * A URL literal ending in `/` continued by concatenation: `"…/v1/files/" + fileId` → `…/v1/files/{x}`,
 * `"…/threads/" + tid + "/messages"` → `…/threads/{x}/messages` (PHP joins with `.`). Kept only when
 * the result is a path of the API; otherwise the literal as written.
 */
function concatenatedPath(url: string, code: string, end: number, strings: Map<number, StringLiteral>, commas = false, dots = false): string {
  let joined = url;
  let at = end;
  // (R's `paste0(base, "/threads/", id, "/messages")` joins its arguments: a comma is the operator there)
  // (Lua joins with two dots: `"https://…/threads/" .. id`; elsewhere two dots are a range or a cascade)
  const operators = commas ? /^[ \t\n]*,[ \t\n]*/ : dots ? /^[ \t]*\.\.(?!\.)[ \t]*/ : /^[ \t]*(?:\+|\.(?=[ \t]*[$"'])|\.[ \t])[ \t]*/;
  for (let parts = 0; parts < 8; parts++) {
    const operator = operators.exec(code.slice(at, at + 40));
    if (!operator) break;
    at += operator[0].length;
    const next = strings.get(at);
    if (next) {
      joined += next.value;
      at = next.end;
      continue;
    }
    // an expression: a name, a member or a call (`id`, `$id`, `file.id`, `ids[0]`, `getId()`, PHP's `$this->thread_id`, C++'s
    // `std::string(models[i])`); PHP's line-end constant is none
    if (/^PHP_EOL\b/.test(code.slice(at, at + 8))) break;
    const expression = /^(?:\$?[A-Za-z_][\w$]*(?:::[A-Za-z_]\w*)*|\([^()\n]{1,80}\))(?:\??\.[A-Za-z_][\w$]*|->[A-Za-z_]\w*|\[[^\]\n]{0,40}\]|\([^()\n]{0,80}\))*/.exec(code.slice(at, at + 200));
    if (!expression || joined.endsWith('{x}')) break;
    joined += '{x}';
    at += expression[0].length;
  }
  if (joined === url) return url;
  return verbsForPath(endpointTemplate(joined)).size > 0 ? joined : url;
}

/**
 * The name a Go file imports monaco-io/request under (`request`, or its alias) and a pattern for its `Client{` literal's type
 * ending a text, once per file; undefined where the file does not import it.
 */
function monacoRequestImport(text: string): { alias: string; client: RegExp } | undefined {
  if (!text.includes('monaco-io/request')) return undefined;
  const alias = /(?:^|[\s(])(?:(?!import\b)(\w+)[ \t]+)?"github\.com\/monaco-io\/request"/.exec(text)?.[1] ?? 'request';
  return { alias, client: new RegExp(`(?<![\\w.])${escapeRe(alias)}\\.Client[ \\t]*$`) };
}

/**
 * The request a Go request library's struct literal describes, when `at` is its URL field's value: monaco-io/request's
 * `request.Client{URL: …, Method: "POST", JSON: body}` (the package as the file imports it: see monacoRequestImport), whose `Send()` makes the
 * request. Placed at the URL field; its verb the literal's own `Method` (the library's default, GET, where it names none).
 */
function goRequestLibraryLiteral(code: string, text: string, at: number, { alias, client }: { alias: string; client: RegExp }): { at: { callee: string; start: number; open: number; close: number }; verb: string } | undefined {
  const field = /(?:^|[\s{,])(?:URL|Url|URI)[ \t]*:[ \t]*$/.exec(code.slice(Math.max(0, at - 40), at));
  if (!field) return undefined;
  const open = openBracketBefore(code, at, Math.max(0, at - 2000));
  if (code[open] !== '{' || !client.test(code.slice(Math.max(0, open - 80), open))) return undefined;
  const close = matchingBracket(code, open);
  // (the literal's own field, not a nested one's: `JSON: Body{Method: "POST"}` is the body's)
  const fields = splitTopLevel(text.slice(open + 1, close < 0 ? open + 1 : close - 1));
  const named = fields.map((f) => /^\s*Method[ \t]*:[ \t]*(?:"(\w+)"|http\.Method(\w+))/.exec(f)).find((m) => m !== null);
  const verb = (named?.[1] ?? named?.[2] ?? 'GET').toUpperCase();
  const start = at - field[0].length + field[0].search(/U[RrI]/);
  return { at: { callee: `${alias}.Client`, start, open: at, close: close < 0 ? open + 1 : close }, verb };
}

/** Go: the keyed field a string literal is the value of (`BaseURL: "…"` in a struct literal). */
function goKeyedField(code: string, at: number): string | undefined {
  return /(?:^|[\s{,])([A-Za-z_]\w*)[ \t]*:[ \t]*$/.exec(code.slice(Math.max(0, at - 80), at))?.[1];
}

/**
 * Rust: a struct's field every literal of that struct in the file gives one URL constant (`Self { base_url: OPENAI_API_URL.to_string(),
 * … }`, `GPTClient { url: String::from(OPEN_API_URL) }`), kept as `GPTClient.url`: read through `self` in that struct's `impl`, or
 * through a name the file types as it (`client: &GPTClient`; see `rustFieldReceiver`). Left out: a field also given anything else
 * (shorthand `base_url,`, `config.url`, `self.base_url = …`, `self.base_url.push_str(…)`), and a struct serde may fill (`#[derive(Deserialize)]`).
 */
function rustFieldUrls(code: string, text: string, urlVars: UrlAssignments): void {
  for (const [key, given] of rustFieldValues(code, text, (literal) => urlTarget(literal) !== undefined, (constant) => urlVars.has(constant))) {
    if (urlVars.has(key)) continue;
    const target = /^https?:\/\//.test(given.name) ? urlTarget(given.name) : urlAt(urlVars, given.name, given.at);
    if (target) urlVars.set(key, [{ at: -1, url: target.url, destination: target.destination }]);
  }
}

/**
 * Rust: a struct's field every literal of that struct in the file gives one literal base, API version and all
 * (`Client { _base_url: String::from("https://api.openai.com/v1"), … }`), by `Type.field`, as `rustFieldUrls` reads a whole URL:
 * `format!("{}/engines", &self._base_url)` in that struct's `impl` is a request there.
 */
function rustFieldBases(code: string, text: string): ReadonlyMap<string, Destination> {
  return rustBases(text, '', () => {
    const bases = new Map<string, Destination>();
    for (const [key, given] of rustFieldValues(code, text, (literal) => normalisePath(literal).every((segment) => segment === 'v1') && destinationOf(literal) !== undefined, () => false)) {
      const destination = destinationOf(given.name);
      if (destination) bases.set(key, destination);
    }
    return bases;
  });
}
const rustBases = perText<ReadonlyMap<string, Destination>>();

/** The literal base a Rust struct's field holds, read through `self` or a name typed as that struct (`&self._base_url`). */
function rustFieldBase(code: string, text: string, name: string, at: number): Destination | undefined {
  const field = /^([a-z_]\w*)\.([a-z_]\w*)$/.exec(name);
  // (the file's field bases read first, once: most files have none, and a receiver's type is looked for only then)
  const bases = field ? rustFieldBases(code, text) : undefined;
  if (!field || !bases || ![...bases.keys()].some((key) => key.endsWith(`.${field[2] ?? ''}`))) return undefined;
  const type = rustFieldReceiver(code, field[1] ?? '', at);
  return type === undefined ? undefined : bases.get(`${type}.${field[2] ?? ''}`);
}

/**
 * The literal or constant each Rust struct's field is given, by `Type.field`, where every literal of that struct in the file gives it
 * the same one (`wanted` says which literals count, `known` which constants); a field also given anything else is left out (see `rustFieldUrls`).
 */
function rustFieldValues(code: string, text: string, wanted: (literal: string) => boolean, known: (constant: string) => boolean): Array<[string, { name: string; at: number }]> {
  // (by the constant it names, or the literal it writes: `base_url: "https://api.deepseek.com/v1/chat/completions".to_string()`)
  const fields = new Map<string, { name: string; at: number } | null>();
  // (a field of that name given anything else, in any struct, is left out: cheaper than reading each value's struct)
  const otherwise = new Set<string>();
  const types = new Map<number, string | undefined>();
  for (const m of code.matchAll(/(?:^|[\s{,])([a-z_]\w*)[ \t]*:(?!:)[ \t]*([^,\n{}]{1,120}?)[ \t]*(?=[,}\n])/gm)) {
    const field = m[1] ?? '';
    const value = (m[2] ?? '').trim();
    // (the struct's declaration names the type: `base_url: String`, `url: &'static str`, `endpoint: Option<Url>`)
    if (/^(?:&(?:'\w+[ \t]+)?)?(?:[A-Z][a-z]\w*|str|bool|[iu](?:8|16|32|64|128|size)|f32|f64)(?:<.*>)?$/.test(value)) continue;
    const valueAt = (m.index ?? 0) + m[0].indexOf(m[2] ?? '', m[0].indexOf(':') + 1);
    const written = /^"/.test(value) || value.startsWith('String::from("') ? text.slice(valueAt, valueAt + (m[2] ?? '').length).trim() : undefined;
    const literal = written === undefined ? undefined : /^(?:String::from\([ \t]*"(https?:\/\/[^"\s]+)"[ \t]*\)|"(https?:\/\/[^"\s]+)"(?:\.(?:to_string|to_owned|into)\(\))?)$/.exec(written)?.slice(1).find((c) => c !== undefined);
    const constant = literal ?? /^(?:String::from\([ \t]*([A-Z][A-Z0-9_]*)[ \t]*\)|([A-Z][A-Z0-9_]*)(?:\.(?:to_string|to_owned|into|clone)\(\))?)$/.exec(value)?.slice(1).find((c) => c !== undefined);
    if (constant === undefined || (literal === undefined && !known(constant)) || (literal !== undefined && !wanted(literal))) {
      otherwise.add(field);
      continue;
    }
    // (at most 200 such fields: a generated file of thousands is no client's)
    if (fields.size >= 200) break;
    const type = rustLiteralType(code, m.index ?? 0, types);
    if (!type) continue;
    const key = `${type}.${field}`;
    const before = fields.get(key);
    fields.set(key, before === undefined || before?.name === constant ? { name: constant, at: m.index ?? 0 } : null);
  }
  if (fields.size === 0) return [];
  // (one pass each: shorthand in a struct literal, `Self { base_url, … }`; a field changed in place; serde's structs)
  const shorthand = new Set([...code.matchAll(/[{,][ \t\n]*([a-z_]\w*)[ \t\n]*(?=[,}])/g)].map((m) => m[1] ?? ''));
  const changed = new Set([...code.matchAll(/\.([a-z_]\w*)[ \t]*(?:=(?!=)|\.[ \t]*(?:push_str|push|clear|insert_str|truncate|replace_range)[ \t]*\()/g)].map((m) => m[1] ?? ''));
  const deserialized = new Set([...code.matchAll(/#\[derive\([^)\]]*\bDeserialize\b[^)\]]*\)\][^{;]{0,200}?\bstruct[ \t]+([A-Z]\w*)/g)].map((m) => m[1] ?? ''));
  const values: Array<[string, { name: string; at: number }]> = [];
  for (const [key, given] of fields) {
    const [type = '', field = ''] = key.split('.');
    if (given && !otherwise.has(field) && !shorthand.has(field) && !changed.has(field) && !deserialized.has(type)) values.push([key, given]);
  }
  return values;
}

/** The struct a Rust struct literal's field at `at` belongs to: the name before its `{` (`GPTClient {`), `Self` read as its `impl`'s type (kept by the brace in `types`). */
function rustLiteralType(code: string, at: number, types: Map<number, string | undefined>): string | undefined {
  let depth = 0;
  for (let i = at; i >= 0 && at - i < 2000; i--) {
    const c = code[i];
    if (c === '}' || c === ')' || c === ']') depth++;
    else if (c === '(' || c === '[') depth--;
    else if (c === '{') {
      if (depth > 0) {
        depth--;
        continue;
      }
      if (!types.has(i)) {
        const name = /([A-Z]\w*)[ \t]*$/.exec(code.slice(Math.max(0, i - 80), i))?.[1];
        types.set(i, name === 'Self' ? rustImplType(code, i) : name);
      }
      return types.get(i);
    }
  }
  return undefined;
}

/** The type of the Rust `impl` block around `at` (`impl GPTClient {`, `impl<T> Trait for GPTClient<T> {`). */
function rustImplType(code: string, at: number): string | undefined {
  // (the file's `impl` blocks read once: a file asks for many fields)
  // (an item's `impl` starts its line: `-> impl Future<…>` and `key: impl Into<String>` are types)
  const impls = rustImpls(code, '', () => [...code.matchAll(/^[ \t]*(?:unsafe[ \t]+)?impl\b(?:[ \t]*<[^{}]{0,200}?>)?[ \t]+(?:[\w:]+(?:<[^{}]{0,200}?>)?[ \t]+for[ \t]+)?([A-Z]\w*)/gm)].map((m) => ({ at: m.index ?? 0, name: m[1] ?? '' })));
  // (the last that starts before `at`; a match reaching past `at` was not wholly before it)
  return impls[lastBefore(impls, at)]?.name;
}
const rustImpls = perText<Array<{ at: number; name: string }>>();

/** The struct a Rust receiver names (`self` in an `impl`, a name the file types `client: &GPTClient`), for its fields' URLs. */
function rustFieldReceiver(code: string, receiver: string, at: number): string | undefined {
  if (receiver === 'self') return rustImplType(code, at);
  // (the first place the file types that name, found once per name: a search from the file's start for each request was quadratic)
  const first = rustTypedNames(code, receiver, () => {
    const m = new RegExp(`\\b${escapeRe(receiver)}[ \\t]*:[ \\t]*&?(?:'\\w+[ \\t]+)?(?:mut[ \\t]+)?([A-Z]\\w*)\\b`).exec(code);
    return m ? { at: m.index, type: m[1] ?? '' } : undefined;
  });
  return first && first.at < at ? first.type : undefined;
}
const rustTypedNames = perText<{ at: number; type: string } | undefined>();

/**
 * Go: a struct literal's keyed field given a URL, a literal or a URL constant (`&Client{BaseURL:
 * chatCompletionsURL}`), kept as `Client.BaseURL` for the fields of that type's values
 * (`c.BaseURL` in a method of `*Client`), when every such field of that type in the file gets that
 * same URL (a value read at run time, `os.Getenv(…)`, `cfg.Endpoint`, leaves it open).
 */
function goKeyedFieldUrls(code: string, strings: readonly StringLiteral[], urlVars: UrlAssignments): void {
  if (!/\b[A-Za-z_]\w*[ \t]*:(?!=)[ \t]*\S/.test(code)) return;
  const byStart = new Map(strings.map((lit) => [lit.start, lit]));
  // (a value read at run time, `url: url` in a second constructor, is 'run time')
  const given = new Map<string, Array<{ at: number; url: string; destination: Destination } | 'run time' | undefined>>();
  // (an unexported field too, in its own package: `&Client{endpoint: "https://api.openai.com/v1/chat/completions"}`)
  for (const m of code.matchAll(/(?:^|[\s{,])(?!(?:case|default)\b)([A-Za-z_]\w*)[ \t]*:(?!=)[ \t]*(?=\S)/gm)) {
    const at = (m.index ?? 0) + m[0].length;
    const type = goLiteralType(code, m.index ?? 0);
    if (!type) continue;
    const lit = byStart.get(at);
    const name = lit ? undefined : /^[A-Za-z_]\w*(?=[ \t]*[,}\n])/.exec(code.slice(at, at + 80))?.[0];
    const target: { url: string; destination: Destination } | undefined = lit ? urlTarget(lit.value) : name && urlVars.has(name) ? urlAt(urlVars, name, at) : undefined;
    const key = `${type}.${m[1] ?? ''}`;
    const list = given.get(key) ?? [];
    list.push(target ? { at, url: target.url, destination: target.destination } : !lit && name && !urlVars.has(name) ? 'run time' : undefined);
    given.set(key, list);
  }
  for (const [key, values] of given) {
    const known = values.filter((v) => v !== undefined && v !== 'run time');
    const first = known[0];
    if (!first || urlVars.has(key) || values.includes(undefined) || !known.every((v) => v.url === first.url)) continue;
    // `url: DefaultUrl` in one constructor, `url: url` in another: that URL or the caller's
    urlVars.set(key, [known.length === values.length ? first : { ...first, destination: { provider: 'unknown', host: `${first.destination.host} or a URL given at run time` } }]);
  }
}

/** The type of the composite literal a keyed field at `at` is in (`&Client{`, `openai.Config{`): the name before its unclosed `{`. */
function goLiteralType(code: string, at: number): string | undefined {
  let depth = 0;
  for (let i = at; i >= 0 && i > at - 2000; i--) {
    const c = code[i];
    if (c === '}') depth++;
    else if (c === '{') {
      if (depth === 0) return /([A-Za-z_]\w*)[ \t]*$/.exec(code.slice(Math.max(0, i - 80), i))?.[1];
      depth--;
    }
  }
  return undefined;
}

/**
 * The key a Go URL argument is kept under: the name itself, else a receiver's field (`c.ChatUrl`) by
 * the field's name (`.ChatUrl`, set in a method), else by its type's (`Client.BaseURL`, from a keyed literal).
 */
function goFieldKey(code: string, urlVars: UrlAssignments, written: string, at: number): string {
  const field = /^([A-Za-z_]\w*)(\.[A-Za-z_]\w*)$/.exec(written);
  if (urlVars.has(written) || !field) return written;
  if (urlVars.has(field[2] ?? '')) return field[2] ?? '';
  const typed = goTypeOf(code, field[1] ?? '', at);
  if (!typed) return written;
  if (urlVars.has(`${typed}${field[2] ?? ''}`)) return `${typed}${field[2] ?? ''}`;
  // a field of a struct the type embeds (`type OpenAI struct { baseTranscriber; … }`): promoted to it
  const open = new RegExp(`\\btype[ \\t]+${escapeRe(typed)}[ \\t]+struct[ \\t]*\\{`).exec(code);
  const close = open ? matchingBracket(code, open.index + open[0].length - 1) : -1;
  if (!open || close < 0) return written;
  for (const embedded of code.slice(open.index + open[0].length, close).matchAll(/^[ \t]*\*?(?:\w+\.)?([A-Za-z_]\w*)[ \t]*(?:\/\/.*)?$/gm)) {
    if (urlVars.has(`${embedded[1] ?? ''}${field[2] ?? ''}`)) return `${embedded[1] ?? ''}${field[2] ?? ''}`;
  }
  return written;
}

/**
 * The type of a Go name at `at`: the receiver of the method around it (`func (c *Client) …`), a
 * parameter or variable declared with it (`c *Client`, `var c Client`), or a value built as one (`c := &Client{`).
 */
function goTypeOf(code: string, name: string, at: number): string | undefined {
  const before = code.slice(Math.max(0, at - 4000), at);
  const escaped = escapeRe(name);
  const declared = [...before.matchAll(new RegExp(`(?:\\(|,|\\bvar)[ \\t]*${escaped}[ \\t]+\\*?(?:\\w+\\.)?([A-Z]\\w*)\\b|\\b${escaped}[ \\t]*:?=[ \\t]*&?(?:\\w+\\.)?([A-Z]\\w*)[ \\t]*\\{`, 'g'))].pop();
  return declared?.[1] ?? declared?.[2];
}

/** Go: how many distinct http(s) URLs the file's struct literals give each keyed field. */
function goKeyedFieldUrlCounts(code: string, strings: readonly StringLiteral[]): Map<string, number> {
  const urls = new Map<string, Set<string>>();
  for (const lit of strings) {
    if (!/^https?:\/\//.test(lit.value)) continue;
    const field = goKeyedField(code, lit.start);
    if (field) urls.set(field, (urls.get(field) ?? new Set()).add(lit.value));
  }
  return new Map([...urls].map(([field, values]) => [field, values.size]));
}

/**
 * The base a name is given by a call of a function of the file that only returns a literal URL
 * (`const baseUrl = getMantleBaseUrl(region)` of `function getMantleBaseUrl(region) { return `https://bedrock-mantle.${region}.api.aws/v1`; }`,
 * Python's `def base(): return f"https://{host}/v1"`): that literal. The file's such names are read once.
 */
function baseFromLocalFunction(text: string, name: string): string | undefined {
  return localBases(text, '', () => localFunctionBases(text)).get(name);
}
// (one file's answers: a file asks about each base it joins a path to)
const localBases = perText<Map<string, string>>();

/** See baseFromLocalFunction: names → literal, each name given only calls of one such function (`const baseUrl = f(region)` in two handlers). */
function localFunctionBases(text: string): Map<string, string> {
  const bases = new Map<string, string>();
  if (!/\breturn[ \t]+f?["'`](?:https?|wss?):\/\//.test(text)) return bases;
  // `function f(…) { return `…`; }`, `const f = (…) => `…``, `def f(…):` then `return f"…"` (the body nothing but that)
  const functions = new Map<string, string>();
  for (const m of text.matchAll(/\bfunction[ \t]+([A-Za-z_$][\w$]*)[ \t]*\([^()]*\)[^{\n]{0,80}\{\s*return[ \t]+(["'`])((?:https?|wss?):\/\/[^"'`\s]*)\2[ \t]*;?\s*\}|\bdef[ \t]+([A-Za-z_]\w*)[ \t]*\([^()]*\)[^:\n]{0,60}:[ \t]*\n[ \t]+return[ \t]+f?(["'])((?:https?|wss?):\/\/[^"'\s]*)\5[ \t]*\n/g)) {
    // (a Python f-string's `{region}` read as a placeholder like JavaScript's)
    functions.set(m[1] ?? m[4] ?? '', m[3] ?? (m[6] ?? '').replace(/\{([^{}]*)\}/g, '${$1}'));
  }
  for (const m of text.matchAll(/(?<![\w$.])([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,80})?=[ \t]*(?:\([^()\n]*\)|[A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,60})?=>[ \t]*(["'`])((?:https?|wss?):\/\/[^"'`\s]*)\2/g)) functions.set(m[1] ?? '', m[3] ?? '');
  if (functions.size === 0) return bases;
  // each name's values in one pass: the function it is given a call of, or '' for any other value
  const given = new Map<string, string>();
  for (const m of text.matchAll(/(?<![\w$.])([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,60})?=(?![=>])[ \t]*(?:await[ \t]+)?([^\n;]*)/g)) {
    const fn = /^([A-Za-z_$][\w$]*)[ \t]*\([^()\n]*\)[ \t]*;?[ \t]*$/.exec(m[2] ?? '')?.[1] ?? '';
    const name = m[1] ?? '';
    given.set(name, given.has(name) && given.get(name) !== fn ? '' : fn);
  }
  for (const [name, fn] of given) {
    const literal = functions.get(fn);
    if (literal !== undefined) bases.set(name, literal);
  }
  return bases;
}

/** A string constant of the file (`API_URL = "https://…"`), without its quotes. */
function unquotedConstant(text: string, name: string): string | undefined {
  return stringConstant(text, name)?.replace(/^[rfbu]{0,2}["'`]|["'`]$/g, '');
}

/** A PHP property declaration up to its value: `private string $apiUrl = `, `protected ?string $base = `, `var $url = `. */
const PHP_PROPERTY_BEFORE = /(?:^|[\s;{])(?:(?:public|protected|private|readonly)[ \t]+)+(?!static\b)(?:\??[\w\\]+[ \t]+)?\$[A-Za-z_]\w*[ \t]*=[ \t]*$|(?:^|[\s;{])var[ \t]+\$[A-Za-z_]\w*[ \t]*=[ \t]*$/;

/** A named arrow function whose expression body starts here: `const chatUrl = (base: string): string =>\n  `, with [1] its name. */
const ARROW_BODY_START = /(?:^|[\s;])(?:const|let|var)[ \t]+([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,80})?=[ \t]*(?:async[ \t]*)?(?:\([^()\n]{0,120}\)|[A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,80})?=>[ \t\n]*\(?[ \t\n]*$/;

/** A call's type arguments between its name and its bracket, one level nested: `post<ChatResponse>`, `post<Map<String, dynamic>>`. */
const TYPE_ARGUMENTS = String.raw`<(?:[^<>()\n]|<[^<>()\n]{0,60}>){0,80}>`;

/** The variables a PHP script binds: assigned (`$x = …`), a `foreach`'s (`as $k => $x`), a `list(…)`'s or a `[…] =`'s. */
function phpBoundNames(code: string): Set<string> {
  const names = new Set<string>();
  for (const m of code.matchAll(/(\$[A-Za-z_]\w*)[ \t]*=(?![=>])|\bas[ \t]+(?:\$\w+[ \t]*=>[ \t]*)?&?(\$[A-Za-z_]\w*)|\blist[ \t]*\(([^()]*)\)|\[([^[\]]*)\][ \t]*=(?![=>])/g)) {
    if (m[1] ?? m[2]) names.add(m[1] ?? m[2] ?? '');
    for (const listed of (m[3] ?? m[4] ?? '').match(/\$[A-Za-z_]\w*/g) ?? []) names.add(listed);
  }
  return names;
}

/** An Elixir file's module attributes given a literal string, `@base_url "https://…"`, by name ('' for one given two). */
function elixirModuleAttributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(/^[ \t]*@([a-z_]\w*)[ \t]+"([^"\n#]*)"[ \t]*$/gm)) found.set(m[1] ?? '', found.has(m[1] ?? '') && found.get(m[1] ?? '') !== m[2] ? '' : (m[2] ?? ''));
  return found;
}

/** An Azure OpenAI deployment's path written alone, its API version in the query: `openai/deployments/dalle3/images/generations?api-version=…`. */
const RELATIVE_DEPLOYMENT = /^\/?openai\/deployments\/[\w.-]+\/[\w/-]+\?(?:[^#\s]*&)?api-version=/;

/** A client's verb call right before a literal, `api.post(`, `client.stream(`, also generic: [1] the client. */
// (the chain may go on over lines: `axiosClient\n    .post(\n      "/completions"`)
const CLIENT_VERB_CALL = new RegExp(String.raw`([A-Za-z_$][\w$.]*(?:\(\))?)\s*\.(?:post|get|put|patch|delete|request|stream)\s*(?:${TYPE_ARGUMENTS}\s*)?\($`);

/**
 * A request an axios-like function is given as one options object with the API's whole path and a verb:
 * `openaiService({ url: "/v1/chat/completions", method: "POST", data: {…} })`, `api.request({ method: 'get', url: '/v1/models' })`.
 * Only the object that is the call's first argument; only a verb the endpoint has (an app's own routes and a mock's
 * `{ url }` without a method are none).
 */
function configObjectRequest(code: string, text: string, lit: StringLiteral): { call: { callee: string; start: number; open: number; close: number }; verb: string; path: string } | undefined {
  if (!/(?:^|[{,\s])["']?url["']?[ \t]*:[ \t]*$/.test(code.slice(Math.max(0, lit.start - 30), lit.start))) return undefined;
  const path = lit.value.split(/[?#]/)[0] ?? '';
  const template = v1Template(path);
  if (!isOpenAIEndpointPath(template)) return undefined;
  const brace = openBracketBefore(code, lit.start, Math.max(0, lit.start - 1000));
  if (code[brace] !== '{') return undefined;
  const from = Math.max(0, brace - 120);
  const callee = /(?<![\w$.])([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)[ \t]*\([ \t\n]*$/.exec(code.slice(from, brace));
  const name = callee?.[1] ?? '';
  // (only a function named for sending requests, axios's or an instance's, `openaiService`, `api.request`, `http`: a logger's
  // `info({ method, url })`, a route's definition, a Batch API input line pushed to a list, Cypress's `cy.request` are none)
  if (!callee || ROUTE_REGISTRARS.test(/^[\w$]+/.exec(name)?.[0] ?? '') || /^cy\./.test(name) || !/(?:^|\.)(?:axios|request|[\w$]*(?:Service|Client|Api|API|Http|HTTP|Instance|Request|Fetch(?:er)?)|api|http|https?Client|client|fetcher)$/.test(name)) return undefined;
  // (an options object is short: one of many keys is not read to its end for each)
  const close = matchingBracket(code, brace, 4000);
  if (close < 0 || /(?:^|[{,\s])["']?custom_id["']?[ \t]*:/.test(code.slice(brace, close))) return undefined;
  const method = /(?:^|[{,\s])["']?method["']?[ \t]*:[ \t]*["'`](\w+)["'`]/.exec(text.slice(brace, close))?.[1]?.toUpperCase();
  if (method === undefined || !verbsForPath(template).has(method)) return undefined;
  const start = from + callee.index;
  const open = start + callee[0].indexOf('(');
  const callEnd = matchingBracket(code, open, 8000);
  return { call: { callee: name, start, open, close: callEnd < 0 ? close : callEnd }, verb: method, path };
}

/**
 * The OpenAI path a relative literal a browser request is given names in full (`fetch('/openai/v1/chat/completions')`, the
 * page's origin proxying it), else undefined: only `fetch` and axios, only the whole `/v1/…` path of an inference endpoint (an
 * app's own `/api/chat` is none).
 */
function sameOriginApiPath(code: string, lit: StringLiteral): string | undefined {
  const v1Path = /^(?:\/[\w.-]+)*?(\/v1\/[a-z][\w/.-]*)$/.exec(lit.value)?.[1];
  // (an inference endpoint's: an app's own versioned routes, `/api/v1/files`, `/admin/v1/batches`, share the other resources' names)
  if (v1Path === undefined || !INFERENCE_ENDPOINT.test(v1Path) || !isOpenAIEndpointPath(v1Path)) return undefined;
  const call = enclosingCall(code, lit.start);
  if (!call || !SAME_ORIGIN_SENDERS.test(call.callee) || code.slice(call.open + 1, lit.start).trim() !== '') return undefined;
  return v1Path;
}

const SAME_ORIGIN_SENDERS = /^(?:window\.)?fetch$|^axios(?:\.(?:post|get|delete|request))?$/;

/**
 * Whether a local or parameter of that name is declared in the method around `at`, from its declaration (`String url = …`,
 * `(string endpoint)`, `val url = …`, a loop's or a lambda's): a C#, Java or Kotlin field's name read bare there is that local's.
 */
function declaredBefore(code: string, name: string, at: number): boolean {
  const window = code.slice(Math.max(0, at - 4000), at);
  const methods = [...window.matchAll(/^[ \t]*(?:(?:(?:public|private|protected|internal|static|async|override|final|suspend|open)[ \t]+)+[^;{}=\n]*\(|fun[ \t])/gm)];
  const from = methods[methods.length - 1]?.index ?? 0;
  const n = escapeRe(name);
  // (also a loop's, `foreach (var endpoint in mirrors)`, and a lambda's, `endpoint => …`, `(a, url) -> …`)
  return new RegExp(`(?:^|[;{(,\\n])[ \\t]*(?:final[ \\t]+)?(?:var|val|String|string|[A-Z]\\w*(?:<[^<>\\n]*>)?\\??)[ \\t]+${n}[ \\t]*(?:[=;,):]|in\\b)|(?<![\\w.])${n}[ \\t]*(?:=>|->)|\\([^()]*\\b${n}[ \\t]*\\)[ \\t]*(?:=>|->)`).test(window.slice(from));
}

/**
 * Dart's `Uri.https(authority, path)` (and `Uri.http`) given the path literal `lit`: the URL it makes, its host the first
 * argument, a literal or a name the file gives one (`String authority = 'api.openai.com';`), else undefined.
 */
function dartUriUrl(code: string, text: string, lit: StringLiteral): string | undefined {
  const call = enclosingCall(code, lit.start);
  if (!call || !/^Uri\.https?$/.test(call.callee)) return undefined;
  const before = splitTopLevel(text.slice(call.open + 1, lit.start));
  if (before.length !== 2 || before[1]?.trim() !== '') return undefined;
  const first = before[0]?.trim() ?? '';
  const literal = /^["']([\w.-]+(?::\d+)?)["']$/.exec(first)?.[1];
  // (a name the file gives a literal before the call, not a parameter of the function around it: `Future<void> ping(String host)`)
  const parameter = /^[A-Za-z_]\w*$/.test(first) && new RegExp(`(?:[(,]|\\([ \\t\\n]*\\{)[ \\t\\n]*(?:required[ \\t]+)?(?:final[ \\t]+)?(?:[A-Z]\\w*\\??[ \\t]+)?${first}[ \\t\\n]*[,)}=]`).test(text.slice(Math.max(0, call.start - 1500), call.start));
  const host = literal ?? (/^[A-Za-z_]\w*$/.test(first) && !parameter ? [...text.slice(0, call.start).matchAll(new RegExp(`\\b${first}[ \\t]*=[ \\t]*["']([\\w.-]+(?::\\d+)?)["']`, 'g'))].pop()?.[1] : undefined);
  // (its path with or without the leading slash, which Uri adds: `Uri.https('api.openai.com', 'v1/chat/completions')`)
  return host === undefined ? undefined : `${call.callee.endsWith('https') ? 'https' : 'http'}://${host}/${lit.value.replace(/^\//, '')}`;
}

/** A Go file's calls of names, maybe a package's or a value's (`send(`, `c.send(`, `c.api.send(`, `httpRequest[Req, Resp](`): [0] the callee. */
const GO_CALLEES = new RegExp(String.raw`(?<![\w.])(?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*(?=[ \t]*(?:${GO_TYPE_ARGUMENTS}[ \t]*)?\()`, 'g');

/** The callee right before a `(`, over a generic's type arguments or a Rust macro's `!`: [1] the callee. */
const CALLEE_BEFORE_BRACKET = new RegExp(String.raw`((?:[A-Za-z_$][\w$]*\s*\.\s*)*[A-Za-z_$][\w$]*)(?:!|\s*(?:${TYPE_ARGUMENTS})?)\s*$`);
/** The same before a Go generic's type arguments (`httpRequest[Req, Resp](`), tried only where a `]` comes right before the bracket. */
const GO_CALLEE_BEFORE_BRACKET = new RegExp(String.raw`((?:[A-Za-z_$][\w$]*\s*\.\s*)*[A-Za-z_$][\w$]*)\s*${GO_TYPE_ARGUMENTS}\s*$`);

/** The calls handed a URL variable: [1] the callee, [2] an empty first argument (`stream("", url)`), [3]/[4] the variable (maybe wrapped in `str(…)`, or borrowed in Rust: `&url`). */
const URL_VARIABLE_CALL = (labelled: string): RegExp =>
  new RegExp(
    String.raw`(?<![\w$]|[\w$]\.)((?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*)(?:${TYPE_ARGUMENTS}|${GO_TYPE_ARGUMENTS})?\s*\(\s*(["'] *["']\s*,\s*)?` +
      labelled +
      String.raw`(?:(?:str|String)\(\s*((?:self\.|this\.)?[A-Za-z_$][\w$]*)\s*\)|&?@{0,2}((?:self\.|this\.|\$this->|(?:[A-Z][\w$]*\.){2}(?=[A-Z])|[A-Za-z_$][\w$]*\.)?[A-Za-z_$][\w$]*)(?:\.(?:c_str|clone|as_str|to_string|to_owned|toString)\(\)|\.format\([^()]{0,300}\))?)\s*[,)]`,
    'g',
  );
// (Python passes it by keyword too: `requests.post(url=url, json=payload)`, websockets' `connect(uri=uri, …)`)
// (or as the fallback of the caller's value: `fetch(params?.apiUrl ?? OPENAI_CHAT_URL, …)`, read with its destination unknown)
// (a Go helper takes its context first: `c.Post(ctx, CHATS_URL, body)`)
// (a class's constant may be named through its namespace: C#'s `UnityWebRequest.Post(OpenAI.Api.Url, …)`)
const URL_VARIABLE_CALLS = URL_VARIABLE_CALL(String.raw`(?:(?:ctx|context\.(?:Background|TODO)\(\))[ \t]*,[ \t]*)?(?:ur[il][ \t]*=[ \t]*)?(?:[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)*[ \t]*(?:\?\?|\|\|)[ \t]*)?`);
// the raw-HTTP-only languages also name the verb first or label the argument (`HttpMethod.Post, url`, `new HttpMethod("POST"), url`, Volley's
// `Request.Method.POST, url` (or `Method.POST, url`, imported), over lines too, `url: url`),
// Elixir names it with an atom (`Finch.build(:get, url, headers)`),
// and PHP reads a class constant through its class (`curl_init(self::API_ENDPOINT)`) and sets a handle's URL
// as an option (`curl_setopt($ch, CURLOPT_URL, $endpoint)`; the handle may be a property, `$this->curl`)
// (R names it as Python does: `httr::POST(url = url, …)`; Kotlin's Ktor too, `client.post(urlString = url) { … }`)
const URL_VARIABLE_CALLS_LABELLED = URL_VARIABLE_CALL(String.raw`(?:(?:HttpMethod|Request\.Method|Method)\.\w+\s*,\s*|new[ \t]+HttpMethod[ \t]*\([ \t]*"[^"\n]{0,10}"[ \t]*\)\s*,\s*|:(?:get|post|put|patch|delete)[ \t]*,[ \t]*|(?:\$\w+|[A-Za-z_]\w*)(?:->\w+)?[ \t]*,[ \t]*CURLOPT_URL[ \t]*,[ \t]*)?(?:[A-Za-z_]\w*:[ \t]*|url(?:String)?[ \t]*=[ \t]*)?(?:(?:self|static)::)?`);

/** Java's `.openConnection()` right after `from` (a URL's end), as a call to report. */
function openConnectionAt(code: string, from: number): { callee: string; start: number; open: number; close: number } | undefined {
  const m = /^\s*\.\s*openConnection\s*\(/.exec(code.slice(from, from + 40));
  if (!m) return undefined;
  const open = from + m[0].length - 1;
  const close = matchingBracket(code, open, 200);
  return { callee: 'openConnection', start: from + m[0].indexOf('openConnection'), open, close: close < 0 ? open + 1 : close };
}

/** The variable an object literal is assigned to, when `lit` is the value of its `url` property: `const params = { url: "…" }`. */
/** The key a literal is the value of, in a request's options: `url: "…"`, or Node's `path: "/v1/…"` beside its `hostname`. */
const OPTION_KEY_BEFORE = { url: /[{,][ \t\n]*["']?url["']?[ \t]*:[ \t]*$/, 'url|path': /[{,][ \t\n]*["']?(?:url|path)["']?[ \t]*:[ \t]*$/ };

function optionsHolding(code: string, lit: StringLiteral, keys: 'url' | 'url|path'): { name: string; open: number; close: number } | undefined {
  if (!OPTION_KEY_BEFORE[keys].test(code.slice(Math.max(0, lit.start - 40), lit.start))) return undefined;
  // back to the object's `{`, over balanced brackets, within a bounded window (minified code stays linear)
  let depth = 0;
  let open = -1;
  for (let i = lit.start - 1; i >= 0 && lit.start - i <= 2000; i--) {
    const c = code[i];
    if (c === '}' || c === ')' || c === ']') depth++;
    else if (c === '{' || c === '(' || c === '[') {
      if (depth === 0) {
        open = c === '{' ? i : -1;
        break;
      }
      depth--;
    }
  }
  if (open < 0) return undefined;
  const name = /(?:^|[\s;])(?:const|let|var)[ \t]+([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,80})?=[ \t]*$/.exec(code.slice(Math.max(0, open - 120), open))?.[1];
  const close = matchingBracket(code, open);
  return name && close > 0 ? { name, open, close } : undefined;
}

function urlAt(vars: UrlAssignments, name: string, offset: number, code?: string): { at: number; url: string; destination: Destination; options?: string; parameter?: true } | undefined {
  const assignments = vars.get(name);
  if (!assignments || assignments.length === 0) return undefined;
  let found = lastBefore(assignments, offset);
  // (a Go function's own variable is not another function's, later in the file)
  while (found >= 0 && (assignments[found]?.until ?? Infinity) < offset) found--;
  const entry = assignments[found >= 0 ? found : 0];
  // nothing assigned before the call: a later module-level assignment may still be what it reads
  // (a function called after it), another function's own variable is not
  if (found < 0 && entry?.local) return undefined;
  // a name declared again between the URL and the call, in the block the call is in, is another variable
  // (`let url = apiEndpoint.appendingPathComponent("api/tags")` in a Swift method, after `guard let url = URL(string: …)` in `init`;
  // not another function's `const url = req.originalUrl`, nor Rust's `let url = url.trim_end_matches('/')`, the same value)
  if (entry && found >= 0 && code !== undefined && /^[A-Za-z_]\w*$/.test(name) && offset > entry.at && declaredAgainBefore(code, name, entry.at, offset)) return undefined;
  // `let url = `${HOST}/v1/chat/completions`; if (TYPE === 'azure') { url = `${HOST}/openai/deployments/…` }`: the
  // value set on a condition replaces the one before only when the condition holds (with the code to tell; a call
  // inside that branch, indented as deep, reads the value set there)
  const before = found > 0 && code !== undefined && entry ? assignments[found - 1] : undefined;
  if (entry && before && 'url' in before && entry.at > before.at && code !== undefined && lineIndent(code, offset) < lineIndent(code, entry.at) && inConditionalBranch(code, entry.at) && sameBlock(code, before.at, offset)) {
    // (the other branch is no API URL, `/openai/deployments?api-version=…`: the call may still send the first)
    if (!('url' in entry)) return before;
    if (endpointTemplate(entry.url) === endpointTemplate(before.url) && entry.destination.provider !== before.destination.provider) {
      return { ...entry, destination: { provider: 'unknown', host: `${before.destination.host} or ${entry.destination.host}, chosen at run time` } };
    }
  }
  return entry && 'url' in entry ? entry : undefined;
}

/**
 * The offsets of a file's declarations of each name from a value not its own (`let url = …`, not `let url = url.trim()`), every
 * name's read in one pass over the file, once per file (a pass per name was quadratic in a file of thousands of locals).
 */
const declarationsByName = perText<Map<string, Array<{ at: number }>>>();

function declarationsOf(code: string, name: string): Array<{ at: number }> {
  return declarationsByName(code, '', () => readDeclarations(code)).get(name) ?? [];
}

function readDeclarations(code: string): Map<string, Array<{ at: number }>> {
  const byName = new Map<string, Array<{ at: number }>>();
  // (the rest of the line read ahead, not taken: a second declaration on it, `guard let key = k, let url = other()`, is found too)
  for (const m of code.matchAll(/(?:\b(?:let|var|const|val)|\bguard[ \t]+let)[ \t]+([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,80})?=(?!=)(?=([^\n]{0,200}))/g)) {
    const declared = m[1] ?? '';
    // (`let url = url ?? DEFAULT`: a declaration that reads the name it declares keeps the value it had)
    if ((m[2] ?? '').includes(declared) && new RegExp(`(?<![\\w$.])${escapeRe(declared)}(?![\\w$])`).test(m[2] ?? '')) continue;
    const list = byName.get(declared);
    if (list) list.push({ at: m.index ?? 0 });
    else byName.set(declared, [{ at: m.index ?? 0 }]);
  }
  return byName;
}

/** Whether `name` is declared (`let`, `var`, `const`, `val`, `guard let`) between `from` and `to`, in a block around `to` (within 4,000 characters), from a value not its own. */
function declaredAgainBefore(code: string, name: string, from: number, to: number): boolean {
  const declarations = declarationsOf(code, name);
  for (let k = lastBefore(declarations, to); k >= 0; k--) {
    const at = declarations[k]?.at ?? 0;
    if (at < from || to - at > 4000) break;
    const indent = lineIndent(code, at);
    if (lineIndent(code, to) < indent) continue;
    // (no line between less indented than the declaration: the call is still in its block)
    const between = code.slice(code.indexOf('\n', at) + 1, code.lastIndexOf('\n', to - 1) + 1);
    if (between.split('\n').every((line) => line.trim() === '' || (/^[ \t]*/.exec(line)?.[0].length ?? 0) >= indent)) return true;
  }
  return false;
}

/**
 * Whether `from` and `to` (after it) are lines of one block: indented alike, and no line between them less indented
 * (another function's assignment is no value this call may read). Within 4,000 characters.
 */
function sameBlock(code: string, from: number, to: number): boolean {
  return to - from <= 4000 && lineIndent(code, to) === lineIndent(code, from) && !outdentedBetween(code, from, to);
}

/** Whether a line between `from`'s and `to`'s is less indented than `from`'s: the block holding `from` closes before `to`. */
function outdentedBetween(code: string, from: number, to: number): boolean {
  const indent = lineIndent(code, from);
  const lineEnd = code.indexOf('\n', from);
  if (lineEnd < 0 || lineEnd >= to) return false;
  const between = code.slice(lineEnd + 1, code.lastIndexOf('\n', to - 1) + 1);
  return between.split('\n').some((line) => line.trim() !== '' && (/^[ \t]*/.exec(line)?.[0].length ?? 0) < indent);
}

/** A project's own helpers that join a base and a path (`buildURL(base, "/v1/…")`, `buildOpenAIUrl(baseUrl, "models")`): their result is the URL, as a format call's. */
const JOIN_HELPER_NAME = String.raw`(?:build|join|make)_?(?:api_?|open_?ai_?(?:api_?)?)?(?:url|endpoint)`;
const JOIN_HELPERS = new RegExp(`(?:^|\\.)${JOIN_HELPER_NAME}$`, 'i');

/** A literal base and a path after it: OpenAI's, Azure's, or another provider's OpenAI-compatible endpoint (urlTarget reads all three). */
function literalOnBase(base: string, path: string): { url: string; dest: Destination } | undefined {
  const target = urlTarget(`${base.replace(/\/+$/, '')}${path}`);
  return target && { url: target.url, dest: target.destination };
}

/** R's pipes, base R's `|>` and magrittr's `%>%`. */
const R_PIPE = String.raw`(?:\|>|%>%)`;
/** A pipe before a link: `req |> `, over lines. */
const R_PIPE_BEFORE = new RegExp(`${R_PIPE}\\s*$`);
/** A pipe on to a call, from where a link ends: ` |> req_body_json(`. On the link's own line: a line starting with a pipe is no R. */
const R_LINK_AFTER = new RegExp(String.raw`^[ \t]*${R_PIPE}\s*(?:httr2::)?[A-Za-z_.][\w.]*[ \t]*\(`);

/**
 * R's httr2: a path appended to a request's base (`req_url_path_append("chat/completions")`) in a pipe from `request(base)`, or from a
 * name given one before (`req <- httr2::request(base_url)`, then `req |> req_url_path_append(…)`). The request (from its `request(` to the
 * path's call), its base (a name, or a literal without quotes), the path (every segment handed: `"files", file_id, "content"`), and the
 * verb the pipe gives it (`req_method("…")`, else POST with a body, else GET).
 */
function rAppendedPath(code: string, text: string, lit: StringLiteral): { request: { callee: string; start: number; open: number; close: number }; base: string; literal?: string; path: string; verb: string } | undefined {
  if (lit.value.length > 200 || !/^\/?[a-z][\w-]*(?:\/[\w{}.-]+)*$/.test(lit.value)) return undefined;
  const append = enclosingCall(code, lit.start);
  if (!append || append.callee !== 'req_url_path_append' || code.slice(append.open + 1, lit.start).trim() !== '') return undefined;
  const request = rPipeHead(code, append.start - (code.slice(Math.max(0, append.start - 7), append.start) === 'httr2::' ? 7 : 0));
  const close = request ? matchingBracket(code, request.open, 2000) : -1;
  if (!request || close < 0) return undefined;
  // (the base: a name, or a literal read from the text, the code having its strings blanked)
  const argument = text.slice(request.open + 1, close - 1).trim();
  const literal = /^["']([^"'\n]+)["']$/.exec(argument)?.[1];
  if (literal === undefined && !/^[A-Za-z_.][\w.]*$/.test(argument)) return undefined;
  // (the verb: the pipe's last `req_method("…")`, else POST with a body, else GET; read in the statements that shape its request only)
  const pipeEnd = rPipeEnd(code, append.close);
  const spans = [...request.before, [request.pipeFrom, pipeEnd] as const, ...rLaterUses(code, request.pipeFrom, pipeEnd)];
  // (`req_method(req, "DELETE")` too, the request handed first)
  const method = [...spans.map(([from, to]) => text.slice(from, to)).join('\n').matchAll(/\breq_method\s*\(\s*(?:[A-Za-z_.][\w.]*\s*,\s*)?(?:method\s*=\s*)?["'](\w+)["']/g)].pop()?.[1];
  const verb = method?.toUpperCase() ?? (spans.some(([from, to]) => /\breq_body_\w+\s*\(/.test(code.slice(from, to))) ? 'POST' : 'GET');
  // (a literal segment as written, any other `{x}`)
  const segments = splitTopLevel(text.slice(append.open + 1, append.close - 1)).map((arg) => /^\s*["']([^"'\n]*)["']\s*$/.exec(arg)?.[1]?.replace(/^\/+|\/+$/g, '') ?? '{x}');
  const path = `/${segments.filter((segment) => segment !== '').join('/')}`;
  return { request: { callee: 'request', start: request.start, open: request.open, close: append.close }, base: argument, ...(literal !== undefined ? { literal } : {}), path, verb };
}

/** Where an httr2 pipe ends, from a link that ends at `at`: past the links that follow (` |> req_body_json(body) |> req_perform()`). */
function rPipeEnd(code: string, at: number): number {
  for (let links = 0; links < 20; links++) {
    const link = R_LINK_AFTER.exec(code.slice(at, at + 300));
    const close = link ? matchingBracket(code, at + link[0].length - 1, 2000) : -1;
    if (close < 0) return at;
    at = close;
  }
  return at;
}

/**
 * The later statements that shape a request kept in a name once its path is appended (`req <- request(base) |> req_url_path_append(…)`,
 * then `req |> req_body_json(body) |> req_perform()`, or `req_body_json(req, body)`): their spans, up to the name's next other value,
 * at most 20 within 2,000 characters of the pipe's block.
 */
function rLaterUses(code: string, statement: number, end: number): Array<readonly [number, number]> {
  const kept = /(?<![\w.])([A-Za-z_.][\w.]*)[ \t]*(?:<-|=)\s*$/.exec(code.slice(Math.max(0, statement - 200), statement))?.[1];
  if (kept === undefined) return [];
  const name = `(?<![\\w.])${escapeRe(kept)}(?![\\w.])`;
  // (a function taking the name as a parameter, `function(req)`, `\(body, req)`: its name is another value; another value given the
  // name; a pipe from it; or a call handed it first)
  const use = new RegExp(String.raw`(?<![\w.])(?:function|\\)[ \t]*\([^()]*?${name}|${name}[ \t]*(?:<-|=(?!=))(?![ \t]*(?:${name}|(?:httr2::)?[A-Za-z_.][\w.]*[ \t]*\([ \t]*${name}))|${name}(?=[ \t]*${R_PIPE})|(?<![\w.])[A-Za-z_.][\w.]*[ \t]*\([ \t]*${name}`, 'g');
  const uses: Array<readonly [number, number]> = [];
  for (const m of code.slice(end, end + 2000).matchAll(use)) {
    const at = end + (m.index ?? 0);
    if (uses.length >= 20 || outdentedBetween(code, statement, at) || /<-|=|^(?:function|\\)/.test(m[0])) break;
    const open = m[0].indexOf('(');
    const close = open < 0 ? rPipeEnd(code, at + m[0].length) : matchingBracket(code, at + open, 2000);
    if (close > 0) uses.push([at, close]);
  }
  return uses;
}

/** The `request(` a pipe starts from, where it starts, and the spans of the statements before that pipe that shape it (a kept request's). */
type RPipeHead = { start: number; open: number; pipeFrom: number; before: Array<readonly [number, number]> };

/**
 * The `request(` an httr2 pipe starts from, walking back from a link at `at` over `|>` and `%>%`, each link a call: in place, or the
 * request a name holds for a pipe from a name (`req |> req_url_path_append(…)`, see rKeptRequest).
 */
function rPipeHead(code: string, at: number): RPipeHead | undefined {
  for (let links = 0; links < 20; links++) {
    const pipe = R_PIPE_BEFORE.exec(code.slice(Math.max(0, at - 40), at));
    if (!pipe) return undefined;
    const end = at - pipe[0].length;
    const before = code.slice(Math.max(0, end - 200), end);
    const trimmed = before.trimEnd();
    const linkEnd = end - (before.length - trimmed.length);
    if (trimmed.endsWith(')')) {
      const open = matchingOpen(code, linkEnd - 1);
      const callee = open < 0 ? null : /(?:httr2::)?([A-Za-z_.][\w.]*)\s*$/.exec(code.slice(Math.max(0, open - 80), open));
      if (!callee) return undefined;
      const start = open - callee[0].length;
      if (callee[1] === 'request') return { start, open, pipeFrom: start, before: [] };
      at = start;
      continue;
    }
    const name = /(?<![\w.])([A-Za-z_.][\w.]*)$/.exec(trimmed)?.[1];
    return name === undefined ? undefined : rKeptRequest(code, name, linkEnd - name.length);
  }
  return undefined;
}

/**
 * The request a name holds where a pipe starts from it at `at`: its last assignment before, `req <- httr2::request(base_url)`, read
 * back through reassignments that pipe it on or hand it first to a call (`req <- req |> req_auth_bearer_token(key)`,
 * `req <- req_body_json(req, body)`); any other value is no request. Only in the block of the pipe (no line between less indented:
 * another function's name is another's), within 4,000 characters.
 */
function rKeptRequest(code: string, name: string, at: number): RPipeHead | undefined {
  const from = Math.max(0, at - 4000);
  const assignments = [...code.slice(from, at).matchAll(new RegExp(`(?<![\\w.])${escapeRe(name)}[ \\t]*(?:<-|=(?!=))[ \\t]*`, 'g'))];
  const piped = new RegExp(`^${escapeRe(name)}(?=[ \\t]*${R_PIPE})`);
  // (a call handed the name first, read as rLaterUses reads it)
  const handed = new RegExp(`^(?:httr2::)?[A-Za-z_.][\\w.]*[ \\t]*\\([ \\t]*${escapeRe(name)}(?![\\w.])`);
  const before: Array<readonly [number, number]> = [];
  for (let i = assignments.length - 1; i >= 0 && before.length < 20; i--) {
    const value = from + (assignments[i]?.index ?? 0) + (assignments[i]?.[0].length ?? 0);
    const head = /^(?:httr2::)?request[ \t]*\(/.exec(code.slice(value, value + 40));
    if (head) {
      const open = value + head[0].length - 1;
      const close = matchingBracket(code, open, 2000);
      if (close < 0 || outdentedBetween(code, value, at)) return undefined;
      return { start: value, open, pipeFrom: at, before: [[value, rPipeEnd(code, close)], ...before] };
    }
    const reassigned = piped.exec(code.slice(value, value + 200));
    const call = reassigned ? null : handed.exec(code.slice(value, value + 200));
    const close = call ? matchingBracket(code, value + call[0].indexOf('('), 2000) : -1;
    if (!reassigned && close < 0) return undefined;
    before.unshift([value, rPipeEnd(code, reassigned ? value + reassigned[0].length : close)]);
  }
  return undefined;
}

/**
 * A placeholder whose base loses its last slash on a condition, [1] the placeholder's opening and [2] or [4] the base: JavaScript's
 * `${url.endsWith('/') ? url.slice(0, -1) : url}`, Python's `{base[:-1] if base.endswith('/') else base}`.
 */
const TRIMMED_ON_CONDITION = /^(\$?\{\s*)(?:([\w$.]+)\.endsWith\(\s*["'`]\/["'`]\s*\)\s*\?\s*\2\.(?:slice|substring)\(\s*0\s*,\s*(?:-1|\2\.length\s*-\s*1)\s*\)\s*:\s*\2|([\w.]+)\[\s*:\s*-1\s*\]\s+if\s+\3\.endswith\(\s*["']\/["']\s*\)\s+else\s+(\3))\s*\}/;

/** A URL builder given only a path (`self._build_url("/chat/completions")`, `buildUrl('/embeddings')`, `api_url("models")`). */
export const PATH_URL_BUILDER_NAME = String.raw`_{0,2}(?:(?:build|make|full|api|get)_?(?:api_?)?(?:url|uri|endpoint)|url_?for|api_?url)`;
const PATH_URL_BUILDER = new RegExp(String.raw`(?:^|\.|->)${PATH_URL_BUILDER_NAME}$`, 'i');

/**
 * A request whose URL is the project's URL builder given an API path, the builder's call its first argument (or the value after
 * Perl's verb, `build_tx(POST => $self->_build_url("/chat/completions"))`): the request, the builder and the API path on a
 * base decided at run time. Only a fixed endpoint's path without `/v1` (`/chat/completions`), or any with it.
 */
function builtUrlRequest(code: string, lit: StringLiteral, sends: (callee: string) => boolean): { request: { callee: string; start: number; open: number; close: number }; builder: string; path: string } | undefined {
  if (lit.value.length > 120 || !/^\/?[a-z][\w-]*(?:\/[\w{}$.:-]+)*$/.test(lit.value)) return undefined;
  const builder = enclosingCall(code, lit.start);
  if (!builder || !PATH_URL_BUILDER.test(builder.callee) || code.slice(builder.open + 1, lit.start).trim() !== '' || !/^\s*\)/.test(code.slice(lit.end, lit.end + 20))) return undefined;
  const request = enclosingCall(code, builder.start);
  if (!request || !sends(request.callee) || !/^\s*(?:(?:["']?(?:GET|POST|PUT|PATCH|DELETE)["']?|\w+)\s*(?:=>|,)\s*)?(?:\$?[\w]+\s*(?:->|\.)\s*)?$/i.test(code.slice(request.open + 1, builder.start))) return undefined;
  const path = runtimeHostPath(lit.value.startsWith('/') ? lit.value : `/${lit.value}`);
  return path === undefined ? undefined : { request, builder: builder.callee.replace(/^.*(?:\.|->)/, ''), path };
}

/** A call of such a helper anywhere in a file. */
const JOIN_HELPER_CALL = new RegExp(String.raw`${JOIN_HELPER_NAME}[ \t]*\(`, 'i');

/**
 * Calls that build a URL string from parts: Go's fmt.Sprintf and url.JoinPath, PHP's sprintf, Python's str.format
 * and urljoin, Node's util.format and the URL constructor, Java's String.format.
 */
// (also the URL types that wrap a string: `Uri.parse("…")`, `URI.create("…")`, `URI("…")`, `new Uri("…")`)
// (and R's `paste0(base, "/chat/completions")`, `file.path(base, "chat/completions")`, `glue::glue("…/v1/{task}")`; Unreal's `TEXT("…")`)
const FORMAT_FUNCTIONS = /(?:^|\.)(?:Sprintf|sprintf|format|JoinPath|urljoin|URL|URI|Uri|QUrl|paste0)$|^TEXT$|(?:^|\.)(?:URI|Uri|URL|Url)\.(?:parse|create)$|^Uri\.https?$|^file\.path$|^joinpath$|^(?:glue::)?glue$/;

/** Swift's URL joining a path onto itself, `baseURL.appendingPathComponent("files")` ([1] the base). */
const SWIFT_APPENDED_PATH = /^([A-Za-z_][\w.]*?)[ \t\n]*\.[ \t\n]*appendingPathComponent$/;
const SWIFT_APPEND_AFTER = /[ \t\n]*\.[ \t\n]*appendingPathComponent[ \t]*\([ \t]*/y;

/** The segments appended after a join ends at `close` (`.appendingPathComponent(fileId).appendingPathComponent("content")`), a name as `{x}`. */
function swiftAppendedSegments(code: string, close: number, strings: ReadonlyMap<number, StringLiteral>): string {
  let path = '';
  for (let at = close, n = 0; at >= 0 && n < 8; n++) {
    SWIFT_APPEND_AFTER.lastIndex = at;
    const m = SWIFT_APPEND_AFTER.exec(code);
    if (!m) break;
    const argument = at + m[0].length;
    const end = matchingBracket(code, argument - 1 - (/[ \t]*$/.exec(m[0])?.[0].length ?? 0));
    if (end < 0) break;
    const literal = strings.get(argument);
    path += `/${literal ? literal.value.replace(/^\/+|\/+$/g, '') : '{x}'}`;
    at = end;
  }
  return path;
}

/**
 * The base a path is joined to: `url.JoinPath(apiHost, "/v1/chat/completions")`,
 * `urljoin(base, "/v1/embeddings")`, `new URL("/v1/files", base)`. Undefined for other calls.
 */
function joinedBase(code: string, lit: StringLiteral, text: string): string | undefined {
  // only near such a call: walking back to the enclosing call for every `/…` string was quadratic
  if (!/(?:JoinPath|urljoin|URL|[Uu]rl|[Ee]ndpoint|[Jj]oin|joinpath|paste0|file\.path|appendingPathComponent|Sprintf)\s*\(/.test(code.slice(Math.max(0, lit.start - 200), lit.start))) return undefined;
  const call = enclosingCall(code, lit.start);
  // (Go formats two parts side by side: `fmt.Sprintf("%s%s", API_V1_URL, "/chat/completions")`; the code has its strings blanked)
  if (call?.callee === 'fmt.Sprintf') {
    const parts = splitTopLevel(text.slice(call.open + 1, call.close - 1)).map((a) => a.trim());
    return parts.length === 3 && parts[0] === '"%s%s"' && /^[A-Za-z_][\w.]*$/.test(parts[1] ?? '') && text.indexOf(parts[2] ?? '\0', call.open + 1) === lit.start ? parts[1] : undefined;
  }
  // (Swift's URL joins a path onto itself: `baseURL.appendingPathComponent("files")`)
  const appended = call ? SWIFT_APPENDED_PATH.exec(call.callee)?.[1] : undefined;
  if (appended !== undefined) return appended;
  // (also a project's own joining helper, base first: `buildURL(o.baseURL, "/v1/chat/completions")`, `join_url(base, …)`; R's `paste0(base, "/…")`)
  // (Julia's `joinpath(OPENAI_API, "chat/completions")` joins strings with a slash)
  if (!call || !(/(?:^|\.)(?:JoinPath|urljoin|URL|paste0)$|^file\.path$|^joinpath$/.test(call.callee) || JOIN_HELPERS.test(call.callee))) return undefined;
  const args = splitTopLevel(code.slice(call.open + 1, call.close - 1)).map((a) => a.trim());
  // (Rust lends it: `build_endpoint(&config.base_url, "models")`)
  const base = (/(?:^|\.)URL$/.test(call.callee) ? args[1] : args[0])?.replace(/^&/, '');
  // the base is a name (`cfg.Host`), not another literal
  return base && /^[A-Za-z_$][\w$.]*$/.test(base) ? base : undefined;
}

/**
 * `client.post("/v1/chat/completions", json=…)`, `self.client.request("POST", "/v1/chat/completions")`,
 * resty's `.Post("/v1/chat/completions")`, RestSharp's `new RestRequest("/chat/completions", Method.Post)`:
 * an OpenAI API path sent by a client object whose base URL is set where it is built (httpx, axios,
 * Locust, resty, RestSharp). The path must say OpenAI on its own (`pathSaysOpenAI`), or a client of the same name
 * sends one that does (a field's anywhere in the file, a local's in the same top-level declaration), or the request
 * carries the Assistants API's `OpenAI-Beta` header (`.Post("/threads/" + id + "/runs")`). Not a route a server
 * registers (`app.post("/v1/…", handler)`, `@app.post(…)`, Go's `r.POST(path, h)`), nor a test client calling the app
 * under test.
 */
function pathOnConfiguredClient(code: string, text: string, lit: StringLiteral, language: SourceLanguage, sends: (callee: string) => boolean, decidedElsewhere: () => boolean, strings: () => Map<number, StringLiteral>, saysOpenAIElsewhere: (receiver: string, at: number) => boolean): { receiver: string; path: string } | undefined {
  let path = lit.value.startsWith('/') ? lit.value : `/${lit.value}`;
  // (`.Post("/threads/" + threadID + "/messages")`: the path goes on with parameters)
  if (path.endsWith('/')) {
    const origin = path.startsWith('/v1/') ? 'https://x' : 'https://x/v1';
    path = concatenatedPath(`${origin}${path}`, code, lit.end, strings(), false, language === 'lua').slice(origin.length);
  }
  const segments = normalisePath(path);
  const template = v1Template(path);
  if (segments.length === 0 || findEndpointPolicy(template) === undefined || verbsForPath(template).size === 0) return undefined;
  const saysOpenAI = pathSaysOpenAI(path);
  const call = enclosingCall(code, lit.start);
  if (!call || !sends(call.callee)) return undefined;
  const restRequest = language === 'csharp' && call.callee === 'RestRequest';
  // (resty's chain: `o.httpClient.R().SetBody(body).\n Post("/audio/transcriptions")` is sent by `o.httpClient`)
  const chain = /^(.*)\.[\w$]+$/.exec(call.callee) ? undefined : chainedReceiver(code, call.start);
  const receiver = /^(.*)\.[\w$]+$/.exec(call.callee)?.[1] ?? chain?.receiver;
  // (`client.post("/embeddings")`, `.Post("/threads")` could be any API's: OpenAI's shape beside the same client's request
  // that says OpenAI, or with the Assistants API's `OpenAI-Beta` header; never `/files`, `/models`, `/conversations`,
  // which other APIs have too, whatever else the client sends; and an inference endpoint of one segment also beside a
  // client of that name posting `/chat/completions` anywhere in the file)
  const besideChat = (): boolean => receiver !== undefined && segments.length === 1 && SINGLE_SEGMENT_ENDPOINTS.has(segments[0] ?? '') && new RegExp(`(?<![\\w$.])${escapeRe(receiver)}\\.(?:post|stream|request)[ \\t]*\\([^()\\n]{0,20}["'](?:/v1)?/chat/completions["']`).test(text);
  if (!saysOpenAI && (SHARED_RESOURCES.has(segments[0] ?? '') || !(receiver && (/OpenAI-Beta/i.test(text.slice(chain?.start ?? call.start, call.close)) || saysOpenAIElsewhere(receiver, call.start) || besideChat())))) return undefined;
  if (!restRequest && (!receiver || ROUTE_REGISTRARS.test(/^[\w$]+/.exec(receiver)?.[0] ?? ''))) return undefined;
  // the path is the URL argument: first, or after the verb (`request("POST", "/v1/…")`), or `url=`
  // (the lexed code blanks the verb string's letters)
  if (!/^\s*(?:["'][^"'\n]{1,8}["']\s*,\s*)?(?:url\s*=\s*)?[rfbu]{0,2}$/i.test(code.slice(call.open + 1, lit.start))) return undefined;
  const args = splitTopLevel(code.slice(call.open + 1, call.close - 1));
  // a handler among the arguments registers a route (Go's `r.Post(path, handler)` passes a bare name)
  if (args.some((a) => /=>|\bfunction\b|\blambda\b|\bfunc\s*\(/.test(a)) || (language === 'go' && args.length > 1)) return undefined;
  // a verb the endpoint has (`client.put("/chat/completions")` is no OpenAI request)
  const verb = restRequest ? undefined : httpVerb(call.callee, text.slice(call.open, call.close));
  if (verb !== undefined && !verbsForPath(template).has(verb)) return undefined;
  // `@app.post("/v1/chat/completions")`
  if (/@\s*$/.test(code.slice(Math.max(0, call.start - 20), call.start))) return undefined;
  // `conn = http.client.HTTPSConnection("api.openai.com")`: the connection names its host (pythonConnectionRequests)
  if (language === 'python' && receiver && new RegExp(`(?<![\\w.])${escapeRe(receiver)}[ \\t]*=[ \\t]*(?:http\\.client\\.|client\\.)?HTTPS?Connection[ \\t]*\\([ \\t]*["']`).test(code)) return undefined;
  if (decidedElsewhere()) return undefined;
  return { receiver: restRequest ? 'the RestClient' : receiver ?? '', path: template };
}

/**
 * Whether the module defines a function `name` itself at its top level (`def name(`, `function
 * name(`, `const name = …` at a line's start), shadowing an imported one; a class's method or an
 * inner function's local of that name does not.
 */
function definesFunction(code: string, name: string, language: SourceLanguage): boolean {
  if (name.startsWith('.') || language === 'go') return false;
  const escaped = escapeRe(name);
  const definition = language === 'python' ? new RegExp(`^(?:async[ \\t]+)?def[ \\t]+${escaped}[ \\t]*\\(`, 'm') : new RegExp(`^(?:export[ \\t]+)?(?:(?:async[ \\t]+)?function[ \\t*]+${escaped}[ \\t]*\\(|(?:const|let|var)[ \\t]+${escaped}[ \\t]*=)`, 'm');
  return definition.test(code);
}

/** A cheap first test that `callee` may name a function the file defines (`def name(`, `function name(`, `name = (…) =>`, a method). */
function mayBeLocalFunction(code: string, callee: string, language: SourceLanguage): boolean {
  // (a Go method is called through any value: `c.audioRequest(ctx, apiBase+"/audio/transcriptions", …)`)
  const name = (language === 'go' ? /^(?:[A-Za-z_]\w*\.)?([A-Za-z_]\w*)$/ : /^(?:(?:this|self)\.)?([A-Za-z_$][\w$]*)$/).exec(callee)?.[1];
  if (!name) return false;
  const at = code.indexOf(name);
  // a function the file defines and calls is named at least twice
  return at >= 0 && code.indexOf(name, at + name.length) >= 0;
}

/** Names a web framework's app or router goes by: `app.post(path, …)` on them registers a route. */
const ROUTE_REGISTRARS = /^(?:app|server|srv|fastify|hono|r|g|e|mux|engine|group|rg|v1|bp|blueprint|api_?v1|web)$|router|routes?$/i;
/**
 * A test client that sends requests to the app under test, not to an API (FastAPI's, Flask's,
 * supertest); or a client given a literal base in the file, whose paths the instance rules judge
 * (`async with httpx.AsyncClient(base_url="http://vllm:8000/v1") as client:`).
 */
const CLIENTS_KNOWN = /\b(?:base_url|baseURL|base_uri|prefixUrl)\s*[=:]\s*[rfbu]?["'`](?:https?|wss?):|\bTestClient\s*\(|\.test_client\s*\(|\bsupertest\b|\bASGITransport\b|\bAsyncClient\s*\(\s*app\s*=/;

/**
 * A base URL filled into a format string, as `interpolatedBase` reads a template:
 * `fmt.Sprintf("%s/v1/completions", c.BaseURL)`, `"%s/v1/chat" % base`, `"{}/v1/embeddings".format(base)`.
 * [1] is the value's expression (what fills the first placeholder), [2] the path.
 */
function formattedBase(lit: StringLiteral, code: string, text: string, topLevelPaths: ReadonlySet<string>): [string, string, string] | null {
  // later placeholders are path parameters: `"%s/%s/cancel"` → `/{x}/cancel`
  // (an Azure endpoint ends in a slash by convention: `"{}openai/deployments/{}/chat/completions?api-version={}".format(base, …)`)
  // (and a base whose name says so, ending in a slash by convention: Rust's `format!("{}chat/completions", base_url)`)
  // (or the path a constant holds, right after the base: `fmt.Sprintf("%s%s", c.apiUrl, CompletionPath)`, checked below)
  const placeholder = /^(?:%[sv]|\{\})(\/(?:[\w/{}.$-]|%[sdv])*|openai\/deployments\/(?:[\w/{}.$-]|%[sdv])*|[a-z][\w-]*\/[a-z][\w/{}.$-]*|%s(?:[\w/{}.$-]|%[sdv])*)/.exec(lit.value);
  if (!placeholder?.[1]) return null;
  const after = code.slice(lit.end, lit.end + 200);
  // (Rust borrows it: `format!("{}/engines", &self.base_url)`)
  const value = /^\s*(?:,|%|\.format\()\s*\(?\s*&?([A-Za-z_$][\w$.]*)/.exec(after)?.[1];
  if (!value || (!/^\/|^openai\/|^%s/.test(placeholder[1]) && !/url|base|endpoint|host|api/i.test(value))) return null;
  // …unless a constant of the file or a literal fills one: `fmt.Sprintf("%s/%s/%s", URL, VERSION, COMPLETION)` with
  // `VERSION = "v1"`, `fmt.Sprintf("%s/%s", c.baseURL, "v1/chat/completions")` (read in the text: the code has its strings blanked)
  const rest = /^\s*,\s*[A-Za-z_$][\w$.]*((?:\s*,\s*(?:[A-Za-z_$][\w$.]*|"[\w/.-]*"|'[\w/.-]*'))+)\s*\)/.exec(text.slice(lit.end, lit.end + 200))?.[1]?.split(',').map((a) => a.trim()).slice(1) ?? [];
  // (a path right after the base only from a name the module gives a path at its level: a parameter `path` is the caller's)
  if (placeholder[1].startsWith('%') && !topLevelPaths.has(rest[0] ?? '')) return null;
  let k = 0;
  const path = placeholder[1].replace(/%[sdv]/g, () => pathConstant(text, rest[k++]) ?? '{x}').replace(/\{\}/g, '{x}').replace(/\/{2,}/g, '/');
  if (placeholder[1].startsWith('%') && !path.startsWith('/')) return null;
  return [placeholder[0], value, path.startsWith('/') ? path : `/${path}`];
}

/** A constant path segment: Go's `VERSION = "v1"` or `COMPLETION path = "completions"` (a typed constant), another language's `VERSION = "v1"`. */
function pathConstant(text: string, name: string | undefined): string | undefined {
  const literal = name === undefined ? undefined : /^(["'])([\w.-]+(?:\/[\w.-]+)*)\1$/.exec(name)?.[2];
  if (literal !== undefined) return literal;
  if (!name || !/^[A-Za-z_]\w*$/.test(name)) return undefined;
  return pathConstants(text, name, () => pathConstantUncached(text, name));
}

function pathConstantUncached(text: string, name: string): string | undefined {
  // (assigned once: `path = "chat/completions"` in one `case` and `path = "embeddings"` in another is a run-time choice)
  const assigned = [...text.matchAll(new RegExp(`^[ \\t]*(?:const[ \\t]+|var[ \\t]+)?${name}(?:[ \\t]+[A-Za-z_][\\w.]*)?[ \\t]*:?=(?!=)[ \\t]*(?:"(/?[\\w.-]+(?:/[\\w.-]+)*)"[ \\t]*$)?`, 'gm'))];
  const value = assigned.length === 1 ? (assigned[0]?.[1] ?? unquotedConstant(text, name)) : assigned.length === 0 ? unquotedConstant(text, name) : undefined;
  return value !== undefined && /^\/?[\w.-]+(?:\/[\w.-]+)*$/.test(value) ? value : undefined;
}

/** pathConstant's answers for the file analysed now. */
const pathConstants = perText<string | undefined>();

/**
 * Azure OpenAI's paths outside a deployment: the Assistants API, files, vector stores, batches, fine-tuning and models under `/openai/`
 * (`${endpoint}/openai/threads?api-version=…`). OpenAI's own API has no `/openai/` prefix; a gateway that keeps one in
 * front of inference paths (`…/openai/chat/completions`) is not read as Azure.
 */
// (and its realtime WebSocket, `${endpoint}/openai/realtime?api-version=…&deployment=…`, and its WebRTC session's key,
// `${endpoint}/openai/realtimeapi/sessions?api-version=…`; a literal whose query is OpenAI's,
// `?model=…`, a gateway's prefix before OpenAI's path, is left out where the literal is read)
const AZURE_DATA_PLANE = /^\/openai\/(?:(?:threads|assistants|files|vector_stores|batches|fine_tuning|models)(?:\/|$)|realtime(?:[?#]|$)|realtimeapi\/sessions\/?(?:[?#]|$))/;

/**
 * Azure OpenAI's own operations with no OpenAI counterpart, which the mapping onto OpenAI's paths would misread: importing a
 * file from blob storage (`/openai/files/import`, read as a file's id) and Sora's video generation jobs.
 */
const AZURE_ONLY_PATH = /^\/openai\/(?:files\/import|deployments\/[^/?#]+\/videos?\/generations|v1\/video\/generations)(?:[/?#]|$)/;

/**
 * The OpenAI endpoint a path written after a base decided at run time names, or undefined: `namedForOpenAI` where the file says
 * the base is OpenAI's (its name, a literal default, a class or package named for OpenAI), `defaultIsOpenAI` where its default
 * is, `baseNamedForOpenAI` where the base's own name says so (or the request sends OpenAI's own `OpenAI-Beta` header).
 * A path plainly names one by `/v1/…`, Azure's `/openai/deployments/{name}/…`, or two or more segments of a fixed endpoint
 * (`/chat/completions`; a base that already ends in `/v1`). One bare segment (`/files`), or `/files/{id}`, could be any server's:
 * only on a base named for OpenAI (then the inference endpoints' single segments, or any path where the base's own name says so),
 * or defaulting to OpenAI's own (`${env.GATEWAY || "https://api.openai.com/v1"}/files`: any of its paths).
 */
export function runtimeHostPath(written: string, namedForOpenAI = false, defaultIsOpenAI = false, baseNamedForOpenAI = false): string | undefined {
  // a gateway in front of Azure OpenAI adds its own prefix: `/{api_path}/openai/deployments/…`
  const gateway = written.indexOf('/openai/deployments/');
  const path = gateway > 0 ? written.slice(gateway) : written;
  if (AZURE_ONLY_PATH.test(path)) return undefined;
  if (isOpenAIEndpointPath(path)) return path;
  const segments = normalisePath(path);
  // (also Azure OpenAI's v1 API, `${endpoint}/openai/v1/responses`, whatever the one segment after it; Groq's base ends in
  // `/openai/v1` too, so the destination stays the run time's)
  const azure = /^\/openai\/(?:deployments|v1)\//.test(path) || AZURE_DATA_PLANE.test(path);
  // (one segment: an inference endpoint's or `/models` on a base the file says is OpenAI's; any resource's, `/batches`, `/files`,
  // only on a base whose own name says so, `OPENAI_BASE + "/files"`, or whose request sends the `OpenAI-Beta` header)
  if (segments.length < 2 && !azure && !defaultIsOpenAI && !baseNamedForOpenAI && !(namedForOpenAI && (SINGLE_SEGMENT_ENDPOINTS.has(segments[0] ?? '') || segments[0] === 'models'))) return undefined;
  const v1Path = `/v1/${segments.join('/')}`;
  const template = endpointTemplate(`https://x${v1Path}`);
  if (!isOpenAIEndpointPath(v1Path, template) || wordForId(v1Path, template)) return undefined;
  // Without `/v1` only a fixed endpoint path counts (`/chat/completions`): `/models/{id}` is also
  // Hugging Face's, and any server's `/files/{id}` (found by held-out corpus 8); on a base named for OpenAI, any of its paths
  return azure || isFixedEndpoint(v1Path) || namedForOpenAI || defaultIsOpenAI ? v1Path : undefined;
}

/** The names a file's strings put before a path of no OpenAI endpoint on any base (`'$_baseUrl/chat'`, `"${api}/files/upload"`). */
function ownRouteBases(strings: readonly StringLiteral[]): Set<string> {
  const names = new Set<string>();
  for (const lit of strings) {
    const m = /^\$\{?[ \t]*([A-Za-z_$][\w$.]*?)[ \t]*\}?(\/[\w/{}$.-]*)$/.exec(lit.value);
    if (m && !names.has(m[1] ?? '') && runtimeHostPath(m[2] ?? '', true, true, true) === undefined) names.add(m[1] ?? '');
  }
  return names;
}

/**
 * Whether a path names a plain word where its endpoint takes an object's id (`/files/upload`, `/files/vector-stores` read as
 * `/v1/files/{file_id}`): an app's own route, not OpenAI's; an id written out has digits or capitals (`file-abc123`).
 */
function wordForId(v1Path: string, template: string): boolean {
  const written = v1Path.split('/');
  return template.split('/').some((segment, i) => segment.startsWith('{') && segment !== '{model}' && /^[a-z]+(?:[-_][a-z]+)*$/.test(written[i] ?? ''));
}

/**
 * Whether the file's literal base URLs (`"https://api.openai.com/v1"`, as a default or a constant)
 * are OpenAI's or Azure OpenAI's only: a file that also writes another provider's base talks to several.
 */
function hasOpenAIBaseLiteral(strings: StringLiteral[]): boolean {
  let openai = false;
  for (const lit of strings) {
    if (lit.interpolated || !/^https?:\/\/[^/\s]+\/?(?:v1\/?)?$/i.test(lit.value.trim())) continue;
    if (destinationOf(lit.value) === undefined) return false;
    openai = true;
  }
  return openai;
}

/** The endpoint template of a path the API's base may come before, with its `/v1` (`/threads/x` → `/v1/threads/{thread_id}`). */
function v1Template(path: string): string {
  return endpointTemplate(`https://x${path.startsWith('/v1/') ? path : `/v1${path}`}`);
}

/**
 * Whether a path names OpenAI's API on its own: `/v1/` and an endpoint of two segments or an inference one
 * (`/v1/files` and `/v1/models` are Anthropic's too), or a fixed endpoint of two segments (`/chat/completions`).
 */
function pathSaysOpenAI(path: string): boolean {
  const segments = normalisePath(path);
  const template = v1Template(path);
  return path.startsWith('/v1/') ? segments.length >= 2 || SINGLE_SEGMENT_ENDPOINTS.has(segments[0] ?? '') : segments.length >= 2 && isFixedEndpoint(template);
}

/**
 * The top-level declarations' starts: each line at the margin that is no closing bracket (a Go or JavaScript function,
 * a Python `def` or class), in order; a declaration runs to the next one.
 */
function topLevelStarts(code: string): Array<{ at: number }> {
  return [{ at: 0 }, ...[...code.matchAll(/\n(?=[^\s}\])])/g)].map((m) => ({ at: (m.index ?? 0) + 1 }))];
}

/**
 * Whether a chain of calls on `receiver` between `from` and `to` sends a path that names OpenAI's API on its own, to an
 * endpoint of the policy tables (`o.httpClient.R().SetFile(…).Post("/audio/transcriptions")`, `client.post("/chat/completions", …)`).
 */
function sendsOpenAIPath(code: string, receiver: string, strings: Map<number, StringLiteral>, from = 0, to = code.length): boolean {
  const uses = new RegExp(`(?<![\\w$.])${escapeRe(receiver)}(?![\\w$])`, 'g');
  uses.lastIndex = from;
  for (let found = 0, m = uses.exec(code); m && m.index < to && found < 200; found++, m = uses.exec(code)) {
    // (`client.post(…)` is a chain of one call after `client`)
    for (const call of callsChainedAfter(code, m.index + m[0].length)) {
      if (!/^(?:post|get|put|patch|delete|request|stream|send)$/i.test(call.name)) continue;
      const first = /^\s*/.exec(code.slice(call.open + 1, call.open + 80))?.[0].length ?? 0;
      // (also without its leading slash, on a base ending in one: Ktor's `client.post("threads/runs")`)
      const written = strings.get(call.open + 1 + first)?.value;
      const path = written !== undefined && /^(?:v1\/)?[a-z_]+\/[a-z_]/.test(written) ? `/${written}` : written;
      if (path === undefined || !path.startsWith('/') || !pathSaysOpenAI(path)) continue;
      // (an endpoint the policy tables know, with a verb it has: `client.put("/chat/completions")` is no OpenAI request)
      const template = v1Template(path);
      const verb = /^(?:post|get|put|patch|delete)$/i.test(call.name) ? call.name.toUpperCase() : undefined;
      if (findEndpointPolicy(template) !== undefined && (verb === undefined || verbsForPath(template).has(verb))) return true;
    }
  }
  return false;
}

/** An endpoint path with no parameter, exactly as the SDKs call it (`/v1/chat/completions`, not `/v1/models/{model}`). */
export function isFixedEndpoint(v1Path: string): boolean {
  return !v1Path.includes('{') && verbsForPath(v1Path).size > 0;
}

/** The first segments of the API's paths (`files`, `chat`), read from the SDK map on first use: a one-word literal naming none of them is no API path. */
let firstSegments: Set<string> | undefined;
/** Whether a joining helper puts `chat/completions` (a literal, or a constant's use) after a base somewhere in the file. */
function helperJoinsChat(code: string, literals: readonly StringLiteral[]): boolean {
  return literals.some((lit) => /^\/?(?:v1\/)?chat\/completions$/.test(lit.value) && JOIN_HELPERS.test(enclosingCall(code, lit.start)?.callee ?? ''));
}

/** Whether the call that joins the literal at `offset` to a base is named for OpenAI by its own name (`buildOpenAIUrl(…)`; not a receiver's, `this.openaiClient.buildUrl(…)`). */
function helperNamedForOpenAI(code: string, offset: number): boolean {
  return /open_?ai/i.test(enclosingCall(code, offset)?.callee.split('.').pop() ?? '');
}

/** A literal that is one word, with nothing of a URL, a path or a placeholder in it. */
const PLAIN_WORD = /^[A-Za-z_][\w-]*$/;
const isFirstSegment = (word: string): boolean => (firstSegments ??= new Set(endpointPaths().map((p) => p.split('/')[2] ?? ''))).has(word);
/** Resources other APIs have under the same names (Anthropic's `/v1/files`, `/v1/models`; Mistral's and support desks' `/conversations`). */
const SHARED_RESOURCES = new Set(['files', 'models', 'conversations']);
/** One-segment endpoints that name an OpenAI-compatible API only right after `/v1` (`/v1/models` would also be Anthropic's). */
const SINGLE_SEGMENT_ENDPOINTS = new Set(['chat', 'completions', 'embeddings', 'responses', 'moderations']);

/**
 * A completion's answer read as one: `choices[0].text`, `["choices"][0]["text"]`, or an item by an index name read by the answer's
 * keys (`jsonResponse['choices'][index]['text']`; not a quiz's `question.choices[i].text`).
 */
export const COMPLETION_TEXT_READ = /\bchoices\b["'\]]*\??\.?\[[ \t]*0[ \t]*\]\??(?:\.|\[[ \t]*["'])text\b|\[[ \t]*["']choices["'][ \t]*\][ \t]*\[[ \t]*[a-z]\w{0,20}[ \t]*\][ \t]*\[[ \t]*["']text["']/;

/**
 * How a file sends and reads each one-segment endpoint's request in OpenAI's shape: a completion's `prompt` and
 * `choices[0].text`, an embedding's `input` and `data[0].embedding`, a response's `input` and `.output_text` read off a value
 * (`["choices"][0]["text"]`, `['choices'][index]['text']` and the like too; a bare `output_text` is any variable's name).
 */
const ANSWER_READS: Readonly<Record<string, { sent: RegExp; read: RegExp }>> = {
  completions: { sent: /\bprompt\b/, read: COMPLETION_TEXT_READ },
  embeddings: { sent: /\binput\b/, read: /\bdata\b["'\]]*\??\.?\[[ \t]*0[ \t]*\]\??(?:\.|\[[ \t]*["'])embedding\b/ },
  responses: { sent: /\binput\b/, read: /(?:[\w$)\]]\??\.|\[[ \t]*["'])output_text\b/ },
};

/** Whether the file sends and reads `segment`'s request in OpenAI's shape (see ANSWER_READS). */
function readsAnswerOf(segment: string, text: string): boolean {
  const shape = ANSWER_READS[segment];
  return shape !== undefined && shape.sent.test(text) && shape.read.test(text);
}

/**
 * A literal URL on another provider's host whose path ends in an OpenAI endpoint's
 * (`https://models.github.ai/inference/chat/completions`, `http://localhost:8000/v1/embeddings`):
 * an OpenAI-compatible API, whose data goes to that provider.
 */
export function otherProviderTarget(value: string, servesInference?: ReadonlySet<string>): { url: string; dest: Destination } | undefined {
  const m = /^https?:\/\/([^/\s"'`?#]+)(\/[^\s"'`?#]*)?/i.exec(value.trim());
  // a port filled in at run time leaves the host known: `f"http://localhost:{port}/v1/…"`, `"http://localhost:$PORT/v1/…"`
  const host = m?.[1]?.toLowerCase().replace(/:(?:\{[^{}]*\}|\$\{[^{}]*\}|\$\w+|%[dsv])$/, '');
  // (a label filled in at run time before a fixed domain leaves the provider known: `bedrock-mantle.${region}.api.aws`;
  // not the domain itself, `api.${domain}`)
  const filled = host !== undefined && /[{$%]/.test(host) ? fixedDomain(host) : undefined;
  if (!host || (/[{$%]/.test(host) && filled === undefined) || classifyHost(filled ?? host).provider !== 'other') return undefined;
  const segments = (m?.[2] ?? '').split('/').filter(Boolean);
  const v1 = segments.lastIndexOf('v1');
  const tail = v1 >= 0 ? segments.slice(v1 + 1) : segments;
  // (a provider whose API sits at its host's root, DeepSeek's `https://api.deepseek.com/models`)
  const atRoot = v1 < 0 && isCompatibleBase(host, segments, 0);
  for (let k = Math.min(tail.length, 5); k >= 1; k--) {
    // (on a server of this machine or network, `/v1/models` at the root is the OpenAI-compatible
    // listing: vLLM, Ollama, llama.cpp; so is any host's under `…/openai/v1/` (Groq's); `/api/v1/models` is some app's own API)
    // or under the base of another provider's OpenAI-compatible API (OpenRouter's `/api/v1`)
    // (or a host the same file sends chat completions to: its `/v1/models` is that server's listing)
    // (at a host's root, only the whole path: `/anthropic/models/x` on DeepSeek's host is no listing)
    const rootHere = atRoot && k === tail.length;
    const compatible = (v1 > 0 && segments[v1 - 1] === 'openai') || (v1 >= 0 && isCompatibleBase(host, segments, v1 + 1)) || rootHere || (v1 === 0 && servesInference?.has(host) === true);
    // (and, under such a base only, its `/v1/files`: proxyapi.ru's `…/openai/v1/files`)
    // (not on a host known only for serving chat completions in this file: a local app's own `/v1/files` storage)
    const listing = (tail[0] === 'models' && ((LOCAL_HOST.test(host) && v1 === 0) || compatible)) || (tail[0] === 'files' && ((v1 > 0 && segments[v1 - 1] === 'openai') || (v1 >= 0 && isCompatibleBase(host, segments, v1 + 1)) || rootHere));
    if (k === 1 && ((v1 < 0 && !rootHere) || tail.length !== 1 || !(SINGLE_SEGMENT_ENDPOINTS.has(tail[0] ?? '') || listing))) continue;
    const candidate = `/v1/${tail.slice(-k).join('/')}`;
    if (/[{$]/.test(candidate) || !isOpenAIEndpointPath(candidate)) continue;
    // without `/v1` before it, only a fixed endpoint path: `/models/gpt2` is Hugging Face's too
    if (v1 < 0 && !rootHere && !isFixedEndpoint(candidate)) continue;
    // a public API's own resources share OpenAI's names (Stripe's `/v1/files/{id}`, Anthropic's
    // `/v1/models`): on a host that is not a local server, only the inference endpoints say OpenAI-compatible
    if (!LOCAL_HOST.test(host) && !INFERENCE_ENDPOINT.test(candidate) && !compatible) continue;
    // (nor on a local server whose `/v1` is under a path of its own: `localhost:8080/api/v1/models/1` is an app's API)
    if (v1 > 0 && !compatible && !INFERENCE_ENDPOINT.test(candidate)) continue;
    // (another host of OpenAI's own domain, `platform.openai.com` written for the API's: the data goes to OpenAI)
    return { url: `https://${host}${candidate}`, dest: { provider: /(?:^|\.)openai\.com(?::\d+)?$/.test(host) ? 'openai' : 'other', host } };
  }
  return undefined;
}

/** The fixed domain after a host's last placeholder (`api.aws` of `bedrock-mantle.${region}.api.aws`), when two labels or more. */
function fixedDomain(host: string): string | undefined {
  let end = -1;
  for (const m of host.matchAll(/\$?\{[^{}]{0,60}\}|\$[a-z_]\w*|%[dsv]/g)) end = (m.index ?? 0) + m[0].length;
  return end < 0 ? undefined : /^[\w-]*\.((?:[a-z0-9-]+\.)+[a-z]{2,})(?::\d{1,5})?$/.exec(host.slice(end))?.[1];
}

/**
 * Where a URL written with its base in a placeholder sends (`${base}/chat/completions`, as SAS's macro variables and
 * Clojure's names are written out): a literal's OpenAI, Azure or compatible host, else an API path after a base set at run
 * time, the host described by `describe(name)`.
 */
export function targetOrRuntimeBase(url: string, describe: (name: string) => string): { url: string; destination: Destination } | undefined {
  const direct = urlTarget(url);
  if (direct) return direct;
  const base = /^\$\{([^{}]+)\}(\/[^\s?#"']*)/.exec(url);
  const named = base ? /open-?ai/i.test(base[1] ?? '') : false;
  const v1Path = base ? runtimeHostPath(base[2] ?? '', named, false, named) : undefined;
  if (!base || !v1Path) return undefined;
  return { url: `https://runtime.invalid${v1Path}`, destination: { provider: 'unknown', host: `${describe(base[1] ?? '')} (host decided at run time)` } };
}

/** Hosts of a server on this machine or network: an OpenAI-compatible server there (vLLM, Ollama, LocalAI) serves any of the API. */
const LOCAL_HOST = /^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\]|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+|host\.docker\.internal|[\w-]+)(?::\d+)?$|\.(?:local|internal|lan)(?::\d+)?$/i;
/** The endpoints that make a request an OpenAI-compatible inference call, whatever the host. */
const INFERENCE_ENDPOINT = /^\/v1\/(?:chat\/completions|completions|embeddings|responses|moderations|audio\/|images\/)/;

/** A path that names an OpenAI API endpoint (with `/v1`), as opposed to any path on any server. */
function isOpenAIEndpointPath(path: string, known?: string): boolean {
  if (!/^\/v1\//.test(path)) return false;
  // a path of the policy table, or one the SDKs call that the table does not list (`/v1/chatkit/sessions`;
  // not the legacy `/v1/engines/{id}`, which Stability's API also has)
  const template = known ?? endpointTemplate(`https://x${path}`);
  if (verbsForPath(template).size > 0) return !template.startsWith('/v1/engines/');
  // (a table row is a prefix: `/v1/models` holds `/v1/models/{model}`, not Replicate's `/v1/models/{owner}/predictions`)
  return findEndpointPolicy(template) !== undefined && template.split('/').every((segment) => segment === '' || segment.startsWith('{') || isKnownSegment(segment));
}

let knownSegments: Set<string> | undefined;
/** Whether a literal path segment occurs in some endpoint the SDKs call or the policy table lists. */
const isKnownSegment = (segment: string): boolean => (knownSegments ??= new Set([...endpointPaths(), ...listEndpointPolicies().map((row) => row.path)].flatMap((p) => p.split('/')))).has(segment);

/** How a destination reads in a finding: its host, and its data-residency region when it has one. */
function destinationDetail(dest: Destination): string {
  return dest.region ? `${dest.host} (data residency: ${dest.region})` : dest.host;
}

/** `verbGiven`: the verb when the caller has read it another way (PowerShell's `-Method`, `conn.request("POST", …)`). */
export function buildSite(src: SourceText, language: SourceLanguage, uriCall: { callee: string; start: number; open: number; close: number }, url: string, dest: Destination, args: string, verbGiven?: string): CallSite {
  const endpoint = endpointTemplate(url);
  // a Spring chain's `.uri(…)` is named at its client and verb
  const spring = (language === 'java' || language === 'kotlin') && verbGiven === undefined ? (springChain(src.noComments, uriCall) ?? (language === 'kotlin' ? ktorBlock(src.noComments, uriCall) : undefined)) : undefined;
  const call = spring?.call ?? uriCall;
  // (Apache HttpClient's request classes name their verb: `new HttpPost(url)`)
  const knownVerb =
    verbGiven ??
    spring?.verb ??
    // (a request built for a ws:// URL is a WebSocket's opening handshake: Swift's `URLRequest(url:)` handed to `webSocketTask(with:)`, OkHttp's to `newWebSocket`)
    (/^wss?:\/\//i.test(url) && REQUEST_BUILDERS.test(call.callee) ? 'WEBSOCKET' : undefined) ??
    (JVM_LANGUAGES.has(language) ? jvmRequestVerb(call.callee) : language === 'php' && call.callee === 'file_get_contents' ? phpStreamContextVerb(src.noComments, call.start, args) : language === 'cpp' ? qtVerb(src.noComments, call) : undefined);
  // a request builder's verb is set by the calls after it (`.POST(body)`, `request.httpMethod = "POST"`, `CURLOPT_POST`)
  const builder = knownVerb === undefined && REQUEST_BUILDERS.test(call.callee) && RAW_HTTP_LANGUAGES.has(language);
  const around = (): { before: string; after: string; holder: string | undefined } => {
    const text = src.noComments;
    // the handle `curl_setopt($ch, CURLOPT_URL, …)` sets, or the name the request is given
    const before = text.slice(Math.max(0, call.start - 600), call.start);
    const holder = /^curl_(?:easy_)?setopt(?:_array)?$/.test(call.callee)
      ? /^\(\s*(\$\w+(?:->\w+)?|[A-Za-z_]\w*(?:(?:->|\.)\w+)?)/.exec(text.slice(call.open, call.open + 80))?.[1]
      : (assignedVariable(text, call.start) ??
        /([A-Za-z_$][\w$]*)[ \t]*=[ \t]*(?:\([\w.<>]+\)[ \t]*)?[^=;\n]*$/.exec(before)?.[1] ??
        // a chain over lines: `HttpRequest.Builder builder = HttpRequest.newBuilder()\n    .uri(…)`
        /([A-Za-z_$][\w$]*)[ \t]*=(?!=)[^=;]*$/.exec(statementBefore(before))?.[1]);
    // (a request built in one statement may get its verb some lines on: `requestBuilder.POST(…)` after its body is made;
    // a cURL handle's options may be set some sixty lines on, after the body is assembled: read to where the handle is
    // closed or made again, `curl_close($ch)`, `$ch = curl_init(…)`, whose options are another request's)
    const after = text.slice(call.close, call.close + 6000);
    const handle = holder !== undefined && /^curl_/.test(call.callee) ? escapeRe(holder) : undefined;
    // (libcurl's: `curl_easy_cleanup(curl)`, `curl = curl_easy_init()`)
    const next = handle ? new RegExp(`\\bcurl_(?:close|easy_cleanup)[ \\t]*\\([ \\t]*${handle}\\b|(?<![\\w$])${handle}[ \\t]*=(?!=)|\\bcurl_(?:easy_)?init[ \\t]*\\(`).exec(after) : null;
    return { before, after: next ? after.slice(0, next.index) : after, holder };
  };
  const surroundings = builder ? around() : undefined;
  // (R's httr2 builds the request in a pipe: `request(url) |> req_body_json(body) |> req_perform()` posts it)
  const piped = knownVerb === undefined && language === 'r' && /(?:^|[.:])request$/.test(call.callee) ? httr2Pipe(src.noComments, call.close, call.start) : undefined;
  // (wretch names it later in its chain: `wretch(url).auth(…).post(body)`)
  // (or on the name it is kept in: `const w = wretch(url)` … `w.auth(k).post(body)`)
  const chained = knownVerb === undefined && /(?:^|\.)wretch$/.test(call.callee) ? (chainVerb(src.noComments.slice(call.close, call.close + 2000)) ?? keptWretchVerb(src.noComments, call)) : undefined;
  // (R's curl package: the verb its handle's options set)
  const handled = knownVerb === undefined && language === 'r' && R_CURL_FETCH.test(call.callee) ? rCurlHandleVerb(src.noComments, call.start, args) : undefined;
  const verb = knownVerb ?? piped?.verb ?? chained ?? handled ?? (surroundings ? builderVerb(call.callee, args, surroundings) : httpVerb(call.callee, args, language)) ?? optionsVariableVerb(src.noComments, call.start, args) ?? verbForOptionsElsewhere(endpoint) ?? 'GET';
  // a built request gets its body later in its function (`request.body = { …, store: false }.to_json`)
  const flagsText = surroundings ? `${args}\n${sameFunctionAfter(surroundings.after)}` : piped ? `${args}\n${piped.steps}` : args;
  return {
    kind: 'http',
    language,
    method: verb,
    httpMethod: verb,
    endpoint,
    provider: dest.provider,
    providerDetail: destinationDetail(dest),
    range: src.range(call.start, call.start + call.callee.length),
    // (a builder's chain is the request: `.url(…)` through `.post(body)` and `.build()`)
    // (and a chain's calls before the verb are the call's too: `Http::withOptions(…)->withHeaders(…)->post(url, body)`)
    callRange: src.range(chainHead(src.noComments, call.start), builder ? chainEnd(src.noComments, call.close) : call.close),
    flags: readCallFlags(flagsText),
  };
}

/**
 * The verb of an R curl fetch's handle (`curl_fetch_memory(url, handle = h)`), from the options set on it before in the
 * function: `customrequest = "POST"` names it, a body (`postfields`, `copypostfields`, `post = TRUE`, `handle_setform`) makes
 * it a POST; undefined when the handle is not found.
 */
function rCurlHandleVerb(text: string, callStart: number, args: string): string | undefined {
  const handle = /\bhandle[ \t]*=[ \t]*([A-Za-z_.][\w.]*)/.exec(args)?.[1];
  if (handle === undefined) return undefined;
  const before = text.slice(Math.max(0, callStart - 3000), callStart);
  const escaped = escapeRe(handle);
  const made = [...before.matchAll(new RegExp(`(?<![\\w.])${escaped}[ \\t]*(?:<-|=(?!=))[ \\t]*(?:curl::)?new_handle\\b`, 'g'))].pop();
  if (made === undefined) return undefined;
  const since = before.slice(made.index ?? 0);
  // (its own options only: the pipe that makes it, `new_handle() |> handle_setopt(…)`, line by line while a line ends in a pipe
  // or leaves a bracket open, and the calls handed it, `handle_setopt(h, …)` to the line's end; another handle's options are
  // another request's)
  const lines = since.split('\n');
  let pipeLines = 0;
  let depth = 0;
  for (const line of lines) {
    pipeLines++;
    depth += (line.match(/[([{]/g)?.length ?? 0) - (line.match(/[)\]}]/g)?.length ?? 0);
    if (depth <= 0 && !/(?:\|>|%>%)[ \t]*$/.test(line)) break;
  }
  const handed = [...since.matchAll(new RegExp(`\\bhandle_set(?:opt|form|headers)[ \\t]*\\([ \\t]*${escaped}\\b[^\\n]*`, 'g'))].map((m) => m[0]);
  const options = [...lines.slice(0, pipeLines), ...handed].join('\n');
  const named = /\bcustomrequest[ \t]*=[ \t]*["']([A-Za-z]+)["']/.exec(options)?.[1];
  if (named) return named.toUpperCase();
  return /\b(?:copy)?postfields[ \t]*=|\bpost[ \t]*=[ \t]*(?:TRUE|T|1L?)\b|\bhandle_setform[ \t]*\(/.test(options) ? 'POST' : 'GET';
}

/**
 * An httr2 request's pipe after `request(url)`: `|> req_method("PATCH")` names the verb, a body (`req_body_json`,
 * `req_body_multipart`, `req_body_form`, `req_body_raw`, `req_body_file`) makes it a POST, else it is a GET; with the
 * text of the steps, for the body's flags.
 */
function httr2Pipe(text: string, from: number, callStart?: number): { verb: string; steps: string } {
  let at = from;
  // (a request kept in a variable and piped on a later line: `req <- httr2::request(url)` … `req |> req_body_json(body)`)
  const kept = callStart === undefined || /^\s*(?:\|>|%>%)/.test(text.slice(from, from + 200)) ? undefined : /(?:^|\s)([A-Za-z_][\w.]*)[ \t]*<-[ \t]*(?:[A-Za-z_]\w*::)?$/.exec(text.slice(Math.max(0, callStart - 80), callStart))?.[1];
  if (kept !== undefined) {
    // (within its own function: the next `function(` starts another, whose parameter may have the name)
    const window = text.slice(from, from + 3000);
    const nextFunction = /\bfunction[ \t]*\(/.exec(window);
    const later = new RegExp(`(?<![\\w.])${escapeRe(kept)}(?=\\s*(?:\\|>|%>%))`).exec(nextFunction ? window.slice(0, nextFunction.index) : window);
    if (later && !new RegExp(`(?<![\\w.])${escapeRe(kept)}[ \\t]*<-`).test(text.slice(from, from + later.index))) at = from + later.index + later[0].length;
  }
  let verb: string | undefined;
  let body = false;
  const steps: string[] = [];
  for (let n = 0; n < 30; n++) {
    const step = /^\s*(?:\|>|%>%)\s*(?:httr2::)?(req_\w+)\s*\(/.exec(text.slice(at, at + 200));
    if (!step) break;
    const open = at + step[0].length - 1;
    const close = matchingBracket(text, open, 8000);
    if (close < 0) break;
    const name = step[1] ?? '';
    if (name === 'req_method') verb = /^\(\s*["']([A-Za-z]+)["']/.exec(text.slice(open, close))?.[1]?.toUpperCase();
    else if (name.startsWith('req_body_')) body = true;
    steps.push(text.slice(open, close));
    at = close;
  }
  return { verb: verb ?? (body ? 'POST' : 'GET'), steps: steps.join('\n') };
}

/** WordPress's calls that give an option a value: `add_option('name', 'value')`, `update_site_option(…)`. */
const WORDPRESS_OPTION_SET = /^(?:add|update)_(?:site_)?option$/;

/** Where a chain of calls that goes on after `from` (`.addHeader(…)\n.post(body)\n.build()`) ends; at most 20 links. */
function chainEnd(code: string, from: number): number {
  let end = from;
  for (let links = 0; links < 20; links++) {
    const next = /^\s*\??\.\s*[A-Za-z_$][\w$]*\s*\(/.exec(code.slice(end, end + 200));
    const close = next ? matchingBracket(code, end + next[0].length - 1, 4000) : -1;
    if (!next || close < 0) break;
    end = close;
  }
  return end;
}

/**
 * The names a file hands an OpenAI SDK client as its base (`AsyncOpenAI(base_url=self.base_url)`, `new OpenAI({ baseURL: base })`):
 * the file's own requests to paths on them (`session.get(f"{self.base_url}/models")`) go to that OpenAI-compatible API.
 */
function sdkClientBases(code: string): Set<string> {
  const names = new Set<string>();
  if (!code.includes('OpenAI')) return names;
  for (const m of code.matchAll(/(?<![\w$.])(?:new[ \t]+)?(?:Async)?(?:Azure)?OpenAI[ \t]*\(/g)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 4000);
    const args = close < 0 ? '' : code.slice(open, close);
    const base = /[(,{][ \t\n]*base_?(?:url|URL)[ \t]*[=:](?!=)[ \t]*((?:self\.|this\.)?[A-Za-z_$][\w$]*)[ \t\n]*[,)}]/.exec(args)?.[1];
    if (base !== undefined) names.add(base);
  }
  return names;
}

/**
 * The URL a PHP property is given, for `$this->api_base`: the literal URL of the one place the file sets it, its declaration
 * (`private $api_base = 'https://…';`) or an assignment (`$this->api_base = "https://…";`); none where it is set twice.
 */
function phpPropertyUrl(text: string, base: string): string | undefined {
  const property = /^\$this->([A-Za-z_]\w*)$/.exec(base)?.[1];
  if (property === undefined) return undefined;
  return phpPropertyUrls(text, property, () => {
    const urls = [...text.matchAll(new RegExp(`(?:\\b(?:private|protected|public|var)[ \\t]+(?:static[ \\t]+)?(?:\\??[A-Za-z_]\\w*[ \\t]+)?\\$|\\$this->)${property}[ \\t]*=(?![=>])[ \\t]*([^;\\n]{0,300})`, 'g'))].map((m) => /^(["'])((?:https?|wss?):\/\/[^"'\s{}$]+)\1$/.exec((m[1] ?? '').trim())?.[2]);
    return urls.length === 1 ? urls[0] : undefined;
  });
}
// (one file's answers, by property: every path handed to a helper on that property asks)
const phpPropertyUrls = perText<string | undefined>();

/** Qt's manager methods that send a request (`sendCustomRequest` names its verb in its second argument). */
const QT_SEND_METHODS = 'post|get|put|deleteResource|head|sendCustomRequest';
/** A call of one on a manager, `manager->post(` (`[1]` the method). */
const QT_SEND = new RegExp(`(?:->|\\.)[ \\t]*(${QT_SEND_METHODS})[ \\t]*\\(`, 'g');
/** A callee that is one, `manager->post` (`[1]` the method). */
const QT_SEND_CALLEE = new RegExp(`(?:^|\\.|->)(${QT_SEND_METHODS})$`);

/** A C++ file's Qt requests. */
interface QtRequests {
  /** Its manager calls that send a request handed by name (`post(request, …)`, `get(*req)`): each name's, in order. */
  sends: Map<string, Array<{ at: number; method: string; args: string }>>;
  /** The offsets of each name's declarations as a request, in order. */
  declared: Map<string, number[]>;
  /** The names declared or sent as requests. */
  names: Set<string>;
}

/** A Qt send's arguments from its opening bracket, as far as its verb is read. */
const qtSendArgs = (text: string, open: number): string => text.slice(open, open + 400);

/**
 * A file's Qt requests: the sends (`m_manager->post(m_request, body)`, `manager->get(*req)`) and the declarations
 * (`QNetworkRequest request(url);`, `QNetworkRequest *req = …`, `auto req = QNetworkRequest(…)`), by name.
 */
function readQtRequests(text: string): QtRequests {
  const sends: QtRequests['sends'] = new Map();
  for (const m of text.matchAll(QT_SEND)) {
    const args = qtSendArgs(text, (m.index ?? 0) + m[0].length - 1);
    const name = /^\([ \t]*(?:\*[ \t]*)?([A-Za-z_]\w*)[ \t]*[,)]/.exec(args)?.[1];
    if (name === undefined) continue;
    const send = { at: m.index ?? 0, method: m[1] ?? '', args };
    const list = sends.get(name);
    if (list) list.push(send);
    else sends.set(name, [send]);
  }
  const declared: QtRequests['declared'] = new Map();
  for (const m of text.matchAll(/\bQNetworkRequest(?:[ \t]*\*[ \t]*|[ \t]+)([A-Za-z_]\w*)[ \t]*[({;=]|(?<![\w.>])([A-Za-z_]\w*)[ \t]*=[ \t]*(?:new[ \t]+)?QNetworkRequest[ \t]*[({]/g)) {
    const name = m[1] ?? m[2] ?? '';
    const list = declared.get(name);
    if (list) list.push(m.index ?? 0);
    else declared.set(name, [m.index ?? 0]);
  }
  return { sends, declared, names: new Set([...declared.keys(), ...sends.keys()]) };
}

// (one file's answer: every call of the file asks whether it makes or addresses a Qt request)
const qtRequestsPerText = perText<QtRequests | undefined>();

/** A C++ text's Qt requests, read once per file; undefined in a file that names none. */
function qtRequestsOf(text: string): QtRequests | undefined {
  return qtRequestsPerText(text, '', () => (text.includes('QNetworkRequest') ? readQtRequests(text) : undefined));
}

/** The request a call addresses by name: `request` of `request(url)` (`QNetworkRequest request(url)`) or of `request.setUrl(url)`. */
const qtRequestName = (callee: string): string => callee.replace(/\.setUrl$/, '');

/** Whether a callee makes or addresses a Qt request: `QNetworkRequest(url)`, `request(url)` of `QNetworkRequest request(url)`, `request.setUrl(url)`, `r->setUrl(url)`. */
function isQtRequest(qt: QtRequests, callee: string): boolean {
  return callee === 'QNetworkRequest' || callee === 'setUrl' || qt.names.has(qtRequestName(callee));
}

/**
 * The verb of a Qt request this call makes or addresses, from the manager call that sends it: the one around a request made in place
 * (`manager->post(QNetworkRequest(url), body)`), else the first handed the request by name after it, before the name is declared
 * again (another function's request of that name); a member set in one method and sent by another (`m_request.setUrl(url)` …
 * `m_manager->post(m_request, …)`) by its first send anywhere in the file. Undefined for a call that is no Qt request.
 */
function qtVerb(text: string, call: { callee: string; start: number }): string | undefined {
  const qt = qtRequestsOf(text);
  if (qt === undefined || !isQtRequest(qt, call.callee)) return undefined;
  const before = text.slice(Math.max(0, call.start - 120), call.start);
  const name =
    call.callee === 'QNetworkRequest'
      ? /(?<![\w.>])([A-Za-z_]\w*)[ \t]*=[ \t]*(?:new[ \t]+)?$/.exec(before)?.[1]
      : call.callee === 'setUrl'
        ? /([A-Za-z_]\w*)[ \t]*->[ \t]*$/.exec(before)?.[1]
        : qtRequestName(call.callee);
  if (name === undefined) {
    const around = enclosingCall(text, call.start);
    const method = around ? QT_SEND_CALLEE.exec(around.callee)?.[1] : undefined;
    return around && method ? qtSendVerb(method, qtSendArgs(text, around.open)) : undefined;
  }
  // (each found by a binary search: a file may declare and send thousands of requests of one name)
  const declarations = qt.declared.get(name) ?? [];
  const nextDeclaration = declarations[countBelow(declarations, call.start + 1)] ?? Infinity;
  const sends = qt.sends.get(name) ?? [];
  const next = sends[lastBefore(sends, call.start + 1) + 1];
  const sent = (next !== undefined && next.at < nextDeclaration ? next : undefined) ?? (declarations.length === 0 ? sends[0] : undefined);
  return sent ? qtSendVerb(sent.method, sent.args) : undefined;
}

/** The verb a Qt send sends: `post` → POST; `sendCustomRequest(request, "PATCH", …)` → its second argument. */
function qtSendVerb(method: string, args: string): string | undefined {
  if (method !== 'sendCustomRequest') return method === 'deleteResource' ? 'DELETE' : method.toUpperCase();
  return /^\([^,]*,[ \t]*(?:QByteArray(?:Literal)?[ \t]*\([ \t]*)?"(GET|POST|PUT|PATCH|DELETE)"/i.exec(args)?.[1]?.toUpperCase();
}

/** A request builder's verb: named by its class (`Net::HTTP::Post`), in its arguments (`HttpMethod.Post`), or by what follows it. */
/** A placeholder in a Groovy (or Kotlin) string: `${apiKey}`. */
const GSTRING_HOLE = /\$\{[^{}\n]{0,200}\}/g;

function builderVerb(callee: string, args: string, around: { before: string; after: string; holder: string | undefined }): string {
  // (Groovy configures the builder in a `with` block: `HttpRequest.newBuilder().with { uri(…); POST(body); build() }`)
  // (a GString's `${…}` in the block is no brace of it)
  if (/\.with[ \t]*\{[^{}]*$/.test(around.before.replace(GSTRING_HOLE, ''))) {
    const inBlock = /^[^{}]*?(?<![\w$.])(GET|POST|PUT|DELETE)[ \t]*\(/.exec(around.after.replace(GSTRING_HOLE, ''))?.[1];
    if (inBlock) return inBlock;
  }
  // (Unreal's FHttpModule request: `Request->SetURL(…)` and `Request->SetVerb(TEXT("POST"))` on the same request, either first:
  // after the request is made, before it is made again or given another URL)
  const request = callee === 'SetURL' ? /([A-Za-z_]\w*)[ \t]*(?:->|\.)[ \t]*$/.exec(around.before)?.[1] : undefined;
  if (request) {
    const name = escapeRe(request);
    const made = [...around.before.matchAll(new RegExp(`(?<![\\w$])${name}[ \\t]*=(?!=)`, 'g'))].pop();
    const before = around.before.slice(made?.index ?? 0);
    const next = new RegExp(`(?<![\\w$])${name}[ \\t]*(?:=(?!=)|(?:->|\\.)[ \\t]*SetURL\\b)`).exec(around.after);
    const after = next ? around.after.slice(0, next.index) : around.after;
    const unreal = new RegExp(`(?<![\\w$])${name}[ \\t]*(?:->|\\.)[ \\t]*SetVerb[ \\t]*\\([ \\t]*(?:TEXT[ \\t]*\\([ \\t]*)?["'](GET|POST|PUT|PATCH|DELETE)["']`, 'i').exec(`${before}\n${after}`)?.[1];
    if (unreal) return unreal.toUpperCase();
  }
  // (Unity's `new UnityWebRequest(url, "POST")`, `UnityWebRequest.kHttpVerbPOST`; else its `method` set later, read below)
  const unity = /(?:^|\.)UnityWebRequest$/.test(callee) ? /^\(\s*[^,()]+,\s*(?:["'](GET|POST|PUT|PATCH|DELETE)["']|UnityWebRequest\.kHttpVerb(GET|POST|PUT|DELETE))/i.exec(args)?.slice(1).find(Boolean) : undefined;
  // (.NET's verb made from its name: `new HttpMethod("POST")`)
  const named = /(Post|Get|Put|Patch|Delete)\.new$/.exec(callee)?.[1] ?? /\b(?:Http)?Method\.(Get|Post|Put|Patch|Delete)\b/i.exec(args)?.[1] ?? /^\(\s*new[ \t]+HttpMethod[ \t]*\([ \t]*"(GET|POST|PUT|PATCH|DELETE)"/i.exec(args)?.[1] ?? unity;
  if (named) return named.toUpperCase();
  // `curl_setopt_array($ch, [CURLOPT_URL => …, CURLOPT_POST => true])`
  const option = curlOptionsVerb(args);
  if (option) return option;
  // set earlier in the same chain: hyper's `Request::builder().method(Method::POST).uri(…)`
  const statement = statementBefore(around.before);
  const earlier =
    /\.\s*method\s*\(\s*(?:(?:hyper::|http::|reqwest::)?Method::|HttpMethod\.|["'])(GET|POST|PUT|PATCH|DELETE)\b/i.exec(statement)?.[1] ??
    // Spring's WebClient and RestClient name the verb first: `webClient.post().uri(…)`
    /\.\s*(post|get|put|patch|delete)\s*\(\s*\)\s*\.\s*$/i.exec(statement)?.[1];
  if (earlier) return earlier.toUpperCase();
  const chained = chainVerb(around.after);
  if (chained) return chained;
  // statements on the request it built: `request.httpMethod = "POST"`, `curl_setopt($ch, CURLOPT_POST, true)`
  const holder = around.holder?.replace(/[$]/g, '\\$');
  if (holder) {
    // the indent of the line that assigns the holder: deeper blocks after it are still its function
    const assigned = [...around.before.matchAll(new RegExp(`(?:^|\\n)([ \\t]*)[^\\n]*(?<![\\w$])${holder}[ \\t]*=(?!=)`, 'g'))].pop();
    // (a holder set elsewhere, a member: the request's own statement is as deep as the function's body goes, when it is
    // indented at all; flush-left code ends its function at the first closing brace, as before)
    const ownIndent = /(?:^|\n)([ \t]*)[^\n]*$/.exec(around.before)?.[1]?.length;
    const after = sameFunctionAfter(around.after, assigned?.[1]?.length ?? (ownIndent || undefined));
    // a reused cURL handle turned back to GET after its URL is set: `curl_setopt($ch, CURLOPT_POST, false)`, `CURLOPT_HTTPGET, true`
    // (before the handle is given its next URL)
    const untilNextUrl = after.split(/\bCURLOPT_URL\b/)[0] ?? '';
    if (new RegExp(`curl_(?:easy_)?setopt\\(\\s*${holder}\\s*,\\s*(?:CURLOPT_POST\\s*,\\s*(?:false|0)\\b|CURLOPT_HTTPGET\\s*,\\s*(?:true|1)\\b)`, 'i').test(untilNextUrl)) return 'GET';
    const statements = `${sameFunctionBefore(around.before)}\n${after}`;
    const set =
      // (also Kotlin's property for HttpURLConnection's setter: `connection.requestMethod = "POST"`)
      new RegExp(`(?<![\\w$])${holder}\\s*\\.\\s*(?:httpMethod|method|requestMethod)\\s*=\\s*["'](GET|POST|PUT|PATCH|DELETE)["']`, 'i').exec(statements)?.[1] ??
      // (Alamofire's `HTTPMethod` on a URLRequest: `urlRequest.method = .post`)
      new RegExp(`(?<![\\w$])${holder}\\s*\\.\\s*method\\s*=\\s*(?:HTTPMethod)?\\.(get|post|put|patch|delete)\\b`).exec(statements)?.[1] ??
      new RegExp(`(?<![\\w$])${holder}\\s*\\.\\s*setRequestMethod\\(\\s*["'](GET|POST|PUT|PATCH|DELETE)["']`, 'i').exec(statements)?.[1] ??
      // Java's builder given its verb later: `requestBuilder\n    .POST(body)`
      new RegExp(`(?<![\\w$])${holder}\\s*\\.\\s*(POST|GET|PUT|PATCH|DELETE)\\s*\\(`).exec(statements)?.[1] ??
      new RegExp(`curl_(?:easy_)?setopt\\(\\s*${holder}\\s*,\\s*CURLOPT_CUSTOMREQUEST\\s*,\\s*["'](GET|POST|PUT|PATCH|DELETE)["']`, 'i').exec(statements)?.[1] ??
      (new RegExp(`curl_(?:easy_)?setopt\\(\\s*${holder}\\s*,\\s*${CURL_POST_OPTION}\\b(?!\\s*,\\s*(?:false|0)\\b)`, 'i').test(statements) ? 'POST' : undefined) ??
      // also all at once: `curl_setopt_array($ch, [CURLOPT_POST => true, …])`
      new RegExp(`curl_setopt_array\\(\\s*${holder}\\s*,[^;]{0,4000}?\\bCURLOPT_CUSTOMREQUEST\\s*=>\\s*["'](GET|POST|PUT|PATCH|DELETE)["']`, 'i').exec(statements)?.[1] ??
      (new RegExp(`curl_setopt_array\\(\\s*${holder}\\s*,[^;]{0,4000}?\\b${CURL_POST_OPTION}\\s*=>`).test(statements) ? 'POST' : undefined) ??
      curlOptionsArrayVerb(statements, holder);
    if (set) return set.toUpperCase();
    // a verb set at run time on a request given a body (`request.httpMethod = method.rawValue`, then `request.httpBody = data`):
    // a GET carries none (URLSession refuses one), so it is sent as a POST
    if (new RegExp(`(?<![\\w$])${holder}\\s*\\.\\s*httpMethod\\s*=(?!=)`).test(statements) && new RegExp(`(?<![\\w$])${holder}\\s*\\.\\s*httpBody\\s*=(?!=)`).test(statements)) return 'POST';
  }
  // Java's HttpRequest, OkHttp's Request, Swift's URLRequest and curl all default to GET
  return 'GET';
}

/** The statement a call is in, up to it: back to a `;` or brace, or to a line that does not go on with a chained `.call`. */
function statementBefore(before: string): string {
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf('{'), before.lastIndexOf('}'));
  // languages without semicolons: the chain's lines start with a dot (`Request.Builder()\n  .url(…)`)
  const lines = before.slice(cut + 1).split('\n');
  let first = lines.length - 1;
  while (first > 0 && /^[ \t]*\./.test(lines[first] ?? '')) first--;
  return lines.slice(first).join('\n');
}

// A function's start or a block closed at its line's start: another function's statements lie beyond.
const FUNCTION_BOUNDARY = /\n[ \t]*(?:\}|(?:(?:public|private|protected|internal|static|async|override|suspend|open|final)[ \t]+)*(?:function|fun|func|def|fn)\b)/g;

/** The part of the text before a call that lies in the same function (after the last boundary). */
function sameFunctionBefore(before: string): string {
  const last = [...before.matchAll(FUNCTION_BOUNDARY)].pop();
  return last ? before.slice(last.index) : before;
}

/** The part of the text after a call that lies in the same function (up to the first boundary). */
function sameFunctionAfter(after: string, indent?: number): string {
  if (indent === undefined) {
    const first = after.search(FUNCTION_BOUNDARY);
    return first < 0 ? after : after.slice(0, first);
  }
  // a brace that closes a block at the statement's depth or deeper (`if (hd) { … }`) does not leave its function
  for (const m of after.matchAll(FUNCTION_BOUNDARY)) {
    const lineIndent = /^\n([ \t]*)\}/.exec(m[0])?.[1]?.length;
    if (lineIndent === undefined || lineIndent < indent) return after.slice(0, m.index);
  }
  return after;
}

/** The calls chained after a call (`.header(…)\n.POST(body)`), with each one's first argument; to the end of the chain. */
function chainAfter(after: string): Array<{ name: string; firstArgument: string }> {
  const calls: Array<{ name: string; firstArgument: string }> = [];
  let at = 0;
  for (let steps = 0; steps < 20; steps++) {
    const m = /^\s*\??\.\s*([A-Za-z_]\w*)\s*(?:<[^<>()\n]{0,80}>\s*)?\(/.exec(after.slice(at, at + 200));
    if (!m) break;
    const open = at + m[0].length - 1;
    const close = matchingBracket(after, open, 2000);
    if (close < 0) break;
    calls.push({ name: m[1] ?? '', firstArgument: splitTopLevel(after.slice(open + 1, close - 1))[0]?.trim() ?? '' });
    at = close;
  }
  return calls;
}

/**
 * The verb a request builder gets in its arguments or in what follows it: the rest of its chain
 * (`.post(body)`, `.method("POST", body)`) or cURL's options (`CURLOPT_POST`); undefined when neither says.
 */
function builtVerb(args: string, after: string): string | undefined {
  const named = /\b(?:Http)?Method\.(Get|Post|Put|Patch|Delete)\b/i.exec(args)?.[1] ?? /\bCURLOPT_CUSTOMREQUEST\s*(?:=>|,)\s*["'](GET|POST|PUT|PATCH|DELETE)["']/i.exec(after)?.[1];
  if (named) return named.toUpperCase();
  if (CURL_POST_OPTION_NAMED.test(after)) return 'POST';
  return chainVerb(after);
}

/** The verb a cURL options array names: `CURLOPT_CUSTOMREQUEST => "DELETE"`, or POST for a body or `CURLOPT_POST`. */
function curlOptionsVerb(options: string): string | undefined {
  const custom = /\bCURLOPT_CUSTOMREQUEST\s*=>\s*["'](GET|POST|PUT|PATCH|DELETE)["']/i.exec(options)?.[1];
  return custom ? custom.toUpperCase() : CURL_POST_OPTION_KEY.test(options) ? 'POST' : undefined;
}

/** The verb the rest of a builder's chain gives it: `.header(…).POST(body).build()`, `.method("DELETE", …)`. */
function chainVerb(after: string): string | undefined {
  for (const { name, firstArgument } of chainAfter(after)) {
    if (/^(?:get|post|put|patch|delete)$/i.test(name)) return name.toUpperCase();
    const verb = name === 'method' ? /^["'](GET|POST|PUT|PATCH|DELETE)["']/i.exec(firstArgument)?.[1] : undefined;
    if (verb) return verb.toUpperCase();
  }
  return undefined;
}

/** The verb the call's own text shows; undefined when its options come from elsewhere (`fetch(url, init)`). */
function httpVerb(callee: string, args: string, language?: SourceLanguage): string | undefined {
  if (WEBSOCKET_FUNCTIONS.test(callee)) return 'WEBSOCKET';
  // a C program's libcurl wrapper says its verb: `curlHttpGetJSON`, `curl_http_delete`
  const wrapped = CURL_WRAPPER_NAME.exec(callee)?.[1];
  if (wrapped) return wrapped.toUpperCase();
  // .NET's `PostAsync`, `PostAsJsonAsync`, Spring's `postForObject`
  const last = (callee.split('.').pop() ?? '')
    .toLowerCase()
    // WordPress's `wp_remote_post`/`wp_remote_get`
    .replace(/^wp_remote_/, '')
    .replace(/(?:asjson)?async$|for(?:object|entity)$/, '')
    .replace(/^get(?:string|fromjson)$/, 'get')
    // (a helper named for its verb and JSON: `httpx.GetJSON(url, …)`, `post_json(url, body)`)
    .replace(/^(get|post)_?json$/, '$1')
    // (a project's helper named for its verb: `doGet($url)`, `send_delete(url)`)
    .replace(/^_{0,2}(?:do|send|make|perform|execute)_?(post|get|put|patch|delete)$/, '$1');
  if (['post', 'get', 'put', 'patch', 'delete'].includes(last)) return last.toUpperCase();
  // (Ktor's forms are posted, `client.submitFormWithBinaryData(url, formData { … })`, unless sent in the query)
  if (last === 'submitform' || last === 'submitformwithbinarydata') return /\bencodeInQuery\s*=\s*true\b/.test(args) ? 'GET' : 'POST';
  // Go names the verb with a constant as often as with a string: `http.NewRequest(http.MethodPost, …)`
  // (also Alamofire's `method: .post`, reqwest's `Method::POST`, .NET's and Spring's `HttpMethod.Post`: `exchange(url, HttpMethod.POST, …)`, RestSharp's `Method.Post`)
  const explicit =
    // (a JSON-style key too: `"method": "POST"`; a PHP array's, `'method' => 'POST'`)
    /\bmethod["']?\s*(?::|=>?)\s*["'](\w+)["']/i.exec(args)?.[1] ??
    // jQuery's `$.ajax({ url, type: "POST" })`
    (/(?:^|\.)ajax$/.test(callee) ? /\btype\s*:\s*["'](GET|POST|PUT|PATCH|DELETE)["']/i.exec(args)?.[1] : undefined) ??
    /\bmethod\s*:\s*\.(get|post|put|patch|delete)\b/i.exec(args)?.[1] ??
    // (Elixir's atoms: `Finch.build(:post, url, …)`, `HTTPoison.request(:post, url, …)`)
    // (and Symfony's `Request::METHOD_POST`)
    /^\(\s*(?:[\w.]+\s*,\s*)?(?:["'](GET|POST|PUT|PATCH|DELETE)["']|http\.Method(Get|Post|Put|Patch|Delete)\b|(?:reqwest::)?Method::(GET|POST|PUT|PATCH|DELETE)\b|(?:HttpMethod|Request\.Method|(?<![\w.])Method)\.(Get|Post|Put|Patch|Delete)\b|:(get|post|put|patch|delete)\b|\\?(?:[A-Za-z_]\w*\\)*Request::METHOD_(GET|POST|PUT|PATCH|DELETE)\b)/i
      .exec(args)
      ?.slice(1, 7)
      .find(Boolean);
  if (explicit) return explicit.toUpperCase();
  // (Godot's HTTPRequest names it among its arguments: `request(url, headers, HTTPClient.METHOD_POST, body)`)
  const godot = language === 'gdscript' ? /\bHTTPClient\.METHOD_(GET|POST|PUT|PATCH|DELETE)\b/.exec(args)?.[1] : undefined;
  if (godot) return godot;
  // urllib's `Request(url, body, headers)` and `urlopen(url, body)` take the body second, by position too
  // (not requests' or httpx's `Request(method, url)`, whose second argument is the URL)
  if (language === 'python' && /^(?:(?:urllib\.)?request\.|urllib2\.)?(?:Request|urlopen)$/.test(callee)) {
    const positional = splitTopLevel(args.replace(/^\(|\)$/g, ''));
    if (!/^\s*(?:["'](?:GET|POST|PUT|PATCH|DELETE|HEAD)["']|method|verb|METHOD)\s*$/i.test(positional[0] ?? '') && isBody(positional[1])) return 'POST';
  }
  // (a Lua request pool's `pool:Request(LINK, data, callback)`: a body handed second, the verb the endpoint's own)
  if (language === 'lua' && last === 'request' && splitTopLevel(args.replace(/^\(|\)$/g, '')).length > 1) return undefined;
  if (last === 'request' || last === 'urlopen') return /\bdata\s*=|\bjson\s*=/.test(args) ? 'POST' : 'GET';
  if (/\b(?:body|data)["']?\s*[:=]/.test(args)) return 'POST';
  // `fetch(url, init)` / `axios(url, config)`: the options are a variable or a call, decided
  // elsewhere. Blanks are squeezed out first: adjacent blank quantifiers backtracked cubically over
  // a blanked comment (found in review: 4,000 spaces took 12.7 s).
  // (a trailing comma too: `fetch(\n  url,\n  options,\n)`)
  if (/^\([^,]+,(?:\.\.\.)?[A-Za-z_$][\w$.]*(?:\([^)]*\))?,?\)?$/.test(args.replace(/\s+/g, ''))) return undefined;
  // Go's `http.NewRequest(method, url, body)` with the method in a variable (a relay passing its caller's on)
  // (and a project's own helper, `doStream(ctx, url, body, headers)`, whose verb its body says: the endpoint's)
  if (/(?:^|\.)NewRequest(?:WithContext)?$/.test(callee) || REQUEST_HELPER.test(callee)) return undefined;
  return 'GET';
}

/** A positional argument that sends a body: not a keyword argument, not `None`. */
function isBody(arg: string | undefined): boolean {
  const a = arg?.trim() ?? '';
  return a !== '' && a !== 'None' && !/^\w+[ \t]*=(?!=)/.test(a);
}

/**
 * `fetch(url, requestOptions)` with `const requestOptions = { method: 'POST', … }` written just before
 * (within 2,000 characters): the verb that object names.
 */
function optionsVariableVerb(text: string, callStart: number, args: string): string | undefined {
  // (a trailing comma after it too, as prettier writes a call over lines)
  const name = /^\(\s*[^,]+,\s*([A-Za-z_$][\w$]*)\s*,?\s*\)?\s*$/.exec(args)?.[1];
  if (!name) return undefined;
  const before = text.slice(Math.max(0, callStart - 2000), callStart);
  let last: RegExpExecArray | undefined;
  for (const m of before.matchAll(new RegExp(`\\b(?:const|let|var)[ \\t]+${escapeRe(name)}[ \\t]*(?::[^=\\n]{0,80})?=[ \\t]*\\{`, 'g'))) last = m;
  if (!last) return undefined;
  const open = last.index + last[0].length - 1;
  const close = matchingBracket(before, open, 2000);
  const literal = before.slice(open, close < 0 ? before.length : close);
  return /\bmethod["']?\s*:\s*["'](GET|POST|PUT|PATCH|DELETE)["']/i.exec(literal)?.[1]?.toUpperCase();
}

/**
 * PHP's `file_get_contents($url, false, $context)`: the verb its stream context's `http` options name (`'method' => 'POST'`),
 * in place (`stream_context_create([…])`) or through the variables holding the context and its options; GET without one.
 */
function phpStreamContextVerb(text: string, callStart: number, args: string): string {
  const before = text.slice(Math.max(0, callStart - 3000), callStart);
  const method = (options: string): string | undefined => /["']method["'][ \t]*=>[ \t]*["'](GET|POST|PUT|PATCH|DELETE)["']/i.exec(options)?.[1]?.toUpperCase();
  // the value last given to `$name` before the call, to its statement's end (a `;` in a string is none: `"…; charset=utf-8"`)
  const lastValue = (name: string): string | undefined => [...before.matchAll(new RegExp(`${escapeRe(name)}[ \\t]*=(?![=>])[ \\t]*((?:"(?:[^"\\\\]|\\\\.)*"|'(?:[^'\\\\]|\\\\.)*'|[^;"']){0,1500})`, 'g'))].pop()?.[1];
  // (the third argument, or the one named `context:`)
  const given = splitTopLevel(args.replace(/^\(|\)$/g, '')).map((a) => a.trim());
  let context = given.find((a) => /^context[ \t]*:/.test(a))?.replace(/^context[ \t]*:[ \t]*/, '') ?? given[2] ?? '';
  if (/^\$\w+$/.test(context)) context = lastValue(context) ?? '';
  const created = /^stream_context_create[ \t]*\([ \t]*([\s\S]*)$/.exec(context)?.[1] ?? '';
  const options = /^\$\w+/.exec(created)?.[0];
  return method(options ? (lastValue(options) ?? '') : created) ?? 'GET';
}

/**
 * When the options are built elsewhere: POST if the endpoint takes one (options passed as a
 * variable are there to carry a method and a body; a plain GET needs none), else its one verb.
 */
function verbForOptionsElsewhere(endpoint: string): string | undefined {
  const verbs = verbsForPath(endpoint);
  if (verbs.has('POST')) return 'POST';
  return verbs.size === 1 ? [...verbs][0] : undefined;
}

/**
 * GitHub Models' inference hosts: `models.github.ai` (its REST API, https://github.blog/changelog/2025-05-15-github-models-api-now-available)
 * and the Azure-hosted endpoint it is replacing (https://github.com/Azure-Samples/rag-postgres-openai-python/issues/235).
 */
const GITHUB_MODELS_HOST = /^models\.(?:github\.ai|inference\.ai\.azure\.com)$/;

function destinationOf(value: string): Destination | undefined {
  const m = /^(?:https?|wss?):\/\/([^/\s"'`?#]+)/i.exec(value.trim());
  if (!m?.[1]) return undefined;
  // (an operation only Azure has is no request of OpenAI's API shape)
  if (AZURE_ONLY_PATH.test(value.trim().slice(m[0].length))) return undefined;
  const host = m[1].toLowerCase();
  const { provider, region } = classifyHost(host);
  // `https://my-apim.azure-api.net/openai/deployments/{name}/…`: a gateway in front of Azure OpenAI;
  // the deployment path is Azure OpenAI's own shape, so the data ends there
  // (on a local host it is a proxy that only copies Azure's path shape: where it forwards is its own setting)
  if (provider === 'other' && /^(?:https?|wss?):\/\/[^/]+(?:\/[^/?#\s]+)*?\/openai\/deployments\/[^/?#\s]+\//i.test(value.trim())) {
    // (GitHub Models' own host also answers Azure's path shape: GitHub's service, not an Azure OpenAI resource)
    if (GITHUB_MODELS_HOST.test(host)) return { provider: 'other', host: `${host} (GitHub Models)` };
    return /^(?:localhost|127\.|0\.0\.0\.0|\[::1\]|host\.docker\.internal)/.test(host) ? { provider: 'unknown', host: `${host} (a local proxy with Azure OpenAI's path shape)` } : { provider: 'azure', host: `${host} (a gateway in front of Azure OpenAI)` };
  }
  // `https://{$this->resource}/openai/threads?api-version=…`: a host filled in at run time, with Azure OpenAI's own
  // data-plane path and its api-version query
  // (the host is the first path-free part, so the path is read from its end: one quantifier per stretch of characters)
  if (provider === 'other' && /^(?:\$?\{[^{}]{1,80}\}|\$[A-Za-z_]\w*)$/.test(m[1]) && /^\/openai\/(?!v1\/)[a-z_][^?#\s]*\?(?:[^#\s]*&)?api-version=/i.test(value.trim().slice(m[0].length))) {
    return { provider: 'azure', host: `${m[1]} (a host set at run time, with Azure OpenAI's path and api-version)` };
  }
  if (provider === 'other') return undefined;
  return { provider, host, ...(region ? { region } : {}) };
}

/** The call whose parentheses contain `offset`, found by walking back over balanced brackets. */
function enclosingCall(code: string, offset: number): { callee: string; start: number; open: number; close: number } | undefined {
  const from = Math.max(0, offset - 3999);
  for (let i = openBracketBefore(code, offset, from); i >= 0; i = openBracketBefore(code, i, from)) {
    const ch = code[i];
    // a function's body (a callback's: `get(keys, result => { … })`, `function (r) {`, Go's `func() {`):
    // the literal is a statement there, no argument of the call around it
    if (ch === '{' && /(?:=>|\bfunction\b[^(){};]{0,80}\([^()]{0,300}\)|\bfunc[ \t]*\([^()]{0,300}\)[^{}();]{0,80})\s*$/.test(code.slice(Math.max(0, i - 400), i))) return undefined;
    if (ch !== '(') continue; // an object or list literal inside the call's arguments
    // (a generic call names its type between the name and the bracket: TypeScript's `axios.get<Model[]>(…)`, C#'s
    // `GetFromJsonAsync<Model>(…)`; a Rust macro its `!`: `format!("{}/chat/completions", BASE_URL)`)
    const preceding = code.slice(Math.max(0, i - 200), i);
    const before = (preceding.trimEnd().endsWith(']') ? GO_CALLEE_BEFORE_BRACKET : CALLEE_BEFORE_BRACKET).exec(preceding);
    if (!before?.[1]) return undefined;
    const close = matchingBracket(code, i);
    return { callee: before[1].replace(/\s/g, ''), start: i - before[0].length, open: i, close: close < 0 ? i + 1 : close };
  }
  return undefined;
}

/**
 * The lines (0-based) that are statements directly in a Python `class` body (not in a method):
 * one pass with a stack of the open blocks' indents.
 */
function pythonClassBodyLines(code: string): Set<number> {
  const found = new Set<number>();
  const open: Array<{ indent: number; isClass: boolean }> = [];
  for (let start = 0, line = 0; start < code.length; line++) {
    const newline = code.indexOf('\n', start);
    const end = newline < 0 ? code.length : newline;
    let indent = start;
    while (indent < end && (code[indent] === ' ' || code[indent] === '\t')) indent++;
    if (indent < end && code[indent] !== '\r') {
      const depth = indent - start;
      while (open.length > 0 && (open[open.length - 1]?.indent ?? 0) >= depth) open.pop();
      if (open[open.length - 1]?.isClass) found.add(line);
      open.push({ indent: depth, isClass: code.startsWith('class', indent) && !/[\w]/.test(code[indent + 5] ?? '') });
    }
    start = end + 1;
  }
  return found;
}

/** Go's `u, err := url.JoinPath(…)`: the first of the two names. */
function goFirstOfPair(code: string, offset: number): string | undefined {
  return /([A-Za-z_]\w*)[ \t]*,[ \t]*[A-Za-z_]\w*[ \t]*:?=[ \t]*$/.exec(code.slice(Math.max(0, offset - 120), offset))?.[1];
}

/** The name a value at `offset` is assigned to; an attribute keeps its `self.`/`this.` (a bare name is another variable). */
/** The value of a Python conditional's other branch after a literal (`"a" if c else "b"`); '' when it is no literal. */
function conditionalAlternative(code: string, lit: StringLiteral, strings: StringLiteral[]): string | undefined {
  const end = lit.end;
  const after = code.slice(end, end + 240);
  // `if` on the literal's own line; on the next only inside brackets (`URL = ("…" if c` / `else "…")`)
  const inBrackets = /\([ \t]*(?:\r?\n[ \t]*)?[rfbu]{0,2}$/i.test(code.slice(Math.max(0, lit.start - 200), lit.start));
  const branch = (inBrackets ? /^\s*if\b[^\n]*?(?:\n[^\n]*?)?\belse[ \t]*(?=\S)/ : /^[ \t]+if\b[^\n]*?\belse[ \t]*(?=\S)/).exec(after);
  if (!branch) return undefined;
  const at = end + branch[0].length;
  return strings.find((s) => s.start === at)?.value ?? '';
}

/**
 * `const url = cond ? "A" : "B"`, also over several lines: for either branch's literal, the variable and the
 * other branch's literal. The assignment is the nearest before the condition, and the condition may run over
 * lines only where a line ends or the next begins with an operator (JavaScript without semicolons: a line
 * that ends in a name, followed by `const …`, is a statement of its own).
 */
function ternaryAssignment(code: string, lit: StringLiteral, byStart: () => Map<number, StringLiteral>, byEnd: () => Map<number, StringLiteral>): [string, string] | undefined {
  const after = /^[ \t\r\n]*:[ \t\r\n]*/.exec(code.slice(lit.end, lit.end + 40));
  const first = after ? byStart().get(lit.end + after[0].length) : undefined;
  // the second branch: `? "A" :` right before it
  const colon = first ? undefined : /[ \t\r\n]*:[ \t\r\n]*$/.exec(code.slice(Math.max(0, lit.start - 40), lit.start));
  const previous = colon ? byEnd().get(lit.start - colon[0].length) : undefined;
  const questionAt = first ? lit.start : previous?.start;
  const other = first ?? previous;
  if (questionAt === undefined || !other) return undefined;
  const window = code.slice(Math.max(0, questionAt - 300), questionAt);
  if (!/(?<!\?)\?[ \t\r\n]*$/.test(window)) return undefined;
  const declarations = [...window.matchAll(/(?:^|[\s;{(])(?:const|let|var)[ \t]+([A-Za-z_$][\w$]*)(?:[ \t]*:[^=\n]{1,60})?[ \t]*=(?![=>])/g)];
  const declaration = declarations[declarations.length - 1];
  if (!declaration?.[1]) return undefined;
  const condition = window.slice((declaration.index ?? 0) + declaration[0].length);
  if (condition.includes(';') || /[\w$)\]'"`][ \t]*\r?\n[ \t]*[^ \t\r\n?:.&|+\-*/%<>=!,)\]]/.test(condition)) return undefined;
  return [declaration[1], other.value];
}

/**
 * A URL function's URL with the path its call hands it put in: the URL ends in a placeholder (the function's parameter,
 * `f"{BASE}/{path}"`) and the call's one argument is a path literal (`endpoint("images/generations")`). Undefined when the URL
 * ends in no placeholder or the argument is no literal (the URL as it is); null when the literal puts no API path there.
 */
function filledUrl(url: string, text: string, open: number, code: string): string | null | undefined {
  const placeholder = /\/(?:\{[^{}/]*\}|\$\{[^{}/]*\}|%[sv])$/.exec(url);
  if (!placeholder) return undefined;
  const close = matchingBracket(code, open, 400);
  const literal = close < 0 ? null : /^\(\s*["'`]\/?([a-z][\w/.-]*)["'`]\s*\)$/.exec(text.slice(open, close));
  if (!literal) return undefined;
  const filled = `${url.slice(0, placeholder.index)}/${literal[1] ?? ''}`;
  return isOpenAIEndpointPath(endpointTemplate(filled)) ? filled : null;
}

/** The verb a wretch request kept in a name is sent with later: `const w = wretch(url)` … `w.auth(k).post(body)`. */
function keptWretchVerb(text: string, call: { start: number; close: number }): string | undefined {
  const holder = assignedVariable(text, call.start);
  if (!holder || !/^[A-Za-z_$][\w$]*$/.test(holder)) return undefined;
  const use = new RegExp(`(?<![\\w$.])${escapeRe(holder)}\\s*((?:\\.\\s*[A-Za-z_$][\\w$]*\\s*\\([^()]{0,200}\\)\\s*){0,6})\\.\\s*(get|post|put|patch|delete)\\s*\\(`, 'i').exec(text.slice(call.close, call.close + 4000));
  return use?.[2]?.toUpperCase();
}

/** httr2's `request()` a value is piped into right after `from` (`|> httr2::request()`, `%>% request()`), as the call to report. */
function rPipedRequest(code: string, from: number): { callee: string; start: number; open: number; close: number } | undefined {
  const m = /^[ \t]*(?:\|>|%>%)\s*((?:httr2::)?request)[ \t]*\([ \t]*\)/.exec(code.slice(from, from + 200));
  if (!m) return undefined;
  // (named as enclosingCall names a call, without its package; the match ends with the call's empty brackets)
  return { callee: 'request', start: from + m[0].indexOf(m[1] ?? ''), open: from + m[0].lastIndexOf('('), close: from + m[0].length };
}

/**
 * The body of the PHP function or method `at` is in (its `{` to its `}`), looked for within 20,000 characters before it, or
 * undefined at the top level of the script.
 */
function phpFunctionBody(code: string, at: number): { start: number; end: number } | undefined {
  const from = Math.max(0, at - 20000);
  const heads = [...code.slice(from, at).matchAll(/\bfunction\b[^{;]{0,400}\{/g)];
  for (let i = heads.length - 1; i >= 0; i--) {
    const open = from + (heads[i]?.index ?? 0) + (heads[i]?.[0].length ?? 1) - 1;
    const close = matchingBracket(code, open, 200000);
    if (close < 0 || close > at) return { start: open, end: close < 0 ? code.length : close };
  }
  return undefined;
}

/**
 * Whether a PHP variable assigned at `assignedAt` is seen at `readAt`: a function sees its own variables, a closure those
 * its `use (…)` lists too, and the script's only through `global $name`.
 */
function phpSees(code: string, name: string, assignedAt: number, readAt: number): boolean {
  const body = phpFunctionBody(code, readAt);
  if (body === undefined || (assignedAt > body.start && assignedAt < body.end)) return true;
  const head = code.slice(Math.max(0, body.start - 400), body.start);
  const n = escapeRe(name);
  return new RegExp(`\\buse[ \\t]*\\([^()]*${n}\\b`).test(head) || new RegExp(`\\bglobal\\b[^;\\n]*${n}\\b`).test(code.slice(body.start, readAt));
}

/** Whether `at` stands directly in a Swift `class`, `struct`, `enum`, `actor` or `extension` body (not in a function, initializer or closure). */
function inSwiftTypeBody(code: string, at: number): boolean {
  let depth = 0;
  for (let i = at - 1, stop = Math.max(0, at - 20000); i >= stop; i--) {
    const ch = code[i];
    if (ch === '}') depth++;
    else if (ch === '{' && depth-- === 0) {
      const header = code.slice(Math.max(0, i - 300), i);
      return /\b(?:class|struct|enum|actor|extension)[ \t]+[A-Za-z_][^{}()\n]*$/.test(header.slice(header.lastIndexOf('\n', header.length - 2) + 1)) || /\b(?:class|struct|enum|actor|extension)[ \t]+[A-Za-z_][^{}()]*\n[ \t]*$/.test(header);
    }
  }
  return false;
}

/** Where `$name = …` is last written before `at` (within 20,000 characters), or -1. */
function lastPhpAssignment(code: string, name: string, at: number): number {
  const from = Math.max(0, at - 20000);
  let last = -1;
  for (const m of code.slice(from, at).matchAll(new RegExp(`(?<![\\w$])${escapeRe(name)}[ \\t]*=(?![=>])`, 'g'))) last = from + (m.index ?? 0);
  return last;
}

/**
 * `$CFG['or_endpoint']` when the value at `at` is that key's in an array literal assigned to `$CFG` (`$CFG = [` or
 * `$CFG = array(`, over lines), else undefined. The key is read from `text` (`code` has its strings blanked).
 */
function phpArrayEntry(code: string, text: string, at: number): string | undefined {
  const key = /(["'])([\w.-]{1,80})\1[ \t]*=>[ \t]*$/.exec(text.slice(Math.max(0, at - 120), at));
  if (!key) return undefined;
  // back to the array's opening bracket over balanced ones, within a bounded window
  let depth = 0;
  for (let i = at - key[0].length - 1, stop = Math.max(0, at - 4000); i >= stop; i--) {
    const ch = code[i];
    if (ch === ')' || ch === ']' || ch === '}') depth++;
    else if (ch === '(' || ch === '[' || ch === '{') {
      if (depth-- > 0) continue;
      // (`[`, or `(` after `array`)
      const keyword = ch === '(' ? /array[ \t]*$/.exec(code.slice(Math.max(0, i - 10), i))?.[0] : ch === '[' ? '' : undefined;
      if (keyword === undefined) return undefined;
      const holder = /(?:^|[\s;{(])(\$[A-Za-z_]\w*)[ \t]*=[ \t]*$/.exec(code.slice(Math.max(0, i - keyword.length - 80), i - keyword.length));
      return holder?.[1] ? `${holder[1]}['${key[2] ?? ''}']` : undefined;
    }
  }
  return undefined;
}

/** The name of the function whose `return` is at `at`: JavaScript's innermost, Python's `def` above at a lower indent. */
function returningFunction(code: string, at: number, language: SourceLanguage, scopes: () => JsScopes): string | undefined {
  // (a Go function, not a method: its declaration starts a line, and its body ends before the next)
  // (a method by its name too: `func (c *Client) buildURL() string`)
  if (language === 'go') return [...code.slice(Math.max(0, at - 4000), at).matchAll(/^func[ \t]*(?:\([^()\n]*\)[ \t]*)?([A-Za-z_]\w*)?[ \t]*\(/gm)].pop()?.[1];
  if (language !== 'python') return scopes().innermost(at)?.name;
  // (looked for within 4,000 characters above: a long function's early lines are not read)
  const before = code.slice(Math.max(0, at - 4000), at);
  const indent = /(?:^|\n)([ \t]*)[^\n]*$/.exec(before)?.[1]?.length ?? 0;
  let name: string | undefined;
  for (const m of before.matchAll(/^([ \t]*)(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)/gm)) if ((m[1]?.length ?? 0) < indent) name = m[2];
  return name;
}

/**
 * Python joins adjacent string literals into one (`(f"{endpoint}/openai/deployments/{name}"` then
 * `f"/chat/completions?api-version={v}")` on the next line): each run of them is read as one literal,
 * the pieces it absorbs not at all. Across lines only inside brackets, where a newline does not end
 * the statement; a run longer than a URL (a prompt written in pieces) is left in its pieces.
 */
function joinAdjacentPieces(strings: readonly StringLiteral[], code: string): readonly StringLiteral[] {
  let joined: StringLiteral[] | undefined;
  for (let i = 0; i < strings.length; i++) {
    const first = strings[i] as StringLiteral;
    let j = i;
    let length = first.value.length;
    while (j + 1 < strings.length && length < 2000 && adjacent(strings[j] as StringLiteral, strings[j + 1] as StringLiteral, code, j === i)) {
      j++;
      length += (strings[j] as StringLiteral).value.length;
    }
    if (j === i || length >= 2000) {
      joined?.push(...strings.slice(i, j + 1));
      i = j;
      continue;
    }
    joined ??= strings.slice(0, i);
    const run = strings.slice(i, j + 1);
    joined.push({ start: first.start, end: (strings[j] as StringLiteral).end, value: run.map((r) => r.value).join(''), interpolated: run.some((r) => r.interpolated) });
    i = j;
  }
  return joined ?? strings;
}

/** Whether `next` follows `previous` with only blanks between: on its line, or on the next inside brackets (checked at a run's first piece). */
function adjacent(previous: StringLiteral, next: StringLiteral, code: string, firstOfRun: boolean): boolean {
  if (next.start - previous.end > 200) return false;
  const between = code.slice(previous.end, next.start);
  if (!/^[ \t\r\n]*$/.test(between)) return false;
  return !between.includes('\n') || !firstOfRun || /[(\[,]$/.test(code.slice(Math.max(0, previous.start - 200), previous.start).trimEnd());
}

/** The URL two literals around a name write (`"/openai/deployments/" + name + "/chat/completions"`), as one literal. */
function deploymentBetween(previous: StringLiteral | undefined, lit: StringLiteral, code: string): StringLiteral | undefined {
  if (!previous || previous.interpolated || lit.interpolated || !previous.value.endsWith('/deployments/') || !lit.value.startsWith('/')) return undefined;
  if (lit.start - previous.end > 80 || !/^\s*\+\s*[\w.]+(?:\(\))?\s*\+\s*$/.test(code.slice(previous.end, lit.start))) return undefined;
  return { start: previous.start, end: lit.end, value: `${previous.value}{deployment}${lit.value}`, interpolated: false };
}

/**
 * The base a path literal is appended to (`base + "/v1/…"`), maybe tidied in place, by a trimming
 * function (Go's `strings.TrimRight(cfg.BaseURL, "/")`) or in brackets; [1] is its name or expression.
 */
function concatenatedBase(before: string, language: SourceLanguage, beforeText: string): RegExpExecArray | null {
  const base = baseBeforeOperator(before, language, beforeText);
  // (a name put after an API's URL is a segment of it: `"https://api.openai.com/v1/engines/" . $engine . "/completions"` is one
  // URL, read whole from its first literal; after `"/"` or a URL of no provider's it may still be a base's part)
  const url = base ? /["'`]((?:https?|wss?):\/\/[^"'`\s]+\/)["'`][ \t]*[.+][ \t]*$/.exec(beforeText.slice(0, base.index))?.[1] : undefined;
  return url !== undefined && urlTarget(url) !== undefined ? null : base;
}

/** The base joined to a path with the language's operator (see `concatenatedBase`), whatever comes before it. */
function baseBeforeOperator(before: string, language: SourceLanguage, beforeText: string): RegExpExecArray | null {
  // PHP joins with a dot: `$this->base . '/chat/completions'`, `rtrim($base, '/') . '/embeddings'`
  // (or Laravel's setting read in place, `env('OPEN_AI_API_URL', null) . self::CHAT_ENDPOINT`, as the setting's name)
  if (language === 'php') return /(?<![\w>$])(?:rtrim\([ \t]*)?(\$(?:this->)?[A-Za-z_]\w*)(?:[ \t]*,[ \t]*["']\/["'][ \t]*\))?\s*\.\s*$/.exec(before) ?? phpEnvBase(before);
  // Elixir with `<>`: `@base_url <> "/chat/completions"` (a module attribute keeps its `@`: `base_url` is another name)
  if (language === 'elixir') return /(?<![\w.@])(@?[a-z_]\w*(?:\.[a-z_]\w*)*)\s*<>\s*$/.exec(before);
  // Lua with two: `providerOpts.base_url .. '/chat/completions'`
  if (language === 'lua') return /(?<![\w.])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\s*\.\.\s*$/.exec(before);
  const m = /(?:([\w.]+(?:\(\))?|(?<![\w.)\]])\([^()\n]{1,80}\))(?:\.(?:rstrip|strip|replace|[tT]rimEnd|removesuffix)\([^()\n]{0,40}\))?|(?<![\w.])strings\.Trim(?:Right|Suffix)\([ \t]*([\w.]+)[ \t]*,[^()\n]{0,20}\)|(?<![\w.])((?:os\.(?:getenv|environ\.get)|System\.getenv|ENV\.fetch)\([ \t]*["'][ \t]*["'][ \t]*\)|(?:os\.environ|ENV)\[[ \t]*["'][ \t]*["'][ \t]*\]))\s*\+\s*$/.exec(before);
  if (m && m[1] === undefined && m[2] !== undefined) m[1] = m[2];
  // (the environment read in place, `os.getenv('OPENAI_BASE_URL') + "/chat/completions"`, by what it reads: the name is blanked in the code)
  if (m && m[1] === undefined && m[3] !== undefined) m[1] = beforeText.slice(m.index, m.index + m[3].length);
  if (m?.[1]?.startsWith('(')) m[1] = m[1].slice(1, -1).trim();
  return m?.[1] ? m : null;
}

/** `env('OPEN_AI_API_URL', null) . `: Laravel's setting read in place before a path (its name blanked with the strings), as `env()`. */
function phpEnvBase(before: string): RegExpExecArray | null {
  const m = /(?<![\w>$:])env\([ \t]*["'][^()\n]{0,120}\)\s*\.\s*$/.exec(before);
  if (m) m[1] = 'env()';
  return m;
}

/**
 * The file's names given an API-path literal (`endpoint := "/chat/completions"`, a Go `const embeddingsPath = "/embeddings"`,
 * `CHAT_PATH = "/v1/chat/completions"`); null for a name given two different paths. A name given only an endpoint's first
 * segment (`MODELS_PATH = "models"`) is read too, as long as no path is also given to it: such values never make a name that
 * holds a path ambiguous.
 */
function pathVariables(code: string, strings: StringLiteral[], language: SourceLanguage): { paths: Map<string, string | null>; topLevel: Set<string> } {
  const paths = new Map<string, string | null>();
  // the names every assignment of which is at the module's level: at the margin, or in a Go `const (…)`/`var (…)` block
  const topLevel = new Set<string>();
  const nested = new Set<string>();
  const words: Array<{ lit: StringLiteral; name: string }> = [];
  const record = (name: string, lit: StringLiteral): void => {
    const known = paths.get(name);
    paths.set(name, known === undefined || known === lit.value ? lit.value : null);
    if (atModuleLevel(code, lit.start, language)) topLevel.add(name);
    else nested.add(name);
  };
  for (const lit of strings) {
    // (without its slash too, `"chat/completions"`, or an endpoint's first segment alone, `"models"`: read only where a joining
    // helper puts it after a base)
    const word = PLAIN_WORD.test(lit.value) && isFirstSegment(lit.value);
    if (lit.interpolated || !/^\/?[A-Za-z][\w/.-]*$/.test(lit.value) || (!lit.value.startsWith('/') && !/^[a-z][\w-]*\/[a-z]/.test(lit.value) && !word)) continue;
    // only a plain assignment of the literal: `endpoint = "/x"`, not `url = base + "/x"` (Rust's typed: `const CHAT: &str = "…"`;
    // Go's typed: `CompletionPath string = "…"` in a `const (…)` block)
    const before = code.slice(Math.max(0, lit.start - 120), lit.start);
    const m = (language === 'go' ? GO_TYPED_ASSIGNMENT.exec(before) : null) ?? /(?:^|[\s(,])(?:(?:const|let|var)[ \t]+)?([A-Za-z_$][\w$]*)[ \t]*(?::[ \t]*&?(?:'static[ \t]+)?[\w.]+[ \t]*)?(?::=|=)[ \t]*$/.exec(before);
    const name = m?.[1];
    if (!name) continue;
    if (word) words.push({ lit, name });
    else record(name, lit);
  }
  // (the one-word values after all the paths: only a name given no path takes them)
  const pathNames = new Set(paths.keys());
  for (const { lit, name } of words) if (!pathNames.has(name)) record(name, lit);
  for (const name of nested) topLevel.delete(name);
  return { paths, topLevel };
}

/** Whether the statement at `at` is at the module's level: its line starts at the margin, or (Go) it is in a `const (…)` or `var (…)` block. */
function atModuleLevel(code: string, at: number, language: SourceLanguage): boolean {
  const lineStart = code.lastIndexOf('\n', at - 1) + 1;
  if (code[lineStart] !== ' ' && code[lineStart] !== '\t') return true;
  if (language !== 'go') return false;
  const block = Math.max(code.lastIndexOf('\nconst (', at), code.lastIndexOf('\nvar (', at));
  return block >= 0 && code.lastIndexOf('\n)', at) < block;
}

/** Go: a typed constant or variable, `CompletionPath string = ` (in a `const (…)` block, or after `const`/`var`). */
const GO_TYPED_ASSIGNMENT = /(?:^|\n)[ \t]*(?:(?:const|var)[ \t]+)?([A-Za-z_]\w*)[ \t]+string[ \t]*=[ \t]*$/;

/** Whether a name is also assigned something other than a literal (`endpoint = c.AnthropicPath`): its value is decided at run time. */
function reassignedElsewise(code: string, name: string): boolean {
  return new RegExp(`(?<![\\w$.])${escapeRe(name)}[ \\t]*(?::=|=)(?!=)[ \\t]*(?![ \\t"'\`])`).test(code);
}

/**
 * The places such a name is appended to a base (`base + endpoint`), each as a literal of that path at the name. A name also
 * assigned anything else is left out.
 */
function pathVariableUses(
  code: string,
  text: string,
  paths: ReadonlyMap<string, string | null>,
  language: SourceLanguage,
  parameterAt: (name: string, usedAt: number) => boolean,
): StringLiteral[] {
  const uses: StringLiteral[] = [];
  // one pass over the file per name: a file of thousands of route constants reads only the first (of each kind: slash-less
  // values, `"vendor/model"`, `"application/json"`, and one-word values are many and must not use up the budget of the `/` paths)
  let slashNames = 0;
  let plainNames = 0;
  let wordNames = 0;
  for (const [name, value] of paths) {
    if (value === null) continue;
    const oneWord = PLAIN_WORD.test(value);
    if ((value.startsWith('/') ? ++slashNames : oneWord ? ++wordNames : ++plainNames) > 64) continue;
    if (reassignedElsewise(code, name)) continue;
    // after a `+` (PHP: a `.`, the constant read through its class: `env('API_URL') . self::CHAT_ENDPOINT`), or as the path a
    // joining helper puts after its base (`build_endpoint(&base, CHAT_PATH)`); the use is read from its class's `self::` on
    const joined = String.raw`${JOIN_HELPER_NAME}[ \t]*\([^,()\n]{1,120},[ \t]*`;
    // (a path under the API's version without its slash too, `"v1/chat/completions"`, after a base that ends in one: `HOST + CHAT_MAPPING`)
    const appended = !value.startsWith('/') && !/^v1\/[a-z]/.test(value) ? '' : language === 'php' ? String.raw`\.[ \t]*|` : String.raw`\+[ \t]*|`;
    // (or one without, after a slash of its own or the version's: `host.rstrip("/") + "/" + path.lstrip("/")`, `host + "/v1/" + path`,
    // the string blanked in the code)
    const slashFirst = !value.startsWith('/') && !oneWord && language !== 'php' ? String.raw`(?:"[ ]{1,4}"|'[ ]{1,4}')[ \t]*\+[ \t]*|` : '';
    const through = language === 'php' ? String.raw`(?:self|static)::` : '';
    // (Ruby: the path an HTTParty class posts by its constant, `self.class.post(COMPLETIONS_ROUTE, …)`)
    // (Go: a resty or imroc/req request's verb, `request.SetBody(option).Post(_chatPath)`)
    // (C#: an HttpClient's, `client.PostAsync(api, content)` with `var api = "/v1/images/generations"`, judged on its BaseAddress)
    // (a one-word value is read only as a joining helper's path)
    const posted =
      language === 'ruby' && value.startsWith('/')
        ? String.raw`\.(?:post|get|put|patch|delete)[ \t]*\([ \t\n]*|`
        : language === 'go' && value.startsWith('/')
          ? String.raw`\.(?:Post|Get|Put|Patch|Delete)[ \t]*\([ \t\n]*|`
          : language === 'csharp' && !oneWord
            ? String.raw`\.(?:Get|Post|Put|Patch|Delete)(?:AsJson)?Async[ \t]*\([ \t\n]*|`
            : '';
    // (C#'s names are read as written: `models` is not the field `Models`; its join helpers' names in any case)
    for (const m of code.matchAll(new RegExp(`(?:${appended}${slashFirst}${posted}${joined})(${through}${escapeRe(name)})(?![\w$])`, 'gi'))) {
      const start = (m.index ?? 0) + m[0].length - (m[1] ?? name).length;
      // (and a one-word value's: a parameter `models` is not the constant `MODELS`; C#: a parameter of that name in the method
      // of the use is the caller's, `Send(string api) => _http.PostAsync(api, …)`)
      if (((language === 'csharp' || oneWord) && m[1] !== name) || (language === 'csharp' && parameterAt(name, start))) continue;
      // (after a string, that string is a slash or the version's, `"/v1/"`, the value not under the version again, and the name no
      // parameter of the function it is read in: a function's own `path` is its caller's)
      const afterString = /^["']/.test(m[0]);
      const slash = afterString ? /^["'](\/|\/v1\/)["']/.exec(text.slice(m.index ?? 0, (m.index ?? 0) + 6))?.[1] : undefined;
      if (afterString && (slash === undefined || m[1] !== name || (slash === '/v1/' && value.startsWith('v1/')) || parameterAt(name, start))) continue;
      // (read as one literal from the slash's: `host + "/chat/completions"`)
      const from = slash === undefined ? start : (m.index ?? 0);
      uses.push({ start: from, end: start + (m[1] ?? name).length, value: `${slash ?? ''}${value}`, interpolated: false });
      // (each use is analysed like a literal: a file of thousands is generated, not written)
      if (uses.length >= 500) return uses;
    }
  }
  return uses;
}


/**
 * The literal `key` of the options the file's only instance of a class of its own is built with, when
 * that class keeps its options as `this.field` (`constructor(config) { this.config = config; }`).
 */
function ownInstanceOption(text: string, field: string, key: string): string | undefined {
  if (!text.includes('new ')) return undefined;
  const made = [...text.matchAll(/\bnew[ \t]+([A-Z][\w$]*)[ \t]*\([ \t]*\{([^{}]{0,800})\}[ \t]*\)/g)].filter((m) => new RegExp(`\\bclass[ \\t]+${escapeRe(m[1] ?? '')}\\b`).test(text));
  const only = made.length === 1 ? made[0] : undefined;
  if (!only || !new RegExp(`\\bthis\\.${escapeRe(field)}[ \\t]*=[ \\t]*[A-Za-z_$]`).test(text)) return undefined;
  return new RegExp(`(?:^|[\\s,{])${escapeRe(key)}[ \\t]*:[ \\t]*["'\`](https?:\\/\\/[^"'\`\\s$]+)["'\`]`).exec(only[2] ?? '')?.[1];
}

/** `$opts = [CURLOPT_POST => true, …]; curl_setopt_array($ch, $opts)`: the verb the options array sets (`$opts[CURLOPT_POST] = true` too). */
function curlOptionsArrayVerb(statements: string, holder: string): string | undefined {
  const options = new RegExp(`curl_setopt_array\\(\\s*${holder}\\s*,\\s*(\\$\\w+)\\s*\\)`).exec(statements)?.[1];
  if (!options) return undefined;
  const name = escapeRe(options);
  // (`key` set in the array, written `[…]` or `array(…)`, or on its own, `$opts[CURLOPT_POST] = true`: up to its value)
  const optionSet = (key: string): string => `${name}\\s*(?:=\\s*(?:\\[|array\\s*\\()[^;]{0,4000}?|\\[\\s*)\\b${key}\\s*(?:=>|\\]\\s*=)`;
  const custom = new RegExp(`${optionSet('CURLOPT_CUSTOMREQUEST')}\\s*["'](GET|POST|PUT|PATCH|DELETE)["']`, 'i').exec(statements)?.[1];
  return custom ?? (new RegExp(optionSet(CURL_POST_OPTION)).test(statements) ? 'POST' : undefined);
}

/** The name of the last `class X` declared before `offset`. */
function lastClassName(code: string, offset: number): string | undefined {
  let name: string | undefined;
  for (const m of code.slice(0, offset).matchAll(/\bclass[ \t]+([A-Za-z_$][\w$]*)/g)) name = m[1];
  return name;
}

/**
 * Whether `name`, assigned on the line holding `offset`, is a class field: an indented assignment
 * with no `const`/`let`/`var`, outside every function (a class body), maybe with modifiers and a type.
 */
function jsClassField(code: string, offset: number, name: string, scopes: () => JsScopes): boolean {
  const lineStart = code.lastIndexOf('\n', offset) + 1;
  const head = new RegExp(`^[ \\t]+(?:(?:private|public|protected|readonly|static|declare|override)[ \\t]+)*#?${escapeRe(name)}[!?]?[ \\t]*(?::[^=\\n]{0,120})?=`);
  return head.test(code.slice(lineStart, offset)) && scopes().innermost(offset) === undefined;
}

/** A value read at run time (a name, `process.env.X`, a call's result: `Deno.env.get("X")`), then `||`, `??` or Python's `or` right before a literal: [1] what is read. */
const LITERAL_AS_DEFAULT = /((?:process\.env|import\.meta\.env)(?:\.[A-Za-z_$][\w$]*|\[[ \t]*["'][^"'\n]{1,60}["'][ \t]*\])|\$[A-Za-z_]\w*(?:\[[ \t]*["'][^"'\n]{1,60}["'][ \t]*\])+|os\.(?:getenv|environ\.get)\([^()\n]{1,80}\)|(?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*\([^()\n]{0,80}\)|(?:self\.|this\.)?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)[ \t\r\n]*(?:\|\||\?\?|\?:|\bor\b)[ \t]*[rbu]?$/;

/** LITERAL_AS_DEFAULT before the literal at `at`, tried only where an operator it needs stands (most literals have none). */
function literalAsDefault(code: string, at: number): RegExpExecArray | null {
  const before = code.slice(Math.max(0, at - 160), at);
  return /\|\||\?\?|\?:|\bor\b/.test(before) ? LITERAL_AS_DEFAULT.exec(before) : null;
}

function assignedVariable(code: string, offset: number, cpp = false): string | undefined {
  // a bounded window before the literal keeps minified one-line files linear
  const window = code.slice(Math.max(0, offset - 240), offset);
  const lineStart = window.lastIndexOf('\n') + 1;
  // black wraps a long value on the next line: `URL = (` then the string alone on its line
  const previousLineStart = window.lastIndexOf('\n', lineStart - 2) + 1;
  // (also a C# interpolated or verbatim string alone on its line: `string url =` then `$"{_endpoint}/openai/…"`)
  const alone = window.slice(lineStart);
  const before = (alone.trim() === '' || /^[ \t]*[$@]{1,3}"?$/.test(alone)) && lineStart > 0 ? window.slice(previousLineStart, lineStart - 1).replace(/[ \t]*\(?[ \t]*\r?$/, '') + alone.trimStart() : alone;
  // also `url = url + "/v1/embeddings"`: the variable extended in place, and `url = base() + "/…"`
  // (or Go's `url := strings.TrimRight(cfg.BaseURL, "/") + "/…"`)
  // (C#'s interpolated and verbatim strings: `$"{endpoint}openai/…"`, `@"…"`)
  // (a Rust type may be a reference: `const URL: &'static str = "…"`; Ruby's `@base = "…"` is read as `base`)
  // (Go names a declared type without a colon: `var chatURL string = "…"`)
  // (not Kotlin's `const val URL = "…"`)
  // (not C#'s `const string ApiUrl = "…"`, whose second word is the type)
  // (Elixir's module attribute: `@api_url "https://…"`, read as `api_url`, as its uses `@api_url` are)
  // (a base read by key: `url = os.environ["OPENAI_BASE_URL"] + "/embeddings"`)
  // (PHP's property set in a method: `$this->apiUrl = '…'`; joined with a dot: `$this->apiUrl = env('API_URL') . '/chat/completions'`,
  // the base a call with arguments)
  const attribute = /^[ \t]*@([a-z_]\w*)[ \t]+$/.exec(before);
  if (attribute) return attribute[1];
  // (C++'s direct initialisation: `std::string url("https://…")`, `QUrl endpoint("…")`)
  const initialised = /(?:^|[\s(;{])(?:const[ \t]+)?(?:std::)?(?:string|wstring|string_view|QString|QUrl)[ \t]+([A-Za-z_]\w*)[ \t]*[({][ \t]*$/.exec(before);
  if (initialised) return initialised[1];
  // (and a C++ constructor's member initialiser: `ChatGPT::ChatGPT(const std::string& token) : m_token{token}, m_link{"https://…"} {`)
  const member = cpp && /\)[ \t\r\n]*(?:noexcept[ \t]*)?:(?!:)[ \t\r\n]*(?:[A-Za-z_]\w*[ \t]*(?:\{[^{}\n]{0,120}\}|\([^()\n]{0,120}\))[ \t\r\n]*,[ \t\r\n]*)*(?!return\b)([A-Za-z_]\w*)[ \t]*[({][ \t]*$/.exec(window);
  if (member && !/\?[^:]*$/.test(window.slice(0, member.index))) return member[1];
  // (C's and C++'s macro: `#define OPENAI_URL "https://…"`; in the other languages a `#` line is a comment, blanked)
  const macro = /^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)[ \t]+$/.exec(before);
  if (macro) return macro[1];
  // (R assigns with an arrow: `endpoint <- "https://…"`, `url <- paste0(base, "/…")`)
  // (a formatting call named with its package: `base_url <- glue::glue(…)`)
  const arrow = /(?:^|\s)([A-Za-z_][\w.]*)[ \t]*<<?-[ \t]*(?:[A-Za-z_][\w.]*::)?(?:paste0\([^()\n]{0,120}?,[ \t]*)?$/.exec(before);
  if (arrow) return arrow[1];
  // (Dart's getter and C#'s expression-bodied property: `String get _baseUrl => '$_endpoint/openai/…'`, `string Url => $"…"`)
  // (C#'s only where a member is declared: `x switch { string s => $"…" }` names no variable)
  const getter = /(?:^|\s)(?:get|(?:public|private|protected|internal)[ \t]+(?:static[ \t]+)?(?:readonly[ \t]+)?(?:string|String|Uri))[ \t]+([A-Za-z_]\w*)[ \t]*=>[ \t]*[$@]{0,2}$/.exec(before);
  if (getter) return getter[1];
  const goTyped = /(?:^|\s)(?:var|const)[ \t]+(?!(?:val|var|string|String|int|long|bool|double|float|char|object|decimal)\b)([A-Za-z_]\w*)[ \t]+\*?[\w.]+[ \t]*=[ \t]*$/.exec(before);
  if (goTyped) return goTyped[1];
  // (and in a block of them: `const (` then `url string = "…"`)
  const goBlockTyped = /^[ \t]+([A-Za-z_]\w*)[ \t]+\*?[\w.]+[ \t]*=[ \t]*$/.exec(before);
  if (goBlockTyped && /\b(?:const|var)[ \t]*\([^()]*$/.test(window)) return goBlockTyped[1];
  // (C's pointer and array: `static const char *kChatUrl = "…"`, `char url[] = "…"`; Lua's join, `local url = base .. "/…"`;
  // Rust's borrow of a formatted string, `let url: &str = &format!(…)`; Elixir's join, `url = @base_url <> "/…"`)
  return /(?:^|\s)(?:const\s+|let\s+|var\s+)?(?:@{1,2}|\*{1,2})?((?:self\.|this\.|\$this->)?[A-Za-z_$][\w$]*)(?:\[\])?[ \t]*(?::[ \t]*&?(?:'[A-Za-z_]\w*[ \t]+)?[\w.]+[ \t]*)?(?::=|=)[ \t]*\(?[ \t]*(?:new[ \t]+|&)?(?:(?:@?[A-Za-z_$][\w$.]*(?:\([^()\n]{0,80}\)|\[[^[\]\n]{0,80}\])?|\([^()\n]{1,80}\)|strings\.Trim(?:Right|Suffix)\([ \t]*[\w.]+[ \t]*,[^()\n]{0,20}\))(?:\.(?:rstrip|strip|replace|[tT]rimEnd|removesuffix)\([^()\n]{0,40}\))?[ \t]*(?:\.\.|[+.]|<>)[ \t]*)?(?:[rfbu]{0,2}|[$@]{1,3})$/i.exec(before)?.[1];
}

/**
 * The code with each string that only interpolates one name (Ruby's `"#{BASE_URL}"`, a template's `${url}`,
 * Python's `f"{url}"`, Kotlin's `"$url"`) written as that name, offsets kept: a request given it is given the name.
 */
function withOnlyNameStrings(code: string, strings: readonly StringLiteral[], language: SourceLanguage): string {
  // (built in one pass: rebuilding the file for each string was quadratic, 27 s on 20,000 of them)
  const parts: string[] = [];
  let from = 0;
  for (const s of strings) {
    if (s.value.length > 120 || s.end - s.start < s.value.length + 2 || s.start < from) continue;
    // (Python's and JavaScript's only with their `f` or backticks; PHP's names keep their `$`; PHP's and Ruby's single quotes interpolate nothing)
    if (!s.interpolated && (language === 'python' || JS_LANGUAGES.has(language))) continue;
    if ((language === 'php' || language === 'ruby') && code[s.start] === "'") continue;
    const name =
      language === 'php'
        ? /^\{?(\$[A-Za-z_]\w*)\}?$/.exec(s.value)?.[1]
        : (/^\$?\{[ \t]*((?:self\.|this\.|@)?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)[ \t]*\}$/.exec(s.value)?.[1] ?? (RAW_HTTP_LANGUAGES.has(language) ? /^\$([A-Za-z_]\w*)$/.exec(s.value)?.[1] : undefined));
    if (name === undefined) continue;
    const written = name.replace(/^@/, '');
    parts.push(code.slice(from, s.start), written.padStart(written.length + 1).padEnd(s.end - s.start));
    from = s.end;
  }
  if (parts.length === 0) return code;
  parts.push(code.slice(from));
  return parts.join('');
}

/** `/v1/threads/thread_abc/runs` → `/v1/threads/{thread_id}/runs`, using the SDK map's path templates. */
export function endpointTemplate(url: string): string {
  // (a format string's verb is a parameter too: `fmt.Sprintf("https://api.openai.com/v1/organizations/%s/users", org)`; so is a
  // segment that is one `$name` of Kotlin's, Dart's, PHP's or a shell's strings, `"$baseUri/$version/audio/speech"`)
  let segments = normalisePath(url).map((s) => s.replace(/\$\{[^}]*\}|\{[^}]*\}|^%[sdvq]$|^\$[A-Za-z_]\w*$/g, '{}'));
  // the API version filled in where `v1` stands (`https://api.openai.com/${process.env.OPENAI_VERSION}/chat/completions`)
  if (segments[0] === '{}' && segments.length > 1 && templateFor(segments.slice(1)) !== undefined && templateFor(segments) === undefined) segments = segments.slice(1);
  // a query string filled in after the last segment, `fmt.Sprintf("…/v1/files%s", query)`, `` `…/v1/files${qs}` ``
  const last = segments.length > 0 ? QUERY_AFTER_SEGMENT.exec(url.split(/[?#]/, 1)[0] ?? '') : null;
  if (last && templateFor(segments) === undefined && templateFor([...segments.slice(0, -1), last[1] ?? '']) !== undefined) segments = [...segments.slice(0, -1), last[1] ?? ''];
  const known = templateFor(segments);
  // (a legacy billing path the SDK map does not list was served beside `/v1`, not under it:
  // `https://api.openai.com/dashboard/billing/credit_grants`. The URL here is the host and the path as written, so a base's own
  // `/v1` is not seen: `${BASE}/dashboard/billing/credit_grants` with BASE ending in `/v1` reads without it too)
  if (known === undefined && segments[0] === 'dashboard' && /^[a-z]+:\/\/[^/]+\/+dashboard\//i.test(url)) return `/${segments.join('/')}`;
  const template = known ?? `/v1/${segments.join('/')}`;
  // a URL that writes the legacy engine-scoped path (`/v1/engines/davinci/completions`) keeps it: the
  // request goes there, and the policy table reads it as the endpoint after the engine (`/v1/completions`)
  return ENGINE_SCOPED.test(url) && segments.length > 0 ? template.replace(/^\/v1\//, '/v1/engines/{engine_id}/') : template;
}

/** A last segment with a placeholder glued to its end (`files%s`, `files${query}`, `files{qs}`): [1] the segment. */
const QUERY_AFTER_SEGMENT = /\/([a-z][\w-]*)(?:%[sv]|\$\{[^}/]*\}|\{[^}/]*\})$/;

/** `…/v1/engines/{id}/completions`, `/engines/davinci/embeddings`: a path scoped to a legacy engine. */
const ENGINE_SCOPED = /(?:^|\/)engines\/[^/?#\s]+\/[a-z]/;

let templates: string[][] | undefined;

function templateFor(segments: string[]): string | undefined {
  // every endpoint path of the SDK map as segments with {params}; the most literal first, so
  // `/v1/threads/runs` wins over `/v1/threads/{thread_id}`
  templates ??= endpointPaths()
    .filter((p) => p.startsWith('/v1/'))
    .map((p) => p.split('/').filter(Boolean).slice(1))
    .sort((a, b) => a.filter((x) => x.startsWith('{')).length - b.filter((x) => x.startsWith('{')).length);
  for (const t of templates) {
    if (t.length !== segments.length) continue;
    if (t.every((part, i) => (part.startsWith('{') ? true : part === segments[i]))) return `/v1/${t.join('/')}`;
  }
  return undefined;
}

/** curl commands in shell scripts (line continuations joined) that reach an OpenAI or Azure host. */
export function detectCurlCalls(src: SourceText, lexed: Lexed): CallSite[] {
  const sites: CallSite[] = [];
  // (also a script's wrapper named for it, `curl_with_retry -s -X POST "https://…"`, `safe_curl`, perhaps sourced
  // from another file: as a command, not a variable (`$curl_opts`, `curl_url=…`), nor a function this script
  // defines without running curl in it)
  // (and a function of any name whose curl takes the function's own arguments: `api_call() { curl -sf "$@"; }`,
  // called as `api_call -X POST "$BASE/chat/completions" …`)
  const forwarders = curlForwardingFunctions(lexed.code, src.noComments).map(escapeRe);
  const curl = new RegExp(`(?<![\\w$-])(?:(?:[A-Za-z]\\w*_)?curl(?:_[A-Za-z]\\w*)?${forwarders.map((name) => `|${name}`).join('')})\\b(?![=(])`, 'g');
  const wrapperRuns = new Map<string, boolean>();
  const runsCurl = (name: string): boolean => {
    let answer = wrapperRuns.get(name);
    if (answer === undefined) {
      const definition = new RegExp(`(?:^|[;\\s])(?:function[ \\t]+)?${name}[ \\t]*(?:\\(\\)[ \\t]*)?\\{`, 'm').exec(lexed.code);
      const open = definition ? definition.index + definition[0].length - 1 : -1;
      const close = open < 0 ? -1 : matchingBracket(lexed.code, open, 4000);
      wrapperRuns.set(name, (answer = open < 0 || /(?<![\w$-])curl\s/.test(lexed.code.slice(open, close < 0 ? open + 4000 : close))));
    }
    return answer;
  };
  // a `curl` word on a continuation line of the command before is one of its arguments (and reading
  // each would scan the same lines again and again); so is one inside the command just read on its own line
  let previous = { start: -1, end: -1 };
  for (let m = curl.exec(lexed.code); m; m = curl.exec(lexed.code)) {
    if (m.index < previous.end) continue;
    if (m[0] !== 'curl' && (!/(?:^|[\s;|&(`])$/.test(lexed.code.slice(Math.max(0, m.index - 1), m.index)) || !runsCurl(m[0]))) continue;
    const found = curlSite(src, m.index, src.noComments.length, src.noComments, 'shellscript', m[0].length);
    if (found) {
      sites.push(found.site);
      previous = { start: m.index, end: found.end };
    }
  }
  // and in quoted strings: `result="$(curl …)"` runs it wherever it stands (an escaped `\$(` does
  // not); otherwise only the argument of a command that runs its argument as a command: a shell's
  // `-c`, eval, ssh, timeout, or a script's own runner (`exec_color "curl …"`, `run "curl …"`); not
  // `echo`, `git commit -m`, `export X=` or a script's printing helpers
  let lastEnd = -1;
  let evaluated: Set<string> | undefined;
  for (const lit of lexed.strings) {
    const quote = src.noComments[lit.start];
    if ((quote !== '"' && quote !== "'") || !/(?<![\w-])curl\s/.test(lit.value)) continue;
    const runs = shellStringRuns(lexed.code, lit.start) || evaluatedLater(lexed.code, lit.start, (evaluated ??= evaluatedNames(src.noComments)));
    for (const m of lit.value.matchAll(/(?<![\w-])curl\s/g)) {
      const k = m.index ?? 0;
      const at = lit.start + 1 + k;
      // a `curl` word inside the previous command's text is one of its arguments
      if (at < lastEnd) continue;
      if (!runs && !(quote === '"' && /(?<!\\)(?:\$\(|`)[ \t]*$/.test(lit.value.slice(Math.max(0, k - 24), k)))) continue;
      const found = curlSite(src, at, lit.end - 1, src.noComments, 'shellscript');
      if (found) {
        sites.push(found.site);
        lastEnd = found.end;
      }
    }
  }
  return sites.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/**
 * Whether the quoted string at `at` is a command kept in a variable the script runs with `eval` (`local cmd="curl …"`, then
 * `eval "$cmd"`; `evaluated`: the names the script evaluates).
 */
function evaluatedLater(code: string, at: number, evaluated: ReadonlySet<string>): boolean {
  const name = /(?:^|[;\s])(?:(?:local|declare|readonly|export)[ \t]+)?([A-Za-z_]\w*)=$/.exec(code.slice(Math.max(0, at - 80), at))?.[1];
  return name !== undefined && evaluated.has(name);
}

/** The variables a script runs with `eval` (`eval "$cmd"`, `eval ${cmd}`; `text` keeps the strings the code blanks). */
function evaluatedNames(text: string): Set<string> {
  return new Set([...text.matchAll(/(?<![\w-])eval[ \t]+"?\$\{?([A-Za-z_]\w*)\}?(?!\w)/g)].map((m) => m[1] ?? ''));
}

/** The names of a script's functions that run curl with the arguments they were called with (`"$@"`; `text` keeps the strings `code` blanks). */
function curlForwardingFunctions(code: string, text: string): string[] {
  if (!text.includes('$@') && !text.includes('${@}')) return [];
  const names: string[] = [];
  for (const m of code.matchAll(/(?:^|\n)[ \t]*(?:function[ \t]+([A-Za-z_][\w-]*)[ \t]*(?:\(\)[ \t]*)?|([A-Za-z_][\w-]*)[ \t]*\(\)[ \t]*)\{/g)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 4000);
    const body = text.slice(open, close < 0 ? open : close);
    const name = m[1] ?? m[2] ?? '';
    if (/(?<![\w$-])curl\s[^\n]*"?\$(?:@|\{@\})/.test(body) && !/curl/.test(name)) names.push(name);
  }
  return names;
}

/**
 * Whether the quoted string at `at` is run as a command: the command it is an argument of (read on
 * its line, at most 400 characters back, past redirections such as `>&2`) is a shell with `-c`,
 * `eval`, `ssh`, `timeout`, `watch`, or a script's own runner named for it (`exec_color`, `run_cmd`).
 */
function shellStringRuns(code: string, at: number): boolean {
  const window = code.slice(Math.max(0, at - 400), at);
  const segment = window.slice(window.lastIndexOf('\n') + 1).replace(/\d*[<>]&\d*|&>/g, ' ');
  const statement = segment.slice(Math.max(segment.lastIndexOf(';'), segment.lastIndexOf('&'), segment.lastIndexOf('|'), segment.lastIndexOf('$('), segment.lastIndexOf('`')) + 1);
  const words = statement.trim().replace(/^[({!\s]+/, '').split(/\s+/).filter(Boolean);
  const command = words.find((w) => !/^(?:then|do|else|time|sudo|nohup|command|env|[A-Za-z_]\w*=\S*)$/.test(w));
  if (!command) return false;
  if (/^(?:eval|ssh|timeout|watch|xargs|parallel|exec)$/.test(command)) return true;
  // `bash -c "…"`, `docker exec app sh -c "…"`, `kubectl exec pod -- bash -c "…"`
  if (/(?:^|\s)(?:ba|z|da|k)?sh\s+(?:-\w+\s+)*-\w*c\w*\s*$/.test(statement)) return true;
  return /^[\w-]*(?:exec|run|eval|retry)[\w-]*$/i.test(command) && !/^(?:dry[_-]?run|run[_-]?echo)$/i.test(command);
}

/**
 * Calls that run a shell command given as one string: Python's os.system and subprocess, Node's child_process, fabric/invoke's run,
 * test helpers (`run_cmd`), Lua's `io.popen` and `os.execute`, Neovim's `vim.fn.jobstart` and `vim.fn.system`.
 */
/** A Jenkins pipeline's shell step right before a string: `sh `, `sh(`, `sh(script: ` (also `bat`, `powershell`). */
const JENKINS_SHELL_STEP = /(?<![\w$.])(?:sh|bat|powershell)[ \t]*\(?[ \t\n]*(?:[A-Za-z_]\w*[ \t]*:[ \t]*[^,()\n]{0,40},[ \t\n]*)*(?:script[ \t]*:[ \t\n]*)?$/;
const SHELL_RUNNER = /^(?:(?:os|subprocess|sp|child_process|childProcess|cp|shell|shelljs|commands|asyncio)\.(?:system|popen|run|call|check_call|check_output|getoutput|getstatusoutput|Popen|exec|execSync|create_subprocess_shell)|(?:c|ctx|conn|connection|context)\.(?:run|sudo)|system|popen|run|run_?cmd|run_?command|runCommand|runCmd|execSync|exec|check_call|check_output|getoutput|getstatusoutput|Popen|create_subprocess_shell|io\.popen|os\.execute|(?:vim\.fn\.)?(?:jobstart|systemlist)|vim\.fn\.system)$/;

/**
 * A curl command run from code: `run_cmd("curl http://localhost:8000/v1/models")`,
 * `subprocess.run("""curl …/v1/chat/completions -d '…'""", shell=True)`, `execSync(\`curl …\`)`. Only
 * a string that is the whole first argument of a call that runs shell commands, so a curl line in
 * a docstring or a printed hint is none.
 */
export function detectEmbeddedCurlCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const sites: CallSite[] = [];
  let handed: Set<string> | undefined;
  for (const [index, lit] of lexed.strings.entries()) {
    if (!/^\s*curl\s/.test(lit.value)) continue;
    const call = enclosingCall(lexed.code, lit.start);
    // a bare name must be one (`/curl (\S+)/.exec(…)`, `db.exec(…)` are not a shell's exec)
    // (a Jenkins pipeline's step: `sh "curl …"`, `sh(script: """curl …""", returnStdout: true)`)
    const run = (call !== undefined && SHELL_RUNNER.test(call.callee) && lexed.code[call.start - 1] !== '.' && lexed.code.slice(call.open + 1, lit.start).trim() === '') || (language === 'groovy' && JENKINS_SHELL_STEP.test(lexed.code.slice(Math.max(0, lit.start - 120), lit.start)));
    // (or the command kept in a name first, `local command = "curl …" .. path`, that a runner is handed: `vim.fn.jobstart(command, …)`)
    if (!run && !(call === undefined && keptForRunner(lexed.code, lit.start, (handed ??= namesHandedToRunners(lexed.code))))) continue;
    const at = src.noComments.indexOf('curl', lit.start);
    // the command ends with the string: its closing quote (one or three characters)
    const limit = lit.end - (/^(["'])\1\1$/.test(src.noComments.slice(lit.end - 3, lit.end)) ? 3 : 1);
    if (at < 0 || at >= limit) continue;
    // (written in pieces, `"curl https://…/chat/completions " .. "-H '…' " .. "-d @" .. path`: the pieces together)
    const joined = joinedPieces(lexed, index);
    const found = joined ? curlCommandSite(src, language, { start: at, nameEnd: at + 4, end: joined.end }, `${lit.value.slice(at - lit.start - 1)}${joined.rest}`, `${lit.value}${joined.rest}`) : curlSite(src, at, limit, lit.value, language)?.site;
    if (found) sites.push(found);
  }
  return sites;
}

/**
 * The strings joined after the one at `index` by concatenation (`..` in Lua, `+` elsewhere), with the names between them
 * written as `$name`: undefined when none follows. At most twenty pieces.
 */
function joinedPieces(lexed: Lexed, index: number): { rest: string; end: number } | undefined {
  let rest = '';
  let end = -1;
  let from = lexed.strings[index]?.end ?? 0;
  for (let i = index + 1; i < lexed.strings.length && i <= index + 20; i++) {
    const next = lexed.strings[i] as StringLiteral;
    // (names between, `..` or `+` around each; a name's own dots only before a letter: `a..b` is two names)
    if (next.start - from > 400) break;
    const between = lexed.code.slice(from, next.start);
    if (!/^\s*(?:\.\.|\+)\s*(?:[A-Za-z_]\w*(?:(?:\.|::)[A-Za-z_]\w*)*\s*(?:\.\.|\+)\s*)*$/.test(between)) break;
    rest += `${between.replace(/\.\.|\+/g, ' ').replace(/[A-Za-z_]\w*(?:(?:\.|::)[A-Za-z_]\w*)*/g, (name) => `$${name}`).replace(/\s+/g, '')}${next.value}`;
    end = next.end - 1;
    from = next.end;
  }
  return end < 0 ? undefined : { rest, end };
}

/** Whether the string at `at` is the start of a value assigned to one of `names` (`cmd = "curl …"`, over a line break too). */
function keptForRunner(code: string, at: number, names: ReadonlySet<string>): boolean {
  if (names.size === 0) return false;
  const name = /(?<![\w.])([A-Za-z_]\w*)[ \t]*(?::[^=\n]{0,40})?=[ \t]*\n?[ \t]*$/.exec(code.slice(Math.max(0, at - 120), at))?.[1];
  return name !== undefined && names.has(name);
}

/** The names a file hands to a shell runner as its first argument (`subprocess.run(cmd, shell=True)`, `vim.fn.jobstart(command, opts)`). */
function namesHandedToRunners(code: string): Set<string> {
  const names = new Set<string>();
  for (const m of code.matchAll(/(?<![\w.])([A-Za-z_][\w.]*)[ \t]*\([ \t]*([A-Za-z_]\w*)[ \t]*[,)]/g)) if (SHELL_RUNNER.test(m[1] ?? '')) names.add(m[2] ?? '');
  return names;
}

/** The first line break in text[from, to), or -1: bounded, where `indexOf` would run on to the end of a long line. */
function newlineBefore(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return i;
  return -1;
}

/** The curl command starting at `start`, up to its first line end not escaped by a backslash (and not past `limit`). */
function curlSite(src: SourceText, start: number, limit: number, script: string, language: SourceLanguage, nameLength = 4): { site: CallSite; end: number } | undefined {
  const end = shellCommandEnd(src.noComments, start, limit);
  const site = curlCommandSite(src, language, { start, nameEnd: start + nameLength, end }, src.noComments.slice(start, end), script);
  return site ? { site, end } : undefined;
}

/** Where the shell command starting at `start` ends: its line, and the lines a trailing backslash or an open quote continues it on. */
function shellCommandEnd(text: string, start: number, limit: number): number {
  // a command's text is read for at most 4,000 characters: a file of endless continuation lines stays linear
  limit = Math.min(limit, start + 4000);
  let end = start;
  // a quoted argument may break lines (`-d '{\n  "model": …\n}'`): the command goes on after it
  let quote = 0;
  while (end < limit) {
    const nl = newlineBefore(text, end, limit);
    if (nl < 0) return limit;
    quote = quoteOpenAfter(text, end, nl, quote);
    if (quote === 0 && !/\\\s*$/.test(text.slice(end, nl))) return nl;
    end = nl + 1;
  }
  return end;
}

/**
 * HTTPie's commands (`http`, `https`) and xh's (`xh`, `xhs`) where a command starts (a line's start, after `;`, `&`, `|`, a
 * backtick, `$(` or a subshell's `(` (not an array's, `=(`), maybe after `then`, `do`, `else`, `sudo`, `time`, `exec`,
 * `command`, `nohup` or `{`), then a word or a continued line: `http POST https://api.openai.com/v1/chat/completions
 * model=gpt-4o …`, `https api.openai.com/v1/models` ([1] the command's name; its words are read by `httpieCommandSite`).
 * Matched forward: a look-behind over the blanks before it was quadratic in a run of blanks.
 */
const HTTPIE_COMMAND = /(?:^|[;&|`]|\$\(|(?<!=)\()[ \t]*(?:(?:then|do|else|sudo|time|exec|command|nohup)[ \t]+|\{[ \t]+)*(https?|xhs?)(?=[ \t]+(?:[-"'$:\w]|\\\n))/gm;
/** HTTPie's and xh's options that take the next word as their value (`-a user:pass`, `--session NAME`, xh's `--bearer TOKEN`). */
const HTTPIE_VALUE_OPTIONS = new Set(['-a', '--auth', '-A', '--auth-type', '--session', '--session-read-only', '-o', '--output', '--timeout', '--proxy', '--cert', '--cert-key', '--verify', '--max-redirects', '--style', '-s', '--print', '-p', '--pretty', '--format-options', '--boundary', '--default-scheme', '--raw', '--bearer', '--ssl', '--ciphers', '--response-charset', '--response-mime', '-P', '--history-print']);
/** Options with which the command sends nothing: it prints the request (`--offline`) or the curl command for it (xh's `--curl`). */
const HTTPIE_SENDS_NOTHING = new Set(['--offline', '--curl', '--curl-long']);
/** Options read as the command sending a body, so a POST unless a method is written: `--raw BODY`, a form's `-f`, `--form`, `--multipart`. */
const HTTPIE_BODY_OPTIONS = new Set(['--raw', '--form', '-f', '--multipart']);
/**
 * A request item that sends data (`model=gpt-4o`, `messages:='[…]'`, `file@audio.mp3`, `body=@prompt.txt`) or a body file
 * (`@body.json`); headers (`Name:value`) and queries (`q==x`) send none.
 */
const HTTPIE_DATA_ITEM = /^(?:[^\s=:@-][^\s=:@]*(?:=(?!=)|:=|@)|@\S)/;
/** An HTTP method as HTTPie (upper case) or xh (either case) takes it. */
const HTTPIE_METHOD = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|get|post|put|patch|delete|head|options)$/;

/** HTTPie and xh commands in a shell script, as curl's are read (see `detectCurlCalls`). */
export function detectHttpieCalls(src: SourceText, lexed: Lexed): CallSite[] {
  if (!/(?:^|[\s;&|`(])(?:https?|xhs?)[ \t]/m.test(lexed.code)) return [];
  const text = src.noComments;
  const sites: CallSite[] = [];
  let previousEnd = -1;
  for (const m of lexed.code.matchAll(HTTPIE_COMMAND)) {
    const start = (m.index ?? 0) + m[0].length - (m[1] ?? '').length;
    // (a command word inside the previous command's text is one of its arguments, whether or not that command sent anything)
    if (start < previousEnd) continue;
    const end = commandListEnd(text, start, shellCommandEnd(text, start, text.length));
    previousEnd = end;
    // (fed by a pipe, the command sends what it reads: a body)
    const piped = /(?<!\|)\|&?[ \t]*$/.test(lexed.code.slice(Math.max(0, start - 40), start));
    const site = httpieCommandSite(src, { start, nameEnd: start + (m[1] ?? '').length, end }, piped);
    if (site) sites.push(site);
  }
  return sites;
}

/** Where the command at `start` ends before `end`: at the first `;`, `&` or `|` outside quotes (`http :8080/health && http POST …` is two). */
function commandListEnd(text: string, start: number, end: number): number {
  let quote = '';
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (quote !== '') {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') i++;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '\\') i++;
    else if (c === ';' || c === '&' || c === '|') return i;
  }
  return end;
}

/** The request an HTTPie or xh command sends: its URL (a scheme added as the command adds it), its method or the one its items imply. */
function httpieCommandSite(src: SourceText, at: { start: number; nameEnd: number; end: number }, piped: boolean): CallSite | undefined {
  const script = src.noComments;
  const name = script.slice(at.start, at.nameEnd);
  const command = script.slice(at.nameEnd, at.end).replace(/\\\n/g, ' ');
  const words = [...command.matchAll(/"(?:[^"\\]|\\.)*"|'[^']*'|[^\s"']+(?:(?:"(?:[^"\\]|\\.)*"|'[^']*')[^\s"']*)*/g)].map((w) => w[0]);
  // the options (anywhere: before the method, between it and the URL, after the URL), the other words in order
  let bodyOption = false;
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (!word.startsWith('-') || word === '-') {
      rest.push(word);
      continue;
    }
    const option = word.split('=')[0] ?? '';
    if (HTTPIE_SENDS_NOTHING.has(option)) return undefined;
    if (HTTPIE_BODY_OPTIONS.has(option)) bodyOption = true;
    if (HTTPIE_VALUE_OPTIONS.has(option) && !word.includes('=')) i++;
  }
  const explicit = HTTPIE_METHOD.test(rest[0] ?? '') ? (rest.shift() ?? '').toUpperCase() : undefined;
  const written = (rest.shift() ?? '').replace(/^["']|["']$/g, '');
  // (`:3000/v1/models` is localhost's; a URL without a scheme takes the command's, `https` and `xhs` secure)
  const url = written.startsWith(':') ? `http://localhost${written}` : /^(?:https?:\/\/|\$)/.test(written) ? written : `${name.endsWith('s') ? 'https' : 'http'}://${written}`;
  const target = curlTarget(` ${url} `, script);
  if (!target) return undefined;
  const sendsData = bodyOption || piped || rest.some((item) => HTTPIE_DATA_ITEM.test(item.replace(/^["']/, ''))) || /(?:^|\s)<[ \t]*\S/.test(command);
  return commandCallSite(src, 'httpie', 'shellscript', at, explicit ?? (sendsData ? 'POST' : 'GET'), target, readCallFlags(script.slice(at.start, at.end)));
}

/**
 * The request a curl command sends, as a call site at `at` (its name, and the whole command): the command's text
 * read for its URL (a variable in it written out from `script`), verb, data and flags.
 */
export function curlCommandSite(src: SourceText, language: SourceLanguage, at: { start: number; nameEnd: number; end: number }, command: string, script: string): CallSite | undefined {
  // the URL is an argument of its own: a URL inside the data sent (`"image_url": {"url": "https://…"}`) is not it
  const target = curlTarget(command.replace(CURL_DATA_ARGUMENT, ' '), script);
  if (!target) return undefined;
  // (options may come in an array the script fills: `curl -s "${curl_args[@]}" "https://…"` after `curl_args+=(-F "model=…")`)
  const options = `${command}${curlArrayArguments(command, script)}`;
  const explicit = /(?:-X|--request)\s*["']?([A-Za-z]+)/.exec(options)?.[1];
  const verb = (explicit ?? (/\s(?:-d|--data(?:-raw|-binary|-urlencode)?|-F|--form|--json)\b/.test(options) ? 'POST' : 'GET')).toUpperCase();
  const flags = readCallFlags(command);
  if (/\s(?:-F|--form)\s+["']?file=@/.test(options)) flags.fileInput = true;
  return commandCallSite(src, 'curl', language, at, verb, target, flags);
}

/**
 * A shell command's request as a call site (curl's, HTTPie's): its name at `at`, the whole command its call. Undefined for a
 * documentation placeholder, `https://api.openai.com/v1/<endpoint>`, which names no endpoint.
 */
function commandCallSite(src: SourceText, kind: 'curl' | 'httpie', language: SourceLanguage, at: { start: number; nameEnd: number; end: number }, verb: string, target: { url: string; dest: Destination }, flags: CallSite['flags']): CallSite | undefined {
  const endpoint = endpointTemplate(target.url);
  if (/[<>]/.test(endpoint)) return undefined;
  return {
    kind,
    language,
    method: verb,
    httpMethod: verb,
    endpoint,
    provider: target.dest.provider,
    providerDetail: destinationDetail(target.dest),
    range: src.range(at.start, at.nameEnd),
    callRange: src.range(at.start, at.end),
    flags,
  };
}

/** The words of the arrays a curl command expands (`"${args[@]}"`), as the script fills them (`args=(…)`, `args+=(…)`), each after a blank. */
function curlArrayArguments(command: string, script: string): string {
  if (!command.includes('[@]') && !command.includes('[*]')) return '';
  if (arraysOf !== script) {
    arraysOf = script;
    arrays = new Map();
  }
  let words = '';
  for (const m of command.matchAll(/\$\{([A-Za-z_]\w*)\[[@*]\]\}/g)) {
    const name = m[1] ?? '';
    let filled = arrays.get(name);
    if (filled === undefined) arrays.set(name, (filled = [...script.matchAll(new RegExp(`(?<![\\w$])${name}\\+?=\\(([^()]*)\\)`, 'g'))].map((f) => ` ${f[1] ?? ''}`).join('')));
    words += filled;
  }
  return words;
}

/** The script whose arrays `arrays` holds, by name (read once per script, as `shellVariable` reads its variables). */
let arraysOf: string | undefined;
let arrays = new Map<string, string>();

/** A curl data or form argument with a quoted value (`-d '{…}'`, `--data-raw "…"`). */
const CURL_DATA_ARGUMENT = /(?<=\s)(?:-d|--data(?:-raw|-binary|-urlencode)?|--json|-F|--form)[ \t=]*(?:'[^']*'|"(?:[^"\\]|\\.)*")/g;

/** The shell quote (`'` 39 or `"` 34, else 0) still open at `to`, given the one open at `from`: single quotes take no escapes. */
function quoteOpenAfter(text: string, from: number, to: number, open: number): number {
  let quote = open;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (quote === 0 && c === 92 /* \ */) i++;
    else if (quote === 34 && c === 92) i++;
    else if (quote === 0 && (c === 39 || c === 34)) quote = c;
    else if (c === quote) quote = 0;
  }
  return quote;
}

/** `${NAME:-default}` (or `${NAME-…}`, `${NAME:=…}`) with a URL default, itself maybe quoted: [1] the name, [2] the default. */
const ENV_DEFAULT = /^\$\{(\w+):?[-=]["']?(https?:\/\/[^}"']+)["']?\}$/;

/**
 * A variable's value that is another's with a default URL: `${OPENAI_URL:-https://…}`, or the
 * default held in a variable of the script, `${TTS_URL:-$TTS_DEFAULT_URL}`.
 */
function environmentDefault(value: string, script: string): { name: string; url: string } | undefined {
  const literal = ENV_DEFAULT.exec(value);
  if (literal) return { name: literal[1] ?? '', url: literal[2] ?? '' };
  const named = /^\$\{(\w+):?[-=]\$\{?(\w+)\}?\}$/.exec(value);
  const url = named ? shellVariable(script, named[2] ?? '') : undefined;
  return named && url !== undefined && /^https?:\/\//.test(url) ? { name: named[1] ?? '', url } : undefined;
}

/** Shell variables a script sets (`NAME=value`, `export NAME="value"`, `declare NAME=…`), the first setting of each; read once per script. */
let variablesOf: string | undefined;
let variables = new Map<string, string>();

function shellVariable(script: string, name: string): string | undefined {
  if (variablesOf !== script) {
    variablesOf = script;
    variables = new Map();
    // a variable given two different values (in two branches, or one after the other) holds neither for sure
    for (const m of script.matchAll(/^[ \t]*(?:(?:export|local|readonly|declare|typeset)[ \t]+(?:-\w+[ \t]+)*)?([A-Za-z_]\w*)=(["']?)([^\n]*?)\2[ \t]*$/gm)) {
      const before = variables.get(m[1] ?? '');
      variables.set(m[1] ?? '', before === undefined || before === (m[3] ?? '') ? (m[3] ?? '') : '');
    }
  }
  return variables.get(name);
}

/**
 * A URL read from a shell command, without what follows it but is not part of it: a redirection
 * (`…/v1/models>models.json`) or the end of a command substitution (`` out=`curl …/v1/files` ``).
 * A documentation placeholder such as `https://<your-resource>.openai.azure.com/…` stays whole.
 */
function urlWithoutRedirection(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let open = 0;
  for (let i = 0; i < url.length; i++) {
    if (url[i] === '<') open++;
    else if (url[i] === '>' && open-- === 0) return url.slice(0, i);
  }
  return url.replace(/`$/, '');
}

/**
 * Where a curl command sends its request: a literal URL, or `"$BASE/chat/completions"` with the
 * variable set in the same script. `BASE=${ENV_VAR:-https://api.openai.com/v1}` is decided by the
 * environment at run time, so its provider is unknown (the default host is named in the detail).
 */
function curlTarget(written: string, script: string, depth = 0): { url: string; dest: Destination } | undefined {
  // a variable holding only a path is written out (`$BASE$SUB_PATH` with `SUB_PATH=/v1/chat/completions`),
  // and one holding only a host right after the scheme (`https://$HOST/v1/…` with `HOST='api.mistral.ai'`)
  const command = written.includes('$')
    ? written.replace(/(:\/\/|:)?\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g, (all, before: string | undefined, braced: string | undefined, bare: string | undefined) => {
        const value = shellVariable(script, braced ?? bare ?? '') ?? '';
        if (/^\/[\w/.-]+$/.test(value)) return `${before ?? ''}${value}`;
        // (a host: a name with a dot, localhost, an IPv4 address; after it, a port)
        if (before === '://' && /^[a-z0-9][\w.-]*\.[a-z]{2,}(?::\d+)?$|^localhost(?::\d+)?$|^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?$/i.test(value)) return `${before}${value}`;
        return before === ':' && /^\d{1,5}$/.test(value) ? `:${value}` : all;
      })
    : written;
  // a host a command substitution fills in (`"https://api.$(pass show work/domain)/v1/chat/completions"`): an OpenAI API path on a run-time host
  const substitutedHost = command.includes('$(') ? /https?:\/\/[^\s"'\/()]*\$\([^()\n]{1,200}\)[^\s"'\/()]*(\/v1\/[\w/{}.-]+)/.exec(command) : null;
  if (substitutedHost && isOpenAIEndpointPath(substitutedHost[1] ?? '')) return { url: `https://runtime.invalid${substitutedHost[1] ?? ''}`, dest: { provider: 'unknown', host: 'a host a command substitution gives (decided at run time)' } };
  // (a URL ends at a shell operator or a bracket: `…/v1/models; do sleep 2; done`, `$(curl …/v1/models)`)
  const literal = urlWithoutRedirection(/(https?:\/\/[^\s"'\\;|&()]+)/.exec(command)?.[1]);
  if (literal) {
    // a host the script does not set (`http://${LLAMA_ARG_HOST}:${LLAMA_ARG_PORT}/v1/chat/completions`): an OpenAI API path on a run-time host
    // (or one with a default, `${HOST:-api.openai.com}`: still the environment's)
    const runtimeHost = /^https?:\/\/\$(?:\{([A-Za-z_]\w*)(?::-[^}\s]*)?\}|([A-Za-z_]\w*))(?::(?:\d+|\$\{?[A-Za-z_]\w*\}?))?(\/v1\/[\w/{}.$-]+)$/.exec(literal);
    if (runtimeHost && isOpenAIEndpointPath(runtimeHost[3] ?? '')) return { url: `https://runtime.invalid${runtimeHost[3] ?? ''}`, dest: { provider: 'unknown', host: `$${runtimeHost[1] ?? runtimeHost[2] ?? ''} (host decided at run time)` } };
    const dest = destinationOf(literal);
    if (!dest) return otherProviderTarget(literal);
    return normalisePath(literal).length > 0 ? { url: literal, dest } : undefined;
  }
  // `"$BASE/chat/completions"`, or `"${ENDPOINT}openai/deployments/…"` with the slash in the variable;
  // the first that names an OpenAI endpoint (`"$TEMPDIR/payload"` on the same command is no URL)
  for (const variable of command.matchAll(/\$\{?([A-Za-z_]\w*)\}?(\/[\w/{}.$-]*|(?:openai|v1)\/[\w/{}.$-]*)/g)) {
    const target = baseAndPathTarget(variable, script);
    if (target) return target;
  }
  // `-X POST "$GPT_URL"`: the whole URL is in a variable the script sets (followed one level)
  // (also last in a command substitution: `RESPONSE=$(curl … $ENDPOINT)`)
  if (depth > 0) return undefined;
  for (const whole of command.matchAll(/\$\{?([A-Za-z_]\w*)\}?(?=["'\s);|&`]|$)/g)) {
    const value = shellVariable(script, whole[1] ?? '');
    // `ENDPOINT="${OPENAI_API_ENDPOINT:-"https://api.openai.com/v1/chat/completions"}"`: the environment decides
    const fromEnv = value ? environmentDefault(value, script) : undefined;
    const target = fromEnv ? curlTarget(fromEnv.url, script, depth + 1) : value ? curlTarget(value, script, depth + 1) : undefined;
    if (target && fromEnv) return { url: target.url, dest: { provider: 'unknown', host: `$${fromEnv.name} from the environment (default ${target.dest.host})` } };
    if (target) return target;
  }
  return undefined;
}

/** The names a script puts before `/chat/completions` (`"${API}/chat/completions"`), read once per script. */
let chatBases: { script: string; names: Set<string> } | undefined;
function scriptBasesBeforeChat(script: string): Set<string> {
  if (chatBases?.script !== script) chatBases = { script, names: new Set([...script.matchAll(/\$\{?([A-Za-z_]\w*)\}?(?:\/v1)?\/chat\/completions\b/g)].map((m) => m[1] ?? '')) };
  return chatBases.names;
}

/** `"$BASE/chat/completions"` with `BASE` set in the script (or from the environment with a default), when the whole names an OpenAI endpoint. */
function baseAndPathTarget(variable: RegExpMatchArray, script: string): { url: string; dest: Destination } | undefined {
  const name = variable[1] ?? '';
  const path = (variable[2] ?? '').startsWith('/') ? (variable[2] ?? '') : `/${variable[2] ?? ''}`;
  const value = shellVariable(script, name) ?? '';
  const fromEnv = ENV_DEFAULT.exec(value);
  // (a base whose host is itself a variable, `BASE="http://${HOST}"`, says no more of the host than no base)
  const runtimeHost = /^https?:\/\/\$\{?[A-Za-z_]\w*(?::-[^}\s]*)?\}?(?::(?:\d+|\$\{?[A-Za-z_]\w*\}?))?\/?$/.test(value);
  const base = fromEnv?.[2] ?? (/^https?:\/\//.test(value) && !runtimeHost ? value : '');
  // With nothing known about the host, only a path that is plainly OpenAI's counts: `/v1/…` or a
  // two-part endpoint such as `/chat/completions` or Azure's deployment path, not `/files` or `/models` on any server (unless the script
  // also puts `/chat/completions` after that base: `"${API}/models"` beside `"${API}/chat/completions"`)
  // (or a base whose own name says OpenAI: `"${OPENAI_API_BASE}/responses"`)
  if (!base && !path.startsWith('/v1/') && !path.startsWith('/openai/deployments/') && normalisePath(path).length < 2 && !scriptBasesBeforeChat(script).has(name) && !/open_?ai/i.test(name)) return undefined;
  // a literal base on another provider's host, with a path of its own (`http://192.168.0.1:8080/api`
  // then `/v1/chat/completions`): the whole URL says whether it is an OpenAI-compatible endpoint
  if (base && !fromEnv && !destinationOf(base) && normalisePath(base).length > 0) {
    const whole = `${base.replace(/\/+$/, '')}${path}`;
    const target = otherProviderTarget(whole);
    return target && INFERENCE_ENDPOINT.test(endpointTemplate(target.url)) ? target : undefined;
  }
  // normalisePath drops `/v1` (and Azure's `/openai/…`) from both parts
  const v1Path = `/v1/${[...(base ? normalisePath(base) : []), ...normalisePath(path)].join('/')}`;
  if (!isOpenAIEndpointPath(v1Path)) return undefined;
  const url = `https://runtime.invalid${v1Path}`;
  if (fromEnv) {
    const host = destinationOf(fromEnv[2] ?? '')?.host ?? (fromEnv[2] ?? '');
    return { url, dest: { provider: 'unknown', host: `$${fromEnv[1] ?? ''} from the environment (default ${host})` } };
  }
  const dest = base ? destinationOf(base) : undefined;
  // a literal base on another provider's host: its OpenAI-compatible endpoint, if that plainly is one
  // (`/chat/completions`; not `/models/{id}` or `/files/{id}`, which other APIs have too)
  if (base && !dest) return isFixedEndpoint(v1Path) && (normalisePath(path).length > 1 || SINGLE_SEGMENT_ENDPOINTS.has(normalisePath(path)[0] ?? '')) ? otherProviderTarget(`${base.replace(/\/+$/, '')}${path}`) : undefined;
  if (!dest && /^\/openai\/deployments\//.test(path)) return { url, dest: { provider: 'azure', host: `$${name} (an Azure OpenAI deployment URL, host decided at run time)` } };
  return { url: dest ? `https://${dest.host}${v1Path}` : url, dest: dest ?? { provider: 'unknown', host: `$${name} (decided at run time)` } };
}

/** Requests in `.http` / `.rest` REST-client files, with `@name = value` variables resolved. */
export function detectHttpFileRequests(src: SourceText): CallSite[] {
  const text = src.text;
  const vars = new Map<string, string>();
  // `@base = "https://…"`: REST Client keeps quotes as written, but people write them as in code
  for (const m of text.matchAll(/^@([\w-]+)\s*=\s*(.+)$/gm)) vars.set(m[1] ?? '', (m[2] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2'));
  const sites: CallSite[] = [];
  const requests = [...httpFileRequestLines(text), ...httpFileCurlCommands(text)].sort((a, b) => a.index - b.index);
  const separators = [...text.matchAll(/\n###/g)].map((r) => r.index ?? 0);
  // (a variable's value may name others, `@apiUrl = {{baseUrl}}/api/{{version}}`: each value resolved once, a few levels deep,
  // and never past 2,000 characters, so that values naming themselves or each other cannot grow)
  const resolved = new Map<string, string>();
  const resolve = (name: string, depth: number): string | undefined => {
    const known = resolved.get(name);
    if (known !== undefined) return known;
    const value = vars.get(name);
    if (value === undefined) return undefined;
    const out = depth >= 4 || !value.includes('{{') ? value : value.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (all, inner: string) => (inner === name ? all : (resolve(inner, depth + 1) ?? all)));
    const bounded = out.length > 2000 ? value : out;
    resolved.set(name, bounded);
    return bounded;
  };
  const substitute = (url: string): string => url.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (all, name: string) => resolve(name, 0) ?? all);
  // the other hosts the file sends an inference request to: a self-hosted server's `GET {{host}}/v1/models` beside its `POST {{host}}/v1/chat/completions`
  const servesInference = new Set<string>();
  for (const m of requests) {
    const url = substitute(m.url);
    const target = otherProviderTarget(url);
    // (its `/v1` at the root, as the listing's: Groq's chat under `/openai/v1/` says nothing of `/v1/models`)
    if (target && /^https?:\/\/[^/\s]+\/v1\//i.test(url) && INFERENCE_ENDPOINT.test(endpointTemplate(target.url))) servesInference.add(target.dest.host);
  }
  let index = 0;
  let nextSeparator = 0;
  for (const m of requests) {
    index++;
    const substituted = substitute(m.url);
    // a placeholder inside the host (`https://{{$dotenv NAME}}.openai.azure.com/…`): the rest of the host still says whose it is
    const placeholderHost = /^https?:\/\/([^/?#]*\{\{[^/?#]*)/i.exec(substituted)?.[1];
    const written = placeholderHost ? substituted.replace(placeholderHost, placeholderHost.replace(/\{\{[^}]*\}\}/g, 'x')) : substituted;
    // `{{$dotenv AZURE_OPENAI_ENDPOINT}}/openai/deployments/…`: a host decided at run time, as in code
    // (also with the slash kept in the variable: `{{endpoint}}openai/deployments/…`)
    // (a placeholder in the path is one segment, spaces and all: `/deployments/{{$dotenv DEPLOYMENT}}/chat/completions`)
    const runtime = destinationOf(written) ? undefined : /^(\{\{[^}]*\}\})(\/[^\s?#]*|(?:openai|v1)\/[^\s?#]*)/.exec(written.replace(/(?<=.)\{\{[^{}\n]*\}\}/g, '{x}'));
    const runtimePath = runtime?.[2] ? `/${runtime[2].replace(/^\//, '')}` : undefined;
    const v1Path = runtimePath ? runtimeHostPath(runtimePath) : undefined;
    // another provider's OpenAI-compatible endpoint, or a local server (`POST http://localhost:11434/v1/chat/completions`)
    const other = v1Path || destinationOf(written) ? undefined : otherProviderTarget(written, servesInference);
    const dest: Destination | undefined = v1Path ? { provider: /^\/openai\/deployments\//.test(runtimePath ?? '') ? 'azure' : 'unknown', host: `${runtime?.[1] ?? ''} (host decided at run time)` } : (other?.dest ?? destinationOf(written));
    const url = v1Path ? `https://runtime.invalid${v1Path}` : (other?.url ?? written);
    if (!dest || normalisePath(url).length === 0) continue;
    // (a verb the endpoint does not have: `PUT …/v1/models/1` is some other API's)
    const verbs = verbsForPath(endpointTemplate(url));
    if (verbs.size > 0 && !verbs.has(m.verb)) continue;
    // a request's text runs to the next `###` or the next request line, whichever comes first
    while ((separators[nextSeparator] ?? Infinity) < m.index) nextSeparator++;
    const end = Math.min(separators[nextSeparator] ?? text.length, requests[index]?.index ?? text.length);
    const body = text.slice(m.index, end);
    const verb = m.verb;
    sites.push({
      kind: 'http',
      language: 'http',
      method: verb,
      httpMethod: verb,
      endpoint: endpointTemplate(url),
      provider: dest.provider,
      providerDetail: placeholderHost ? `${placeholderHost} (host partly from a variable)` : destinationDetail(dest),
      range: src.range(m.index, m.index + m.keyword),
      callRange: src.range(m.index, m.index + body.length),
      flags: readCallFlags(body),
    });
  }
  return sites;
}

interface HttpFileRequest {
  index: number;
  /** The length of the word a finding points at: the verb, or `curl`. */
  keyword: number;
  verb: string;
  url: string;
}

/** REST Client's request lines: `POST https://…`, the URL running to the first blank outside a `{{…}}` placeholder (`{{$dotenv NAME}}` holds one). */
function httpFileRequestLines(text: string): HttpFileRequest[] {
  return [...text.matchAll(/^(GET|POST|PUT|PATCH|DELETE)[ \t]+((?:\{\{[^}\n]{0,200}\}\}|\S)+)/gm)].map((m) => ({ index: m.index ?? 0, keyword: (m[1] ?? '').length, verb: m[1] ?? 'GET', url: m[2] ?? '' }));
}

/**
 * REST Client also sends a cURL command written as a request (`curl -X POST {{base}}/openai/deployments/… \`):
 * its verb from `-X`/`--request`, else POST when it sends data, else GET; its URL the first argument
 * that starts with a scheme or a placeholder.
 */
function httpFileCurlCommands(text: string): HttpFileRequest[] {
  const found: HttpFileRequest[] = [];
  for (const m of text.matchAll(/^curl\b((?:[^\n\\]|\\(?!\n))*(?:\\\n(?:[^\n\\]|\\(?!\n))*){0,40})/gm)) {
    const args = m[1] ?? '';
    const url = /(?:^|\s)["']?((?:https?:\/\/|\{\{)(?:\{\{[^}\n]{0,200}\}\}|[^\s"'])+)/.exec(args)?.[1];
    if (!url) continue;
    const named = /(?:^|\s)(?:-X|--request)[ \t]*["']?(GET|POST|PUT|PATCH|DELETE)\b/i.exec(args)?.[1]?.toUpperCase();
    const verb = named ?? (/(?:^|\s)(?:-d|--data(?:-raw|-binary|-urlencode)?|-F|--form|--json)(?=[\s=])/.test(args) ? 'POST' : 'GET');
    found.push({ index: m.index ?? 0, keyword: 4, verb, url });
  }
  return found;
}

/**
 * Whether `base`, a call of a method or function of this file (`this.getBaseUrl()`, `self._base()`),
 * returns an Azure OpenAI deployment URL (`return `${endpoint}/openai/deployments/${name}``).
 */
function returnsDeploymentUrl(base: string, code: string): boolean {
  const name = /^(?:(?:this|self)\.)?([A-Za-z_$][\w$]*)\(\)$/.exec(base)?.[1];
  if (!name || !code.includes('/openai/deployments/')) return false;
  // (TypeScript's return type too: `private getBaseUrl(): string {`)
  const body = new RegExp(`(?:^|\\n)[ \\t]*(?:(?:async|static|private|public|protected)[ \\t]+)*(?:def[ \\t]+|function[ \\t]+)?${name}[ \\t]*\\([^)\\n]{0,200}\\)(?:[ \\t]*:[^\\n{:]{1,80}(?=\\{)|[^\\n{:]{0,80})[{:][ \\t]*\\n?[ \\t]*return[ \\t]+([^\\n]{1,400})`).exec(code);
  return body !== null && /\/openai\/deployments\//.test(body[1] ?? '');
}
