import type { CallSite, SourceLanguage } from '../model';
import type { Lexed } from './lexer';
import { baseDestination } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import { lookupSdkMethod } from './sdkMap';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

/**
 * The community Java SDK TheoKanning/openai-java, in Java and Kotlin: `service.createChatCompletion(request)`
 * on an `OpenAiService` the file builds (`new OpenAiService(token)`), or one held in a field or parameter typed
 * so. Only in files that import the library: other services have methods named `createImage` or `listFiles`.
 */
export function detectTheokanningCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  if (!/\bcom\.theokanning\.openai\b/.test(text)) return [];
  const code = lexed.code;
  const holders = new Set<string>();
  // `OpenAiService service = new OpenAiService(token)`, `val service = OpenAiService(token)`, `this.service = new OpenAiService(…)`
  for (const m of code.matchAll(/\b([A-Za-z_]\w*)[ \t]*(?::[ \t]*OpenAiService[ \t]*)?=[ \t]*(?:new[ \t]+)?OpenAiService[ \t]*\(/g)) holders.add(m[1] ?? '');
  // a field or parameter typed so: `private final OpenAiService openAiService;`, `(private val service: OpenAiService)`
  for (const m of code.matchAll(/\bOpenAiService[ \t]+([A-Za-z_]\w*)[ \t]*[;,)=]|\b([A-Za-z_]\w*)[ \t]*:[ \t]*OpenAiService\b/g)) holders.add(m[1] ?? m[2] ?? '');
  if (holders.size === 0) return [];
  const destination = serviceDestination(text, code);
  const sites: CallSite[] = [];
  const call = /(?<![\w$.])(?:this[ \t]*\.[ \t]*)?([A-Za-z_]\w*)[ \t]*\??\.[ \t]*([a-z]\w*)[ \t]*\(/g;
  for (const m of code.matchAll(call)) {
    const receiver = m[1] ?? '';
    if (!holders.has(receiver)) continue;
    const name = m[2] ?? '';
    const method = lookupSdkMethod('java_theokanning', [name]);
    if (!method) continue;
    const start = m.index ?? 0;
    sites.push(typedSdkSite(src, code, language, 'sdk-java', { start, nameStart: start + m[0].lastIndexOf(name), name, label: `${receiver}.${name}`, open: start + m[0].length - 1 }, method, destination));
  }
  return sites;
}

/**
 * Where the service sends data: a Retrofit `baseUrl(…)` the file sets names it (the library's own
 * `defaultRetrofit` always uses api.openai.com); else api.openai.com when the file builds the service,
 * else the service was handed in and is decided where it is built.
 */
function serviceDestination(text: string, code: string): SdkDestination {
  const base = /\.baseUrl[ \t]*\([ \t]*([^)\n]+)\)/.exec(text)?.[1];
  if (base !== undefined) return baseDestination(base, 'Retrofit baseUrl');
  if (/(?<![\w.])(?:new[ \t]+)?OpenAiService[ \t]*\(/.test(code)) return { provider: 'openai', detail: 'api.openai.com, the base of openai-java\'s OpenAiService' };
  return { provider: 'unknown', detail: 'an OpenAiService from elsewhere; the Retrofit it was built with decides where data goes' };
}
