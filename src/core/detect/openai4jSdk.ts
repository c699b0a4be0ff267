import type { CallSite, SourceLanguage } from '../model';
import type { Lexed } from './lexer';
import { matchingBracket } from './lexer';
import { baseDestination, builderChain } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import { lookupSdkMethod } from './sdkMap';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

/** The fields of openai4j's `OpenAIClient` that hold its request interfaces. */
const FIELDS = 'audio|chatCompletions|embeddings|files|fineTuningJobs|images|models|moderations|threads|threadsRuns|threadsRunsSteps|threadsMessages|assistants|batches|vectorStores|vectorStoresFiles|vectorStoresFileBatches|uploads';
/** `client.chatCompletions.create(…)`, `this.client.audio\n    .transcriptionsCreate(…)`: a name, a field, a method. */
// (Kotlin's trailing lambda opens with a brace: `client.chatCompletions.create { it.model("gpt-4o") }`)
const CALL = new RegExp(String.raw`(?<![\w.])(?:this\s*\.\s*)?([A-Za-z_]\w*)\s*\.\s*(${FIELDS})\s*\.\s*([a-z]\w*)\s*[({]`, 'g');

/**
 * The community Java SDK ralscha/openai4j (`import ch.rasc.openai4j.OpenAIClient`), in Java and Kotlin: a client's fields'
 * requests (`client.chatCompletions.create(r -> …)`, `client.audio.transcriptionsCreate(…)`), on a client the file builds
 * with `OpenAIClient.create(c -> c.apiKey(…)…)` (its `baseUrl(…)` or `azureEndpoint(…)` there says where data goes; none,
 * api.openai.com) or one typed so and handed in.
 */
export function detectOpenai4jCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  if (!text.includes('ch.rasc.openai4j')) return [];
  const code = lexed.code;
  const clients = new Map<string, SdkDestination>();
  // built: `var client = OpenAIClient.create(c -> c.apiKey(key))`, `OpenAIClient client = …`, Kotlin's `val client = …`
  for (const m of code.matchAll(/\b([A-Za-z_]\w*)\s*(?::\s*OpenAIClient\s*)?=\s*OpenAIClient\s*\.\s*create\s*[({]/g)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 4000);
    const args = text.slice(open, close < 0 ? open + 1 : close);
    // (a Configuration built beforehand and handed over, `OpenAIClient.create(config)`: its builder's chain)
    const handed = /^\(\s*([A-Za-z_]\w*)\s*\)$/.exec(args)?.[1];
    const chain = handed === undefined ? args : configurationOf(code, text, handed);
    clients.set(m[1] ?? '', chain === undefined ? { provider: 'unknown', detail: `Configuration ${handed ?? ''} built elsewhere; its baseUrl says where data goes` } : configured(chain, clients.get(m[1] ?? '')));
  }
  // handed in: a field or parameter typed as one (`private final OpenAIClient client;`, `(OpenAIClient client)`, `client: OpenAIClient`)
  for (const m of code.matchAll(/\bOpenAIClient\s+([A-Za-z_]\w*)\s*[;,)=]|\b([A-Za-z_]\w*)\s*:\s*OpenAIClient\b/g)) {
    const name = m[1] ?? m[2] ?? '';
    if (!clients.has(name)) clients.set(name, { provider: 'unknown', detail: `${name}: an openai4j OpenAIClient handed in; its Configuration says where it sends` });
  }
  const sites: CallSite[] = [];
  for (const m of clients.size === 0 ? [] : code.matchAll(CALL)) {
    const client = clients.get(m[1] ?? '');
    const field = m[2] ?? '';
    const name = m[3] ?? '';
    const method = client ? lookupSdkMethod('java_openai4j', [field, name]) : undefined;
    if (!client || !method) continue;
    const start = m.index ?? 0;
    sites.push(typedSdkSite(src, code, language, 'sdk-java', { start, nameStart: start + m[0].lastIndexOf(name), name, label: `${m[1] ?? ''}.${field}.${name}`, open: start + m[0].length - 1 }, method, client));
  }
  return sites;
}

/** The builder chain the file gives a Configuration held in `name` (`Configuration.builder()….build()`), or undefined. */
function configurationOf(code: string, text: string, name: string): string | undefined {
  const built = new RegExp(`\\b${name}\\s*=\\s*Configuration\\s*\\.\\s*builder\\s*\\(`).exec(code);
  return built ? builderChain(code, text, built.index) : undefined;
}

/** Where a client `OpenAIClient.create(…)` builds sends: its configuration's `azureEndpoint(…)` or `baseUrl(…)`, else api.openai.com; built twice differently, a run-time choice. */
function configured(args: string, before: SdkDestination | undefined): SdkDestination {
  const azure = /\.\s*azureEndpoint\s*\(\s*([^()]*(?:\([^()]*\)[^()]*)*)\)/.exec(args)?.[1];
  const base = /\.\s*baseUrl\s*\(\s*([^()]*(?:\([^()]*\)[^()]*)*)\)/.exec(args)?.[1];
  const found: SdkDestination =
    azure !== undefined
      ? { provider: 'azure', detail: `azureEndpoint ${azure.trim().slice(0, 80)} (Azure OpenAI)` }
      : base !== undefined
        ? baseDestination(base, 'baseUrl')
        : { provider: 'openai', detail: 'api.openai.com, the default baseUrl of openai4j' };
  if (!before || (before.provider === found.provider && before.detail === found.detail)) return found;
  return { provider: 'unknown', detail: 'an openai4j OpenAIClient built in more than one way here; which one a call uses is decided at run time' };
}
