import type { CallSite, SourceLanguage } from '../model';
import type { Lexed } from './lexer';
import { settingsDestination } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import { lookupSdkMethod } from './sdkMap';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

/**
 * The community .NET SDK RageAgainstThePixel/OpenAI-DotNet: `api.ChatEndpoint.GetCompletionAsync(request)`,
 * `api.ImagesEndPoint.GenerateImageAsync(…)`, `_factory.Client.ModelsEndpoint.GetModelsAsync()`, on any receiver: the endpoint properties are the library's own
 * names. Only in files that use its namespace (`using OpenAI;`, shared with the official SDK, whose clients
 * have no such properties).
 */
export function detectOpenAIDotnetCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  if (!/\busing[ \t]+(?:global[ \t]+)?OpenAI\b/.test(text) || !/\b[A-Z]\w*End[Pp]oint\b/.test(text)) return [];
  const code = lexed.code;
  const destination = clientDestination(text, code);
  const sites: CallSite[] = [];
  for (const m of code.matchAll(/(?<![\w.])((?:this[ \t]*\.[ \t]*)?[A-Za-z_]\w*(?:[ \t]*\??\.[ \t]*[A-Za-z_]\w*){0,3}?)[ \t]*\??\.[ \t]*([A-Z]\w*End[Pp]oint)[ \t]*\??\.[ \t]*([A-Z]\w*)[ \t]*(?:<[^<>()\n]{0,80}>)?[ \t]*\(/g)) {
    const name = m[3] ?? '';
    const method = lookupSdkMethod('dotnet_openai_dotnet', [m[2] ?? '', name]);
    if (!method) continue;
    const start = m.index ?? 0;
    const receiver = (m[1] ?? '').replace(/^this[ \t]*\.[ \t]*/, '');
    sites.push(typedSdkSite(src, code, language, 'sdk-dotnet', { start, nameStart: start + m[0].lastIndexOf(name), name, label: `${receiver}.${m[2] ?? ''}.${name}`, open: start + m[0].length - 1 }, method, destination));
  }
  return sites;
}

/**
 * Where the file's clients send data: settings with `resourceName:` are Azure OpenAI's; with `domain:` that host
 * (two different ones leave it open); else api.openai.com when the file builds the client, else it was handed in.
 */
function clientDestination(text: string, code: string): SdkDestination {
  const settings = [...text.matchAll(/\bnew[ \t]+OpenAI(?:Client)?Settings[ \t]*\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g)].map((m) => m[1] ?? '');
  if (settings.some((s) => /\bresourceName[ \t]*:/.test(s))) return { provider: 'azure', detail: 'OpenAISettings(resourceName: …): an Azure OpenAI resource' };
  const configured = settingsDestination(settings.flatMap((s) => /\bdomain[ \t]*:[ \t]*([^,)\n]+)/.exec(s)?.[1] ?? []), 'OpenAISettings domain');
  if (configured) return configured;
  if (/\bnew[ \t]+OpenAIClient[ \t]*\(/.test(code) || buildsTargetTyped(code)) return { provider: 'openai', detail: 'api.openai.com, the default of OpenAI-DotNet with no OpenAISettings domain' };
  return { provider: 'unknown', detail: 'an OpenAI-DotNet client from elsewhere; its OpenAISettings decide where data goes' };
}

/** C#'s target-typed `new(…)` of a member or local declared as an OpenAIClient: `OpenAIClient OpenAI { get; set; }` then `OpenAI = new(auth)`. */
function buildsTargetTyped(code: string): boolean {
  if (!/\bnew[ \t]*\(/.test(code)) return false;
  // (one pass each way: a file declaring many clients asked no pattern per name)
  const declared = new Set([...code.matchAll(/\bOpenAIClient[ \t]+([A-Za-z_]\w*)\b/g)].map((m) => m[1] ?? ''));
  return declared.size > 0 && [...code.matchAll(/(?<![\w.])([A-Za-z_]\w*)[ \t]*=[ \t]*new[ \t]*\(/g)].some((m) => declared.has(m[1] ?? ''));
}
