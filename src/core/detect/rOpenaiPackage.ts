import type { CallSite, SourceLanguage } from '../model';
import type { Lexed } from './lexer';
import type { SdkDestination } from './sdkBase';
import { lookupSdkMethod } from './sdkMap';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

/** Attaching the package: `library(openai)`, `require("openai")`, `pacman::p_load(dplyr, openai)` (not `requireNamespace`, which attaches nothing): [1] the function. */
const LOADS_PACKAGE = /\b(library|require|p_load)[ \t]*\([^()\n]{0,200}?(?<![\w.])["']?openai["']?(?![\w.])/g;

/** A function name called, bare or as `openai::name(` (or `openai:::name(`) ([1] the `openai::` prefix, [2] the name). */
const CALL = /(?<![\w.$@:])(openai[ \t]*:::?[ \t]*)?([a-z][a-z_]+)[ \t]*\(/g;

/** Where every function of the package sends: a literal URL, which no argument changes (see sdk-methods.yaml). */
const DESTINATION: SdkDestination = { provider: 'openai', detail: 'api.openai.com: the R package openai sends to a literal https://api.openai.com/v1 URL and takes no base URL' };

/**
 * The R package openai (irudnyts): `create_chat_completion(model = …, messages = …)`, `list_models()` after `library(openai)`, or
 * `openai::create_completion(…)` anywhere. A bare name the file defines itself (`create_completion <- function(…)`) is its own.
 */
export function detectROpenaiPackageCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const code = lexed.code;
  const text = src.noComments;
  // (named in code or in a string: `library("openai")`)
  if (!text.includes('openai')) return [];
  // (the call that attaches it is code, not a string that writes one: `msg <- "library(openai)"`)
  const loaded = [...text.matchAll(LOADS_PACKAGE)].some((m) => code.startsWith(m[1] ?? '', m.index ?? 0));
  if (!loaded && !/\bopenai[ \t]*::/.test(code)) return [];
  let ownFunctions: Set<string> | undefined;
  const ownFunction = (name: string): boolean => (ownFunctions ??= new Set([...code.matchAll(/(?<![\w.$])([a-z][a-z_]+)[ \t]*(?:<<?-|=)[ \t]*function\b/g)].map((m) => m[1] ?? ''))).has(name);
  const sites: CallSite[] = [];
  for (const m of code.matchAll(CALL)) {
    const name = m[2] ?? '';
    const namespaced = m[1] !== undefined;
    const method = lookupSdkMethod('r_openai', [name]);
    if (!method || (!namespaced && (!loaded || ownFunction(name)))) continue;
    const start = m.index ?? 0;
    sites.push(typedSdkSite(src, code, language, 'sdk-r', { start, nameStart: start + m[0].lastIndexOf(name), name, label: namespaced ? `openai::${name}` : name, open: start + m[0].length - 1 }, method, DESTINATION));
  }
  return sites;
}
