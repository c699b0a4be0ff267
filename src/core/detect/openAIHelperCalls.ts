import type { CallSite, SourceLanguage } from '../model';
import { endpointTemplate, runtimeHostPath } from './httpCalls';
import type { Lexed } from './lexer';
import { matchingBracket } from './lexer';
import { verbsForPath } from './sdkMap';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

/**
 * `receiver.method(` just before a call's path argument, maybe after a verb (`Send(HttpMethod.Post, "/chat/completions", body)`):
 * the receiver's last name and the method's.
 */
const CALL_BEFORE = /(?:\b(?:this|self)[ \t]*\.[ \t]*)?([A-Za-z_]\w*)[ \t]*\??\.[ \t]*([A-Za-z_]\w*)[ \t]*\([ \t]*(?:(?:Http)?Method[ \t]*\.[ \t]*[A-Za-z]+[ \t]*,[ \t]*)?$/;
/** The verb an argument names as Spring's, .NET's or RestSharp's enum: `HttpMethod.GET`, `HttpMethod.Delete`, `Method.Post`. */
const VERB_ARGUMENT = /\b(?:Http)?Method[ \t]*\.[ \t]*(GET|POST|PUT|PATCH|DELETE|Get|Post|Put|Patch|Delete)\b/;
/** Names of test doubles and servers, whose `stub("/chat/completions", HttpMethod.POST)` answers a request rather than sends one. */
const NOT_A_SENDER = /mock|stub|fake|server|handler|router|wiremock/i;
/** Methods that register or check a route rather than send to it. */
const REGISTERS = /^(?:stub|verify|expect|route|when|given|mock|on|register|handle|map)/i;

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
  // (the names declared with a type named for OpenAI, read in one pass: `private OpenAIRestTemplate template;`, `api: OpenAiHelper`;
  // not a test double's or a server's type)
  const typedForOpenAI = new Set<string>();
  for (const m of code.matchAll(/\b(\w*[Oo]pen_?[Aa][Ii]\w*)(?:<[^<>\n]*>)?[ \t]+([A-Za-z_]\w*)\b|\b([A-Za-z_]\w*)[ \t]*:[ \t]*(\w*[Oo]pen_?[Aa][Ii]\w*)\b/g)) {
    if (!NOT_A_SENDER.test(m[1] ?? m[4] ?? '')) typedForOpenAI.add(m[2] ?? m[3] ?? '');
  }
  const namedForOpenAI = (receiver: string): boolean => !NOT_A_SENDER.test(receiver) && (/open_?ai/i.test(receiver) || typedForOpenAI.has(receiver));
  const sites: CallSite[] = [];
  for (const lit of lexed.strings) {
    // (a path, with a leading `/` or not: .NET's `BaseAddress` wants none, `"chat/completions"`)
    if (lit.interpolated || !/^\/?[a-z]/.test(lit.value) || lit.value.length > 120) continue;
    const call = CALL_BEFORE.exec(code.slice(Math.max(0, lit.start - 160), lit.start));
    const receiver = call?.[1] ?? '';
    const name = call?.[2] ?? '';
    if (!call || REGISTERS.test(name) || !namedForOpenAI(receiver)) continue;
    const start = lit.start - call[0].length;
    // (the receiver and the name hold no bracket: the first is the call's)
    const bracket = call[0].indexOf('(');
    const open = start + bracket;
    const close = matchingBracket(code, open);
    const verb = close < 0 ? undefined : VERB_ARGUMENT.exec(code.slice(open, close))?.[1]?.toUpperCase();
    if (verb === undefined) continue;
    // (a path going on with an id: `"/files/" + fileId`)
    const rooted = lit.value.startsWith('/') ? lit.value : `/${lit.value}`;
    const continued = rooted.endsWith('/') && /^[ \t]*\+/.test(code.slice(lit.end, close)) ? `${rooted}{id}` : rooted;
    const path = runtimeHostPath(continued, true, false, true);
    if (path === undefined || !verbsForPath(endpointTemplate(`https://x${path}`)).has(verb)) continue;
    if (taken.has(src.range(start, start).start.line)) continue;
    const nameStart = start + call[0].lastIndexOf(name, bracket);
    sites.push(typedSdkSite(src, code, language, 'http', { start, nameStart, name, label: `${receiver}.${name}`, open }, { m: name, http: verb, path }, { provider: 'unknown', detail: `${receiver}: a helper named for OpenAI, its base URL set where it is built` }));
  }
  return sites;
}
