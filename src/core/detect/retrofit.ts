import type { CallSite, SourceLanguage } from '../model';
import { endpointTemplate, otherProviderTarget, urlTarget } from './httpCalls';
import type { Lexed } from './lexer';
import { matchingBracket } from './lexer';
import { verbsForPath } from './sdkMap';
import { countBelow, lastBefore } from './sorted';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

/** A Retrofit or declarative client's interface method's request: its verb and its path as the annotation writes it (a literal with its quotes, or `Object.NAME`). */
export interface RetrofitEndpoint {
  verb: string;
  path: string;
  /** Where its annotation starts, in the file that declares it. */
  at: number;
  /**
   * A declarative client other than Retrofit's (Micronaut's `@Client`, OpenFeign's `@FeignClient`, Spring's `@HttpExchange`):
   * its path is joined to the interface's base as written, where Retrofit resolves a leading `/` against the host.
   */
  joined?: true;
  /** A declarative client whose annotation names OpenAI: `@FeignClient(name = "openai", url = "${openai.url}")`, `@Client(id = "openai")`. */
  named?: true;
  /** Where the method's parameters open, when its verb's annotation has no brackets of its own (JAX-RS's `@POST`, then `@Path("…")`). */
  signatureOpen?: number;
}

/** What the project (or a file) says about Retrofit services, as plain maps a worker can post. */
export interface RetrofitFacts {
  /** Interface name → method name → request. */
  apis: Map<string, Map<string, RetrofitEndpoint>>;
  /**
   * Interface name → the base URL the `Retrofit.Builder()` that creates it sets, or a declarative client's annotation, as written (a
   * literal with its quotes; '' when two builders disagree).
   */
  bases: Map<string, string>;
  /** `Object.NAME` → a string constant of a class or object that looks like a URL or a path (`"chat/completions"`). */
  constants: Map<string, string>;
  /** `Object.property` → the interface a created service kept there has (`object OpenAiService { val api: OpenAiApi = … }`). */
  holders: Map<string, string>;
  /**
   * The project's: the names of the interfaces' methods some file read calls (`.generateImage(`); a method named by none is
   * called nowhere read. Filled in by the project index, never merged per file.
   */
  called: ReadonlySet<string>;
}

export function emptyRetrofitFacts(): RetrofitFacts {
  return { apis: new Map(), bases: new Map(), constants: new Map(), holders: new Map(), called: new Set() };
}

/**
 * A Java, Kotlin or Groovy file's Retrofit facts: its interfaces' annotated methods (`@POST("v1/chat/completions") suspend fun
 * chat(@Body r: Req): Res`, and those of declarative clients' interfaces), the bases of the services it creates
 * (`Retrofit.Builder().baseUrl(…)….create(Api::class.java)`) and those its clients' annotations write, its classes' path and
 * URL constants, and the services its objects keep in properties.
 */
export function retrofitFacts(text: string, into: RetrofitFacts = emptyRetrofitFacts()): RetrofitFacts {
  // (a constants object names no Retrofit: `object OpenAiApi { const val CHAT_COMPLETIONS = "chat/completions" }`)
  const services = /\bretrofit2?\b|@(?:GET|POST|PUT|PATCH|DELETE)\s*\(|\.baseUrl\s*\(/.test(text);
  const declarative = /@(?:Client|FeignClient|HttpExchange|RegisterRestClient)\b/.test(text);
  if (!services && !declarative && !/\b(?:const[ \t]+val|static[ \t]+final[ \t]+String)\b/.test(text)) return into;
  const joinedBases = declarative ? declarativeBases(text) : new Map<string, { base: string; named: boolean }>();
  for (const [api, { base }] of joinedBases) if (base !== '') into.bases.set(api, base);
  const owners = [...text.matchAll(/\b(?:class|object|interface)[ \t]+([A-Z]\w*)/g)].map((m) => ({ at: m.index ?? 0, name: m[1] ?? '', kind: /^\s*\S+/.exec(m[0])?.[0] ?? '' }));
  const ownerAt = (at: number): { name: string; kind: string } | undefined => owners[lastBefore(owners, at)];
  /** The interface an annotation at `at` is in, if it is in one. */
  const interfaceAt = (at: number): string | undefined => {
    const owner = ownerAt(at);
    return owner?.kind === 'interface' ? owner.name : undefined;
  };
  const addEndpoint = (api: string, method: string, endpoint: RetrofitEndpoint): void => {
    const methods = into.apis.get(api) ?? new Map<string, RetrofitEndpoint>();
    into.apis.set(api, methods);
    methods.set(method, endpoint);
  };
  for (const m of services ? text.matchAll(RETROFIT_METHOD) : []) {
    const api = interfaceAt(m.index ?? 0);
    if (api !== undefined) addEndpoint(api, m[3] ?? '', { verb: m[1] ?? '', path: m[2] ?? '', at: m.index ?? 0 });
  }
  // (a server's controller has the same verbs as a declarative client's methods: only in those clients' interfaces)
  const addDeclared = (at: number, method: string, verb: string, path: string): void => {
    const api = interfaceAt(at);
    const client = api === undefined ? undefined : joinedBases.get(api);
    if (api !== undefined && client !== undefined) addEndpoint(api, method, { verb, path, at, joined: true, ...(client.named ? { named: true as const } : {}) });
  };
  for (const m of joinedBases.size > 0 ? text.matchAll(DECLARATIVE_METHOD) : []) addDeclared(m.index ?? 0, m[3] ?? '', (m[1] ?? '').toUpperCase(), m[2] ?? '');
  // (and JAX-RS's, MicroProfile's REST clients': `@POST` then `@Path("/images/generations")`, in either order, before the method)
  for (const method of joinedBases.size > 0 && /@(?:GET|POST|PUT|PATCH|DELETE)\b(?![ \t]*\()/.test(text) ? jaxRsMethods(text) : []) {
    const api = interfaceAt(method.at);
    const client = api === undefined ? undefined : joinedBases.get(api);
    if (api !== undefined && client !== undefined) addEndpoint(api, method.name, { verb: method.verb, path: method.path, at: method.at, joined: true, signatureOpen: method.open, ...(client.named ? { named: true as const } : {}) });
  }
  // (and the generic forms, the verb an argument: `@RequestMapping(value = "/chat/completions", method = RequestMethod.POST)`
  // in OpenFeign, `@HttpExchange(url = "/embeddings", method = "POST")` in Spring)
  for (const m of joinedBases.size > 0 ? text.matchAll(DECLARATIVE_MAPPING) : []) {
    const args = m[1] ?? '';
    const verbMatch = MAPPING_VERB.exec(args);
    const verb = verbMatch?.[1] ?? verbMatch?.[2];
    const path = MAPPING_PATH.exec(args)?.[1];
    if (verb !== undefined && path !== undefined) addDeclared(m.index ?? 0, m[2] ?? '', verb, path);
  }
  // `Retrofit.Builder().baseUrl(BASE).…create(OpenAiApi::class.java)`: the chain up to its `create` (no statement end between)
  for (const m of services ? text.matchAll(/\.baseUrl[ \t]*\([ \t]*("[^"\n]*"|[A-Za-z_][\w.]*)[ \t]*\)[^;]{0,600}?\.create[ \t]*\([ \t]*([A-Z]\w*)(?:::class\.java|\.class)[ \t]*\)/g) : []) {
    into.bases.set(m[2] ?? '', m[1] ?? '');
  }
  // a builder kept in a variable and creating the service later: `val retrofit = Retrofit.Builder().baseUrl(…)….build()`, `retrofit.create(Api::class.java)`
  const builders = new Map<string, string>();
  // (Java's with `new`: `Retrofit retrofit = new Retrofit.Builder().baseUrl("…")….build();`)
  for (const m of services ? text.matchAll(/\b([a-z_]\w*)[ \t]*(?::[^=\n]{0,60})?=[ \t]*(?:new[ \t]+)?Retrofit[ \t]*\.[ \t]*Builder[ \t]*\([ \t]*\)[^;]{0,400}?\.baseUrl[ \t]*\([ \t]*("[^"\n]*"|[A-Za-z_][\w.]*)[ \t]*\)/g) : []) builders.set(m[1] ?? '', m[2] ?? '');
  for (const m of builders.size > 0 ? text.matchAll(/\b([a-z_]\w*)[ \t]*\.[ \t]*create[ \t]*\([ \t]*([A-Z]\w*)(?:::class\.java|\.class)/g) : []) {
    const base = builders.get(m[1] ?? '');
    if (base !== undefined && !into.bases.has(m[2] ?? '')) into.bases.set(m[2] ?? '', base);
  }
  for (const m of text.matchAll(/\b(?:const[ \t]+val|static[ \t]+final[ \t]+String|val)[ \t]+([A-Za-z_]\w*)[ \t]*(?::[ \t]*String[ \t]*)?=[ \t]*"((?:https?:\/\/)?[\w.:-]*\/?[\w{}.-]+(?:\/[\w{}.-]+)*\/?)"/g)) {
    const owner = ownerAt(m.index ?? 0);
    if (!/\/|^https?:/.test(m[2] ?? '')) continue;
    // (by its object's name, and bare, as a top-level or companion constant is read)
    if (owner) into.constants.set(`${owner.name}.${m[1] ?? ''}`, m[2] ?? '');
    into.constants.set(m[1] ?? '', m[2] ?? '');
  }
  for (const { name, api, at } of services ? createdServices(text) : []) {
    const owner = ownerAt(at);
    if (owner?.kind === 'object') into.holders.set(`${owner.name}.${name}`, api);
  }
  return into;
}

/** A string literal in double or single quotes (Groovy's annotations take either), quotes and all. */
const QUOTED = String.raw`"[^"\n]*"|'[^'\n]*'`;
/** What follows a method's annotation up to its name, the third group: `suspend fun chat(`, `Call<ModelList> list(`. */
const METHOD_AFTER_ANNOTATION = String.raw`[^;{}]{0,300}?\b(?:fun|[\w<>?.]{1,200}(?:,[ \t]*[\w<>?.]{1,100}){0,8})[ \t]+([a-z]\w*)[ \t]*\(`;
/** A Retrofit interface's method: `@POST("v1/chat/completions") suspend fun chat(`, its path maybe a constant (`Api.CHAT`). */
const RETROFIT_METHOD = new RegExp(String.raw`@(GET|POST|PUT|PATCH|DELETE)[ \t]*\([ \t]*(?:value[ \t]*=[ \t]*)?("[^"\n]*"|[A-Z]\w*\.[A-Za-z_]\w*|[A-Za-z_]\w*)[ \t]*\)${METHOD_AFTER_ANNOTATION}`, 'g');
/**
 * A declarative client's method: `@Post('/chat/completions')` in Micronaut, `@PostMapping("/chat/completions")` in OpenFeign,
 * `@PostExchange("/chat/completions")` in Spring.
 */
const DECLARATIVE_METHOD = new RegExp(String.raw`@(Get|Post|Put|Patch|Delete)(?:Mapping|Exchange)?[ \t]*\([ \t]*(?:(?:value|uri|url|path)[ \t]*=[ \t]*)?\[?[ \t]*(${QUOTED}|[A-Z]\w*\.[A-Za-z_]\w*|[A-Za-z_]\w*)[^()]{0,200}?\)${METHOD_AFTER_ANNOTATION}`, 'g');
/**
 * A declarative client's method whose annotation takes its verb as an argument (OpenFeign's `@RequestMapping`, Spring's
 * `@HttpExchange`): [1] the arguments, [2] the method's name.
 */
const DECLARATIVE_MAPPING = new RegExp(String.raw`@(?:RequestMapping|HttpExchange)[ \t]*\(((?:[^()]|\([^()]*\)){0,300})\)${METHOD_AFTER_ANNOTATION}`, 'g');
/**
 * The verb in such arguments, [1] bare or [2] quoted: `method = RequestMethod.POST`, `method = [RequestMethod.GET]`,
 * `method = POST` (imported statically), `method = "POST"`.
 */
const MAPPING_VERB = /\bmethod[ \t]*=[ \t]*[[{]?[ \t]*(?:(?:(?:RequestMethod|HttpMethod)\.)?(GET|POST|PUT|PATCH|DELETE)\b|"(GET|POST|PUT|PATCH|DELETE)")/;
/** The path in such arguments: the first, bare or named `value`, `path` or `url`. */
const MAPPING_PATH = new RegExp(String.raw`(?:^[ \t\n]*|\b(?:value|path|url)[ \t]*=[ \t]*[[{]?[ \t]*)(${QUOTED})`);
/** A declarative client's annotation's base: its first argument, or one named `value` or `url` (Micronaut's, Spring's). */
const FIRST_URL_ARGUMENT = new RegExp(String.raw`^\([ \t]*(?:(?:value|url)[ \t]*=[ \t]*)?(${QUOTED})`);
/** OpenFeign's base (its bare first argument is the client's name) and its path prefix. */
const URL_ARGUMENT = new RegExp(String.raw`\burl[ \t]*=[ \t]*(${QUOTED})`);
const PATH_ARGUMENT = new RegExp(String.raw`\bpath[ \t]*=[ \t]*(${QUOTED})`);
/** MicroProfile's `@RegisterRestClient(baseUri = "https://api.openai.com", configKey = "openai")`. */
const BASE_URI_ARGUMENT = new RegExp(String.raw`\bbaseUri[ \t]*=[ \t]*(${QUOTED})`);
/** JAX-RS's `@Path("/v1")`, on an interface or a method. */
const JAX_RS_PATH = new RegExp(String.raw`@Path[ \t]*\([ \t]*(?:value[ \t]*=[ \t]*)?(${QUOTED})[ \t]*\)`);
/** An annotation, its arguments maybe bracketed once more inside (`@ClientHeaderParam(name = "Authorization", value = "…")`). */
const ANNOTATION = /@[A-Za-z_][\w.]*(?:[ \t]*\((?:[^()]|\([^()]*\))*\))?/g;

/** How far before and after its verb's annotation a JAX-RS method's other annotations and signature are read. */
const JAX_RS_REACH = 600;

/**
 * JAX-RS's methods: a verb's annotation with no brackets (`@POST`) among the method's annotations, its path a `@Path("…")` among
 * them ('""' when there is none: the interface's own path), then its signature up to the name and the parameters' bracket.
 */
function jaxRsMethods(text: string): Array<{ at: number; verb: string; path: string; name: string; open: number }> {
  // (strings blanked, offsets kept, so the braces of `"Bearer ${openai.api.key}"` end no block; and an annotation's arguments'
  // braces, an array's, `@Produces({MediaType.APPLICATION_JSON})`)
  const plain = text.replace(/"(?:[^"\\\n]|\\.)*"/g, (s) => `"${' '.repeat(s.length - 2)}"`).replace(ANNOTATION, (a) => a.replace(/[;{}]/g, ' '));
  // (the signature is what is left once the annotations are blanked, `CreateImageResponse generateImage(`: blanked once for the file)
  const bare = plain.replace(ANNOTATION, (a) => ' '.repeat(a.length));
  // (the statements' ends found once, each method's read by halves: a search from each verb to the next end was quadratic)
  const ends = [...plain.matchAll(/[;{}]/g)].map((e) => e.index ?? 0);
  const methods: Array<{ at: number; verb: string; path: string; name: string; open: number }> = [];
  for (const m of plain.matchAll(/@(GET|POST|PUT|PATCH|DELETE)\b(?![ \t]*\()/g)) {
    const at = m.index ?? 0;
    const next = countBelow(ends, at);
    // (within reach of the verb: a run of annotations with no end between is no one method's)
    const from = Math.max(next > 0 ? (ends[next - 1] ?? -1) + 1 : 0, at - JAX_RS_REACH);
    const to = Math.min(ends[next] ?? plain.length, at + JAX_RS_REACH);
    const signature = /\b([a-z]\w*)[ \t]*\(/.exec(bare.slice(from, to));
    if (!signature) continue;
    const pathAt = JAX_RS_PATH.exec(plain.slice(from, to));
    const path = pathAt ? text.slice(from + pathAt.index, from + pathAt.index + pathAt[0].length).replace(JAX_RS_PATH, '$1') : '""';
    methods.push({ at, verb: m[1] ?? '', path, name: signature[1] ?? '', open: from + signature.index + signature[0].length - 1 });
  }
  return methods;
}
/** A name or an annotation's words naming OpenAI or its models: `OpenAiApi`, `@FeignClient(name = "openai")`, `GptService`. */
const NAMED_FOR_OPENAI = /open_?ai|gpt/i;

/**
 * The interfaces of declarative HTTP clients other than Retrofit's, each with the base its annotation writes (a literal with
 * its quotes; '' when it names a service or a setting, `@Client(id = "openai")`, `url = "${openai.url}"`) and whether the
 * annotation names OpenAI: Micronaut's `@Client("https://api.openai.com/v1")`, OpenFeign's `@FeignClient(name = "openai",
 * url = "…", path = "/v1")`, Spring's `@HttpExchange("/v1")` (often only a path, its host the builder's). A Micronaut client of
 * a path alone, `@Client("/")`, is the application's own server: left out.
 */
function declarativeBases(text: string): Map<string, { base: string; named: boolean }> {
  const bases = new Map<string, { base: string; named: boolean }>();
  const literalOf = (written: string | undefined): string | undefined => (written === undefined || written.includes('${') ? undefined : written.slice(1, -1));
  // (the annotations between it and the interface may hold braces and strings: `@Header(value = 'Bearer ${KEY}')`)
  for (const m of text.matchAll(/@(Client|FeignClient|HttpExchange|RegisterRestClient)\b[ \t]*(\((?:[^()]|\([^()]*\)){0,400}\))?(?:(?!\b(?:class|interface|enum|object)\b)[\s\S]){0,600}?\binterface[ \t]+([A-Z]\w*)/g)) {
    const args = m[2] ?? '';
    const url = literalOf((m[1] === 'FeignClient' ? URL_ARGUMENT : m[1] === 'RegisterRestClient' ? BASE_URI_ARGUMENT : FIRST_URL_ARGUMENT).exec(args)?.[1]);
    if (m[1] === 'Client' && url !== undefined && !/^https?:\/\//.test(url)) continue;
    // (a MicroProfile client's path is the interface's JAX-RS `@Path("/v1")`, written before or after its annotation)
    const path =
      m[1] === 'HttpExchange'
        ? undefined
        : m[1] === 'RegisterRestClient'
          ? literalOf((JAX_RS_PATH.exec(m[0]) ?? JAX_RS_PATH.exec(/[^;{}]*$/.exec(text.slice(Math.max(0, (m.index ?? 0) - 300), m.index ?? 0))?.[0] ?? ''))?.[1])
          : literalOf(PATH_ARGUMENT.exec(args)?.[1]);
    const base = url !== undefined && path !== undefined ? joinPath(url, path) : (url ?? path);
    bases.set(m[3] ?? '', { base: base === undefined ? '' : `"${base}"`, named: NAMED_FOR_OPENAI.test(args) });
  }
  return bases;
}

/** The names of the methods a Java, Kotlin or Groovy file calls on anything: `api.generateImage(`, `?.chat(`. */
export function calledMethodNames(text: string): Set<string> {
  return new Set([...text.matchAll(/\.[ \t]*([a-z]\w*)[ \t]*\(/g)].map((m) => m[1] ?? ''));
}

/** Each `.create(Api::class.java)` / `.create(Api.class)` with the name it is given: the last `val x`, `var x` or `x =` before it. */
function createdServices(text: string): Array<{ name: string; api: string; at: number }> {
  const found: Array<{ name: string; api: string; at: number }> = [];
  for (const m of text.matchAll(/\.create[ \t]*\([ \t]*([A-Z]\w*)(?:::class\.java|\.class)[ \t]*\)/g)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 800), at);
    // (a property made lazily holds what its block ends with: `val instance: Api by lazy { val retrofit = …; retrofit.create(Api::class.java) }`)
    const lazy = [...before.matchAll(/\b(?:val|var)[ \t]+([a-z_]\w*)[ \t]*(?::[^={}\n]{0,80})?\bby[ \t]+lazy[ \t]*\{/g)].pop();
    const lazyOpen = lazy ? (lazy.index ?? 0) + lazy[0].length - 1 : -1;
    const inLazy = lazy !== undefined && matchingBracket(before, lazyOpen, 800) < 0;
    const named = inLazy ? lazy : [...before.matchAll(/\b(?:val|var)[ \t]+([a-z_]\w*)|\b([a-z_]\w*)[ \t]*=(?![=>])/g)].pop();
    const name = named?.[1] ?? named?.[2];
    if (name) found.push({ name, api: m[1] ?? '', at: at - before.length + (named?.index ?? 0) });
  }
  return found;
}

/** Adds one file's facts to the project's (a second base for one interface, different from the first, leaves it open). */
export function mergeRetrofitFacts(project: RetrofitFacts, file: RetrofitFacts): void {
  for (const [name, methods] of file.apis) project.apis.set(name, new Map([...(project.apis.get(name) ?? []), ...methods]));
  for (const [name, base] of file.bases) project.bases.set(name, project.bases.has(name) && project.bases.get(name) !== base ? '' : base);
  for (const [name, value] of file.constants) project.constants.set(name, project.constants.has(name) && project.constants.get(name) !== value ? '' : value);
  for (const [name, api] of file.holders) project.holders.set(name, api);
}

/**
 * Calls of a Retrofit service's methods (`openAiService.chatCompletions(request)`, `OpenAiService.api.getAdvice(r)`): the
 * interface's annotation gives the verb and path, the `baseUrl` of the builder that creates it the host (a path with
 * a leading `/` keeps only the base's host, as Retrofit resolves it). Reported only where the request is an
 * endpoint of the API; on a base decided at run time or not found, with the destination unknown. A method of the file's own
 * interfaces that no file read calls (the caller may name no OpenAI term, and be passed over) is reported at its annotation:
 * the endpoint is declared there.
 */
export function detectRetrofitCalls(src: SourceText, lexed: Lexed, language: SourceLanguage, project?: RetrofitFacts): CallSite[] {
  const text = src.noComments;
  const own = retrofitFacts(text);
  const ownNothing = own.apis.size === 0 && own.bases.size === 0 && own.constants.size === 0 && own.holders.size === 0;
  // (the project's facts as they are when the file adds none: copying them for every file would cost as much as the project holds)
  let facts = project ?? own;
  if (project && !ownNothing) {
    facts = { ...emptyRetrofitFacts(), called: project.called };
    mergeRetrofitFacts(facts, project);
    mergeRetrofitFacts(facts, own);
  }
  if (facts.apis.size === 0) return [];
  const code = lexed.code;
  const sites: CallSite[] = [];
  // the file's names for services: typed (`private val api: OpenAiService`, `OpenAiApi api;`) or created here
  const typed = new Map<string, string>();
  // (one pass over the file for every interface: `name: Api` in Kotlin, `Api name` in Java)
  for (const m of code.matchAll(/\b([a-z_]\w*)[ \t]*:[ \t]*([A-Z]\w*)\b[ \t]*\??(?![ \t]*[.(<])|\b([A-Z]\w*)[ \t]+([a-z_]\w*)[ \t]*(?:[;=,)]|\r?\n)/g)) {
    const api = m[2] ?? m[3] ?? '';
    if (facts.apis.has(api)) typed.set(m[1] ?? m[4] ?? '', api);
  }
  for (const created of createdServices(code)) if (facts.apis.has(created.api)) typed.set(created.name, created.api);
  for (const m of code.matchAll(/(?<![\w.])((?:this[ \t]*\.[ \t]*)?([A-Za-z_]\w*)(?:[ \t]*\.[ \t]*([a-z_]\w*))?)[ \t]*\??\.[ \t]*([a-z]\w*)[ \t]*\(/g)) {
    const name = m[4] ?? '';
    const first = m[2] ?? '';
    const api = (m[3] ? facts.holders.get(`${first}.${m[3]}`) : undefined) ?? typed.get(m[3] ?? first) ?? (m[3] ? undefined : facts.holders.get(first));
    const endpoint = api ? facts.apis.get(api)?.get(name) : undefined;
    if (!api || !endpoint) continue;
    const target = requestUrl(facts, api, endpoint);
    if (!target) continue;
    const start = m.index ?? 0;
    const receiver = (m[1] ?? '').replace(/^this[ \t]*\.[ \t]*/, '').replace(/\s+/g, '');
    sites.push(typedSdkSite(src, code, language, 'http', { start, nameStart: start + m[0].lastIndexOf(name), name, label: `${receiver}.${name}`, open: start + m[0].length - 1 }, { m: name, http: endpoint.verb, path: target.path }, target.client));
  }
  // (without a project, the calls are this file's own)
  if (own.apis.size > 0) sites.push(...uncalledDeclarations(src, code, language, own, facts, project ? facts.called : calledMethodNames(text)));
  return sites;
}

/**
 * The file's own interface methods that no file read calls, each at its annotation (`@POST("chat/completions")`): on a
 * known base, or on one set elsewhere for an interface named for OpenAI (`OpenAIService`) or a declarative client whose annotation
 * names it (`@Client(id = "openai")`); an app's own backend's
 * interface, its builder maybe in a file the scan passed over, declares no request of ours.
 */
function uncalledDeclarations(src: SourceText, code: string, language: SourceLanguage, own: RetrofitFacts, facts: RetrofitFacts, called: ReadonlySet<string>): CallSite[] {
  const sites: CallSite[] = [];
  for (const [api, methods] of own.apis) {
    for (const [name, endpoint] of methods) {
      if (called.has(name)) continue;
      const target = requestUrl(facts, api, endpoint);
      if (!target || (target.client.provider === 'unknown' && !endpoint.named && !NAMED_FOR_OPENAI.test(api))) continue;
      const nameStart = endpoint.at + 1;
      const open = endpoint.signatureOpen ?? code.indexOf('(', nameStart);
      sites.push(typedSdkSite(src, code, language, 'http', { start: endpoint.at, nameStart, name: endpoint.verb, label: `${api}.${name}`, open }, { m: name, http: endpoint.verb, path: target.path }, target.client));
    }
  }
  return sites;
}

/** The request a service method sends: its path resolved against the service's base, and where that is; undefined off the API. */
function requestUrl(facts: RetrofitFacts, api: string, endpoint: RetrofitEndpoint): { path: string; client: { provider: CallSite['provider']; detail: string } } | undefined {
  // (a literal keeps its quotes; anything else names a constant)
  const resolve = (written: string | undefined): string | undefined => (written === undefined || written === '' ? undefined : /^["']/.test(written) ? written.slice(1, -1) : facts.constants.get(written) || undefined);
  const written = resolve(endpoint.path);
  if (written === undefined) return undefined;
  const writtenBase = resolve(facts.bases.get(api));
  // (a declarative client's base that is only a path, `@HttpExchange("/v1")`, prefixes the method's)
  const prefixOnly = endpoint.joined === true && writtenBase !== undefined && !/^https?:\/\//.test(writtenBase);
  const path = prefixOnly ? joinPath(writtenBase, written) : written;
  const base = prefixOnly ? undefined : writtenBase;
  const onBase = (root: string): string => (endpoint.joined ? joinPath(root, path) : path.startsWith('/') ? `${/^https?:\/\/[^/]+/.exec(root)?.[0] ?? root}${path}` : `${root.replace(/\/?$/, '/')}${path}`);
  const url = /^https?:\/\//.test(path) ? path : base === undefined ? undefined : onBase(base);
  const target = url === undefined ? undefined : urlTarget(url);
  const template = endpointTemplate(target?.url ?? `https://x/${path.replace(/^\//, '')}`);
  if (verbsForPath(template).size === 0) return undefined;
  if (target) return { path: template, client: { provider: target.destination.provider, detail: target.destination.host } };
  // (a literal base on another provider's OpenAI-compatible API, `https://api.a4f.co/v1/` then `@POST("chat/completions")`; on a
  // host not of the API otherwise, an app's own backend: not ours)
  const other = url === undefined ? undefined : otherProviderTarget(url);
  if (other) return { path: endpointTemplate(other.url), client: { provider: other.dest.provider, detail: other.dest.host } };
  if (base !== undefined && /^https?:\/\//.test(base)) return undefined;
  // (a declarative client of a service or setting: OpenAI's only where something names it, or the path is an inference endpoint;
  // `@FeignClient(name = "catalog", url = "${catalog.url}")` with `@GetMapping("/models")` is the catalog's)
  if (endpoint.joined && !saysOpenAI(api, endpoint, template)) return undefined;
  return { path: template, client: { provider: 'unknown', detail: `${api}: a ${endpoint.joined ? 'declarative HTTP client' : 'Retrofit service'} whose base URL is set at run time or where it is built` } };
}

/**
 * The inference endpoints, whose path alone says OpenAI's API (or one compatible with it). Not httpCalls' `INFERENCE_ENDPOINT`:
 * that one is a prefix, and takes `/v1/audio/voices` and `/v1/responses/input_tokens` too.
 */
const INFERENCE_PATH = /^\/v1\/(?:chat\/completions|completions|embeddings|responses|moderations|images\/(?:generations|edits|variations)|audio\/(?:speech|transcriptions|translations))$/;

/**
 * Whether a call of a service interface's method is a request this tool reports, for a file read only because it calls it: the
 * request's destination known, or the interface (or its annotation) named for OpenAI, or its path an inference endpoint's.
 */
export function declaredRequestReported(facts: RetrofitFacts, api: string, endpoint: RetrofitEndpoint): boolean {
  const target = requestUrl(facts, api, endpoint);
  return target !== undefined && (target.client.provider !== 'unknown' || saysOpenAI(api, endpoint, target.path));
}

/** Whether a request whose destination is decided at run time is OpenAI's: its interface or annotation named so, or its path an inference endpoint's. */
function saysOpenAI(api: string, endpoint: RetrofitEndpoint, template: string): boolean {
  return endpoint.named === true || NAMED_FOR_OPENAI.test(api) || INFERENCE_PATH.test(template);
}

/** `base` and `path` with one slash between them. */
function joinPath(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
