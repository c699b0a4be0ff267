import type { CallSite, Provider, SourceLanguage } from '../model';
import { classifyHost } from '../policy/hosts';
import { readCallFlags } from './callFlags';
import { endpointTemplate } from './httpCalls';
import type { Lexed } from './lexer';
import { matchingBracket } from './lexer';
import { lookupSdkMethod } from './sdkMap';
import type { SourceText } from './sourceText';

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
  'RealtimeClient',
  'ResponsesClient',
  'SkillClient',
  'VectorStoreClient',
  'VideoClient',
];
const CLASS = `(${CLIENT_CLASSES.join('|')})`;
/** `OpenAIClient` and Azure.AI.OpenAI's `AzureOpenAIClient`, which hand out the clients above. */
const ROOT = '(OpenAIClient|AzureOpenAIClient)';
const NAME = '((?:this\\.)?[A-Za-z_]\\w*)';

/**
 * The official .NET SDK (NuGet `OpenAI`, also through Azure.AI.OpenAI's `AzureOpenAIClient`):
 * `chat.CompleteChatAsync(messages)` on a `ChatClient` built here (`new ChatClient(model, key)`,
 * `openAIClient.GetChatClient("gpt-4o")`) or handed in (a field or parameter typed `ChatClient`).
 * Only in files that use the SDK's namespaces: the class names alone are common words.
 */
export function detectDotnetSdkCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  if (!/\busing[ \t]+(?:global[ \t]+)?(?:static[ \t]+)?(?:OpenAI|Azure\.AI\.OpenAI)\b|\bOpenAI\.(?:Chat|Embeddings|Images|Audio|Files|Assistants|Responses|Realtime|VectorStores|Batch|Moderations|Models|FineTuning|Containers|Conversations|Evals|Videos)\./.test(text)) return [];
  const code = lexed.code;
  const roots = rootClients(code, text);
  const clients = typedClients(code, text, roots);
  const sites: CallSite[] = [];
  const push = (start: number, nameStart: number, cls: string, method: string, receiver: string, client: Destination): void => {
    const found = lookupSdkMethod('dotnet', [cls, method]);
    if (!found) return;
    const open = code.indexOf('(', nameStart + method.length);
    const close = open < 0 ? -1 : matchingBracket(code, open);
    sites.push({
      kind: 'sdk-dotnet',
      language,
      method: `${receiver}.${method}`,
      httpMethod: found.http,
      endpoint: endpointTemplate(`https://x${found.path}`),
      provider: client.provider,
      providerDetail: client.detail,
      range: src.range(nameStart, nameStart + method.length),
      callRange: src.range(start, close < 0 ? open + 1 : close),
      flags: readCallFlags(close < 0 ? '' : text.slice(open, close)),
    });
  };
  // `_chatClient.CompleteChatAsync(…)` (generic arguments allowed: `GetResponseAsync<T>(`)
  for (const m of code.matchAll(new RegExp(`(?<![\\w.])${NAME}\\s*\\.\\s*([A-Z]\\w*)\\s*(?:<[^<>()\\n]{0,80}>\\s*)?\\(`, 'g'))) {
    const receiver = (m[1] ?? '').replace(/^this\./, '');
    const client = clients.get(receiver);
    if (!client) continue;
    push(m.index ?? 0, (m.index ?? 0) + m[0].lastIndexOf(m[2] ?? ''), client.cls, m[2] ?? '', receiver, client);
  }
  // `openAIClient.GetChatClient("gpt-4o").CompleteChat(…)`, `new ChatClient(…).CompleteChat(…)`
  for (const m of code.matchAll(new RegExp(`(?<![\\w.])${NAME}\\s*\\.\\s*Get${CLASS}\\s*\\([^()]*\\)\\s*\\.\\s*([A-Z]\\w*)\\s*\\(`, 'g'))) {
    const root = roots.get((m[1] ?? '').replace(/^this\./, ''));
    if (root) push(m.index ?? 0, (m.index ?? 0) + m[0].lastIndexOf(m[3] ?? ''), m[2] ?? '', m[3] ?? '', m[1] ?? '', root);
  }
  return sites;
}

/** `OpenAIClient`s and `AzureOpenAIClient`s of the file by name: built here (where their options say the data goes) or handed in. */
function rootClients(code: string, text: string): Map<string, Destination> {
  const roots = new Map<string, Destination>();
  // built: `var client = new OpenAIClient(…)`, `AzureOpenAIClient azure = new(…)`, `_client = new AzureOpenAIClient(…)`
  for (const m of code.matchAll(new RegExp(`(?:${ROOT}\\s+)?${NAME}\\s*=\\s*new\\s*(?:${ROOT})?\\s*\\(`, 'g'))) {
    const cls = m[1] ?? m[3];
    if (!cls) continue;
    roots.set((m[2] ?? '').replace(/^this\./, ''), built(cls, statementAt(code, text, m.index ?? 0), text));
  }
  // handed in: a field or parameter typed as one (`private readonly OpenAIClient _client;`, `(AzureOpenAIClient client)`)
  for (const m of code.matchAll(new RegExp(`\\b${ROOT}\\s+([A-Za-z_]\\w*)\\s*[;,)=]`, 'g'))) {
    const name = m[2] ?? '';
    if (!roots.has(name)) roots.set(name, m[1] === 'AzureOpenAIClient' ? { provider: 'azure', detail: `${name}: an AzureOpenAIClient handed in` } : { provider: 'unknown', detail: `${name}: an OpenAIClient handed in; its endpoint is set where it is built` });
  }
  return roots;
}

/** The file's clients of the SDK's client classes by name, with where each sends data. */
function typedClients(code: string, text: string, roots: Map<string, Destination>): Map<string, Destination & { cls: string }> {
  const clients = new Map<string, Destination & { cls: string }>();
  // `ChatClient chat = root.GetChatClient(…)`, `var chat = root.GetChatClient(…)`, `_chat = root.GetChatClient(…)`
  for (const m of code.matchAll(new RegExp(`${NAME}\\s*=\\s*${NAME}\\s*\\.\\s*Get${CLASS}\\s*\\(`, 'g'))) {
    const root = roots.get((m[2] ?? '').replace(/^this\./, ''));
    if (root) clients.set((m[1] ?? '').replace(/^this\./, ''), { ...root, cls: m[3] ?? '' });
  }
  // `new AzureOpenAIClient(…).GetChatClient(…)` assigned in one statement
  for (const m of code.matchAll(new RegExp(`${NAME}\\s*=\\s*new\\s+${ROOT}\\s*\\(`, 'g'))) {
    const statement = statementAt(code, text, m.index ?? 0);
    const cls = new RegExp(`\\.\\s*Get${CLASS}\\s*\\(`).exec(statement)?.[1];
    if (cls) clients.set((m[1] ?? '').replace(/^this\./, ''), { ...built(m[2] ?? '', statement, text), cls });
  }
  // built directly: `ChatClient client = new(model: "gpt-4o", apiKey: key)`, `var c = new ChatClient(…)`
  for (const m of code.matchAll(new RegExp(`(?:${CLASS}\\s+)?${NAME}\\s*=\\s*new\\s*(?:${CLASS})?\\s*\\(`, 'g'))) {
    const cls = m[3] ?? m[1];
    const name = (m[2] ?? '').replace(/^this\./, '');
    if (!cls || clients.has(name)) continue;
    const statement = statementAt(code, text, m.index ?? 0);
    clients.set(name, { ...withOptions(statement, text, `${article(cls)} built with no endpoint`), cls });
  }
  // handed in: `private readonly ChatClient _chatClient;`, `(ChatClient chatClient, …)`
  for (const m of code.matchAll(new RegExp(`\\b${CLASS}\\s+([A-Za-z_]\\w*)\\s*[;,)=]`, 'g'))) {
    const name = m[2] ?? '';
    if (!clients.has(name)) clients.set(name, { provider: 'unknown', detail: `${name}: ${article(m[1] ?? '')} handed in; its endpoint is set where it is built`, cls: m[1] ?? '' });
  }
  return clients;
}

function built(cls: string, statement: string, text: string): Destination {
  if (cls === 'AzureOpenAIClient') {
    const host = /new\s+Uri\s*\(\s*\$?@?"https?:\/\/([^/"]+)/.exec(statement)?.[1];
    if (!host) return { provider: 'azure', detail: 'an AzureOpenAIClient; its endpoint is set at run time' };
    // (a local server that speaks Azure's protocol, `new Uri("http://localhost:4041")`, is no Azure)
    const local = !host.includes('{') && classifyHost(host).provider === 'other';
    return { provider: local ? 'other' : 'azure', detail: `${host} (AzureOpenAIClient)` };
  }
  return withOptions(statement, text, 'an OpenAIClient built with no endpoint');
}

/** Where options (`new OpenAIClientOptions { Endpoint = new Uri("…") }`, in the statement or a variable of the file) point the client. */
function withOptions(statement: string, text: string, defaultWhat: string): Destination {
  let endpoint = /\bEndpoint\s*=\s*([^,}\n]+)/.exec(statement)?.[1];
  // the options in a variable: `var options = new OpenAIClientOptions { Endpoint = … }` … `new OpenAIClient(credential, options)`
  const optionsName = /new\s+OpenAIClientOptions\b/.test(statement) ? undefined : /,\s*([A-Za-z_]\w*)\s*\)\s*;?\s*$/.exec(statement)?.[1];
  if (endpoint === undefined && optionsName) {
    const declared = new RegExp(`\\b${optionsName}\\s*=\\s*new\\s*(?:OpenAIClientOptions)?\\s*(?:\\(\\s*\\))?\\s*\\{([^{}]{0,600})\\}`).exec(text)?.[1];
    endpoint = declared ? /\bEndpoint\s*=\s*([^,}\n]+)/.exec(declared)?.[1] : undefined;
  }
  if (endpoint === undefined) return { provider: 'openai', detail: `api.openai.com, the default of ${defaultWhat}` };
  const host = /"https?:\/\/([^/"]+)/.exec(endpoint)?.[1];
  if (!host) return { provider: 'unknown', detail: `endpoint ${endpoint.trim()}, decided at run time` };
  return { provider: classifyHost(host).provider, detail: host };
}

/** The statement from `from` to its `;` (bounded), read from the text, whose strings `code` has blanked. */
function statementAt(code: string, text: string, from: number): string {
  const end = code.indexOf(';', from);
  return text.slice(from, end < 0 ? Math.min(text.length, from + 1500) : Math.min(end + 1, from + 1500));
}

function article(cls: string): string {
  return `${/^[AEIOU]/.test(cls) ? 'an' : 'a'} ${cls}`;
}
