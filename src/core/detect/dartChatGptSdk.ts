import type { CallSite, SourceLanguage } from '../model';
import type { Lexed } from './lexer';
import { matchingBracket } from './lexer';
import { baseDestination } from './sdkBase';
import type { SdkDestination } from './sdkBase';
import { lookupSdkMethod } from './sdkMap';
import type { SourceText } from './sourceText';
import { typedSdkSite } from './typedSdkSite';

/**
 * The Dart package chat_gpt_sdk (redevrx): `openAI.onChatCompletion(request: …)`, `openAI.audio.transcribes(…)`,
 * `openAI.threads.runs.createRun(…)` on the package's one `OpenAI` object, `OpenAI.instance`, set up by
 * `OpenAI.instance.build(token: key, apiUrl: …)`. Only in files that import the package: dart_openai names its class OpenAI too.
 */
export function detectDartChatGptSdkCalls(src: SourceText, lexed: Lexed, language: SourceLanguage): CallSite[] {
  const text = src.noComments;
  if (!/package:chat_gpt_sdk\//.test(text)) return [];
  const code = lexed.code;
  const destination = builtDestination(code, text);
  // the instance itself, a name given it (`final openAI = OpenAI.instance.build(…)`), or one typed as it (`late OpenAI openAI;`):
  // the class has one instance, so each is that one
  const names = new Set<string>();
  for (const m of code.matchAll(/(?<![\w.])(?:this\.)?([a-z_]\w*)[ \t]*=[ \t]*OpenAI[ \t]*\.[ \t]*instance\b/g)) names.add(m[1] ?? '');
  for (const m of code.matchAll(/\bOpenAI\??[ \t]+([a-z_]\w*)\b/g)) names.add(m[1] ?? '');
  const receivers = ['OpenAI[ \\t]*\\.[ \\t]*instance', ...[...names].map((n) => `(?:this\\.)?${n}`)];
  const sites: CallSite[] = [];
  // (through `?.` or the null assertion's `!.`: `chatGPT!.generateImage(request)` on a `late OpenAI? chatGPT`)
  const pattern = new RegExp(`(?<![\\w.])(${receivers.join('|')})((?:[ \\t\\n]*[?!]?\\.[ \\t]*[a-z]\\w*){0,3}?)[ \\t\\n]*[?!]?\\.[ \\t]*([a-zA-Z]\\w*)[ \\t]*\\(`, 'g');
  for (const m of code.matchAll(pattern)) {
    const name = m[3] ?? '';
    // (the accessors on the way: `threads.v2.runs`, read without the `v2` of older releases)
    const accessors = (m[2] ?? '').split('.').map((a) => a.replace(/[\s?!]/g, '')).filter((a) => a !== '' && a !== 'v2');
    const method = lookupSdkMethod('dart_chat_gpt_sdk', [...accessors, name]);
    if (!method || method.http === 'MULTI') continue;
    const start = m.index ?? 0;
    const receiver = (m[1] ?? '').replace(/\s+/g, '');
    sites.push(typedSdkSite(src, code, language, 'sdk-dart', { start, nameStart: start + m[0].lastIndexOf(name), name, label: [receiver, ...accessors, name].join('.'), open: start + m[0].length - 1 }, method, destination));
  }
  return sites;
}

/**
 * Where the instance sends data: the `apiUrl` its `build(…)` in this file is handed (every build the same), else the
 * package's default, api.openai.com (the app may build it in another file).
 */
function builtDestination(code: string, text: string): SdkDestination {
  const bases = new Set<string>();
  let built = false;
  for (const m of code.matchAll(/\bOpenAI[ \t]*\.[ \t]*instance[ \t\n]*\.[ \t]*build[ \t]*\(/g)) {
    built = true;
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchingBracket(code, open, 2000);
    const base = close < 0 ? undefined : /\bapiUrl[ \t\n]*:[ \t\n]*([^,)\n]+)/.exec(text.slice(open, close))?.[1]?.trim();
    if (base !== undefined) bases.add(base);
  }
  if (bases.size === 0) return { provider: 'openai', detail: built ? 'api.openai.com, the default of chat_gpt_sdk (build without apiUrl)' : 'api.openai.com, the default of chat_gpt_sdk unless the app builds OpenAI.instance with apiUrl elsewhere' };
  if (bases.size > 1) return { provider: 'unknown', detail: `OpenAI.instance built with ${[...bases].join(' or ')} as apiUrl, chosen at run time` };
  return baseDestination([...bases][0] ?? '', 'OpenAI.instance.build apiUrl');
}
