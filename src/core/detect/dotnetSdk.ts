import type { CallSite, Provider, SourceLanguage } from '../model';
import { classifyHost } from '../policy/hosts';
import type { ClientBuild } from './clientBuilds';
import { soleBuild } from './clientBuilds';
import { escapeRe } from './escapeRe';
import type { Lexed } from './lexer';
import { matchingBracket, splitTopLevel } from './lexer';
import { lookupSdkMethod } from './sdkMap';
import { lastBefore } from './sorted';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

interface Destination {
  provider: Provider;
  detail: string;
}

/** The SDK's client classes, each reached from `OpenAIClient` by `Get<Class>(…)`. */
const CLIENT_CLASSES = [
  'AssistantClient',
  'AudioClient',
  'BatchClient',
  'ChatClient',
  'ContainerClient',
  'ConversationClient',
  'EmbeddingClient',
  'EvaluationClient',
  'FineTuningClient',
  'GraderClient',
  'ImageClient',
  'LegacyCompletionClient',
  'ModerationClient',
  'OpenAIFileClient',
  'OpenAIModelClient',
  // (the Responses client's name before 2.8.0)
  'OpenAIResponseClient',
  'RealtimeClient',
  'ResponsesClient',
  'SkillClient',
  'VectorStoreClient',
  'VideoClient',
];
const CLASS = `(${CLIENT_CLASSES.join('|')})`;
/** `OpenAIClient` and Azure.AI.OpenAI's `AzureOpenAIClient`, which hand out the clients above. */
const ROOT = '(OpenAIClient|AzureOpenAIClient)';
/** A receiver or variable name, never started inside a longer word (tried at every letter of one, it was quadratic). */
const NAME = '(?<![\\w.])((?:this\\.)?[A-Za-z_]\\w*)';
/** `this._client` and `_client` are one field. */
const bare = (name: string): string => name.replace(/^this\./, '');

/** An OpenAIClient asked for one of its scenario clients: `.GetChatClient(model)`, `.GetAudioClient(model)`, … */
const SCENARIO_CLIENT = new RegExp(`\\.[ \\t]*Get${CLASS}[ \\t]*\\(`);

/**
 * The official .NET SDK (NuGet `OpenAI`, also through Azure.AI.OpenAI's `AzureOpenAIClient`):
 * `chat.CompleteChatAsync(messages)` on a `ChatClient` built here (`new ChatClient(model, key)`,
 * `openAIClient.GetChatClient("gpt-4o")`) or handed in (a field or parameter typed `ChatClient`).
 * Only in files that use the SDK's namespaces: the class names alone are common words.
 */
export function detectDotnetSdkCalls(src: SourceText, lexed: Lexed, language: SourceLanguage, projectBuild?: ClientBuild): CallSite[] {
  const text = src.noComments;
  // (or a file of a project whose global usings bring them, another file's `global using OpenAI;`: one that makes an OpenAIClient and
  // asks it for a scenario client, `openAIClient.GetAudioClient(model)`)
  // (or one that silences the SDK's own diagnostic for its evaluation APIs, `#pragma warning disable OPENAI001`, and asks for one)
  if (!/\busing[ \t]+(?:global[ \t]+)?(?:static[ \t]+)?(?:OpenAI|Azure\.AI\.OpenAI)\b|\bOpenAI\.(?:Chat|Embeddings|Images|Audio|Files|Assistants|Responses|Realtime|VectorStores|Batch|Moderations|Models|FineTuning|Containers|Conversations|Evals|Videos)\./.test(text) && !((/\b(?:Azure)?OpenAIClient\b/.test(text) || /^[ \t]*#pragma[ \t]+warning[ \t]+disable\b[^\n]*\bOPENAI0\d\d\b/m.test(text)) && SCENARIO_CLIENT.test(text))) return [];
  // (a class written with its namespace, `OpenAI.Chat.ChatClient client = new OpenAI.Chat.ChatClient(…)`, read as its name: blanks keep the offsets)
  const code = lexed.code.replace(/\b(?:global::)?OpenAI\.(?:[A-Z]\w*\.)?(?=[A-Z]\w*Client\b)/g, (prefix) => ' '.repeat(prefix.length));
  // each options variable's endpoint, read once (see withOptions)
  const options = new Map<string, string | null | undefined>();
  const roots = rootClients(code, text, options, projectBuild);
  const builds = new Map<string, Array<{ at: number; client: Destination & { cls: string }; taken?: true }>>();
  const clients = typedClients(code, text, roots, options, builds);
  const sites: CallSite[] = [];
  const push = (start: number, nameStart: number, cls: string, method: string, receiver: string, client: Destination): void => {
    const found = lookupSdkMethod('dotnet', [cls, method]);
    if (found) sites.push(typedSdkSite(src, code, language, 'sdk-dotnet', { start, nameStart, name: method, label: `${receiver}.${method}`, open: code.indexOf('(', nameStart + method.length) }, found, client));
  };
  // `_chatClient.CompleteChatAsync(…)` (generic arguments allowed: `GetResponseAsync<T>(`)
  for (const m of code.matchAll(new RegExp(`${NAME}\\s*\\.\\s*([A-Z]\\w*)\\s*(?:<[^<>()\\n]{0,80}>\\s*)?\\(`, 'g'))) {
    const receiver = bare(m[1] ?? '');
    const client = builtBefore(builds.get(receiver), m.index ?? 0) ?? clients.get(receiver);
    if (!client) continue;
    // (the method's own name, right after the receiver: a generic argument may repeat it, `CreateResponse<CreateResponse>(…)`)
    push(m.index ?? 0, (m.index ?? 0) + m[0].indexOf(m[2] ?? '', (m[1] ?? '').length), client.cls, m[2] ?? '', receiver, client);
  }
  // `openAIClient.GetChatClient("gpt-4o").CompleteChat(…)` (a model argument without parentheses of its own)
  for (const m of code.matchAll(new RegExp(`${NAME}\\s*\\.\\s*Get${CLASS}\\s*\\([^()]*\\)\\s*\\.\\s*([A-Z]\\w*)\\s*\\(`, 'g'))) {
    const root = roots.get(bare(m[1] ?? ''));
    if (root) push(m.index ?? 0, (m.index ?? 0) + m[0].lastIndexOf(m[3] ?? ''), m[2] ?? '', m[3] ?? '', `${bare(m[1] ?? '')}.Get${m[2] ?? ''}()`, root);
  }
  return sites;
}

/**
 * The client a name built more than once holds at a call: the last build before it where the builds are of different classes
 * (each method builds its own `client`), unknown where builds of one class send to different places (`_client` built on two
 * branches); undefined for a name built once (the file-wide reading stands).
 */
function builtBefore(builds: ReadonlyArray<{ at: number; client: Destination & { cls: string }; taken?: true }> | undefined, at: number): (Destination & { cls: string }) | undefined {
  if (!builds || builds.length < 2) return undefined;
  const entry = builds[lastBefore(builds, at)];
  const last = entry?.client;
  if (!last) return undefined;
  // (a factory method's result, `var client = CreateChat()`, is what that method builds: no other method's build of the class)
  if (entry.taken) return last;
  const alike = builds.filter((b) => !b.taken && b.client.cls === last.cls);
  if (alike.every((b) => b.client.provider === last.provider)) return last;
  return { provider: 'unknown', detail: `a ${last.cls} built in more than one way in this file (${[...new Set(alike.map((b) => b.client.provider))].join(', ')}); which one a call uses is decided at run time`, cls: last.cls };
}

/** `OpenAIClient`s and `AzureOpenAIClient`s of the file by name: built here (where their options say the data goes) or handed in. */
function rootClients(code: string, text: string, options: Map<string, string | null | undefined>, projectBuild: ClientBuild | undefined): Map<string, Destination> {
  const roots = new Map<string, Destination>();
  // built: `var client = new OpenAIClient(…)`, `AzureOpenAIClient azure = new(…)`, `_client = new AzureOpenAIClient(…)`
  for (const m of code.matchAll(new RegExp(`(?<![\\w.])(?:${ROOT}\\s+)?${NAME}\\s*=\\s*new(?:\\s+${ROOT})?\\s*\\(`, 'g'))) {
    const cls = m[3] ?? m[1];
    if (!cls) continue;
    roots.set(bare(m[2] ?? ''), built(cls, statementAt(code, text, m.index ?? 0), text, options));
  }
  // what a method of the class returns: `private static OpenAIClient CreateClient(string key) { … return new OpenAIClient(…, options); }`,
  // taken as `_client = CreateClient(apiKey);`
  const factories = new Map<string, Destination>();
  for (const { name, open, close } of methodsReturning(code, ROOT)) {
    const made = new RegExp(`\\breturn\\s+new\\s+${ROOT}\\s*\\(`).exec(code.slice(open, close));
    if (made) factories.set(name, built(made[1] ?? '', statementAt(code, text, open + made.index + made[0].indexOf('new')), text, options));
  }
  takenFromMethods(code, factories, roots);
  // handed in: a field or parameter typed as one (`private readonly OpenAIClient _client;`, `(AzureOpenAIClient client)`)
  for (const m of code.matchAll(new RegExp(`\\b${ROOT}\\s+([A-Za-z_]\\w*)\\s*[;,)=]`, 'g'))) {
    const name = m[2] ?? '';
    if (!roots.has(name)) roots.set(name, m[1] === 'AzureOpenAIClient' ? { provider: 'azure', detail: `${name}: an AzureOpenAIClient handed in` } : handedIn(name, projectBuild));
  }
  // given by another class (`var client = _clientFactory.CreateClient();`), known by what it is asked for: `client.GetChatClient(deployment)`
  // (the scenario clients' getters are the SDK's own names, in a file that uses its namespaces)
  for (const m of code.matchAll(new RegExp(`${NAME}\\s*\\.\\s*Get${CLASS}\\s*\\(`, 'g'))) {
    const name = bare(m[1] ?? '');
    // (where the project builds its clients one way, that way: a partial class's `GetClient()` in another file, `new AzureOpenAIClient(…)`)
    if (!roots.has(name)) roots.set(name, projectBuild === 'default' || projectBuild === 'azure' ? handedIn(name, projectBuild) : { provider: 'unknown', detail: `${name}: an OpenAIClient or AzureOpenAIClient from elsewhere; its endpoint is set where it is built` });
  }
  return roots;
}

/** An OpenAIClient handed in: where the project's one way of building it sends data, else open. */
function handedIn(name: string, projectBuild: ClientBuild | undefined): Destination {
  if (projectBuild === 'default') return { provider: 'openai', detail: `${name}: an OpenAIClient handed in; the project builds it with no endpoint, api.openai.com` };
  if (projectBuild === 'azure') return { provider: 'azure', detail: `${name}: an OpenAIClient handed in; the project builds it for Azure OpenAI` };
  return { provider: 'unknown', detail: `${name}: an OpenAIClient handed in; its endpoint is set where it is built` };
}

/**
 * How a file builds the SDK's OpenAIClient, for the project index: with no endpoint (`new OpenAIClient(key)`, also in a DI registration,
 * `AddSingleton<OpenAIClient>(x => new OpenAIClient(settings.OpenAIKey))`), an AzureOpenAIClient, or with options or an endpoint (other);
 * '' for a file that builds it more than one way, or in a way not read to its end. `code` is the lexer's (strings blanked).
 */
export function dotnetRootBuild(code: string): ClientBuild | '' | undefined {
  const ways = new Set<ClientBuild>();
  // (also target-typed: `OpenAIClient client = new(key)`)
  for (const m of code.matchAll(new RegExp(`\\bnew[ \\t]+(?:[A-Za-z_][\\w.]*\\.)?${ROOT}[ \\t]*\\(|\\b${ROOT}[ \\t]+[A-Za-z_]\\w*[ \\t]*=[ \\t]*new[ \\t]*\\(`, 'g'))) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 2000);
    if (close < 0) return '';
    // (a second argument is options or a credential with an endpoint: `new OpenAIClient(credential, options)`)
    const args = code.slice(open + 1, close - 1);
    ways.add((m[1] ?? m[2]) === 'AzureOpenAIClient' ? 'azure' : splitTopLevel(args).length > 1 || /\bEndpoint\b/.test(args) ? 'other' : 'default');
  }
  return soleBuild(ways);
}

/** The file's clients of the SDK's client classes by name, with where each sends data. */
function typedClients(code: string, text: string, roots: Map<string, Destination>, options: Map<string, string | null | undefined>, builds: Map<string, Array<{ at: number; client: Destination & { cls: string }; taken?: true }>>): Map<string, Destination & { cls: string }> {
  const clients = new Map<string, Destination & { cls: string }>();
  // `ChatClient chat = root.GetChatClient(…)`, `var chat = root.GetChatClient(…)`, `_chat = root.GetChatClient(…)`
  for (const m of code.matchAll(new RegExp(`${NAME}\\s*=\\s*${NAME}\\s*\\.\\s*Get${CLASS}\\s*\\(`, 'g'))) {
    const root = roots.get(bare(m[2] ?? ''));
    if (root) clients.set(bare(m[1] ?? ''), { ...root, cls: m[3] ?? '' });
  }
  // `new AzureOpenAIClient(…).GetChatClient(…)` assigned in one statement
  for (const m of code.matchAll(new RegExp(`${NAME}\\s*=\\s*new\\s+${ROOT}\\s*\\(`, 'g'))) {
    const statement = statementAt(code, text, m.index ?? 0);
    const cls = new RegExp(`\\.\\s*Get${CLASS}\\s*\\(`).exec(statement)?.[1];
    if (cls) clients.set(bare(m[1] ?? ''), { ...built(m[2] ?? '', statement, text, options), cls });
  }
  // built directly: `ChatClient client = new(model: "gpt-4o", apiKey: key)`, `var c = new ChatClient(…)`
  // (a name is file-wide here, read as the first; each build is also kept where it is, for a call after it: two methods
  // may each build a `client` of another class, `ChatClient client = new(…)` and `AudioClient client = new(…)`)
  for (const m of code.matchAll(new RegExp(`(?<![\\w.])(?:${CLASS}\\s+)?${NAME}\\s*=\\s*new(?:\\s+${CLASS})?\\s*\\(`, 'g'))) {
    const cls = m[3] ?? m[1];
    const name = bare(m[2] ?? '');
    if (!cls) continue;
    const statement = statementAt(code, text, m.index ?? 0);
    const client = { ...withOptions(statement, text, `${article(cls)} built with no endpoint`, options), cls };
    const list = builds.get(name) ?? [];
    list.push({ at: m.index ?? 0, client });
    builds.set(name, list);
    if (!clients.has(name)) clients.set(name, client);
  }
  // what a method of the class returns: `private ChatClient CreateClient() { var b = new AzureOpenAIClient(…); return b.GetChatClient("…"); }`,
  // taken as `var client = CreateClient();`
  const factories = new Map<string, Destination & { cls: string }>();
  for (const { type, name, open, close } of methodsReturning(code, CLASS)) {
    const body = text.slice(open, close);
    // (the class may be written with its namespace, `new Azure.AI.OpenAI.AzureOpenAIClient(…)`; a method that also builds the
    // scenario client itself, `return new ChatClient(model, key, options)` on another branch, hands out either)
    // (or built target-typed: `AzureOpenAIClient azureClient = new(new Uri(endpoint), credential);`)
    const root = new RegExp(`new\\s+(?:[A-Za-z_][\\w.]*\\.)?${ROOT}\\s*\\(|\\b${ROOT}\\s+[A-Za-z_]\\w*\\s*=\\s*new\\s*\\(`).exec(body);
    const direct = new RegExp(`new\\s+(?:[A-Za-z_][\\w.]*\\.)?${type}\\s*\\(`).test(body);
    if (root && new RegExp(`\\.\\s*Get${type}\\s*\\(`).test(body)) factories.set(name, direct ? { provider: 'unknown', detail: `${name}() builds ${article(type)} in more than one way; which one is chosen at run time`, cls: type } : { ...built(root[1] ?? root[2] ?? '', body, text, options), cls: type });
  }
  takenFromMethods(code, factories, clients, builds);
  // handed in: `private readonly ChatClient _chatClient;`, `(ChatClient chatClient, …)`, a property (`AudioClient Audio { get; set; }`)
  for (const m of code.matchAll(new RegExp(`\\b${CLASS}\\??\\s+([A-Za-z_]\\w*)\\s*(?:[;,)=]|\\{\\s*(?:(?:private|protected|internal)\\s+)?(?:get|init)\\b)`, 'g'))) {
    const name = m[2] ?? '';
    if (!clients.has(name)) clients.set(name, { provider: 'unknown', detail: `${name}: ${article(m[1] ?? '')} handed in; its endpoint is set where it is built`, cls: m[1] ?? '' });
  }
  return clients;
}

/** The class's methods returning one of `types` (a pattern with one group), each with its body's bounds. */
function* methodsReturning(code: string, types: string): Generator<{ type: string; name: string; open: number; close: number }> {
  for (const m of code.matchAll(new RegExp(`\\b${types}\\s+([A-Z]\\w*)\\s*\\([^)]*\\)\\s*\\{`, 'g'))) {
    const open = (m.index ?? 0) + m[0].length - 1;
    // (a factory method is short: a bounded read keeps long or unclosed bodies from being read once per method)
    const close = matchingBracket(code, open, 4000);
    yield { type: m[1] ?? '', name: m[2] ?? '', open, close: close < 0 ? open + 1 : close };
  }
}

/**
 * `_client = CreateClient(apiKey);`, `var chat = this.MakeChat();`: a name given what a method of `factories` returns (a name already
 * known keeps its own), also kept where it is given (`builds`: each method's `var client = GetChatClient()` or `GetImageClient()`).
 */
function takenFromMethods<T>(code: string, factories: ReadonlyMap<string, T>, into: Map<string, T>, builds?: Map<string, Array<{ at: number; client: T; taken?: true }>>): void {
  if (factories.size === 0) return;
  for (const taken of code.matchAll(new RegExp(`${NAME}\\s*=\\s*(?:this\\.)?([A-Z]\\w*)\\s*\\(`, 'g'))) {
    const client = factories.get(taken[2] ?? '');
    if (!client) continue;
    const name = bare(taken[1] ?? '');
    if (!into.has(name)) into.set(name, client);
    if (!builds) continue;
    const list = builds.get(name) ?? [];
    list.push({ at: taken.index ?? 0, client, taken: true });
    builds.set(name, list);
  }
  // (kept in source order with the names' other builds, which `builtBefore` bisects)
  for (const list of builds?.values() ?? []) list.sort((a, b) => a.at - b.at);
}

function built(cls: string, statement: string, text: string, options: Map<string, string | null | undefined>): Destination {
  if (cls === 'AzureOpenAIClient') {
    const host = /new\s+Uri\s*\(\s*\$?@?"https?:\/\/([^/"]+)/.exec(statement)?.[1];
    if (!host) return { provider: 'azure', detail: 'an AzureOpenAIClient; its endpoint is set at run time' };
    // (a local server that speaks Azure's protocol, `new Uri("http://localhost:4041")`, is no Azure; a gateway
    // in front of Azure OpenAI, `contoso-apim.azure-api.net`, is)
    const local = /^(?:localhost|127\.|0\.0\.0\.0|\[::1\]|host\.docker\.internal)(?::\d+)?$/i.test(host);
    return { provider: local ? 'other' : 'azure', detail: `${host} (AzureOpenAIClient)` };
  }
  return withOptions(statement, text, 'an OpenAIClient built with no endpoint', options);
}

/**
 * Where options (`new OpenAIClientOptions { Endpoint = new Uri("…") }`) point the client: in the
 * statement, or in a variable of the file handed in last (`new OpenAIClient(credential, options)`,
 * `options: o2`), set in its initialiser or after it (`options.Endpoint = …`). Options the file does not
 * build leave the endpoint to the caller. Each variable is read once per file.
 */
function withOptions(statement: string, text: string, defaultWhat: string, cache: Map<string, string | null | undefined>): Destination {
  let endpoint = /\bEndpoint\s*=\s*([^,}\n]+)/.exec(statement)?.[1];
  const optionsName = /new\s+OpenAIClientOptions\b/.test(statement) ? undefined : /,\s*(?:options\s*:\s*)?([A-Za-z_]\w*)\s*\)\s*;?\s*$/.exec(statement)?.[1];
  // (a plain last argument, `new ChatClient("m", apiKey)`, is options only when the file builds it as such)
  if (endpoint === undefined && optionsName) {
    if (!cache.has(optionsName)) {
      const name = escapeRe(optionsName);
      const declared = new RegExp(`(?<![\\w.])${name}\\s*=\\s*new\\s*(?:OpenAIClientOptions|AzureOpenAIClientOptions)?\\s*(?:\\(\\s*\\))?\\s*(\\{[^{}]{0,600}\\})?`).exec(text);
      const assigned = new RegExp(`(?<![\\w.])${name}\\s*\\.\\s*Endpoint\\s*=\\s*([^;\\n]+)`).exec(text)?.[1];
      const options = declared && /OpenAIClientOptions/.test(declared[0]);
      // null: options the file builds with no endpoint; undefined: not options this file builds
      cache.set(optionsName, assigned ?? (declared?.[1] ? /\bEndpoint\s*=\s*([^,}\n]+)/.exec(declared[1])?.[1] : undefined) ?? (options ? null : undefined));
    }
    const found = cache.get(optionsName);
    if (found === undefined && /options|settings|config/i.test(optionsName)) return { provider: 'unknown', detail: `options ${optionsName} built elsewhere; their endpoint decides where data goes` };
    endpoint = found ?? undefined;
  }
  if (endpoint === undefined) return { provider: 'openai', detail: `api.openai.com, the default of ${defaultWhat}` };
  const host = /"https?:\/\/([^/"]+)/.exec(endpoint)?.[1];
  if (!host) return { provider: 'unknown', detail: `endpoint ${endpoint.trim()}, decided at run time` };
  return { provider: classifyHost(host).provider, detail: host };
}

/** The statement from `from` to its `;` (bounded), read from the text, whose strings `code` has blanked. */
function statementAt(code: string, text: string, from: number): string {
  const end = code.slice(from, from + STATEMENT_SPAN).indexOf(';');
  return text.slice(from, end < 0 ? Math.min(text.length, from + STATEMENT_SPAN) : from + end + 1);
}

const STATEMENT_SPAN = 1500;

function article(cls: string): string {
  return `${/^[AEIOU]/.test(cls) ? 'an' : 'a'} ${cls}`;
}
