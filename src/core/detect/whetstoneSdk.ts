import type { CallSite, SourceLanguage } from '../model';
import { escapeRe } from './escapeRe';
import type { Lexed } from './lexer';
import type { SdkDestination } from './sdkBase';
import type { SourceText } from './sourceText';
import { receiverMethodSites } from './typedSdkSite';

/** Whetstone.ChatGPT sets its HttpClient's base to OpenAI's every time, a client handed in too: every call goes there. */
const FIXED_BASE: SdkDestination = { provider: 'openai', detail: 'api.openai.com, the fixed base of Whetstone.ChatGPT' };

/**
 * The C# package Whetstone.ChatGPT (namespace `Whetstone.ChatGPT`, class `ChatGPTClient`, interface `IChatGPTClient`):
 * `_client.CreateChatCompletionAsync(request)` on a name declared or built so (`private ChatGPTClient _client;`,
 * `_client = new ChatGPTClient(key)`, an `IChatGPTClient` handed in). Only in files that use its namespace: other
 * projects have classes of that name.
 */
export function detectWhetstoneCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  // (`global using` too, or the class named in full: `new Whetstone.ChatGPT.ChatGPTClient(key)`)
  if (!/^[ \t]*(?:global[ \t]+)?using[ \t]+Whetstone\.ChatGPT[ \t]*;|\bWhetstone\.ChatGPT\.I?ChatGPTClient\b/m.test(text) || !text.includes('ChatGPTClient')) return [];
  const code = lexed.code;
  const holders = new Set<string>();
  for (const m of code.matchAll(/(?<![\w])(?:Whetstone\.ChatGPT\.)?I?ChatGPTClient\??[ \t]+([A-Za-z_]\w*)\b|(?<![\w.])((?:this\.)?[A-Za-z_]\w*)[ \t]*=[ \t]*new[ \t]+(?:Whetstone\.ChatGPT\.)?ChatGPTClient[ \t]*\(/g)) {
    holders.add((m[1] ?? m[2] ?? '').replace(/^this\./, ''));
  }
  if (holders.size === 0) return [];
  const names = [...holders].map(escapeRe).join('|');
  return receiverMethodSites(src, code, language, 'sdk-dotnet', new RegExp(`(?<![\\w.])(?:this\\.)?(${names})[ \\t]*\\.[ \\t]*([A-Z]\\w*)[ \\t]*\\(`, 'g'), 'dotnet_whetstone', () => FIXED_BASE);
}
