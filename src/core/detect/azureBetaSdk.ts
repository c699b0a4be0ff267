import type { CallSite, SourceLanguage } from '../model';
import { matchingBracket } from './lexer';
import type { Lexed } from './lexer';
import { baseDestination } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import { lookupSdkMethod } from './sdkMap';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

/**
 * Azure.AI.OpenAI's 1.0 betas, in C#: `client.GetChatCompletionsAsync(options)` on an `OpenAIClient` built with
 * an endpoint `Uri` (Azure OpenAI, or the host a literal names) or with a key alone (api.openai.com). A client
 * held in a field or parameter, or built both ways, is decided at run time. Only in files that use the package.
 */
export function detectAzureBetaCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  if (!/\bAzure\.AI\.OpenAI\b/.test(text) || !/\bGet(?:Chat)?Completions|\bGet(?:Embeddings|ImageGenerations|AudioTranscription|AudioTranslation)/.test(text)) return [];
  const code = lexed.code;
  const built = new Map<string, SdkDestination[]>();
  // (the file's `Uri` and credential variables, read once: a file may build many clients)
  let typedNames: { uris: Set<string>; credentials: Set<string> } | undefined;
  const typed = new Set([...code.matchAll(/\bOpenAIClient[ \t]+([A-Za-z_]\w*)[ \t]*[;,)=]/g)].map((m) => m[1] ?? ''));
  // `var client = new OpenAIClient(…)`, `OpenAIClient client = new(…)`, `_client = new OpenAIClient(…)`
  // (and a field declared as one given a target-typed `new(…)` in the constructor: `_client = new(new Uri(…), credential)`)
  for (const m of code.matchAll(/\b([A-Za-z_]\w*)[ \t]*=[ \t]*new[ \t]*(OpenAIClient[ \t]*)?\(/g)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    if (!/OpenAIClient[ \t]*\($|OpenAIClient[ \t]+[A-Za-z_]\w*[ \t]*=[ \t]*new[ \t]*\($/.test(code.slice(Math.max(0, open - 80), open + 1)) && !(m[2] === undefined && typed.has(m[1] ?? ''))) continue;
    const close = matchingBracket(code, open);
    keep(built, m[1] ?? '', constructed(src.noComments.slice(open + 1, close < 0 ? open + 1 : close - 1), (typedNames ??= namesByType(code))));
  }
  // `var client = GetClient();`: a method of the file that returns the client it builds (`private OpenAIClient GetClient() { … return new OpenAIClient(…); }`)
  const factories = clientFactories(code, src.noComments, () => (typedNames ??= namesByType(code)));
  if (factories.size > 0) {
    for (const m of code.matchAll(/\b([A-Za-z_]\w*)[ \t]*=[ \t]*(?:this[ \t]*\.[ \t]*)?([A-Za-z_]\w*)[ \t]*\(/g)) {
      for (const dest of factories.get(m[2] ?? '') ?? []) keep(built, m[1] ?? '', dest);
    }
  }
  const sites: CallSite[] = [];
  for (const m of code.matchAll(/(?<![\w.])(?:this[ \t]*\.[ \t]*)?([A-Za-z_]\w*)[ \t]*\??\.[ \t]*(Get\w+)[ \t]*\(/g)) {
    const receiver = m[1] ?? '';
    const name = m[2] ?? '';
    const method = lookupSdkMethod('dotnet_azure_beta', [name]);
    if (!method) continue;
    const made = built.get(receiver);
    if (!made && !typed.has(receiver)) continue;
    const first = made?.[0];
    const destination: SdkDestination = first && made.every((d) => d.provider === first.provider && d.detail === first.detail) ? first : { provider: 'unknown', detail: made ? `an OpenAIClient built ${made.length} ways, chosen at run time` : 'an OpenAIClient from elsewhere; its endpoint is set where it is built' };
    const start = m.index ?? 0;
    sites.push(typedSdkSite(src, code, language, 'sdk-dotnet', { start, nameStart: start + m[0].lastIndexOf(name), name, label: `${receiver}.${name}`, open: start + m[0].length - 1 }, method, destination));
  }
  return sites;
}

/** Adds a client a name is given to the ways that name is built. */
function keep(built: Map<string, SdkDestination[]>, name: string, dest: SdkDestination): void {
  const list = built.get(name);
  if (list) list.push(dest);
  else built.set(name, [dest]);
}

/**
 * The file's methods declared to return an `OpenAIClient`, each with the destinations of the clients it returns
 * (`return new OpenAIClient(…);` in a block, each branch's, or the expression body itself: `=> new OpenAIClient(…);`).
 */
function clientFactories(code: string, text: string, names: () => { uris: Set<string>; credentials: Set<string> }): Map<string, SdkDestination[]> {
  const factories = new Map<string, SdkDestination[]>();
  for (const m of code.matchAll(/\bOpenAIClient[ \t]+([A-Za-z_]\w*)[ \t]*\([^()]*\)[ \t\n]*(\{|=>)/g)) {
    const from = (m.index ?? 0) + m[0].length;
    const end = m[2] === '{' ? matchingBracket(code, from - 1) : code.indexOf(';', from);
    if (end < 0) continue;
    const made = [...code.slice(from, end).matchAll(/(?:\breturn[ \t\n]+|^[ \t\n]*)new[ \t]+OpenAIClient[ \t]*\(/g)].flatMap((r) => {
      const open = from + (r.index ?? 0) + r[0].length - 1;
      const close = matchingBracket(code, open);
      return close > 0 ? [constructed(text.slice(open + 1, close - 1), names())] : [];
    });
    if (made.length > 0) factories.set(m[1] ?? '', made);
  }
  return factories;
}

/**
 * A constructor's destination: an endpoint `Uri` is Azure OpenAI's (the host a literal names); a key alone is api.openai.com.
 * The endpoint may be a variable the file declares a `Uri` (`Uri endpoint = new(settings.Uri)`), or given beside an Azure
 * credential (`new OpenAIClient(endpoint, credential)`, the credential an `AzureKeyCredential` or a token credential).
 */
function constructed(args: string, names: { uris: Set<string>; credentials: Set<string> }): SdkDestination {
  const uri = /\bnew[ \t]+Uri[ \t]*\(([^()]*(?:\([^()]*\)[^()]*)*)\)/.exec(args)?.[1];
  if (uri === undefined) {
    const [first = '', second = ''] = args.split(',').map((a) => a.trim());
    const credential = /^new[ \t]+\w*Credential\b/.test(second) || names.credentials.has(second);
    if (names.uris.has(first) || (second !== '' && credential)) return { provider: 'azure', detail: `an Azure OpenAI endpoint (${first.slice(0, 60)})` };
    return { provider: 'openai', detail: 'api.openai.com: an OpenAIClient built with an OpenAI key alone' };
  }
  // (a placeholder where the endpoint goes, `new Uri("[Your Azure OAI endpoint]")`, is an Azure resource's yet to be filled in)
  const placeholder = /^\s*@?"(?![a-z][a-z0-9+.-]*:\/\/)[^"]*"\s*$/i.test(uri);
  const literal = placeholder ? undefined : baseDestination(uri, 'endpoint');
  if (literal !== undefined && literal.provider !== 'unknown') return literal;
  return { provider: 'azure', detail: `an Azure OpenAI endpoint (${uri.trim().slice(0, 60)})` };
}

/** The names the file declares or makes a `Uri` (`Uri endpoint = new(…)`, `var endpoint = new Uri(…)`) and a credential (`AzureKeyCredential key = …`). */
function namesByType(code: string): { uris: Set<string>; credentials: Set<string> } {
  const uris = new Set<string>();
  const credentials = new Set<string>();
  for (const m of code.matchAll(/\b(Uri|\w*Credential)[ \t]+([A-Za-z_]\w*)[ \t]*=|\b([A-Za-z_]\w*)[ \t]*=[ \t]*new[ \t]+(Uri|\w*Credential)\b/g)) {
    const type = m[1] ?? m[4] ?? '';
    (type === 'Uri' ? uris : credentials).add(m[2] ?? m[3] ?? '');
  }
  return { uris, credentials };
}
