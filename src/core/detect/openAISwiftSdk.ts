import type { CallSite, SourceLanguage } from '../model';
import type { ClientBuild } from './clientBuilds';
import { soleBuild } from './clientBuilds';
import type { Lexed } from './lexer';
import { baseDestination } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import type { SourceText } from './sourceText';
import { receiverMethodSites } from './typedSdkSite';

/**
 * The community Swift package adamrushy/OpenAISwift: `client.sendCompletion(with: prompt) { … }`,
 * `try await openAI.sendChat(with: messages)` on an `OpenAISwift` built here (`OpenAISwift(authToken: key)` before 1.4,
 * `OpenAISwift(config: .makeDefaultOpenAI(apiKey: key))` since) or handed in (a property typed `OpenAISwift`, or one
 * another type keeps: `private let openAI = OpenAIToken.openAI`). Only in files that import it.
 * `projectBuilds` is how the project's files build one (for a client handed in), when they all agree.
 */
export function detectOpenAISwiftCalls(src: SourceText, lexed: Lexed, language: SourceLanguage, projectBuilds?: ClientBuild): CallSite[] {
  const text = src.noComments;
  if (!/\bimport[ \t]+OpenAISwift\b/.test(text)) return [];
  const code = lexed.code;
  const clients = new Map<string, SdkDestination>();
  const usual = projectBuilds === undefined ? undefined : destinationOf(projectBuilds);
  const handedIn: SdkDestination = usual ? { ...usual, detail: `${usual.detail}; the only way the project's files build an OpenAISwift` } : { provider: 'unknown', detail: 'an OpenAISwift client from elsewhere; its Config decides where data goes' };
  // handed in: `private var client: OpenAISwift?`, `init(client: OpenAISwift)`, `private let openAI = OpenAIToken.openAI`
  for (const m of code.matchAll(/(?<![\w.])([A-Za-z_]\w*)[ \t]*:[ \t]*OpenAISwift\b/g)) clients.set(m[1] ?? '', handedIn);
  for (const m of code.matchAll(/\b(?:let|var)[ \t]+([A-Za-z_]\w*)[ \t]*=[ \t]*[A-Z]\w*\.[A-Za-z_]\w*[ \t]*$/gm)) if (!clients.has(m[1] ?? '')) clients.set(m[1] ?? '', handedIn);
  // built: `client = OpenAISwift(authToken: "…")`, `let openAI = OpenAISwift(config: .makeDefaultOpenAI(apiKey: key))`
  for (const m of code.matchAll(/(?<![\w.])(?:self\.)?([A-Za-z_]\w*)[ \t]*(?::[ \t]*OpenAISwift\??[ \t]*)?=[ \t]*OpenAISwift[ \t]*\(/g)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    clients.set(m[1] ?? '', built(text.slice(open, open + 600)));
  }
  return receiverMethodSites(src, code, language, 'sdk-swift', /(?<![\w.])(?:self\.)?([A-Za-z_]\w*)[ \t]*\??[ \t]*\.[ \t]*(send[A-Z]\w*)[ \t]*\(/g, 'swift_openaiswift', (receiver) => clients.get(receiver));
}

/** How a file builds an OpenAISwift, for the project index: undefined when it builds none; '' for two ways. */
export function openAISwiftBuild(text: string): ClientBuild | '' | undefined {
  if (!/\bimport[ \t]+OpenAISwift\b/.test(text)) return undefined;
  const ways = new Set<ClientBuild>();
  for (const m of text.matchAll(/(?<![\w.])OpenAISwift[ \t]*\(/g)) {
    const made = built(text.slice((m.index ?? 0) + m[0].length - 1, (m.index ?? 0) + 600));
    ways.add(made.provider === 'openai' ? 'default' : 'other');
  }
  return soleBuild(ways);
}

/** Where a client built with these arguments sends data: api.openai.com by default, a Config's literal `baseURL`, else open. */
function built(args: string): SdkDestination {
  if (/^\([ \t]*authToken[ \t]*:/.test(args) || /^\([ \t]*config[ \t]*:[ \t]*(?:OpenAISwift\.Config)?\.makeDefaultOpenAI[ \t]*\(/.test(args)) return destinationOf('default');
  const base = /^\([ \t]*config[ \t]*:[ \t]*(?:OpenAISwift\.)?(?:Config)?(?:\.init)?[ \t]*\([ \t]*baseURL[ \t]*:[ \t]*("[^"\n]*"|[A-Za-z_][\w.]*)/.exec(args)?.[1];
  return base ? baseDestination(base, 'Config baseURL') : { provider: 'unknown', detail: 'an OpenAISwift with a Config built elsewhere; its baseURL decides where data goes' };
}

function destinationOf(build: ClientBuild): SdkDestination {
  if (build === 'default') return { provider: 'openai', detail: 'api.openai.com, the default of OpenAISwift (authToken, or Config.makeDefaultOpenAI)' };
  return { provider: 'unknown', detail: "an OpenAISwift whose Config sets another base URL; where it sends data is decided there" };
}
