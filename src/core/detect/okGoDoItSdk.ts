import type { CallSite, SourceLanguage } from '../model';
import type { Lexed } from './lexer';
import { baseDestination } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import { lookupSdkMethod } from './sdkMap';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';
import type { ClientBuild } from './clientBuilds';
import { soleBuild } from './clientBuilds';

/**
 * The community .NET SDK OkGoDoIt/OpenAI-API-dotnet (NuGet `OpenAI` 1.x, namespace `OpenAI_API`):
 * `api.Chat.CreateChatCompletionAsync(request)`, `api.Completions.CreateCompletionAsync(…)` on an `OpenAIAPI`
 * built here (`new OpenAIAPI(key)`, `OpenAIAPI.ForAzure(…)`) or handed in (a field, parameter or service
 * typed `OpenAIAPI`/`IOpenAIAPI`), and a conversation's `chat.GetResponseFromChatbotAsync()` after
 * `var chat = api.Chat.CreateConversation()`. Only in files that use its namespace.
 * `projectBuilds` is how the project's files build one (for a client handed in), when they all agree.
 */
export function detectOkGoDoItCalls(src: SourceText, lexed: Lexed, language: SourceLanguage, projectBuilds?: ClientBuild): CallSite[] {
  const text = src.noComments;
  if (!/\bOpenAI_API\b/.test(text)) return [];
  const code = lexed.code;
  const apis = new Map<string, SdkDestination>();
  const usual = projectBuilds === undefined ? undefined : destinationOf(projectBuilds, text);
  const handedIn: SdkDestination = usual ? { ...usual, detail: `${usual.detail}; the only way the project's files build an OpenAIAPI` } : { provider: 'unknown', detail: 'an OpenAIAPI handed in; where it sends data is set where it is built' };
  // handed in: `private readonly OpenAIAPI _api;`, `(IOpenAIAPI api)`, `var api = sp.GetRequiredService<OpenAIAPI>();`
  for (const m of code.matchAll(/(?<![\w.])(?:OpenAI_API\.)?I?OpenAIAPI[ \t]+([A-Za-z_]\w*)[ \t]*[;,)=]/g)) apis.set(m[1] ?? '', handedIn);
  for (const m of code.matchAll(/(?<![\w.])([A-Za-z_]\w*)[ \t]*=[ \t]*[\w.]*\.Get(?:Required)?Service[ \t]*<[ \t]*(?:OpenAI_API\.)?I?OpenAIAPI[ \t]*>/g)) apis.set(m[1] ?? '', handedIn);
  // built: `var api = new OpenAIAPI(key)`, `_api = new OpenAI_API.OpenAIAPI(new APIAuthentication(key))`, `OpenAIAPI.ForAzure(…)`
  for (const m of code.matchAll(/(?<![\w.])((?:this\.)?[A-Za-z_]\w*)[ \t]*=[ \t]*(?:new[ \t]+(?:OpenAI_API\.)?OpenAIAPI[ \t]*\(|(?:OpenAI_API\.)?OpenAIAPI\.ForAzure[ \t]*\()/g)) {
    const name = (m[1] ?? '').replace(/^this\./, '');
    apis.set(name, m[0].includes('ForAzure') ? destinationOf('azure', text) : builtHere(name, text, text.slice(m.index ?? 0, (m.index ?? 0) + 600)));
  }
  const sites: CallSite[] = [];
  const push = (m: RegExpMatchArray, name: string, label: string, method: NonNullable<ReturnType<typeof lookupSdkMethod>>, destination: SdkDestination): void => {
    const start = m.index ?? 0;
    sites.push(typedSdkSite(src, code, language, 'sdk-dotnet', { start, nameStart: start + m[0].lastIndexOf(name), name, label, open: start + m[0].length - 1 }, method, destination));
  };
  // a conversation a client's chat endpoint makes sends through that client: `var chat = api.Chat.CreateConversation();`
  const conversations = new Map<string, SdkDestination>();
  for (const m of code.matchAll(/(?<![\w.])((?:this\.)?[A-Za-z_]\w*)[ \t]*=[ \t]*((?:this\.)?[A-Za-z_]\w*)[ \t]*\.[ \t]*Chat[ \t]*\.[ \t]*CreateConversation[ \t]*\(/g)) {
    const api = apis.get((m[2] ?? '').replace(/^this\./, ''));
    if (api) conversations.set((m[1] ?? '').replace(/^this\./, ''), api);
  }
  // a conversation handed in: `Conversation chat` as a field or parameter
  for (const m of code.matchAll(/(?<![\w.])(?:OpenAI_API\.Chat\.)?Conversation[ \t]+([A-Za-z_]\w*)[ \t]*[;,)=]/g)) if (!conversations.has(m[1] ?? '')) conversations.set(m[1] ?? '', handedIn);
  for (const m of code.matchAll(/(?<![\w.])((?:this\.)?[A-Za-z_]\w*)[ \t]*\.[ \t]*(?:([A-Z]\w*)[ \t]*\.[ \t]*)?([A-Z]\w*)[ \t]*\(/g)) {
    const receiver = (m[1] ?? '').replace(/^this\./, '');
    const name = m[3] ?? '';
    if (m[2] !== undefined) {
      const api = apis.get(receiver);
      const method = api ? lookupSdkMethod('dotnet_okgodoit', [m[2], name]) : undefined;
      if (api && method) push(m, name, `${receiver}.${m[2]}.${name}`, method, api);
    } else {
      const conversation = conversations.get(receiver);
      const method = conversation ? lookupSdkMethod('dotnet_okgodoit', ['Conversation', name]) : undefined;
      if (conversation && method) push(m, name, `${receiver}.${name}`, method, conversation);
    }
  }
  return sites;
}

/**
 * How a file builds an OpenAIAPI (its default, api.openai.com; `OpenAIAPI.ForAzure(…)`; another `ApiUrlFormat`), for the
 * project index, from its text without comments: undefined when it builds none. Two ways in one file leave it open ('').
 */
export function okGoDoItBuild(text: string): ClientBuild | '' | undefined {
  if (!/\bOpenAI_API\b|\bOpenAIAPI\b/.test(text)) return undefined;
  const ways = new Set<ClientBuild>();
  if (/\bOpenAIAPI\.ForAzure[ \t]*\(/.test(text)) ways.add('azure');
  if (/\bnew[ \t]+(?:OpenAI_API\.)?OpenAIAPI[ \t]*\(/.test(text)) ways.add(/\bApiUrlFormat[ \t]*=/.test(text) ? 'other' : 'default');
  return soleBuild(ways);
}

/**
 * Where a client this file builds sends data: api.openai.com unless the file sets its `ApiUrlFormat`, afterwards
 * (`api.ApiUrlFormat = "…";`) or in the object initializer (`new OpenAIAPI(key) { ApiUrlFormat = "…" }`).
 */
function builtHere(name: string, text: string, statement: string): SdkDestination {
  const initializer = /^[^;]*?\)[ \t\n]*\{[^{}]*?\bApiUrlFormat[ \t]*=[ \t]*("[^"\n]*"|[^,;}\n]+)/.exec(statement)?.[1];
  const format = initializer ?? new RegExp(`(?<![\\w.])${name}\\.ApiUrlFormat[ \\t]*=[ \\t]*([^;\\n]+)`).exec(text)?.[1];
  return format === undefined ? destinationOf('default', text) : baseDestination(format, 'ApiUrlFormat');
}

function destinationOf(build: ClientBuild, text: string): SdkDestination {
  if (build === 'azure') return { provider: 'azure', detail: 'OpenAIAPI.ForAzure(…): an Azure OpenAI resource' };
  if (build === 'other') return { provider: 'unknown', detail: `an OpenAIAPI whose ApiUrlFormat is set${/ApiUrlFormat/.test(text) ? '' : ' in another file'}; where it sends data is decided there` };
  return { provider: 'openai', detail: 'api.openai.com, the default ApiUrlFormat of an OkGoDoIt OpenAIAPI' };
}
