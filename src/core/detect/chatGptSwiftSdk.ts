import type { CallSite, SourceLanguage } from '../model';
import type { Lexed } from './lexer';
import type { SdkDestination } from './sdkBase';
import type { SourceText } from './sourceText';
import { fixedClientSites } from './typedSdkSite';

/** ChatGPTSwift's ChatGPTAPI is made with a key alone and sends to OpenAI's base, written into the class, in every version. */
const FIXED_BASE: SdkDestination = { provider: 'openai', detail: 'api.openai.com, the fixed base of ChatGPTSwift' };

/**
 * The Swift package ChatGPTSwift (module `ChatGPTSwift`, class `ChatGPTAPI`): `api.sendMessageStream(text: …)` on a name
 * declared or made so (`var api: ChatGPTAPI!`, `let api = ChatGPTAPI(apiKey: key)`). Only in files importing the module:
 * other projects have classes of that name.
 */
export function detectChatGptSwiftCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  if (!text.includes('ChatGPTAPI') || !/^[ \t]*(?:@testable[ \t]+)?import[ \t]+ChatGPTSwift\b/m.test(text)) return [];
  // (`var api: ChatGPTAPI!`, `let api = ChatGPTAPI(apiKey: key)`, `self.api = ChatGPTAPI(…)`)
  const holders = /(?<![\w.])(?:self\.)?([A-Za-z_]\w*)[ \t]*(?::[ \t]*ChatGPTAPI\b|(?::[^=\n]{0,60})?=[ \t]*ChatGPTAPI[ \t]*\()/g;
  return fixedClientSites(src, lexed.code, language, 'sdk-swift', holders, (names) => String.raw`(?<![\w.])(?:self\.)?(${names})[ \t]*[?!]?[ \t]*\.[ \t]*([a-z]\w*)[ \t]*\(`, 'swift_chatgptswift', FIXED_BASE);
}
