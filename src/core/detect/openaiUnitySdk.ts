import type { CallSite, SourceLanguage } from '../model';
import type { Lexed } from './lexer';
import type { SdkDestination } from './sdkBase';
import type { SourceText } from './sourceText';
import { csharpHolderCall, csharpHolders, fixedClientSites } from './typedSdkSite';

/** srcnalt/OpenAI-Unity's base is a constant of its class: every client sends there, however it was built or handed in. */
const FIXED_BASE: SdkDestination = { provider: 'openai', detail: 'api.openai.com, the fixed base of the Unity package OpenAI-Unity' };

/**
 * The Unity package srcnalt/OpenAI-Unity (namespace `OpenAI`, class `OpenAIApi`): `openai.CreateChatCompletion(req)` on a
 * name declared or built as an `OpenAIApi` (`private OpenAIApi openai = new OpenAIApi();`, `new()`, `var api = new
 * OpenAIApi(key)`, a parameter). Only in files that use its namespace or are in it (its samples): the name is generic enough for
 * other libraries.
 */
export function detectOpenAIUnityCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  // (or that are in it: the package's own samples, `namespace OpenAI { … new OpenAIApi() … }`)
  if (!/^[ \t]*(?:using[ \t]+OpenAI[ \t]*;|namespace[ \t]+OpenAI\b[ \t]*(?:;|\{|$))/m.test(text) || !text.includes('OpenAIApi')) return [];
  // declared with the type (a field, local or parameter) or built: `OpenAIApi openai`, `openai = new OpenAIApi(`
  return fixedClientSites(src, lexed.code, language, 'sdk-dotnet', UNITY_HOLDERS, csharpHolderCall, 'dotnet_openai_unity', FIXED_BASE);
}

const UNITY_HOLDERS = csharpHolders(String.raw`(?<![\w.])(?:OpenAI\.)?OpenAIApi`, String.raw`(?:OpenAI\.)?OpenAIApi`);
