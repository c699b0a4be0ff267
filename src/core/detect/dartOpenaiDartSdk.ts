import type { CallSite, SourceLanguage } from '../model';
import type { Lexed } from './lexer';
import { matchingBracket } from './lexer';
import { baseDestination } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import { lastBefore } from './sorted';
import type { SourceText } from './sourceText';
import { receiverMethodSites } from './typedSdkSite';

const DEFAULT: SdkDestination = { provider: 'openai', detail: 'api.openai.com, the default of the openai_dart package (OpenAIClient without baseUrl)' };

/**
 * The Dart package openai_dart (davidmigloz): `client.createChatCompletion(request: …)`, `client.createEmbedding(…)` on an
 * `OpenAIClient` built here (`OpenAIClient(apiKey: key, baseUrl: …)`) or handed in (a field or parameter typed `OpenAIClient`).
 * Only in files that import the package: dart_openai and others name a class OpenAI too.
 */
export function detectDartOpenaiDartCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  if (!/package:openai_dart\//.test(text)) return [];
  const code = lexed.code;
  // what gives each name its client, in the file's order: handed in (`late final OpenAIClient _client;`), or built
  const clients = new Map<string, Array<{ at: number; destination: SdkDestination }>>();
  const add = (name: string, at: number, destination: SdkDestination): void => {
    const list = clients.get(name) ?? [];
    list.push({ at, destination });
    clients.set(name, list);
  };
  for (const m of code.matchAll(/\bOpenAIClient\??[ \t]+([A-Za-z_]\w*)\b(?![ \t]*=)/g)) add(m[1] ?? '', m.index ?? 0, { provider: 'unknown', detail: `${m[1] ?? ''} is an OpenAIClient from elsewhere; its baseUrl decides where data goes` });
  for (const m of code.matchAll(/(?<![\w.])(?:this\.)?([A-Za-z_]\w*)[ \t]*=[ \t]*(?:new[ \t]+)?OpenAIClient[ \t]*\(/g)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 2000);
    // (the value may follow on the next line, as `dart format` breaks a long one)
    const base = close < 0 ? undefined : /\bbaseUrl\s*:\s*([^,)\n]+)/.exec(text.slice(open, close))?.[1];
    add(m[1] ?? '', m.index ?? 0, close < 0 ? { provider: 'unknown', detail: 'an OpenAIClient whose arguments are not read here' } : base === undefined ? DEFAULT : baseDestination(base, 'OpenAIClient baseUrl'));
  }
  if (clients.size === 0) return [];
  for (const list of clients.values()) list.sort((a, b) => a.at - b.at);
  return receiverMethodSites(src, code, language, 'sdk-dart', /(?<![\w.])(?:this\.)?([A-Za-z_]\w*)[ \t]*[?!]?[ \t]*\.[ \t]*([a-z]\w*)[ \t]*\(/g, 'dart_openai_dart', (receiver, at) => {
    const list = clients.get(receiver);
    // (the client last built or handed in before the call, else the file's first: a field a later method sets)
    return list ? (list[lastBefore(list, at)]?.destination ?? list[0]?.destination ?? DEFAULT) : undefined;
  });
}
