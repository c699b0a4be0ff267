import type { CallSite, SourceLanguage } from '../model';
import type { ClientBuild } from './clientBuilds';
import { matchingBracket } from './lexer';
import type { Lexed } from './lexer';
import { baseDestination } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import type { SourceText } from './sourceText';
import { jvmHolderCalls, jvmHolders } from './jvmHolders';

/**
 * Azure's Java client azure-ai-openai 1.0 beta, in Java and Kotlin: `client.getChatCompletions(deployment, options)` on
 * an `OpenAIClient` (or `OpenAIAsyncClient`) the file builds with `OpenAIClientBuilder`, or one held in a field or
 * parameter typed so. Only in files that import the package: other clients have methods named `getEmbeddings`.
 * `projectBuild` is how the project's files build one (for a client another class hands over), when they all agree.
 */
export function detectAzureJavaCalls(src: SourceText, lexed: Lexed, language: SourceLanguage, projectBuild?: ClientBuild): CallSite[] {
  const text = src.noComments;
  if (!text.includes('com.azure.ai.openai') || !METHOD_NAMES.test(text)) return [];
  const code = lexed.code;
  const holders = jvmHolders(code, 'OpenAIClientBuilder', 'OpenAI(?:Async)?Client');
  if (holders.size === 0) return [];
  return jvmHolderCalls(src, code, language, holders, 'java_azure_beta', 'get\\w+', builtDestination(text, code, projectBuild));
}

const METHOD_NAMES = /\bget(?:Chat)?Completions|\bget(?:Embeddings|ImageGenerations|Images|AudioTranscription|AudioTranslation)\b/;

/**
 * Where the file's builders send data (else, for a client built elsewhere, the project's builders when they agree): a `KeyCredential` (Java's `new` or Kotlin's bare call) is the non-Azure OpenAI service; an endpoint with an Azure
 * credential is that Azure OpenAI resource (the host a literal names). Builders that differ are a run-time choice;
 * none leave it to where the client was built.
 */
function builtDestination(text: string, code: string, projectBuild?: ClientBuild): SdkDestination {
  const built = builds(text, code);
  const first = built[0];
  if (!first) return projectBuild === 'azure' ? { provider: 'azure', detail: "an OpenAIClient from elsewhere; the project's builders all give it an Azure OpenAI endpoint" } : projectBuild === 'default' ? { provider: 'openai', detail: "an OpenAIClient from elsewhere; the project's builders all give it an OpenAI KeyCredential" } : { provider: 'unknown', detail: 'an OpenAIClient from elsewhere; its builder decides where data goes' };
  if (built.every((d) => d.provider === first.provider && d.detail === first.detail)) return first;
  return { provider: 'unknown', detail: `an OpenAIClient built ${built.length} ways, chosen at run time` };
}

/**
 * How a file builds Azure's Java client, for the project index, from its text without comments and its lexed code: undefined when it builds
 * none; builders that differ, or one whose destination is decided at run time, leave it open ('').
 */
export function azureJavaBuild(text: string, code: string): ClientBuild | '' | undefined {
  if (!text.includes('OpenAIClientBuilder')) return undefined;
  const providers = new Set(builds(text, code).map((d) => d.provider));
  if (providers.size === 0) return undefined;
  const only = providers.size === 1 ? [...providers][0] : undefined;
  return only === 'azure' ? 'azure' : only === 'openai' ? 'default' : only === 'other' ? 'other' : '';
}

/** The destination of each `OpenAIClientBuilder()` chain of the file. */
function builds(text: string, code: string): SdkDestination[] {
  const built: SdkDestination[] = [];
  for (const m of code.matchAll(/(?<![\w.])(?:new[ \t]+)?OpenAIClientBuilder[ \t]*\([ \t]*\)/g)) {
    const from = (m.index ?? 0) + m[0].length;
    const chain = chainAfter(text, code, from);
    const endpoint = /\.[ \t\r\n]*endpoint[ \t]*\(([^()]*(?:\([^()]*\)[^()]*)*)\)/.exec(chain)?.[1];
    if (/(?<![\w.])KeyCredential[ \t]*\(/.test(chain)) built.push({ provider: 'openai', detail: 'api.openai.com: an OpenAIClientBuilder with an OpenAI KeyCredential' });
    else if (endpoint !== undefined) {
      const literal = baseDestination(endpoint, 'endpoint');
      built.push(literal.provider === 'unknown' ? { provider: 'azure', detail: `an Azure OpenAI endpoint (${endpoint.trim().slice(0, 60)})` } : literal);
    } else built.push({ provider: 'unknown', detail: 'an OpenAIClientBuilder whose endpoint and credential are set elsewhere' });
  }
  return built;
}

/** The builder's chained calls after `OpenAIClientBuilder()`: `.credential(…)`, `.endpoint(…)`, up to the statement's end. */
function chainAfter(text: string, code: string, from: number): string {
  let at = from;
  for (;;) {
    const next = /^[ \t\r\n]*\.[ \t\r\n]*\w+[ \t]*\(/.exec(code.slice(at, at + 400));
    if (!next) break;
    const close = matchingBracket(code, at + next[0].length - 1);
    if (close < 0) break;
    at = close;
  }
  return text.slice(from, at);
}
