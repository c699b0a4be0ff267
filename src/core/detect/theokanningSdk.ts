import type { CallSite, SourceLanguage } from '../model';
import type { ClientBuild } from './clientBuilds';
import type { Lexed } from './lexer';
import { baseDestination } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import type { SourceText } from './sourceText';
import { jvmHolderCalls, jvmHolders } from './jvmHolders';

/** A service the code builds: `new OpenAiService(token)`, Kotlin's `OpenAiService(token)`. */
const BUILDS_SERVICE = /(?<![\w.])(?:new[ \t]+)?OpenAiService[ \t]*\(/;

/**
 * The community Java SDK TheoKanning/openai-java, in Java and Kotlin: `service.createChatCompletion(request)`
 * on an `OpenAiService` the file builds (`new OpenAiService(token)`), or one held in a field or parameter typed
 * so. Only in files that import the library: other services have methods named `createImage` or `listFiles`.
 */
export function detectTheokanningCalls(src: SourceText, lexed: Lexed, language: SourceLanguage, projectBuild?: ClientBuild): CallSite[] {
  const text = src.noComments;
  if (!/\bcom\.theokanning\.openai\b/.test(text)) return [];
  const code = lexed.code;
  // `OpenAiService service = new OpenAiService(token)`, `val service = OpenAiService(token)`, or a field or parameter typed so
  const holders = jvmHolders(code, 'OpenAiService', 'OpenAiService');
  // (a service another class keeps in a static field, read through that class: `Main.service.createModeration(request)`)
  for (const m of code.matchAll(/(?<![\w$.])([A-Z]\w*)[ \t]*\.[ \t]*([a-z]\w*)[ \t]*\.[ \t]*[a-z]\w*[ \t]*\(/g)) if (/service|openai|client|api|gpt/i.test(m[2] ?? '')) holders.add(`${m[1] ?? ''}.${m[2] ?? ''}`);
  if (holders.size === 0) return [];
  return jvmHolderCalls(src, code, language, holders, 'java_theokanning', '[a-z]\\w*', serviceDestination(text, code, projectBuild));
}

/**
 * Where the service sends data: a Retrofit `baseUrl(…)` the file sets names it (the library's own
 * `defaultRetrofit` always uses api.openai.com); else api.openai.com when the file builds the service,
 * else the service was handed in and is decided where it is built: OpenAI's when the project's files
 * all build it with the library's base (a Spring `@Bean` returning `new OpenAiService(apiKey, client)`).
 */
function serviceDestination(text: string, code: string, projectBuild: ClientBuild | undefined): SdkDestination {
  const base = /\.baseUrl[ \t]*\([ \t]*([^)\n]+)\)/.exec(text)?.[1];
  if (base !== undefined) return baseDestination(base, 'Retrofit baseUrl');
  if (BUILDS_SERVICE.test(code)) return { provider: 'openai', detail: 'api.openai.com, the base of openai-java\'s OpenAiService' };
  if (projectBuild === 'default') return { provider: 'openai', detail: "api.openai.com: an OpenAiService from elsewhere, which the project's files build with openai-java's own base" };
  return { provider: 'unknown', detail: 'an OpenAiService from elsewhere; the Retrofit it was built with decides where data goes' };
}

/**
 * How a file builds openai-java's service, for the project index: undefined when it builds none, `default` when it keeps the
 * library's base, '' when it sets a Retrofit base of its own (that file decides; the project's files do not agree on one way).
 */
export function theokanningBuild(text: string, lexedOf: () => Lexed): ClientBuild | '' | undefined {
  if (!/\bcom\.theokanning\.openai\b/.test(text)) return undefined;
  const lexed = lexedOf();
  if (!BUILDS_SERVICE.test(lexed.code)) return undefined;
  return /\.baseUrl[ \t]*\(/.test(lexed.code) ? '' : 'default';
}
