import type { CallSite, SourceLanguage } from '../model';
import type { Lexed } from './lexer';
import { settingsDestination } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import { lookupSdkMethod } from './sdkMap';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

/**
 * The Swift package MacPaw/OpenAI: `try await openAI.chats(query: query)`, `openAI.chatsStream(query:)`,
 * `client.responses.createResponse(query:)`, on a client the file builds (`OpenAI(apiToken:)`,
 * `OpenAI(configuration:)`), a property typed as one (`let openAI: OpenAI`), or a name that says it is
 * OpenAI's called the package's way (`query:` first). Only in files that import the package: other
 * Swift APIs have methods named `models()` or `images(…)`.
 */
export function detectSwiftSdkCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  if (!/^[ \t]*(?:@testable[ \t]+)?import[ \t]+OpenAI[ \t]*$/m.test(text)) return [];
  const code = lexed.code;
  const holders = new Set<string>();
  for (const m of code.matchAll(/\b(?:let|var)[ \t]+([A-Za-z_]\w*)[ \t]*(?::[ \t]*[\w.]+[?!]?[ \t]*)?=[ \t]*(?:OpenAI[ \t]*\((?:[ \t]*(?:apiToken|configuration)[ \t]*:|[ \t]*\))|OpenAI[ \t]*\.[ \t]*init[ \t]*\()/g)) holders.add(m[1] ?? '');
  for (const m of code.matchAll(/\b([A-Za-z_]\w*)[ \t]*:[ \t]*(?:any[ \t]+)?OpenAI(?:Protocol|Async)?\b[?!]?(?![ \t]*[.(])/g)) holders.add(m[1] ?? '');
  const destination = configuredHost(text, code);
  const sites: CallSite[] = [];
  // a receiver (maybe through `self.` or another object's property, `openAIService.openAI`, maybe optional), the
  // Responses API's sub-object, then the method
  const call = /(?<![\w.])(?:(?:self|[a-z]\w*)[ \t]*\??[ \t]*\.[ \t]*(?!responses\b))?([A-Za-z_]\w*)[ \t]*\??[ \t]*\.[ \t]*(?:(responses)[ \t]*\.[ \t]*)?([a-z]\w*)[ \t]*\(/g;
  for (const m of code.matchAll(call)) {
    const receiver = m[1] ?? '';
    const name = m[3] ?? '';
    const method = lookupSdkMethod('swift', m[2] ? [m[2], name] : [name]);
    if (!method) continue;
    const open = (m.index ?? 0) + m[0].length - 1;
    // (a name the file binds to no client counts only when it says OpenAI and calls the package's way: `query:` first, or no arguments)
    if (!holders.has(receiver) && !(/openai/i.test(receiver) && /^\([ \t\n]*(?:query[ \t]*:|\))/.test(code.slice(open, open + 40)))) continue;
    const start = m.index ?? 0;
    const label = `${receiver}.${m[2] ? `${m[2]}.` : ''}${name}`;
    sites.push(typedSdkSite(src, code, language, 'sdk-swift', { start, nameStart: start + m[0].lastIndexOf(name), name, label, open }, method, destination));
  }
  return sites;
}

/**
 * Where the file's clients send data: the `host:` of an `OpenAI.Configuration(…)` it writes (two
 * different ones leave it open), else api.openai.com when it builds a client, else the client was
 * handed in and is decided where it is built.
 */
function configuredHost(text: string, code: string): SdkDestination {
  // (not another library's, `PostgresConnection.Configuration(host: "localhost", …)`)
  const hosts = [...text.matchAll(/(?<!\w)(?<!(?<!\bOpenAI)\.)Configuration[ \t]*\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g)].flatMap((m) => {
    const host = /\bhost[ \t]*:[ \t]*([^,)\n]+)/.exec(m[1] ?? '')?.[1]?.trim();
    return host === undefined ? [] : [host];
  });
  const configured = settingsDestination(hosts, 'OpenAI.Configuration host');
  if (configured) return configured;
  if (/\bOpenAI[ \t]*\((?:[ \t]*(?:apiToken|configuration)[ \t]*:|[ \t]*\))/.test(code)) return { provider: 'openai', detail: 'api.openai.com, the default of MacPaw/OpenAI with no Configuration host' };
  return { provider: 'unknown', detail: 'a MacPaw/OpenAI client from elsewhere; its Configuration decides where data goes' };
}
