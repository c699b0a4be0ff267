import type { CallSite, SourceLanguage } from '../model';
import type { Lexed } from './lexer';
import type { SdkDestination } from './sdkBase';
import type { SourceText } from './sourceText';
import { csharpHolderCall, csharpHolders, fixedClientSites } from './typedSdkSite';

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
  return fixedClientSites(src, lexed.code, language, 'sdk-dotnet', WHETSTONE_HOLDERS, csharpHolderCall, 'dotnet_whetstone', FIXED_BASE);
}

// (the class or its interface declared, `IChatGPTClient? client`; the class built)
const WHETSTONE_HOLDERS = csharpHolders(String.raw`(?<![\w])(?:Whetstone\.ChatGPT\.)?I?ChatGPTClient\??`, String.raw`(?:Whetstone\.ChatGPT\.)?ChatGPTClient`);
