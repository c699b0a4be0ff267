import type { CallSite, SourceLanguage } from '../model';
import type { Lexed } from './lexer';
import { matchingBracket } from './lexer';
import { baseDestination } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import type { SourceText } from './sourceText';
import { receiverMethodSites } from './typedSdkSite';

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
  // what gives each name its client, in the file's order: handed in (`final OpenaiClient client;`, `Repo(OpenaiClient api)`),
  // built (`final client = OpenaiClient(config: OpenaiConfig(apiKey: key, baseUrl: "…"))`), or configured again
  // (`client.updateConfig(client.config.copyWith(baseUrl: settings.baseUrl))`)
  const events = new Map<string, ClientEvent[]>();
  const add = (name: string, event: ClientEvent): void => {
    const list = events.get(name) ?? [];
    list.push(event);
    events.set(name, list);
  };
  for (const m of code.matchAll(/\bOpenaiClient\??[ \t]+([A-Za-z_]\w*)\b(?![ \t]*=)/g)) add(m[1] ?? '', { at: m.index ?? 0, updated: false, destination: { provider: 'unknown', detail: `${m[1] ?? ''} is an OpenaiClient from elsewhere; its OpenaiConfig's baseUrl decides where data goes` } });
  for (const m of code.matchAll(/(?<![\w.])(?:this\.)?([A-Za-z_]\w*)[ \t]*=[ \t]*OpenaiClient[ \t]*\(/g)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 2000);
    add(m[1] ?? '', { at: m.index ?? 0, updated: false, destination: close < 0 ? { provider: 'unknown', detail: 'an OpenaiClient whose OpenaiConfig is not read here' } : configured(text.slice(open, close)) });
  }
  if (events.size === 0) return [];
  for (const m of code.matchAll(/(?<![\w.])(?:this\.)?([A-Za-z_]\w*)[ \t]*\.[ \t]*updateConfig[ \t]*\(/g)) {
    if (!events.has(m[1] ?? '')) continue;
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 2000);
    const base = close < 0 ? undefined : /\bbaseUrl[ \t]*:[ \t]*([^,)\n]+)/.exec(text.slice(open, close))?.[1];
    if (base !== undefined) add(m[1] ?? '', { at: m.index ?? 0, updated: true, destination: baseDestination(base, 'OpenaiConfig baseUrl, set again by updateConfig') });
  }
  for (const list of events.values()) list.sort((a, b) => a.at - b.at);
  return receiverMethodSites(src, code, language, 'sdk-dart', /(?<![\w.])(?:this\.)?([A-Za-z_]\w*)[ \t]*[?!]?[ \t]*\.[ \t]*([a-z]\w*)[ \t]*\(/g, 'dart_openai_api', (receiver, at) => {
    const list = events.get(receiver);
    return list ? destinationAt(list, at) : undefined;
  });
}

interface ClientEvent {
  at: number;
  /** `updateConfig(…)` on a client made before it, rather than one made or handed in. */
  updated: boolean;
  destination: SdkDestination;
}

/**
 * Where a call at `at` goes: the client last made or handed in before it (else the file's first: a field a later method
 * sets), with any `updateConfig` before the next one is made (run whenever that method runs: a different base is a run-time choice).
 */
function destinationAt(events: readonly ClientEvent[], at: number): SdkDestination {
  let made = -1;
  for (let i = 0; i < events.length && (events[i]?.at ?? 0) < at; i++) if (!events[i]?.updated) made = i;
  if (made < 0) made = events.findIndex((e) => !e.updated);
  const first = events[made]?.destination ?? DEFAULT;
  let destination = first;
  for (let i = made + 1; i < events.length && events[i]?.updated; i++) {
    const after = events[i]?.destination ?? first;
    if (after.provider !== destination.provider) destination = { provider: 'unknown', detail: `${first.detail}, then ${after.detail}` };
  }
  return destination;
}

/** Where a client built with these arguments sends data: api.openai.com without a `baseUrl:`, else that base. */
function configured(args: string): SdkDestination {
  const base = /\bbaseUrl[ \t]*:[ \t]*([^,)\n]+)/.exec(args)?.[1];
  if (base === undefined) return /\bOpenaiConfig[ \t]*\(/.test(args) ? DEFAULT : { provider: 'unknown', detail: 'an OpenaiClient whose OpenaiConfig is built elsewhere; its baseUrl decides where data goes' };
  return baseDestination(base, 'OpenaiConfig baseUrl');
}
