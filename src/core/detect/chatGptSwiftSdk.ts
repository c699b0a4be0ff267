import type { CallSite, SourceLanguage } from '../model';
import { escapeRe } from './escapeRe';
import type { Lexed } from './lexer';
import type { SdkDestination } from './sdkBase';
import type { SourceText } from './sourceText';
import { receiverMethodSites } from './typedSdkSite';

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
  const code = lexed.code;
  const holders = new Set<string>();
  // (`var api: ChatGPTAPI!`, `let api = ChatGPTAPI(apiKey: key)`, `self.api = ChatGPTAPI(…)`)
  for (const m of code.matchAll(/(?<![\w.])(?:self\.)?([A-Za-z_]\w*)[ \t]*(?::[ \t]*ChatGPTAPI\b|(?::[^=\n]{0,60})?=[ \t]*ChatGPTAPI[ \t]*\()/g)) holders.add(m[1] ?? '');
  if (holders.size === 0) return [];
  const names = [...holders].map(escapeRe).join('|');
  return receiverMethodSites(src, code, language, 'sdk-swift', new RegExp(`(?<![\\w.])(?:self\\.)?(${names})[ \\t]*[?!]?[ \\t]*\\.[ \\t]*([a-z]\\w*)[ \\t]*\\(`, 'g'), 'swift_chatgptswift', () => FIXED_BASE);
}
