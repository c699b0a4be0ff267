import type { CallSite, SourceLanguage } from '../model';
import type { Lexed } from './lexer';
import { apiHostDestination, builderChain } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import type { SourceText } from './sourceText';
import { receiverMethodSites } from './typedSdkSite';

/** `ChatGPT.builder()` or `ChatGPTStream.builder()` given a name: `ChatGPT chatGPT = ChatGPT.builder()`, `chatGPT = …`, Kotlin's `val c = …` ([1] the name). */
const BUILT = /\b([A-Za-z_]\w*)\s*(?::\s*ChatGPT(?:Stream)?\s*)?=\s*ChatGPT(?:Stream)?\s*\.\s*builder\s*\(\s*\)/g;
/** A field or parameter typed as one: `private ChatGPT chatGPT;`, `(ChatGPTStream stream)`, `client: ChatGPT` ([1] or [2] the name). */
const TYPED = /\bChatGPT(?:Stream)?\s+([A-Za-z_]\w*)\s*[;,)=]|\b([A-Za-z_]\w*)\s*:\s*ChatGPT(?:Stream)?\b/g;

/**
 * The community Java SDK PlexPt/chatgpt-java (`import com.plexpt.chatgpt.ChatGPT`), in Java and Kotlin: a client's requests
 * (`chatGPT.chatCompletion(chatCompletion)`, `chatGPT.chat(text)`, `chatGPTStream.streamChatCompletion(messages, listener)`) on a
 * client the file builds with `ChatGPT.builder()….apiHost(…)….build()` (no apiHost is api.openai.com) or, where the file imports
 * the library, one typed so and handed in. A project's own copy of the library (its classes in the project's package, no
 * import) is read where the file builds the client: `ChatGPT` is a common name for an application's own class.
 */
export function detectPlexptCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  const imported = text.includes('com.plexpt.chatgpt');
  if (!imported && !/\bChatGPT(?:Stream)?\s*\.\s*builder\s*\(/.test(text)) return [];
  const code = lexed.code;
  const clients = new Map<string, SdkDestination>();
  for (const m of code.matchAll(BUILT)) {
    const chain = builderChain(code, text, m.index ?? 0);
    // (a copy of the library is known by its builder's settings: an application's own `ChatGPT.builder().name(…)` is not it)
    if (!imported && !/\.\s*api(?:Key|Host)\s*\(/.test(chain)) continue;
    const built = apiHostDestination(chain, text, 'PlexPt chatgpt-java');
    const name = m[1] ?? '';
    const before = clients.get(name);
    clients.set(name, !before || (before.provider === built.provider && before.detail === built.detail) ? built : { provider: 'unknown', detail: `${name}: a ChatGPT client built in more than one way here; which one a call uses is decided at run time` });
  }
  if (imported) {
    for (const m of code.matchAll(TYPED)) {
      const name = m[1] ?? m[2] ?? '';
      if (!clients.has(name)) clients.set(name, { provider: 'unknown', detail: `${name}: a PlexPt chatgpt-java client handed in; its apiHost says where it sends` });
    }
  }
  if (clients.size === 0) return [];
  return receiverMethodSites(src, code, language, 'sdk-java', /(?<![\w.])(?:this\s*\.\s*)?([A-Za-z_]\w*)\s*\.\s*([a-z]\w*)\s*\(/g, 'java_plexpt', (receiver) => clients.get(receiver));
}
