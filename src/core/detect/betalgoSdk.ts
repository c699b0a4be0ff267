import type { CallSite, SourceLanguage } from '../model';
import type { Lexed } from './lexer';
import { baseDestination } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import { lookupSdkMethod } from './sdkMap';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';


/**
 * The community .NET SDK Betalgo.OpenAI: `openAiService.ChatCompletion.CreateCompletion(request)` on an
 * `OpenAIService` built here (`new OpenAIService(new OpenAiOptions { ApiKey = key })`) or handed in
 * (a field or parameter typed `IOpenAIService`/`OpenAIService`). Only in files that use its namespaces.
 */
export function detectBetalgoCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  if (!/\b(?:Betalgo\.(?:Ranul\.)?OpenAI|OpenAI(?:\.GPT3)?\.(?:Managers|Interfaces|ObjectModels))\b/.test(text)) return [];
  const code = lexed.code;
  const services = new Map<string, SdkDestination>();
  // built: `_service = new OpenAI.Managers.OpenAIService(new OpenAiOptions { … })`, `var ai = new OpenAIService(options)`
  for (const m of code.matchAll(/(?<![\w.])((?:this\.)?[A-Za-z_]\w*)\s*=\s*new\s+(?:[\w.]+\.)?OpenAIService\s*\(/g)) {
    const start = m.index ?? 0;
    const end = text.indexOf(';', start);
    services.set((m[1] ?? '').replace(/^this\./, ''), built(text.slice(start, end < 0 ? Math.min(text.length, start + 2000) : end), text));
  }
  // handed in: `private readonly IOpenAIService _openAi;`, `(IOpenAIService openAiService)`
  for (const m of code.matchAll(/(?<![\w.])(?:\w+\.)*I?OpenAIService\s+([A-Za-z_]\w*)\s*[;,)=]/g)) {
    const name = m[1] ?? '';
    if (!services.has(name)) services.set(name, { provider: 'unknown', detail: `${name}: a Betalgo OpenAIService handed in; its OpenAiOptions are set where it is built` });
  }
  const sites: CallSite[] = [];
  for (const m of code.matchAll(/(?<![\w.])((?:this\.)?[A-Za-z_]\w*)\s*\.\s*([A-Z]\w*)\s*\.\s*([A-Z]\w*)\s*(?:<[^<>()\n]{0,80}>\s*)?\(/g)) {
    const receiver = (m[1] ?? '').replace(/^this\./, '');
    const service = services.get(receiver);
    const method = service ? lookupSdkMethod('dotnet_betalgo', [m[2] ?? '', m[3] ?? '']) : undefined;
    if (!service || !method) continue;
    const start = m.index ?? 0;
    const name = m[3] ?? '';
    sites.push(typedSdkSite(src, code, language, 'sdk-dotnet', { start, nameStart: start + m[0].lastIndexOf(name), name, label: `${receiver}.${m[2] ?? ''}.${name}`, open: code.indexOf('(', start + m[0].lastIndexOf(name)) }, method, service));
  }
  return sites;
}

/** Where the options of a service built here send data: `ProviderType = ProviderType.Azure`, `BaseDomain = "…"`, else api.openai.com. */
function built(statement: string, text: string): SdkDestination {
  // (options built in a variable first: `var options = new OpenAiOptions { … }; new OpenAIService(options)`, that variable's)
  const named = /OpenAIService\s*\(\s*([A-Za-z_]\w*)\s*[,)]/.exec(statement)?.[1];
  const declared = named ? new RegExp(`(?<![\\w.])${named}\\s*=\\s*new\\s+(?:[\\w.]+\\.)?OpenAiOptions\\s*(?:\\(\\s*\\))?\\s*\\{[^{}]{0,800}\\}`).exec(text)?.[0] : undefined;
  const options = /new\s+(?:[\w.]+\.)?OpenAiOptions\b/.test(statement) ? statement : declared;
  if (options === undefined) return named ? { provider: 'unknown', detail: `options ${named} built elsewhere; their BaseDomain decides where data goes` } : { provider: 'openai', detail: 'api.openai.com, the default of a Betalgo OpenAIService with no BaseDomain' };
  if (/\bProviderType\s*=\s*(?:[\w.]+\.)?ProviderType\.Azure\b/.test(options)) return { provider: 'azure', detail: 'a Betalgo OpenAIService with ProviderType.Azure' };
  const base = /\bBaseDomain\s*=\s*([^,}\n]+)/.exec(options)?.[1]?.trim();
  return base === undefined ? { provider: 'openai', detail: 'api.openai.com, the default of a Betalgo OpenAIService with no BaseDomain' } : baseDestination(base, 'BaseDomain');
}
