import type { CallSite, SourceLanguage } from '../model';
import { escapeRe } from './escapeRe';
import { endpointTemplate, runtimeHostPath } from './httpCalls';
import type { Lexed } from './lexer';
import { matchingBracket } from './lexer';
import { verbsForPath } from './sdkMap';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

/** `receiver.method(` just before a call's first argument: the receiver's last name and the method's. */
const CALL_BEFORE = /(?:\b(?:this|self)[ \t]*\.[ \t]*)?([A-Za-z_]\w*)[ \t]*\??\.[ \t]*([A-Za-z_]\w*)[ \t]*\([ \t]*$/;
/** The verb an argument names as Spring's or .NET's enum: `HttpMethod.GET`, `HttpMethod.Delete`. */
const VERB_ARGUMENT = /\bHttpMethod[ \t]*\.[ \t]*(GET|POST|PUT|PATCH|DELETE|Get|Post|Put|Patch|Delete)\b/;

/**
 * A method of an object named for OpenAI handed one of the API's paths and a verb, its class maybe in a file the scan did not
 * read: `openAIRestTemplate.makeRequest("/models/" + modelId, null, null, HttpMethod.GET)` (Java, Kotlin, C#). The helper joins
 * the path to a base it is built with, so the destination is decided at run time; the receiver's name, or the type it is
 * declared with (`private OpenAIRestTemplate template;`), says whose API the path is. Lines already found are left alone.
 */
export function detectOpenAIHelperCalls(src: SourceText, lexed: Lexed, language: SourceLanguage, found: readonly CallSite[]): CallSite[] {
  const code = lexed.code;
  if (!VERB_ARGUMENT.test(code)) return [];
  const taken = new Set(found.map((s) => s.range.start.line));
  const openAIReceiver = new Map<string, boolean>();
  const namedForOpenAI = (receiver: string): boolean => {
    let named = openAIReceiver.get(receiver);
    if (named === undefined) {
      // (the receiver's own name, or the type a field, parameter or variable of that name is declared with)
      const escaped = escapeRe(receiver);
      named = /open_?ai/i.test(receiver) || new RegExp(`\\b\\w*[Oo]pen_?[Aa][Ii]\\w*(?:<[^<>\\n]*>)?[ \\t]+${escaped}\\b|\\b${escaped}[ \\t]*:[ \\t]*\\w*[Oo]pen_?[Aa][Ii]\\w*\\b`).test(code);
      openAIReceiver.set(receiver, named);
    }
    return named;
  };
  const sites: CallSite[] = [];
  for (const lit of lexed.strings) {
    if (lit.interpolated || !lit.value.startsWith('/') || lit.value.length > 120) continue;
    const call = CALL_BEFORE.exec(code.slice(Math.max(0, lit.start - 160), lit.start));
    if (!call || !namedForOpenAI(call[1] ?? '')) continue;
    const open = lit.start - (/\([ \t]*$/.exec(code.slice(Math.max(0, lit.start - 20), lit.start))?.[0].length ?? 0);
    const close = matchingBracket(code, open);
    const verb = close < 0 ? undefined : VERB_ARGUMENT.exec(code.slice(lit.end, close))?.[1]?.toUpperCase();
    if (verb === undefined) continue;
    // (a path going on with an id: `"/files/" + fileId`)
    const continued = lit.value.endsWith('/') && /^[ \t]*\+/.test(code.slice(lit.end, close)) ? `${lit.value}{id}` : lit.value;
    const path = runtimeHostPath(continued, true, false, true);
    if (path === undefined || !verbsForPath(endpointTemplate(`https://x${path}`)).has(verb)) continue;
    const start = lit.start - call[0].length;
    if (taken.has(src.range(start, start).start.line)) continue;
    const name = call[2] ?? '';
    const nameStart = start + call[0].lastIndexOf(name);
    sites.push(typedSdkSite(src, code, language, 'http', { start, nameStart, name, label: `${call[1] ?? ''}.${name}`, open }, { m: name, http: verb, path }, { provider: 'unknown', detail: `${call[1] ?? ''}: a helper named for OpenAI, its base URL set where it is built` }));
  }
  return sites;
}
