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

/** Bringing the package's exported names in: `using OpenAI`, `using JSON3, OpenAI`; or some of them, `using OpenAI: create_chat` ([1] those). */
const USING = /^[ \t]*using[ \t]+(?:[\w.]+[ \t]*,[ \t]*)*OpenAI\b(?:[ \t]*:[ \t]*([\w, \t]+))?/m;

/** Bringing in the module alone, `import OpenAI`: its names are then read only as `OpenAI.name`. */
const IMPORT = /^[ \t]*import[ \t]+(?:[\w.]+[ \t]*,[ \t]*)*OpenAI\b/m;

/**
 * The names read bare in a file that calls the package through its module and neither brings its names in nor only imports the
 * module (`import OpenAI` brings none): an included file of a package whose module file says `using OpenAI`. Only the names no
 * other code would have (`create_message`, `list_models` may be anyone's).
 */
const DISTINCT_NAMES = new Set(['create_chat', 'create_completion', 'create_embeddings', 'create_images', 'create_responses']);

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
  // the package's functions called, bare or through the module, found in one pass
  const calls = [...code.matchAll(CALL)].flatMap((m) => {
    const method = lookupSdkMethod('julia_openai', [m[2] ?? '']);
    return method ? [{ m, method }] : [];
  });
  const using = USING.exec(code);
  const listed = using?.[1] !== undefined ? new Set(using[1].split(',').map((n) => n.trim())) : undefined;
  // (a file calling one of them through its module)
  const included = !using && !IMPORT.test(code) && calls.some(({ m }) => m[1] !== undefined);
  const bareAllowed = (name: string): boolean => (using ? (listed?.has(name) ?? true) : included && DISTINCT_NAMES.has(name));
  let own: Set<string> | undefined;
  const ownFunction = (name: string): boolean => (own ??= functionsDefined(code)).has(name);
  // (each first argument read once: a name's provider is looked for over the whole file, and a file may call with it many times)
  const destinations = new Map<string, SdkDestination>();
  const destinationOf = (first: string): SdkDestination => {
    let destination = destinations.get(first);
    if (!destination) destinations.set(first, (destination = firstArgumentDestination(first, text)));
    return destination;
  };
  const sites: CallSite[] = [];
  for (const { m, method } of calls) {
    const name = m[2] ?? '';
    if (m[1] === undefined && (!bareAllowed(name) || ownFunction(name))) continue;
    const start = m.index ?? 0;
    const open = start + m[0].length - 1;
    const close = matchingBracket(code, open);
    const first = close < 0 ? '' : (splitTopLevel(text.slice(open + 1, close - 1))[0] ?? '').trim();
    const destination = TAKE_A_PROVIDER.has(name) ? destinationOf(first) : DEFAULT;
    sites.push(typedSdkSite(src, code, language, 'sdk-julia', { start, nameStart: start + m[0].lastIndexOf(name), name, label: m[1] !== undefined ? `OpenAI.${name}` : name, open }, method, destination));
  }
  return sites;
}

/** The names of the functions the file defines itself: `function create_chat(…)`, `create_chat(x) = …`. */
function functionsDefined(code: string): Set<string> {
  return new Set([...code.matchAll(/\bfunction[ \t]+([a-z][a-z_]+)[ \t]*\(|^[ \t]*([a-z][a-z_]+)[ \t]*\([^()\n]*\)[ \t]*=(?!=)/gm)].map((m) => m[1] ?? m[2] ?? ''));
}

/** Where a call taking a key or a provider first sends: a key goes to the default, a provider where it says. */
function firstArgumentDestination(first: string, text: string): SdkDestination {
  // (a provider kept in a name the file builds it in, once: `provider = OpenAI.OpenAIProvider(base_url = "http://localhost:11434/v1")`;
  // built two ways, in two branches, it is the run's choice)
  let built: string | undefined;
  if (/^[A-Za-z_]\w*$/.test(first)) {
    const assigned = [...text.matchAll(new RegExp(`(?<![\\w.])${escapeRe(first)}[ \\t]*=(?!=)[ \\t]*`, 'g'))];
    const made = assigned.map((a) => providerCall(text, (a.index ?? 0) + a[0].length));
    if (made.length > 1) return { provider: 'unknown', detail: `${first}: an OpenAI.jl provider set more than once in this file; which one a call uses is decided at run time` };
    built = made[0];
  }
  const call = built ?? providerCall(first, 0);
  const provider = call === undefined ? undefined : /^(?:OpenAI[ \t]*\.[ \t]*)?(OpenAI|Azure)Provider/.exec(call)?.[1];
  if (provider === 'Azure') return { provider: 'azure', detail: 'an OpenAI.jl AzureProvider: an Azure OpenAI deployment' };
  if (provider && call !== undefined) {
    // (its fields by keyword, or in order: `OpenAIProvider(key, "http://localhost:11434/v1")`)
    const args = splitTopLevel(call.slice(call.indexOf('(') + 1, -1)).map((a) => a.trim());
    const base = args.map((a) => /^base_url[ \t]*=[ \t]*([\s\S]+)$/.exec(a)?.[1]).find((b) => b !== undefined) ?? (args[1] !== undefined && !/^\w+[ \t]*=/.test(args[1]) ? args[1] : undefined);
    if (!base) return { provider: 'openai', detail: 'api.openai.com: an OpenAI.jl OpenAIProvider with its default base_url' };
    const { provider: where, providerDetail } = providerFromUrlExpression(base);
    return { provider: where, detail: providerDetail ?? base };
  }
  // (an API key: the environment's, a string, or a plain name saying so)
  if (/^ENV[ \t]*\[|^"|^\w*(?:key|token|secret)\w*$/i.test(first)) return DEFAULT;
  return { provider: 'unknown', detail: `${first.slice(0, 60) || 'the first argument'}: an OpenAI.jl provider or key handed in; a provider's base_url decides where data goes` };
}

/** The provider constructor call written at `at` in `text` (to its closing bracket, over lines too), or undefined when another value is. */
function providerCall(text: string, at: number): string | undefined {
  const head = /^(?:OpenAI[ \t]*\.[ \t]*)?(?:OpenAI|Azure)Provider[ \t]*\(/.exec(text.slice(at, at + 80));
  if (!head) return undefined;
  const close = matchingBracket(text, at + head[0].length - 1);
  return close < 0 ? undefined : text.slice(at, close);
}
