import type { CallSite, SourceLanguage } from '../model';
import type { ClientBuild } from './clientBuilds';
import type { Lexed } from './lexer';
import { matchingBracket, splitTopLevel } from './lexer';
import { settingsDestination } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import { lookupSdkMethod, lookupSdkOverload } from './sdkMap';
import type { SdkMethod } from './sdkMap';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

/**
 * The Kotlin library aallam/openai-kotlin: `openAI.chatCompletion(request)`, `openAI.chatCompletions(request)`
 * (a Flow), `openAI.file(FileId("…"))`, on a client the file builds (`OpenAI(token = …)`, `OpenAI(config)`), a
 * property or parameter typed as one (`private val openAI: OpenAI`), a function that returns one
 * (`getClient().models()`), or a name that says OpenAI. One name serves several endpoints (`file`, `delete`,
 * `imageURL`): the types of its arguments tell which. Only in files that import the library: other Kotlin APIs
 * have methods named `models()` or `delete(…)`.
 */
export function detectKotlinSdkCalls(src: SourceText, lexed: Lexed, language: SourceLanguage, projectBuilds?: ClientBuild): CallSite[] {
  const text = src.noComments;
  if (!/\bcom\.aallam\.openai\b/.test(text)) return [];
  const code = lexed.code;
  const holders = new Set<string>();
  for (const m of code.matchAll(/\b(?:val|var)[ \t]+([A-Za-z_]\w*)[ \t]*(?::[ \t]*OpenAI[ \t]*\??[ \t]*)?(?:=|by[ \t]+lazy[ \t]*\{)[ \t\n]*OpenAI[ \t]*\(/g)) holders.add(m[1] ?? '');
  for (const m of code.matchAll(/\b([A-Za-z_]\w*)[ \t]*:[ \t]*OpenAI\b[ \t]*\??(?![ \t]*[.(<])/g)) holders.add(m[1] ?? '');
  const destination = configuredHost(text, code, projectBuilds);
  const types = new Map<string, string | undefined>();
  const typeOf = (name: string): string | undefined => {
    if (!types.has(name)) types.set(name, new RegExp(`\\b(?:val|var)[ \\t]+${name}[ \\t]*(?::[ \\t]*([A-Z]\\w*)|=[ \\t]*([A-Z]\\w*)[ \\t]*[({])|\\b${name}[ \\t]*:[ \\t]*([A-Z]\\w*)`).exec(code)?.slice(1).find(Boolean));
    return types.get(name);
  };
  // functions that hand one out: `private fun getClient(): OpenAI {`, `fun client() = OpenAI(config)`, called as `getClient().models()`
  const factories = new Set<string>();
  for (const m of code.matchAll(/\bfun[ \t]+([A-Za-z_]\w*)[ \t]*\([^()]*\)[ \t]*(?::[ \t]*OpenAI\b[ \t]*\??|=[ \t]*OpenAI[ \t]*\()/g)) factories.add(m[1] ?? '');
  const sites: CallSite[] = [];
  // (no blanks between a name and its `()`: a third run of blanks beside the two after it made a long blank run cubic)
  // (also a property of an object, `OpenAIHelper.openAI.chatCompletion(request)` with `object OpenAIHelper { lateinit var openAI: OpenAI }`)
  const call = /(?<![\w.])(?:this[ \t]*\.[ \t]*|[A-Z]\w*\.)?([A-Za-z_]\w*)(\([ \t]*\))?[ \t]*\??[ \t]*\.[ \t]*([a-z]\w*)[ \t]*\(/g;
  for (const m of code.matchAll(call)) {
    const receiver = m[1] ?? '';
    if (m[2] ? !factories.has(receiver) : !holders.has(receiver) && !/^(?:open_?ai|openAi)(?:client|api)?$/i.test(receiver)) continue;
    const name = m[3] ?? '';
    const start = m.index ?? 0;
    const open = start + m[0].length - 1;
    const method = lookupSdkMethod('kotlin_community', [name]) ?? overloadAt(code, open, name, typeOf);
    if (!method) continue;
    sites.push(typedSdkSite(src, code, language, 'sdk-kotlin', { start, nameStart: start + m[0].lastIndexOf(name), name, label: `${receiver}${m[2] ? '()' : ''}.${name}`, open }, method, destination));
  }
  // a client built and used in one expression, over lines too: `OpenAI(token = key, timeout = …).moderations(request)`
  for (const m of code.matchAll(/(?<![\w.])OpenAI[ \t]*\(/g)) {
    const start = m.index ?? 0;
    const close = matchingBracket(code, start + m[0].length - 1, 4000);
    const chained = close < 0 ? null : /^[ \t\n]*\??\.[ \t]*([a-z]\w*)[ \t]*\(/.exec(code.slice(close, close + 200));
    if (close < 0 || !chained) continue;
    const name = chained[1] ?? '';
    const open = close + chained[0].length - 1;
    const method = lookupSdkMethod('kotlin_community', [name]) ?? overloadAt(code, open, name, typeOf);
    if (method) sites.push(typedSdkSite(src, code, language, 'sdk-kotlin', { start, nameStart: close + chained[0].lastIndexOf(name), name, label: `OpenAI(…).${name}`, open }, method, destination));
  }
  return sites;
}

/** The overload a call's arguments choose: each argument's type from its constructor (`FileId("…")`) or from how the file declares its name. */
function overloadAt(code: string, open: number, name: string, typeOf: (name: string) => string | undefined): SdkMethod | undefined {
  const close = matchingBracket(code, open, 4000);
  if (close < 0) return undefined;
  const inside = code.slice(open + 1, close - 1).trim();
  const args = inside === '' ? [] : splitTopLevel(inside).map((a) => a.trim().replace(/^[a-z]\w*[ \t]*=(?!=)[ \t]*/, ''));
  const argumentTypes = args.map((a) => /^([A-Z]\w*)[ \t]*[({]/.exec(a)?.[1] ?? (/^[a-z_]\w*$/.test(a) ? typeOf(a) : undefined));
  return lookupSdkOverload('kotlin_community', name, argumentTypes);
}

/**
 * Where the file's clients send data: `OpenAIHost.azure(…)` is Azure OpenAI's; an `OpenAIHost(baseUrl = …)` names
 * the host (two different ones leave it open); else api.openai.com when the file builds a client, else the
 * client was handed in and is decided where it is built.
 */
function configuredHost(text: string, code: string, projectBuilds?: ClientBuild): SdkDestination {
  if (/\bOpenAIHost[ \t]*\.[ \t]*azure\b/.test(code)) return { provider: 'azure', detail: 'OpenAIHost.azure(…): an Azure OpenAI deployment' };
  const configured = settingsDestination([...text.matchAll(/\bOpenAIHost[ \t]*\([ \t\n]*(?:baseUrl[ \t]*=[ \t]*)?([^,)\n]+)/g)].map((m) => m[1] ?? ''), 'OpenAIHost baseUrl');
  if (configured) return configured;
  if (/(?<![\w.])OpenAI[ \t]*\(/.test(code)) return { provider: 'openai', detail: 'api.openai.com, the default OpenAIHost of openai-kotlin' };
  // (handed in, where the project's files build the library's clients only with the default host: one of those)
  if (projectBuilds === 'default') return { provider: 'openai', detail: "api.openai.com, the default OpenAIHost of openai-kotlin; the only way the project's files build its client" };
  return { provider: 'unknown', detail: 'an openai-kotlin client from elsewhere; its OpenAIHost decides where data goes' };
}

/**
 * How a Kotlin file builds openai-kotlin's clients, for the project index: `default` where every `OpenAI(…)` keeps the default
 * host (none given, or `OpenAIHost.OpenAI`), `azure` where every host given is `OpenAIHost.azure(…)`; '' for any other host or
 * a mix.
 */
export function openAIKotlinBuild(text: string): ClientBuild | '' | undefined {
  if (!/\bcom\.aallam\.openai\b/.test(text) || !/(?<![\w.])OpenAI[ \t]*\(/.test(text)) return undefined;
  // (a host given any other way, `host = Hosts.groq` from another file, is not known here: no single way)
  const hosts = [...text.matchAll(/\bhost[ \t]*=[ \t]*([^,)\n]+)/g)].map((m) => (m[1] ?? '').trim());
  if (hosts.length === 0 && !/\bOpenAIHost\b/.test(text)) return 'default';
  if (hosts.length > 0 && hosts.every((h) => /^OpenAIHost[ \t]*\.[ \t]*OpenAI$/.test(h))) return 'default';
  if (hosts.length > 0 && hosts.every((h) => /^OpenAIHost[ \t]*\.[ \t]*azure\b/.test(h))) return 'azure';
  return '';
}
