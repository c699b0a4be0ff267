import type { CallKind, CallSite, Provider, SourceLanguage } from '../model';
import { readCallFlags } from './callFlags';
import { escapeRe } from './escapeRe';
import { endpointTemplate } from './httpCalls';
import { matchingBracket } from './lexer';
import type { SdkFamily, SdkMethod } from './sdkMap';
import { lookupSdkMethod } from './sdkMap';
import type { SourceText } from './sourceText';

/**
 * The site of a typed SDK's method call (Java's `client.chat().completions().create(…)`, .NET's
 * `chat.CompleteChatAsync(…)`): the method's name is what a hover attaches to, the call runs from the
 * receiver to the bracket closing the arguments at `open`, and the SDK map says what it sends.
 */
export function typedSdkSite(
  src: SourceText,
  code: string,
  language: SourceLanguage,
  kind: Extract<CallKind, 'sdk-node' | 'sdk-java' | 'sdk-dotnet' | 'sdk-ruby' | 'sdk-php' | 'sdk-rust' | 'sdk-dart' | 'sdk-swift' | 'sdk-kotlin' | 'sdk-elixir' | 'sdk-cpp' | 'sdk-r' | 'sdk-julia' | 'http'>,
  // (`open` is the arguments' bracket; a call written without one, Ruby's `client.chat parameters: {…}`, gives where its arguments end as `close`)
  call: { start: number; nameStart: number; name: string; label: string; open: number; close?: number },
  method: SdkMethod,
  client: { provider: Provider; detail: string },
): CallSite {
  const close = call.close ?? (call.open < 0 ? -1 : matchingBracket(code, call.open));
  const argsFrom = call.open < 0 ? call.nameStart + call.name.length : call.open;
  return {
    kind,
    language,
    method: call.label,
    httpMethod: method.http,
    endpoint: endpointTemplate(`https://x${method.path}`),
    provider: client.provider,
    providerDetail: client.detail,
    range: src.range(call.nameStart, call.nameStart + call.name.length),
    callRange: src.range(call.start, close < 0 ? argsFrom + 1 : close),
    flags: readCallFlags(close < 0 ? '' : src.noComments.slice(argsFrom, close)),
  };
}

/**
 * The calls `pattern` finds of a method ([2]) on a receiver ([1]) that `clientAt` knows as a client where the call is, and that
 * `family`'s map lists (`client.chatCompletion(…)`, `openAI.sendChat(…)`): a typed site each. The small SDKs' modules differ only
 * in the pattern, the map and how they find a receiver's client.
 */
export function receiverMethodSites(
  src: SourceText,
  code: string,
  language: SourceLanguage,
  kind: Parameters<typeof typedSdkSite>[3],
  pattern: RegExp,
  family: SdkFamily,
  clientAt: (receiver: string, at: number) => { provider: Provider; detail: string } | undefined,
): CallSite[] {
  const sites: CallSite[] = [];
  for (const m of code.matchAll(pattern)) {
    const start = m.index ?? 0;
    const client = clientAt(m[1] ?? '', start);
    const name = m[2] ?? '';
    const method = client ? lookupSdkMethod(family, [name]) : undefined;
    if (!client || !method) continue;
    sites.push(typedSdkSite(src, code, language, kind, { start, nameStart: start + m[0].lastIndexOf(name), name, label: `${m[1] ?? ''}.${name}`, open: start + m[0].length - 1 }, method, client));
  }
  return sites;
}

/**
 * The calls of a client class whose destination is fixed, on the names the file keeps one in: `holders` finds them ([1] or [2],
 * a leading `this.` dropped), `call` makes the calls' pattern of their alternation ([1] the holder, [2] the method).
 */
export function fixedClientSites(
  src: SourceText,
  code: string,
  language: SourceLanguage,
  kind: Parameters<typeof typedSdkSite>[3],
  holders: RegExp,
  call: (names: string) => string,
  family: SdkFamily,
  destination: { provider: Provider; detail: string },
): CallSite[] {
  const names = new Set([...code.matchAll(holders)].map((m) => (m[1] ?? m[2] ?? '').replace(/^this\./, '')));
  if (names.size === 0) return [];
  return receiverMethodSites(src, code, language, kind, new RegExp(call([...names].map(escapeRe).join('|')), 'g'), family, () => destination);
}

/** C#: the names of a class's clients, declared with the type `declared` (a field, local or parameter) or built, `x = new built(…)`. */
export function csharpHolders(declared: string, built: string): RegExp {
  return new RegExp(String.raw`${declared}[ \t]+([A-Za-z_]\w*)\b|(?<![\w.])((?:this\.)?[A-Za-z_]\w*)[ \t]*=[ \t]*new[ \t]+${built}[ \t]*\(`, 'g');
}

/** C#: a method called on one of those names (`openai.CreateChatCompletion(`, `this._client.ListModelsAsync(`). */
export const csharpHolderCall = (names: string): string => String.raw`(?<![\w.])(?:this\.)?(${names})[ \t]*\.[ \t]*([A-Z]\w*)[ \t]*\(`;
