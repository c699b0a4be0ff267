import type { CallSite, SourceLanguage } from '../model';
import type { Lexed } from './lexer';
import { apiHostDestination, builderChain } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import type { SourceText } from './sourceText';
import { receiverMethodSites } from './typedSdkSite';

/**
 * The community Java SDK Grt1228/chatgpt-java (`import com.unfbx.chatgpt.OpenAiClient`), in Java and Kotlin: a client's
 * requests (`client.chatCompletion(chatCompletion)`, `client.embeddings(text)`), on a client the file builds with
 * `OpenAiClient.builder()….apiHost(…)….build()` (a blank or missing apiHost is api.openai.com) or one typed so and handed in.
 */
export function detectUnfbxCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  if (!text.includes('com.unfbx.chatgpt')) return [];
  const code = lexed.code;
  const clients = new Map<string, SdkDestination>();
  // built: `OpenAiClient v2 = OpenAiClient.builder().apiKey(keys).apiHost(HOST).build();`, Kotlin's `val client = …`
  for (const m of code.matchAll(/\b([A-Za-z_]\w*)\s*(?::\s*OpenAiClient\s*)?=\s*OpenAiClient\s*\.\s*builder\s*\(\s*\)/g)) {
    const built = apiHostDestination(builderChain(code, text, m.index ?? 0), text, 'chatgpt-java');
    const before = clients.get(m[1] ?? '');
    clients.set(m[1] ?? '', !before || (before.provider === built.provider && before.detail === built.detail) ? built : { provider: 'unknown', detail: `${m[1] ?? ''}: an OpenAiClient built in more than one way here; which one a call uses is decided at run time` });
  }
  // handed in: a field or parameter typed as one (`private OpenAiClient openAiClient;`, `(OpenAiClient client)`, `client: OpenAiClient`)
  for (const m of code.matchAll(/\bOpenAiClient\s+([A-Za-z_]\w*)\s*[;,)=]|\b([A-Za-z_]\w*)\s*:\s*OpenAiClient\b/g)) {
    const name = m[1] ?? m[2] ?? '';
    if (!clients.has(name)) clients.set(name, { provider: 'unknown', detail: `${name}: a chatgpt-java OpenAiClient handed in; its apiHost says where it sends` });
  }
  if (clients.size === 0) return [];
  return receiverMethodSites(src, code, language, 'sdk-java', /(?<![\w.])(?:this\s*\.\s*)?([A-Za-z_]\w*)\s*\.\s*([a-z]\w*)\s*\(/g, 'java_unfbx', (receiver) => clients.get(receiver));
}
