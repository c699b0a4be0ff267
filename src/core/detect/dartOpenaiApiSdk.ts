import type { CallSite, SourceLanguage } from '../model';
import type { Lexed } from './lexer';
import { matchingBracket } from './lexer';
import { baseDestination } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import { lookupSdkMethod } from './sdkMap';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

const DEFAULT: SdkDestination = { provider: 'openai', detail: 'api.openai.com, the default of the openai_api package (OpenaiConfig without baseUrl)' };

/**
 * The Dart package openai_api (trevorwang/openai_dart): `client.sendChatCompletion(request)`,
 * `client.createTranscription(…)` on an `OpenaiClient` built here (`OpenaiClient(config: OpenaiConfig(apiKey: key))`)
 * or handed in (a field or parameter typed `OpenaiClient`). Only in files that import the package.
 */
export function detectDartOpenaiApiCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  if (!/package:openai_api\//.test(text)) return [];
  const code = lexed.code;
  const clients = new Map<string, SdkDestination>();
  // handed in: `final OpenaiClient client;`, `Service(OpenaiClient client)`, `late OpenaiClient? _client`
  for (const m of code.matchAll(/\bOpenaiClient\??[ \t]+([A-Za-z_]\w*)\b/g)) clients.set(m[1] ?? '', { provider: 'unknown', detail: `${m[1] ?? ''} is an OpenaiClient from elsewhere; its OpenaiConfig's baseUrl decides where data goes` });
  // built: `final client = OpenaiClient(config: OpenaiConfig(apiKey: key, baseUrl: "…"))`
  for (const m of code.matchAll(/(?<![\w.])(?:this\.)?([A-Za-z_]\w*)[ \t]*=[ \t]*OpenaiClient[ \t]*\(/g)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 2000);
    clients.set(m[1] ?? '', close < 0 ? { provider: 'unknown', detail: 'an OpenaiClient whose OpenaiConfig is not read here' } : configured(text.slice(open, close)));
  }
  // set again later: `client.updateConfig(client.config.copyWith(baseUrl: settings.baseUrl))`
  for (const m of code.matchAll(/(?<![\w.])(?:this\.)?([A-Za-z_]\w*)[ \t]*\.[ \t]*updateConfig[ \t]*\(/g)) {
    const before = clients.get(m[1] ?? '');
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 2000);
    const base = close < 0 ? undefined : /\bbaseUrl[ \t]*:[ \t]*([^,)\n]+)/.exec(text.slice(open, close))?.[1];
    if (!before || base === undefined) continue;
    const after = baseDestination(base, 'OpenaiConfig baseUrl, set again by updateConfig');
    clients.set(m[1] ?? '', after.provider === before.provider ? before : { provider: 'unknown', detail: `${before.detail}, then ${after.detail}` });
  }
  const sites: CallSite[] = [];
  if (clients.size === 0) return sites;
  for (const m of code.matchAll(/(?<![\w.])(?:this\.)?([A-Za-z_]\w*)[ \t]*\??[ \t]*\.[ \t]*([a-z]\w*)[ \t]*\(/g)) {
    const client = clients.get(m[1] ?? '');
    const name = m[2] ?? '';
    const method = client ? lookupSdkMethod('dart_openai_api', [name]) : undefined;
    if (!client || !method) continue;
    const start = m.index ?? 0;
    sites.push(typedSdkSite(src, code, language, 'sdk-dart', { start, nameStart: start + m[0].lastIndexOf(name), name, label: `${m[1] ?? ''}.${name}`, open: start + m[0].length - 1 }, method, client));
  }
  return sites;
}

/** Where a client built with these arguments sends data: api.openai.com without a `baseUrl:`, else that base. */
function configured(args: string): SdkDestination {
  const base = /\bbaseUrl[ \t]*:[ \t]*([^,)\n]+)/.exec(args)?.[1];
  if (base === undefined) return /\bOpenaiConfig[ \t]*\(/.test(args) ? DEFAULT : { provider: 'unknown', detail: 'an OpenaiClient whose OpenaiConfig is built elsewhere; its baseUrl decides where data goes' };
  return baseDestination(base, 'OpenaiConfig baseUrl');
}
