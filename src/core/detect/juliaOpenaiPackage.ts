import type { CallSite, SourceLanguage } from '../model';
import { providerFromUrlExpression } from './clients';
import { escapeRe } from './escapeRe';
import type { Lexed } from './lexer';
import { matchingBracket, splitTopLevel } from './lexer';
import type { SdkDestination } from './sdkBase';
import { lookupSdkMethod } from './sdkMap';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

/** A function of the package called, bare or as `OpenAI.name(` ([1] the `OpenAI.` prefix, [2] the name). */
const CALL = /(?<![\w.!])(OpenAI[ \t]*\.[ \t]*)?([a-z][a-z_]+)[ \t]*\(/g;

/** Bringing the package's exported names in: `using OpenAI`, `using OpenAI: create_chat`, `using JSON3, OpenAI`. */
const USING = /^[ \t]*using[ \t]+(?:[\w.]+[ \t]*,[ \t]*)*OpenAI\b/m;

/** The functions that take a provider as well as a key (see sdk-methods.yaml's julia_openai): the others send to the default. */
const TAKE_A_PROVIDER = new Set(['create_chat', 'create_embeddings']);

const DEFAULT: SdkDestination = { provider: 'openai', detail: "api.openai.com: OpenAI.jl's DEFAULT_PROVIDER, used when a function is handed an API key" };

/**
 * The Julia package OpenAI.jl: `OpenAI.create_chat(ENV["OPENAI_API_KEY"], model, messages)`, or `create_images(key, prompt)` in a
 * file that brings the package's names in (`using OpenAI`) or calls one of them through the module. A bare name the file defines
 * itself (`function create_chat(…)`, `create_chat(x) = …`) is its own.
 */
export function detectJuliaOpenaiCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const code = lexed.code;
  if (!code.includes('OpenAI')) return [];
  const text = src.noComments;
  const qualified = [...code.matchAll(CALL)].some((m) => m[1] !== undefined && lookupSdkMethod('julia_openai', [m[2] ?? '']) !== undefined);
  const bareAllowed = qualified || USING.test(code);
  if (!bareAllowed) return [];
  let own: Set<string> | undefined;
  const ownFunction = (name: string): boolean => (own ??= new Set([...code.matchAll(/\bfunction[ \t]+([a-z][a-z_]+)[ \t]*\(|^[ \t]*([a-z][a-z_]+)[ \t]*\([^()\n]*\)[ \t]*=(?!=)/gm)].map((m) => m[1] ?? m[2] ?? ''))).has(name);
  const sites: CallSite[] = [];
  for (const m of code.matchAll(CALL)) {
    const name = m[2] ?? '';
    const method = lookupSdkMethod('julia_openai', [name]);
    if (!method || (m[1] === undefined && ownFunction(name))) continue;
    const start = m.index ?? 0;
    const open = start + m[0].length - 1;
    const close = matchingBracket(code, open);
    const first = close < 0 ? '' : (splitTopLevel(text.slice(open + 1, close - 1))[0] ?? '').trim();
    const destination = TAKE_A_PROVIDER.has(name) ? firstArgumentDestination(first, text) : DEFAULT;
    sites.push(typedSdkSite(src, code, language, 'sdk-julia', { start, nameStart: start + m[0].lastIndexOf(name), name, label: m[1] !== undefined ? `OpenAI.${name}` : name, open }, method, destination));
  }
  return sites;
}

/** Where a call taking a key or a provider first sends: a key goes to the default, a provider where it says. */
function firstArgumentDestination(first: string, text: string): SdkDestination {
  // (a provider kept in a name the file builds it in once: `provider = OpenAI.OpenAIProvider(base_url = "http://localhost:11434/v1")`)
  const built = /^[A-Za-z_]\w*$/.test(first) ? new RegExp(`(?<![\\w.])${escapeRe(first)}[ \\t]*=(?!=)[ \\t]*((?:OpenAI[ \\t]*\\.[ \\t]*)?(?:OpenAI|Azure)Provider[ \\t]*\\([^\\n]*)`).exec(text)?.[1] : undefined;
  const provider = /^(?:OpenAI[ \t]*\.[ \t]*)?(OpenAI|Azure)Provider[ \t]*\(/.exec(built ?? first);
  if (provider?.[1] === 'Azure') return { provider: 'azure', detail: 'an OpenAI.jl AzureProvider: an Azure OpenAI deployment' };
  if (provider) {
    const base = /\bbase_url[ \t]*=[ \t]*("[^"\n]*"|[^,)\n]+)/.exec(built ?? first)?.[1];
    if (!base) return { provider: 'openai', detail: 'api.openai.com: an OpenAI.jl OpenAIProvider with its default base_url' };
    const { provider: where, providerDetail } = providerFromUrlExpression(base);
    return { provider: where, detail: providerDetail ?? base };
  }
  // (an API key: the environment's, a string, or a name saying so)
  if (/^ENV[ \t]*\[|^"|key|token|secret/i.test(first)) return DEFAULT;
  return { provider: 'unknown', detail: `${first.slice(0, 60) || 'the first argument'}: an OpenAI.jl provider or key handed in; a provider's base_url decides where data goes` };
}
