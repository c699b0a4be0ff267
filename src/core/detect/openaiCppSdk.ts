import type { CallSite, SourceLanguage } from '../model';
import { splitTopLevel, matchingBracket } from './lexer';
import type { Lexed } from './lexer';
import { baseDestination } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import { lookupSdkMethod } from './sdkMap';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

/** The categories the library's `OpenAI` holds as members, by the name of the free function that hands each out. */
const MEMBER_CATEGORIES: Record<string, string> = { model: 'model', assistant: 'assistant', thread: 'thread', completion: 'completion', edit: 'edit', image: 'image', embedding: 'embedding', file: 'file', fine_tune: 'fineTune', moderation: 'moderation', chat: 'chat', audio: 'audio' };
const FREE_CATEGORIES = new Set(Object.values(MEMBER_CATEGORIES));

/**
 * The C++ library openai-cpp (olrea/openai-cpp, `#include "openai.hpp"`): the category functions of the started singleton
 * (`openai::chat().create(body)`, `openai::model().list()`) and the same categories as members of an `OpenAI` held by name
 * (`auto& openai = openai::start(); openai.chat.create(body)`, an `openai::_detail::OpenAI&` parameter or field). Where the
 * file starts the singleton, its `api_base_url` argument (the fourth) says where data goes; else it is decided where it is started.
 */
export function detectOpenAICppCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  // (the header included here, or the library's own names: a file that includes a header of its project that includes it)
  if (!text.includes('openai') || !/#[ \t]*include[ \t]*[<"](?:openai\/)?openai\.hpp[>"]|\bopenai[ \t]*::[ \t]*(?:_detail[ \t]*::[ \t]*OpenAI\b|start[ \t]*\()/.test(text)) return [];
  const code = lexed.code;
  const started = startedDestination(code, text);
  const sites: CallSite[] = [];
  // `openai::chat().create(…)`: the singleton's category
  for (const m of code.matchAll(/\bopenai[ \t]*::[ \t]*([a-zA-Z]+)[ \t]*\([ \t]*\)[ \t]*\.[ \t]*([a-zA-Z]+)[ \t]*\(/g)) {
    const category = m[1] ?? '';
    const name = m[2] ?? '';
    const method = FREE_CATEGORIES.has(category) ? lookupSdkMethod('cpp_openai_cpp', [category, name]) : undefined;
    if (!method) continue;
    const start = m.index ?? 0;
    sites.push(typedSdkSite(src, code, language, 'sdk-cpp', { start, nameStart: start + m[0].lastIndexOf(name), name, label: `openai::${category}().${name}`, open: start + m[0].length - 1 }, method, started));
  }
  // `openai.chat.create(…)` on a name the file binds to an `OpenAI`: `auto& openai = openai::start(…)`, `openai::_detail::OpenAI& openai`
  const holders = new Map<string, SdkDestination>();
  for (const m of code.matchAll(/(?<![\w:])([A-Za-z_]\w*)[ \t]*=[ \t]*openai[ \t]*::[ \t]*(?:start|instance)[ \t]*\(/g)) holders.set(m[1] ?? '', started);
  for (const m of code.matchAll(/\bopenai[ \t]*::[ \t]*(?:_detail[ \t]*::[ \t]*)?OpenAI[ \t]*[&*]?[ \t]*(?:const[ \t]*)?([A-Za-z_]\w*)[ \t]*[;,)={]/g)) {
    const name = m[1] ?? '';
    if (!holders.has(name)) holders.set(name, { provider: 'unknown', detail: `${name}: an openai-cpp OpenAI handed in; its api_base_url is set where it is started` });
  }
  if (holders.size === 0) return sites;
  for (const m of code.matchAll(/(?<![\w.>:])(?:this[ \t]*->[ \t]*)?([A-Za-z_]\w*)[ \t]*\.[ \t]*([a-z_]+)[ \t]*\.[ \t]*([a-zA-Z]+)[ \t]*\(/g)) {
    const holder = holders.get(m[1] ?? '');
    const category = MEMBER_CATEGORIES[m[2] ?? ''];
    const name = m[3] ?? '';
    const method = holder && category ? lookupSdkMethod('cpp_openai_cpp', [category, name]) : undefined;
    if (!holder || !method) continue;
    const start = m.index ?? 0;
    sites.push(typedSdkSite(src, code, language, 'sdk-cpp', { start, nameStart: start + m[0].lastIndexOf(name), name, label: `${m[1] ?? ''}.${m[2] ?? ''}.${name}`, open: start + m[0].length - 1 }, method, holder));
  }
  return sites;
}

/**
 * Where the singleton the file starts sends: `openai::start(token, organization, throw_exception, api_base_url)`; with no base,
 * `https://api.openai.com/v1/` unless `OPENAI_API_BASE` is set. Started two ways, or not in this file: decided at run time, or there.
 */
function startedDestination(code: string, text: string): SdkDestination {
  const found: SdkDestination[] = [];
  for (const m of code.matchAll(/\bopenai[ \t]*::[ \t]*start[ \t]*\(/g)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 2000);
    if (close < 0) continue;
    const base = splitTopLevel(text.slice(open + 1, close - 1))[3]?.trim();
    found.push(base === undefined || /^["']{2}$/.test(base) ? { provider: 'openai', detail: 'api.openai.com, the default of openai::start() (OPENAI_API_BASE may override)' } : baseDestination(base, 'api_base_url'));
  }
  const first = found[0];
  if (!first) return { provider: 'unknown', detail: "openai-cpp's singleton, started elsewhere; its api_base_url is set there" };
  return found.every((d) => d.provider === first.provider && d.detail === first.detail) ? first : { provider: 'unknown', detail: 'openai::start() called with different bases; which one holds is decided at run time' };
}
