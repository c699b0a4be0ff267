import type { CallKind, CallSite, Provider, SourceLanguage } from '../model';
import { readCallFlags } from './callFlags';
import { endpointTemplate } from './httpCalls';
import { matchingBracket } from './lexer';
import type { SdkMethod } from './sdkMap';
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
  kind: Extract<CallKind, 'sdk-java' | 'sdk-dotnet' | 'sdk-ruby' | 'sdk-php' | 'sdk-rust' | 'sdk-dart' | 'sdk-swift' | 'sdk-kotlin' | 'sdk-elixir' | 'sdk-cpp' | 'http'>,
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
