import type { CallSite, Provider, SourceLanguage } from '../model';
import { classifyHost } from '../policy/hosts';
import type { ClientBuild } from './clientBuilds';
import { soleBuild } from './clientBuilds';
import type { Lexed } from './lexer';
import { lookupSdkMethod } from './sdkMap';
import { lastBefore } from './sorted';
import { sourceText } from './sourceText';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

interface JavaClient {
  provider: Provider;
  detail: string;
  /** A field or parameter typed as a client: built elsewhere. */
  handedIn?: true;
  /** Built here with the SDK's own base (no base URL given). */
  keepsDefault?: true;
}

/**
 * The official Java SDK (com.openai:openai-java), in Java and Kotlin:
 * `client.chat().completions().create(params)`, `client.async().responses().create(…)`, on a client
 * built in the file (`OpenAIOkHttpClient.fromEnv()`, `.builder()…baseUrl(…)…build()`) or handed in
 * (a field or parameter typed `OpenAIClient`, whose destination the code that built it decides).
 * Only in files that import the SDK: other Java APIs have the same accessor shape (Google's
 * `drive.files().create(…)`). A client handed in is OpenAI's, or Azure's, where the project's files all build it that way
 * (`projectBuild`: a Spring `@Bean` returning `OpenAIOkHttpClient.builder().apiKey(key).build()`).
 */
export function detectJavaSdkCalls(src: SourceText, lexed: Lexed, language: SourceLanguage, projectBuild?: ClientBuild): CallSite[] {
  const text = src.noComments;
  if (!/\bcom\.openai\.(?:client|models)\b/.test(text)) return [];
  const code = lexed.code;
  const { clients } = javaClients(code, text);
  const elsewhere = projectBuild === 'default' ? { provider: 'openai' as const, detail: "api.openai.com: an OpenAIClient from elsewhere, which the project's files build with the SDK's own base" } : projectBuild === 'azure' ? { provider: 'azure' as const, detail: "an OpenAIClient from elsewhere, which the project's files build for Azure OpenAI" } : undefined;
  if (elsewhere) for (const [name, client] of clients) if (client.handedIn) clients.set(name, elsewhere);
  const services = javaServices(code, clients);
  const sites: CallSite[] = [];
  const named = new Set<number>();
  // a receiver, then accessors with no arguments, then the method: `client.chat().completions().create(`
  // (none on a service the file keeps: `completionService.create(params)`)
  const call = /(?<![\w$.])((?:this\.)?[A-Za-z_]\w*)((?:\s*\.\s*[a-z]\w*\s*\(\s*\))*)\s*\.\s*([a-z]\w*)\s*\(/g;
  for (const m of code.matchAll(call)) {
    const written = (m[1] ?? '').replace(/^this\./, '');
    const service = services.get(written);
    if (!m[2] && !service) continue;
    const receiver = service?.receiver ?? written;
    // (the accessors written at the call, after those the kept service stands for)
    const writtenAccessors = [...(m[2] ?? '').matchAll(/([a-z]\w*)\s*\(/g)].map((a) => a[1] ?? '');
    const accessors = [...(service?.accessors ?? []), ...writtenAccessors];
    const method = lookupSdkMethod('java', [...accessors, m[3] ?? '']);
    if (!method || method.http === 'MULTI') continue;
    const client = clients.get(receiver) ?? (/openai|client/i.test(receiver) && accessors.length > 0 ? (elsewhere ?? { provider: 'unknown' as const, detail: `${receiver}: an OpenAI client from elsewhere; its base URL is set where it is built` }) : undefined);
    if (!client) continue;
    const start = m.index ?? 0;
    const name = m[3] ?? '';
    const label = `${written}.${[...writtenAccessors.map((a) => `${a}()`), name].join('.')}`;
    named.add(start + m[0].lastIndexOf(name));
    sites.push(typedSdkSite(src, code, language, 'sdk-java', { start, nameStart: start + m[0].lastIndexOf(name), name, label, open: start + m[0].length - 1 }, method, client));
  }
  // (in any order: detectInSource sorts every site)
  return [...sites, ...paramsTypedCalls(src, code, text, language, clients, named)];
}

/**
 * How a Java or Kotlin file builds openai-java's client, for the project index: undefined when it builds none, `default` when
 * each build keeps the SDK's base, `azure` when each is Azure's, '' otherwise (a base of its own: that file decides).
 */
export function openAIJavaBuild(text: string, lexedOf: () => Lexed): ClientBuild | '' | undefined {
  if (!/\bcom\.openai\.client\b/.test(text) || !text.includes('OpenAIOkHttpClient')) return undefined;
  // (its clients built, and those its methods return: a Spring `@Bean OpenAIClient openAIClient() { …; return …build(); }`)
  // (read without comments: a builder's `// .baseUrl(…)` left in a comment builds nothing)
  const lexed = lexedOf();
  const { clients, returned } = javaClients(lexed.code, sourceText(text, lexed).noComments, true);
  const built = [...clients.values(), ...returned].filter((c) => !c.handedIn);
  const ways = new Set(built.map((c) => (c.keepsDefault ? 'default' : c.provider === 'azure' ? 'azure' : '')));
  return soleBuild(ways);
}

/**
 * Calls the file makes with the SDK's own request parameters on a receiver not read above (a wrapper of the client, as a metering
 * middleware's `client.chatCompletions().create(params)`): the parameters' class, imported from its resource's package
 * (`com.openai.models.chat.completions.ChatCompletionCreateParams`), names the resource, the call names the method.
 */
function paramsTypedCalls(src: SourceText, code: string, text: string, language: SourceLanguage, clients: ReadonlyMap<string, JavaClient>, named: ReadonlySet<number>): CallSite[] {
  const packages = new Map<string, string[]>();
  for (const m of text.matchAll(/\bimport\s+com\.openai\.models\.((?:[a-z]\w*\.)+)([A-Z]\w*Params)\b/g)) packages.set(m[2] ?? '', (m[1] ?? '').split('.').filter(Boolean));
  if (packages.size === 0) return [];
  // each name's declarations in the file's order, with the parameters' class where it has one (`val params =
  // ChatCompletionCreateParams.builder()`, `ChatCompletionCreateParams params`), none where it is declared otherwise
  // (`open(TicketParams params)`)
  const declarations = new Map<string, Array<{ at: number; cls: string | undefined }>>();
  const declared = /\b(?:([A-Z][\w.]*)(?:<[^<>\n]{0,100}>)?[ \t]+|(?:val|var)[ \t]+)([a-z]\w*)\b(?:[ \t]*:[ \t]*([A-Z][\w.]*))?(?:[ \t]*[?<>\w.]*[ \t]*=[ \t]*([A-Z]\w*Params)[ \t]*\.[ \t]*builder[ \t]*\()?|(?<![\w$.])([a-z]\w*)[ \t]*=[ \t]*([A-Z]\w*Params)[ \t]*\.[ \t]*builder[ \t]*\(|\b([a-z]\w*)[ \t]*:[ \t]*([A-Z]\w*)/g;
  for (const m of code.matchAll(declared)) {
    const name = m[2] ?? m[5] ?? m[7] ?? '';
    const cls = [m[4], m[6], m[1], m[3], m[8]].find((c) => c !== undefined && packages.has(c));
    const list = declarations.get(name) ?? [];
    list.push({ at: m.index ?? 0, cls });
    declarations.set(name, list);
  }
  const paramsClassAt = (name: string, at: number): string | undefined => {
    const list = declarations.get(name) ?? [];
    return list[lastBefore(list, at)]?.cls;
  };
  // (the wrapped client's destination: the one client the file builds, when it builds one)
  const providers = new Set([...clients.values()].map((c) => c.provider));
  const only = providers.size === 1 ? [...clients.values()][0] : undefined;
  const sites: CallSite[] = [];
  for (const m of code.matchAll(/\.\s*([a-z]\w*)\s*\(\s*(?:([A-Za-z_]\w*)\s*[,)]|([A-Z]\w*Params)\s*\.\s*builder\s*\()/g)) {
    const cls = m[2] !== undefined ? paramsClassAt(m[2], m.index ?? 0) : m[3];
    const nameStart = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
    const resource = cls !== undefined ? packages.get(cls) : undefined;
    if (!resource || named.has(nameStart)) continue;
    const name = m[1] ?? '';
    const method = lookupSdkMethod('java', [...resource, name]);
    if (!method || method.http === 'MULTI') continue;
    const receiverStart = receiverStartBefore(code, m.index ?? 0);
    const client = only ?? { provider: 'unknown' as const, detail: 'a client the file does not build; its base URL is set where it is built' };
    const label = `${code.slice(receiverStart, m.index ?? 0).replace(/\s+/g, '')}.${name}`;
    sites.push(typedSdkSite(src, code, language, 'sdk-java', { start: receiverStart, nameStart, name, label, open: code.indexOf('(', nameStart) }, method, client));
  }
  return sites;
}

/** Where the receiver chain that ends at `dot` starts: `client.chatCompletions()` before `.create(`. */
function receiverStartBefore(code: string, dot: number): number {
  const chain = /(?:[A-Za-z_]\w*(?:\s*\(\s*\))?\s*\.\s*)*[A-Za-z_]\w*(?:\s*\(\s*\))?\s*$/.exec(code.slice(Math.max(0, dot - 200), dot));
  return chain ? dot - chain[0].length : dot;
}

/**
 * The services the file keeps from a client, by name: `this.completionService = openAIClient.chat().completions();`
 * (Java), `val chat = client.chat()` (Kotlin), each with its client and accessors. Set once: a name set twice is left out.
 */
function javaServices(code: string, clients: ReadonlyMap<string, JavaClient>): Map<string, { receiver: string; accessors: string[] }> {
  const services = new Map<string, { receiver: string; accessors: string[] }>();
  const twice = new Set<string>();
  for (const m of code.matchAll(/(?<![\w$.])(?:this\.)?([A-Za-z_]\w*)\s*(?::\s*[\w.<>?]+\s*)?=\s*(?:this\.)?([A-Za-z_]\w*)((?:\s*\.\s*[a-z]\w*\s*\(\s*\))+)\s*(?:;|\n)/g)) {
    const name = m[1] ?? '';
    const receiver = m[2] ?? '';
    if (!clients.has(receiver) || clients.has(name)) continue;
    if (services.has(name)) twice.add(name);
    services.set(name, { receiver, accessors: [...(m[3] ?? '').matchAll(/([a-z]\w*)\s*\(/g)].map((a) => a[1] ?? '') });
  }
  for (const name of twice) services.delete(name);
  return services;
}

/** The file's OpenAI clients by name, built here (where its builder says the data goes) or handed in; and, `withReturned`, those its methods build and return. */
function javaClients(code: string, text: string, withReturned = false): { clients: Map<string, JavaClient>; returned: JavaClient[] } {
  const clients = new Map<string, JavaClient>();
  // the file's constants given a string, read once for every builder's `.baseUrl(NAME)` ('' for one given two)
  let constants: Map<string, string> | undefined;
  const constantOf = (name: string): string | undefined => {
    if (!constants) {
      constants = new Map();
      for (const m of text.matchAll(/\b([A-Z][A-Z0-9_]*)\s*=\s*("[^"\n]*")/g)) constants.set(m[1] ?? '', constants.has(m[1] ?? '') && constants.get(m[1] ?? '') !== m[2] ? '' : (m[2] ?? ''));
    }
    return constants.get(name) || undefined;
  };
  // (the builder's chain runs to its `.build()` (Kotlin ends statements without `;`), `fromEnv()` to the line's end)
  const builtAt = (from: number, how: string | undefined): JavaClient => {
    const ends = [text.indexOf(';', from), how === 'builder' ? text.indexOf('.build()', from) : text.indexOf('\n', from)].filter((e) => e >= 0);
    return builtClient(text.slice(from, ends.length > 0 ? Math.min(...ends) : Math.min(text.length, from + 2000)), how === 'fromEnv', constantOf);
  };
  // built: `OpenAIClient client = OpenAIOkHttpClient.fromEnv();`, Kotlin `val client = OpenAIOkHttpClient.builder()…build()`
  // (Kotlin may name the companion object: `OpenAIOkHttpClient.Companion.builder()`)
  for (const m of code.matchAll(/(?<![\w$.])(?:this\.)?([A-Za-z_]\w*)\s*(?::\s*[\w.<>?]+\s*)?=\s*(?:new\s+)?OpenAIOkHttpClient(?:Async)?\s*\.\s*(?:Companion\s*\.\s*)?(fromEnv|builder)\b/g)) {
    clients.set(m[1] ?? '', builtAt(m.index ?? 0, m[2]));
  }
  // made by a method of the file that returns a built client (`private static OpenAIClient createClient() { return
  // OpenAIOkHttpClient.builder()….build(); }`): `OpenAIClient client = createClient();`
  const factories = new Map<string, JavaClient>();
  for (const m of code.matchAll(/\b([A-Za-z_]\w*)\s*\([^()]{0,400}\)\s*(?::\s*[\w.<>?]+\s*)?(?:throws[^{;]{0,200})?\{\s*return\s+OpenAIOkHttpClient(?:Async)?\s*\.\s*(?:Companion\s*\.\s*)?(fromEnv|builder)\b/g)) {
    factories.set(m[1] ?? '', builtAt((m.index ?? 0) + m[0].indexOf('OpenAIOkHttpClient'), m[2]));
  }
  for (const m of factories.size > 0 ? code.matchAll(/(?<![\w$.])(?:this\.)?([A-Za-z_]\w*)\s*(?::\s*[\w.<>?]+\s*)?=\s*(?:this\.)?([A-Za-z_]\w*)\s*\(\s*\)/g) : []) {
    const made = factories.get(m[2] ?? '');
    if (made && !clients.has(m[1] ?? '')) clients.set(m[1] ?? '', { ...made, detail: `${made.detail} (built by ${m[2] ?? ''}())` });
  }
  // handed in: a field or parameter of an OpenAI client type (Java `OpenAIClient client`, Kotlin `client: OpenAIClient`)
  for (const m of code.matchAll(/\bOpenAIClient(?:Async)?\s+([A-Za-z_]\w*)\s*[;,)=]|([A-Za-z_]\w*)\s*:\s*OpenAIClient(?:Async)?\b/g)) {
    const name = m[1] ?? m[2] ?? '';
    if (!clients.has(name)) clients.set(name, { provider: 'unknown', detail: `${name}: an OpenAI client handed in; its base URL is set where it is built`, handedIn: true });
  }
  // (every build a method returns, wherever it stands in the method: read for the project index only)
  const returned = !withReturned ? [] : [...code.matchAll(/\breturn\s+OpenAIOkHttpClient(?:Async)?\s*\.\s*(?:Companion\s*\.\s*)?(fromEnv|builder)\b/g)].map((m) => builtAt((m.index ?? 0) + m[0].indexOf('OpenAIOkHttpClient'), m[1]));
  return { clients, returned };
}

function builtClient(statement: string, fromEnv: boolean, constantOf: (name: string) => string | undefined): JavaClient {
  if (/\bAzure\w*(?:Credential|ServiceVersion)\b|\.azureServiceVersion\s*\(/.test(statement)) return { provider: 'azure', detail: 'openai-java client with Azure credentials or service version' };
  const written = /\.baseUrl\s*\(\s*("(?:[^"\\\n]|\\.)*"|[^)]*)\)/.exec(statement)?.[1];
  // (a constant of the file holding a literal: `private static final String BASE_URL = "https://…";` … `.baseUrl(BASE_URL)`)
  const baseUrl = (written !== undefined && /^\s*[A-Z][A-Z0-9_]*\s*$/.test(written) ? constantOf(written.trim()) : undefined) ?? written;
  if (baseUrl === undefined) {
    // (the title of a hover names the detail's first word as the host)
    return { provider: 'openai', detail: fromEnv ? 'api.openai.com, the default of OpenAIOkHttpClient.fromEnv() unless system properties or the environment set another base URL' : 'api.openai.com, the default of an OpenAIOkHttpClient built with no base URL', keepsDefault: true };
  }
  const literal = /^"(https?:\/\/[^/"]+)/.exec(baseUrl)?.[1];
  if (!literal) return { provider: 'unknown', detail: `base URL ${baseUrl.trim()}, decided at run time` };
  const host = literal.replace(/^https?:\/\//, '');
  const { provider } = classifyHost(host);
  return { provider, detail: host };
}
